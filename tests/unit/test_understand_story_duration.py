"""How long this episode has lasted, read from stories (past tense, asides, other numbers); two per rule."""

from __future__ import annotations

from datetime import date

import pytest

from backchat.core.understand.duration import read_duration
from backchat.core.understand.text import prepare

TODAY = date(2026, 11, 18)  # a Wednesday


def days(text: str) -> int | None:
    return read_duration(prepare(text), TODAY)


@pytest.mark.parametrize("text", [
    "Paracetamol takes the edge off for a few hours, but my lower back is still sore and stiff.",
    "My lower back eases for an hour or so after a hot bath, then the ache comes back.",
])
def test_hours_of_relief_are_not_how_long_the_pain_has_lasted(text: str) -> None:
    assert days(text) is None


@pytest.mark.parametrize("text", [
    "I've had back trouble now and then over the years. This bout is low on the left and sharp.",
    "It's flared up a handful of times over the years, usually after decorating. Lower back, right side.",
])
def test_over_the_years_is_the_history_not_this_episode(text: str) -> None:
    assert days(text) is None


@pytest.mark.parametrize("text", [
    "I lost my job in the spring and my lower back started aching a few weeks after that. I'm 50.",
    "We moved in July and the pain in my upper back came on two months after it, out of the blue.",
])
def test_a_span_after_another_event_is_not_a_span_up_to_now(text: str) -> None:
    assert days(text) is None


@pytest.mark.parametrize("text", [
    "My back started aching after a day sanding the skirting boards. No injury as such.",
    "It came on after a night sleeping in a tent at the festival, low down on the right.",
])
def test_how_long_an_activity_lasted_is_not_the_duration(text: str) -> None:
    assert days(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("My back went on the school run. It's day 4 now and I can just about put my socks on.", 4),
    ("It's day 6 and the ache low on the left hasn't shifted at all. My husband is doing the driving.", 6),
])
def test_day_n_counts_the_days_of_this_episode(text: str, expected: int) -> None:
    assert days(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Lower left side, 10 days now, no injury. I'm 45 and a bus driver.", 10),
    ("Bottom of my back, about a fortnight so far, no real reason. My mum says rest.", 14),
])
def test_a_time_said_between_commas_dates_the_pain(text: str, expected: int) -> None:
    assert days(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("I felt shivery at work and my mid back has been throbbing since yesterday.", 1),
    ("I stood up from the sofa three days ago and my back locked, and it's still stuck.", 3),
])
def test_a_pain_verb_or_a_moment_dates_the_pain(text: str, expected: int) -> None:
    assert days(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("No idea what I did. It crept up over a few weeks until I could barely sit at my desk.", 21),
    ("The ache in my middle back came on slowly over a fortnight, and it's a 4 most days.", 14),
])
def test_a_pain_that_came_on_over_a_span_dates_the_episode(text: str, expected: int) -> None:
    assert days(text) == expected
