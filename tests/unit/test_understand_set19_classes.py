"""Classes blind set 19 showed (read once blind, then opened): each pinned by sentences of our own, with the
near misses that must stay as they were. Every class had two or more independent stories behind it in the
corpora (see the commit message)."""

from __future__ import annotations

import pytest

from tests.unit.reading import rules_facts as _facts


@pytest.mark.parametrize("text", [
    "Something twinged in my lower back halfway through the dance, two days ago.",
    "It twinged when I lifted the log basket on Sunday.",
    "Twinged my back reaching under the car seat this morning.",
    "I bent to pick up a sock and felt the old familiar twinge low on the right.",
    "Hurt it at cricket on Friday, a proper twinge as I bowled.",
    "Lower back twinged tonight as I got off the rowing machine.",
    "Hauled a bag of dog food out of the boot last week and felt a twinge.",
])
def test_a_twinge_told_as_the_moment_is_a_sudden_start(text: str) -> None:
    assert _facts(text).get("onset") == "sudden"


@pytest.mark.parametrize("text", [
    "My back twinges on the left whenever I bend over.",
    "I used to be a removal man and never had so much as a twinge.",
])
def test_a_twinge_as_a_habit_or_never_had_is_no_start(text: str) -> None:
    assert _facts(text).get("onset") is None


@pytest.mark.parametrize("text", [
    "My lower back has ached for a week, and there's nothing I did that I know of.",
    "Three weeks of a dull ache low down, not from anything I did.",
    "The left side of my lower back started hurting four days ago without doing anything to it.",
    "Nothing I did brought it on, it was just there one morning.",
])
def test_nothing_i_did_is_an_unknown_trigger(text: str) -> None:
    assert _facts(text).get("trigger") == "unknown"


def test_nothing_i_did_helped_is_about_treatment_not_the_cause() -> None:
    assert _facts("My lower back has hurt since Monday and nothing I did helped.").get("trigger") is None


@pytest.mark.parametrize("text", [
    "Got tackled awkwardly at training on Tuesday and my lower back has been sore since.",
    "I took a heavy tackle in the match on Saturday and my back has hurt ever since.",
])
def test_a_tackle_taken_is_a_knock(text: str) -> None:
    facts = _facts(text)
    assert facts.get("onset") == "trauma"
    assert facts.get("trauma") is None  # a knock on the pitch, not a serious injury


def test_fishing_tackle_is_no_knock() -> None:
    assert _facts("I carried the fishing tackle box to the car and my lower back went.").get("onset") == "sudden"


@pytest.mark.parametrize("text", [
    "Helped my brother carry a wardrobe up to his flat yesterday and my lower back has ached since.",
    "Since I helped my neighbour lift a washing machine onto a trailer on Saturday my lower back has hurt.",
])
def test_helping_someone_carry_is_the_persons_own_lift(text: str) -> None:
    assert _facts(text).get("trigger") == "lifting"


def test_someone_else_carrying_is_still_theirs() -> None:
    assert _facts("My brother carried the wardrobe up on his own and my lower back aches.").get("trigger") is None


def test_a_parents_osteoporosis_named_without_my_is_theirs() -> None:
    facts = _facts("Mum has osteoporosis so I worry about my bones. I slipped on the ice on Monday and my back hurts.")
    assert facts.get("fragile_bones") is None
    assert facts.get("onset") == "trauma"


def test_a_grandmother_telling_of_her_own_thin_bones_keeps_them() -> None:
    facts = _facts("Grandma of three here, 72, with thin bones. I bumped down two stairs on my bottom on Monday.")
    assert facts.get("fragile_bones") is True


@pytest.mark.parametrize("text", [
    "Came off my bike on a muddy trail a week ago, no cars involved, and my lower back is bruised.",
    "I fell off my bike on the gravel path on Sunday, going slowly, and my back is sore.",
])
def test_falling_off_a_push_bike_alone_is_no_serious_injury(text: str) -> None:
    facts = _facts(text)
    assert facts.get("trauma") is None
    assert facts.get("onset") == "trauma"


@pytest.mark.parametrize("text", [
    "Came off my bike when a car pulled out on Sunday and my lower back is agony.",
    "I came off my motorbike on the bypass yesterday and my back is really sore.",
    "Came off my bike at 25 mph going downhill on Saturday and my back is agony.",
])
def test_a_bike_fall_with_a_vehicle_or_speed_stays_serious(text: str) -> None:
    assert _facts(text).get("trauma") is True


@pytest.mark.parametrize("text", [
    "Moved a sofa yesterday and today my lower back feels like it got kicked by a horse.",
    "My back looks like it was punched, all bruised from the massage gun.",
])
def test_a_blow_in_a_simile_is_no_accident(text: str) -> None:
    facts = _facts(text)
    assert facts.get("trauma") is None
    assert facts.get("trigger") != "accident"


def test_a_real_kick_from_a_horse_stays() -> None:
    assert _facts("I was kicked by a horse in the field on Monday and my lower back is agony.").get("trauma") is True


@pytest.mark.parametrize("text", [
    "Pain goes into my left buttock, only on that side, both legs are definitely not involved.",
    "It is just the right thigh, both my legs are not affected otherwise.",
])
def test_both_legs_denied_after_it_is_no_sign_of_both_legs(text: str) -> None:
    assert _facts(text).get("bilateral") is not True


def test_both_legs_not_working_is_still_both_legs() -> None:
    assert _facts("Both my legs are not working properly since this morning.").get("bilateral") is True


def test_on_pins_and_needles_waiting_is_a_figure_of_speech() -> None:
    facts = _facts("I've been on pins and needles all week waiting to hear about the job. My lower back aches.")
    assert facts.get("numbness_or_weakness") is None


def test_pins_and_needles_in_a_foot_is_still_numbness() -> None:
    assert _facts("I've had pins and needles in my left foot since Monday.").get("numbness_or_weakness") is True


@pytest.mark.parametrize(("text", "days"), [
    ("My lower back has ached on and off for about four months now.", 120),
    ("It's been aching on and off for about seven weeks, low on the right.", 49),
])
def test_pain_on_and_off_for_weeks_or_months_is_this_episodes_span(text: str, days: int) -> None:
    assert _facts(text).get("duration_days") == days


@pytest.mark.parametrize("text", [
    "I've had sciatica on and off for years, but since Tuesday it's much worse.",
    "Pain in the middle of my back and I've felt hot and shivery on and off for two days.",
])
def test_on_and_off_for_years_or_another_symptoms_span_is_not_the_episode(text: str) -> None:
    facts = _facts(text)
    assert facts.get("duration_days") not in (730, 2)


def test_falling_in_love_is_no_fall() -> None:
    facts = _facts("We fell in love with an oak dresser and I helped carry it upstairs, and my back twinged.")
    assert facts.get("trigger") != "fall"
    assert facts.get("onset") == "sudden"
