"""Classes blind set 20 showed (read once blind at the eighth session's end, then opened): each pinned by sentences
of our own, with the near misses that must stay as they were."""

from __future__ import annotations

import pytest

from tests.unit.reading import rules_facts as _facts


@pytest.mark.parametrize("text", [
    "I tripped off the kerb on Monday and sat down hard, only about a foot of a drop. My lower back aches.",
    "Missed the last stair, a foot or so, and my back has been sore since.",
])
def test_a_foot_as_a_measure_is_no_foot_drop(text: str) -> None:
    assert _facts(text).get("neuro_deficit") is None


def test_a_foot_that_drops_still_is_a_foot_drop() -> None:
    assert _facts("Since Tuesday my left foot keeps dropping and catching the kerb.").get("neuro_deficit") is True


@pytest.mark.parametrize("text", [
    "Did a hot yoga class on Friday, 40 degrees in the room, and my lower back has been tight since.",
    "Sat in the sauna at 80 degrees for twenty minutes and my back felt looser, but it aches again today.",
])
def test_the_heat_of_a_room_is_no_fever(text: str) -> None:
    assert _facts(text).get("fever") is None


def test_a_temperature_taken_still_is_a_fever() -> None:
    assert _facts("My back hurts and my temperature was 38.6 degrees last night.").get("fever") is True


@pytest.mark.parametrize("text", [
    "Dad started chemotherapy for his bowel cancer in May, so I drive him in twice a week. My back aches.",
    "Mum finished radiotherapy for breast cancer last year. My lower back has hurt for a week.",
])
def test_a_parents_cancer_named_without_my_is_theirs(text: str) -> None:
    assert _facts(text).get("cancer_history") is None


def test_my_own_cancer_still_counts() -> None:
    facts = _facts("I finished chemotherapy for bowel cancer in May and now my back aches.")
    assert facts.get("cancer_history") is True


@pytest.mark.parametrize("text", [
    "The cyst on my back is the size of a golf ball and my lower back aches since I woke up.",
    "The mattress had a dip in it the size of a football, and I woke up stiff.",
])
def test_the_size_of_a_ball_is_no_sport(text: str) -> None:
    assert _facts(text).get("trigger") != "sport"


def test_a_game_of_football_still_is_sport() -> None:
    assert _facts("I hurt my back playing football on Saturday.").get("trigger") == "sport"


@pytest.mark.parametrize("text", [
    "The physio charged me £50 just to look at my ankle last year. My lower back hurts now.",
    "The doctor looked at my knee for swelling, but my lower back is the problem.",
])
def test_a_limb_looked_at_is_no_spread_to_it(text: str) -> None:
    assert _facts(text).get("radiation") is None
