"""Classes from blind set 21 (fresh_aq, fresh_ar), opened after its end scoring: each pinned by sentences of our own,
with the near misses that must stay as they were."""

from __future__ import annotations

import pytest

from tests.unit.reading import red_flags
from tests.unit.reading import rules_facts as _facts


@pytest.mark.parametrize("text", [
    "Clearing the gutters on Sunday the ladder slid out from under me and I dropped about 8 feet onto the drive.",
    "Missed the last rung in the loft and dropped a few feet onto the landing; my lower back has ached since.",
])
def test_a_drop_from_a_ladder_is_a_serious_fall(text: str) -> None:
    assert _facts(text).get("trigger") == "fall"
    assert "trauma" in red_flags(text)


def test_a_temperature_that_dropped_is_no_fall() -> None:
    assert _facts("The temperature dropped about 10 degrees and my back stiffened up.").get("trigger") is None


@pytest.mark.parametrize("text", [
    "Half the wedding party fell over on the dance floor but not me; I just woke with a stiff back.",
    "We had an accident at work last week when a pallet truck clipped my colleague's foot. I hurt my back lifting.",
])
def test_a_fall_or_accident_that_happened_to_others_is_not_the_writers(text: str) -> None:
    assert "trauma" not in red_flags(text)
    assert _facts(text).get("trigger") not in ("fall", "accident")


@pytest.mark.parametrize("text", [
    "My partner says my spine looks bent to one side low down, and it's been sore for three weeks.",
    "I shuffle about bent from the waist like an old man since Monday.",
])
def test_a_back_that_is_bent_is_a_shape_not_a_bend(text: str) -> None:
    assert _facts(text).get("trigger") is None


@pytest.mark.parametrize("text", [
    "I was bent double fishing for my keys behind the sofa and when I straightened up it twinged.",
    "I bent down to pick up the cat and my back went.",
])
def test_bending_to_do_something_is_still_bending(text: str) -> None:
    assert _facts(text).get("trigger") == "bending"


@pytest.mark.parametrize(("text", "age"), [
    ("I had a kidney tumour as a kid (age 4, all clear since), I'm 31 now and my lower back aches.", 31),
    ("When I was 15 I broke my wrist; now I'm 62 and my back aches.", 62),
])
def test_an_age_back_then_is_not_the_age_now(text: str, age: int) -> None:
    assert _facts(text).get("age") == age


@pytest.mark.parametrize(("text", "days"), [
    ("My lower back has been grumbling for over four months now.", 120),
    ("Yesterday I got out of the taxi and my lower back seized so badly I grabbed the door.", 1),
])
def test_a_grumbling_back_or_a_sentence_opening_with_its_day_dates_the_episode(text: str, days: int) -> None:
    assert _facts(text).get("duration_days") == days


def test_a_day_told_in_another_sentence_does_not_date_the_moment() -> None:
    assert _facts("Yesterday I went to the cinema. My back went this morning.").get("duration_days") == 0
