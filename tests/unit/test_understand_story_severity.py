"""The pain score said in a story: with a describing word, as "now" after an earlier score, or not one at all."""

from __future__ import annotations

import pytest

from backchat.core.understand.numbers_facts import read_severity
from backchat.core.understand.text import prepare


def score(text: str) -> int | None:
    return read_severity(prepare(text))


@pytest.mark.parametrize(("text", "expected"), [
    ("It came on over a week and now it's a steady 4. I'm 61 and retired.", 4),
    ("Honestly the ache is about a solid 7, worse in the evenings. My son thinks I should rest.", 7),
])
def test_a_score_with_a_describing_word(text: str, expected: int) -> None:
    assert score(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The nurse at the walk-in centre had me down as an 8 on Saturday, and it's about 5 now.", 5),
    ("I'd have rated it 9 out of 10 at the start and 4 now, so it's improving.", 4),
])
def test_the_score_said_of_now_after_an_earlier_one(text: str, expected: int) -> None:
    assert score(text) == expected


@pytest.mark.parametrize("text", [
    "It's an 8 out of 10 when I bend and a 3 when I sit still. It started after I lifted the mower.",
    "Lying down it's a 2 out of 10, but it's a 7 out of 10 on the stairs. Low down on the left.",
])
def test_two_scores_each_under_a_condition_give_no_score_for_now(text: str) -> None:
    assert score(text) is None


def test_a_number_with_now_is_no_score_where_no_score_is_being_given() -> None:
    assert score("It's 5 now and the pharmacy shuts at 6, so I'll ring tomorrow.") is None
