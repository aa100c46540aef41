"""Short answers read for the question asked: hedges keep their meaning and their doubt, and stay on topic."""

from __future__ import annotations

from datetime import date

import pytest

from backchat.core.understand import read

TODAY = date(2026, 11, 18)


@pytest.mark.parametrize(("text", "improving"), [
    ("worse if anything", False), ("not much", False), ("not really, about the same", False),
    ("much the same", False), ("no better", False), ("getting worse", False),
    ("slightly", True), ("a bit", True), ("a little easier", True), ("a bit better I suppose", True),
])
def test_short_answers_to_is_it_getting_better(text: str, improving: bool) -> None:
    reading = read(text, TODAY, question="improving", kind="yes_no", verify=False)
    assert reading.facts["improving"] is improving and reading.on_topic


@pytest.mark.parametrize("text", ["not really, about the same", "slightly", "a bit", "not much", "kind of"])
def test_a_hedged_answer_keeps_its_doubt(text: str) -> None:
    assert read(text, TODAY, question="improving", kind="yes_no", verify=False).hedged


def test_hard_to_say_is_not_sure_and_writes_nothing() -> None:
    reading = read("hard to say", TODAY, question="improving", kind="yes_no", verify=False)
    assert reading.answer == "unknown" and "improving" not in reading.facts and reading.on_topic


@pytest.mark.parametrize(("text", "severity"), [
    ("about a six", 6), ("two out of ten", 2), ("a solid 7", 7), ("6 or 7", 6), ("between 6 and 7", 6), ("6-7", 6),
])
def test_a_score_in_any_form_and_a_range_takes_its_lower_bound(text: str, severity: int) -> None:
    assert read(text, TODAY, question="severity", kind="number", verify=False).facts["severity"] == severity


@pytest.mark.parametrize(("text", "days"), [
    ("a fortnight", 14), ("six weeks or so", 42), ("a good few months", 90), ("two or three days", 2),
    ("a month or two", 30), ("just over 2 weeks", 14),
])
def test_a_duration_in_any_shape(text: str, days: int) -> None:
    assert read(text, TODAY, question="duration", kind="duration", verify=False).facts["duration_days"] == days


@pytest.mark.parametrize(("text", "question", "kind"), [
    ("since the summer", "duration", "duration"),
    ("ever since Christmas", "duration", "duration"),
    ("it just came on", "onset", "onset"),
    ("all over really", "location", "location"),
])
def test_an_answer_on_topic_but_not_understood_is_never_off_topic(text: str, question: str, kind: str) -> None:
    assert read(text, TODAY, question=question, kind=kind, verify=False).on_topic


def test_text_about_something_else_is_still_off_topic() -> None:
    assert not read("the cat sat on the mat", TODAY, question="location", kind="location", verify=False).on_topic


@pytest.mark.parametrize("text", ["yes and no", "meh", "on and off", "it comes and goes", "so-so", "it varies",
                                  "bit of both"])
@pytest.mark.parametrize("question", ["improving", "night_pain"])
def test_a_mixed_answer_is_not_sure_writes_nothing_and_stays_on_topic(text: str, question: str) -> None:
    reading = read(text, TODAY, question=question, kind="yes_no", verify=False)
    assert reading.answer == "unknown" and question not in reading.facts and reading.on_topic


def test_pain_that_goes_up_and_down_the_leg_is_spread_not_a_sudden_start() -> None:
    reading = read("it goes up and down my leg", TODAY, question="radiation", kind="radiation", verify=False)
    assert reading.facts == {"radiation": "leg"}
