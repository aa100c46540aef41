"""The course of an episode: a comparison is no recurrence, and how an onset developed is no duration."""

from __future__ import annotations

from datetime import date

import pytest

from backchat.core.understand import read

TODAY = date(2026, 11, 18)


@pytest.mark.parametrize("text", ["no, the tingling is the same as before",
                                  "the numbness is the same as before, no worse"])
def test_a_sensation_the_same_as_before_is_neither_recurrence_nor_the_course_of_the_pain(text: str) -> None:
    facts = read(text, TODAY, "neuro_deficit", "yes_no", verify=False).facts
    assert "recurrent" not in facts and "improving" not in facts


def test_the_same_as_last_time_is_still_a_recurrence_and_the_pain_the_same_is_not_improving() -> None:
    assert read("it's the same as last time I had it", TODAY, verify=False).facts["recurrent"] is True
    assert read("the pain is the same as before", TODAY, verify=False).facts == {"improving": False}


@pytest.mark.parametrize("text", ["once, years ago", "twice, in my twenties", "a couple of times"])
def test_counting_the_times_answers_has_this_happened_before(text: str) -> None:
    assert read(text, TODAY, "recurrent", "yes_no", verify=False).facts["recurrent"] is True


def test_no_or_never_is_not_read_as_counting_the_times() -> None:
    assert "recurrent" not in read("not once", TODAY, "recurrent", "yes_no", verify=False).facts
    assert read("once, years ago", TODAY, verify=False).facts == {}  # out of the blue, "once" says nothing


@pytest.mark.parametrize(("text", "days"), [("built up gradually over a few days", 3),
                                            ("it slowly crept up over a couple of weeks", 14)])
def test_a_pain_that_came_on_over_a_span_has_lasted_at_least_that_long(text: str, days: int) -> None:
    # the stories and paraphrase corpora annotate "came on gradually over 3 weeks" as 21 days ("over N" = N)
    facts = read(text, TODAY, verify=False).facts
    assert facts["onset"] == "gradual" and facts["duration_days"] == days


@pytest.mark.parametrize("text", ["it got worse over a few days", "the ache has spread over the last week"])
def test_a_change_over_a_span_is_not_how_long_the_episode_has_lasted(text: str) -> None:
    assert "duration_days" not in read(text, TODAY, verify=False).facts


def test_a_real_span_still_dates_the_episode_beside_how_it_developed() -> None:
    text = "it got worse over a few days and I've had it for two weeks"
    assert read(text, TODAY, verify=False).facts["duration_days"] == 14
    assert read("it's been bad over the last few days", TODAY, verify=False).facts["duration_days"] == 3


@pytest.mark.parametrize(("text", "days"), [("lower back, no injury, it's been building up over 10 days", 10),
                                            ("the ache has been building up over 3 weeks now", 21)])
def test_been_developing_over_a_span_lasts_up_to_now(text: str, days: int) -> None:
    assert read(text, TODAY, verify=False).facts["duration_days"] == days
