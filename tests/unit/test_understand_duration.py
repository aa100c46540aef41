"""How long the pain has lasted: numbers as words or digits, fuzzy amounts, days of the week."""

from __future__ import annotations

from datetime import date

import pytest

from backchat.core.understand import read
from backchat.core.understand.duration import bare_days, read_duration
from backchat.core.understand.text import prepare

TODAY = date(2026, 11, 18)  # a Wednesday


def days(text: str) -> int | None:
    return read_duration(prepare(text), TODAY)


@pytest.mark.parametrize(("text", "expected"), [
    ("a couple of weeks", 14),
    ("a week and a half", 10),
    ("over a month", 30),
    ("on and off for years", 730),
    ("three weeks", 21),
    ("3 weeks", 21),
    ("a fortnight", 14),
    ("a few days", 3),
    ("two and a half weeks", 18),
    ("six weeks, maybe a bit longer", 42),
])
def test_a_span_in_words_or_digits_is_counted_in_days(text: str, expected: int) -> None:
    assert days(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("since monday", 2), ("since yesterday", 1), ("since sunday", 3), ("since last friday", 5),
    ("it started this morning", 0), ("since the weekend", 4), ("that was tuesday morning", 1),
])
def test_a_relative_date_counts_back_from_the_given_day(text: str, expected: int) -> None:
    assert days(text) == expected


def test_the_day_of_the_week_of_today_means_a_week_ago() -> None:
    assert days("since wednesday") == 7


def test_the_date_is_injected_not_taken_from_the_clock() -> None:
    assert read("since monday", today=date(2026, 11, 20), verify=False).facts["duration_days"] == 4


def test_the_day_of_an_event_that_set_the_pain_off_dates_the_pain() -> None:
    assert days("lifted a box on monday and now it shoots down my leg") == 2
    assert days("fell off a ladder yesterday and it's hurt since") == 1


def test_a_time_said_about_something_else_is_not_the_duration() -> None:
    assert days("temp was 37.1 this morning when i checked") is None
    assert days("i wet myself yesterday and didn't even notice") is None
    assert days("diagnosed with arthritis 8 months ago") is None
    assert days("i've been on prednisolone for years") is None
    assert days("ran out of painkillers 2 days ago") is None


def test_the_time_about_the_pain_wins_over_other_times() -> None:
    assert days("been a nurse for 30 years and never had back trouble, this started 4 days ago") == 4
    assert days("diagnosed with arthritis 8 months ago, this pain for 6 months") == 180
    assert days("the pain's been there 2 days, i've had 1 day off work") == 2


def test_ages_frequencies_and_pregnancy_weeks_are_not_durations() -> None:
    assert days("my 8 year old wanted a piggy back") is None
    assert days("i take 2 paracetamol every 4 hours") is None
    assert days("i used to smoke 20 a day") is None
    assert days("i'm 36 weeks pregnant and my lower back aches") is None


def test_an_event_long_ago_is_not_this_pain() -> None:
    assert days("had a fall about 5 years ago but this is a different pain") is None


def test_a_bare_span_answers_the_duration_question() -> None:
    assert bare_days(prepare("two weeks")) == 14
    assert read("two weeks", TODAY, question="duration", kind="duration", verify=False).facts["duration_days"] == 14


def test_an_event_the_pain_has_lasted_since_dates_the_pain() -> None:
    assert days("i had a baby 6 weeks ago and my back has been sore since") == 42


def test_a_time_since_some_other_event_is_not_the_duration() -> None:
    assert days("it's been about a week since i saw the gp") is None
    assert days("it's been 3 days since i lifted the box") == 3


def test_someone_elses_accident_does_not_date_the_pain() -> None:
    assert days("my husband fell down the stairs last week and i've been looking after him") is None


@pytest.mark.parametrize(("text", "days"), [
    ("My back has been getting worse for two weeks despite paracetamol, and I feel rotten today.", 14),
    ("It's been no better for 5 days even with naproxen. I'm fed up about it today.", 5),
])
def test_a_span_said_of_the_pain_getting_worse_is_its_duration_not_a_later_today(text: str, days: int) -> None:
    assert read(text, date(2026, 11, 30), verify=False).facts["duration_days"] == days


def test_a_count_of_the_days_or_weeks_of_this_episode_is_its_length() -> None:
    assert read_duration(prepare("Quick update for the group. Week four of this now and the ache low on my "
                                 "right is no better, physio next Tuesday."), TODAY) == 28
    assert read_duration(prepare("Cheers for the tips. Still stiff first thing, 2nd week now, but I can get "
                                 "my shoes on."), TODAY) == 14
    assert read_duration(prepare("Took the dog out for the first time, slowly. Three days in."), TODAY) == 3
    assert read_duration(prepare("Ten days into a new job and sore. Week 6 update: the stiffness in my lower "
                                 "back hasn't shifted, though for the last few days it's eased."), TODAY) == 42


def test_a_week_of_something_else_is_not_this_episode() -> None:
    assert read_duration(prepare("In week 2 of the training plan my back started twinging after runs."),
                         TODAY) is None
    assert read_duration(prepare("Week 30 of my pregnancy and my back is aching, been a nightmare."), TODAY) != 210


def test_how_long_an_earlier_bout_took_is_not_this_episode() -> None:
    assert read_duration(prepare("Did the same thing in 2019 and it took about eight weeks to clear. This time "
                                 "it went on Saturday reaching into the boot."), TODAY) == 4
    assert read_duration(prepare("Had sciatica as a student, it lasted a month. Now my low back has been "
                                 "grumbling, nothing down the leg."), TODAY) is None
    assert read_duration(prepare("The ache low in my back has now lasted five weeks, no better."), TODAY) == 35
