"""Numbness or weakness, the cauda equina signs, and fever (temperatures included)."""

from __future__ import annotations

import pytest

from backchat.core.understand.symptoms import (
    read_bladder_bowel,
    read_fever,
    read_numbness,
    read_saddle,
    read_sexual,
)
from backchat.core.understand.text import prepare


def numbness(text: str) -> bool | None:
    return read_numbness(prepare(text))


def bladder_bowel(text: str) -> bool | None:
    return read_bladder_bowel(prepare(text))


def fever(text: str) -> bool | None:
    return read_fever(prepare(text))


def test_denied_numbness_with_tingling_is_numbness() -> None:
    assert numbness("no numbness but it tingles") is True
    assert numbness("not really any numbness, maybe a bit of tingling in my toes") is True


def test_denied_numbness_is_false() -> None:
    assert numbness("no pins and needles or numbness") is False
    assert numbness("i'm not numb at all, it just hurts") is False


@pytest.mark.parametrize("text", ["my leg feels weak and heavy", "my legs keep giving way",
                                  "my foot slaps down when i walk", "my big toe feels dead",
                                  "numbnes in my leg", "tingeling in my foot"])
def test_weakness_and_numbness_in_plain_or_misspelt_words(text: str) -> None:
    assert numbness(text) is True


def test_numbness_in_the_hands_or_a_weak_immune_system_is_not_leg_numbness() -> None:
    assert numbness("i get pins and needles in my hands from the keyboard") is None
    assert numbness("the doctor says my immune system is weak") is None


def test_saddle_numbness_is_its_own_cauda_equina_sign_not_leg_numbness_nor_a_bladder_change() -> None:
    # clinical.md lists saddle numbness, bladder, bowel and sex as separate signs; the flow asks each
    for text in ("pins and needles round my back passage", "my bum feels numb",
                 "i dont think i can feel my bum cheeks on the toilet"):
        u = prepare(text)
        assert read_saddle(u) is True and read_bladder_bowel(u) is None and read_numbness(u) is None


@pytest.mark.parametrize("text", [
    "i can't feel when i need to pee anymore", "my bladdder feels full but hardly anything comes out",
    "i wet myself without noticing", "having trouble getting my wee started",
    "I didn't realise I'd wet myself until I got up from the sofa",
])
def test_bladder_and_bowel_changes_are_cauda_equina_signs(text: str) -> None:
    assert bladder_bowel(text) is True


@pytest.mark.parametrize("text", [
    "can't get an erection since this started",
    "Sex with my wife on Saturday felt strange, hardly any feeling, and I've had no bladder trouble.",
])
def test_sexual_changes_are_their_own_sign_not_a_bladder_change(text: str) -> None:
    u = prepare(text)
    assert read_sexual(u) is True and read_bladder_bowel(u) is not True


def test_a_calm_down_below_denies_saddle_numbness_only() -> None:
    u = prepare("My right bum cheek tingles on long drives, but everything down below feels normal.")
    assert read_saddle(u) is False and read_bladder_bowel(u) is None
    u = prepare("Nothing feels different between my legs, though I struggled to wee this morning.")
    assert read_saddle(u) is False and read_bladder_bowel(u) is True


def test_normal_bladder_and_bowels_are_false() -> None:
    assert bladder_bowel("the waterworks are fine and no problems with my bowels") is False
    assert bladder_bowel("i can pee fine") is False


def test_a_denied_tingle_next_to_the_bum_is_not_saddle_numbness() -> None:
    assert bladder_bowel("it goes into my right bum cheek, no tingling") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("my temperature is 38.5", True), ("thermometer said 101 F", True), ("temp 39", True),
    ("temp is 38 on the dot", True), ("temp was 37.1", False), ("temperature's normal, 36.8", False),
])
def test_a_temperature_reading_decides_fever(text: str, expected: bool) -> None:
    assert fever(text) is expected


def test_sweating_and_shivering_or_chills_are_fever() -> None:
    assert fever("been sweating and shivering at night") is True
    assert fever("i have a feaver") is True
    assert fever("had the chills on and off") is True


def test_warmth_or_shivering_with_a_plain_cause_is_not_fever() -> None:
    assert fever("i was sweating buckets from the pain") is None
    assert fever("shivering because the heating's broken, no temperature though") is False
    assert fever("i've had a hot water bottle on it so i feel warm") is None


def test_a_past_fever_is_not_a_fever_now() -> None:
    assert fever("i had covid last year and had a fever then") is None


def test_a_denied_fever_is_false() -> None:
    assert fever("no fever, no chills") is False
    assert fever("fever? not really, i don't think so") is False


def test_shaking_hands_and_night_sweats_alone_are_not_fever() -> None:
    assert fever("my hands are shaking") is None
    assert fever("i've been sweating at night") is None  # clinical.md: night sweats alone are no fever
    assert fever("i've been sweating at night and shivering") is True
