"""Shapes of real public posts the reader misread, from R10's working half (the posts themselves stay out of the
project): each class pinned by sentences of our own, with the near misses that must stay as they were."""

from __future__ import annotations

import pytest

from tests.unit.reading import rules_facts as _facts


@pytest.mark.parametrize("text", [
    "When I try to walk any distance my legs just give out.",
    "Since Monday my legs keep giving out and I have to grab the wall.",
])
def test_legs_that_give_out_are_both_legs(text: str) -> None:
    facts = _facts(text)
    assert facts.get("bilateral") is True
    assert facts.get("neuro_deficit") is True


@pytest.mark.parametrize("text", [
    "I spent four nights a week sleeping on a very hard futon and my back is sore.",
    "Two weeks sleeping on a hard mattress at my sister's and my lower back aches.",
])
def test_a_week_on_a_hard_bed_is_no_trouble_weeing(text: str) -> None:
    assert _facts(text).get("bladder_bowel") is None


def test_weeing_said_to_be_hard_still_is_a_bladder_sign() -> None:
    assert _facts("Weeing has been really hard since Monday and my back is agony.").get("bladder_bowel") is True


@pytest.mark.parametrize("text", [
    "Most mornings I wake up in pain and it lingers until lunch.",
    "Every morning I wake up in pain and it eases once I'm moving.",
    "I shuffle round stiffly during the early hours of the day.",
])
def test_pain_there_on_waking_each_morning_is_no_night_pain(text: str) -> None:
    assert _facts(text).get("night_pain") is None


@pytest.mark.parametrize("text", [
    "The pain wakes me at 3am every morning.",
    "I wake up in agony in the early hours and pace the kitchen.",
    "Every morning I wake up in agony and can't get back to sleep because of the pain.",
])
def test_pain_that_wakes_them_still_is_night_pain(text: str) -> None:
    assert _facts(text).get("night_pain") is True


@pytest.mark.parametrize("text", [
    "The sciatica has left the bottom of my left foot numb.",
    "My foot bottom has gone numb since the weekend.",
    "The bottoms of my feet tingle when I stand.",
])
def test_the_bottom_of_a_foot_is_no_saddle_area(text: str) -> None:
    facts = _facts(text)
    assert facts.get("saddle_numbness") is None
    assert facts.get("radiation") == "foot"


def test_a_numb_bottom_still_is_saddle_numbness() -> None:
    assert _facts("Since yesterday my bottom is numb and it feels odd when I wipe.").get("saddle_numbness") is True


@pytest.mark.parametrize("text", [
    "The scan showed the disc was leaking gel onto the nerve.",
    "It isn't a disc that slipped so much as a leakage of its contents.",
    "We had a leak in the roof and I hurt my back fixing it.",
])
def test_a_disc_or_a_roof_that_leaks_is_no_bladder_sign(text: str) -> None:
    assert _facts(text).get("bladder_bowel") is None


@pytest.mark.parametrize("text", [
    "I've been leaking a bit when I cough since the pain started.",
    "I had a little leak yesterday without noticing until my jeans were wet.",
])
def test_leaking_said_of_oneself_still_is_a_bladder_sign(text: str) -> None:
    assert _facts(text).get("bladder_bowel") is True


@pytest.mark.parametrize("text", [
    "The tablets finally kicked after forty minutes and I could stand up.",
    "Once the painkillers kicked in I could lie down.",
])
def test_medicine_that_kicks_in_is_no_blow(text: str) -> None:
    facts = _facts(text)
    assert facts.get("trauma") is None
    assert facts.get("onset") is None


@pytest.mark.parametrize("text", [
    "On Friday I had to pick up a prescription, and my lower back has ached all week.",
    "I picked up climbing as a hobby at 30 and my lower back has been sore for a month.",
    "I rang my brother to pick me up in the car because I couldn't walk home.",
    "I pick the kids up from school at three and my lower back aches by then.",
])
def test_picking_up_an_errand_a_hobby_or_a_ride_is_no_lift(text: str) -> None:
    assert _facts(text).get("trigger") != "lifting"


def test_picking_a_child_up_still_is_a_lift() -> None:
    assert _facts("I picked my son up off the floor on Monday and my back went.").get("trigger") == "lifting"


def test_slipping_into_a_low_mood_is_no_fall() -> None:
    facts = _facts("All this back pain is making me slip into a gloomy mood.")
    assert facts.get("trigger") is None
    assert facts.get("onset") is None


@pytest.mark.parametrize("text", [
    "The physio gave me stretches to relax the lower back.",
    "Next week I begin a course to strengthen the muscles of my lower back.",
    "After a month the chiropractor sent me for a lower lumbar MRI.",
])
def test_a_place_named_for_a_treatment_or_a_scan_is_not_where_it_hurts(text: str) -> None:
    assert _facts(text).get("location") is None


@pytest.mark.parametrize("text", [
    "My lower back hurt so much that it was difficult for me to fall asleep.",
    "The pain stops me sleeping most nights.",
    "I couldn't fall asleep because of my back.",
    "The ache keeps me from sleeping.",
    "It is crippling: it prevents me from bending, sleeping or standing for long.",
])
def test_pain_that_keeps_them_from_sleep_is_night_pain(text: str) -> None:
    assert _facts(text).get("night_pain") is True


@pytest.mark.parametrize("text", [
    "The baby stops me sleeping, not my back.",
    "My husband's snoring keeps me from sleeping.",
])
def test_sleep_lost_to_someone_else_is_no_night_pain(text: str) -> None:
    assert _facts(text).get("night_pain") is not True


def test_what_the_pain_prevents_is_no_trigger() -> None:
    assert _facts("My back pain prevents me from bending or lifting anything.").get("trigger") is None


def test_a_trained_professional_is_no_exercise() -> None:
    assert _facts("I read the leaflet like a trained nurse would and my back still hurts.").get("trigger") is None


@pytest.mark.parametrize("text", [
    "Whenever I step on my right foot there's a jab in my buttock.",
    "When I stand on my right foot the ache in my lower back flares.",
])
def test_stepping_on_a_foot_is_no_spread_to_it(text: str) -> None:
    assert _facts(text).get("radiation") not in ("foot", "below_knee")


def test_pain_going_down_to_the_foot_still_reaches_it() -> None:
    assert _facts("The pain shoots from my back down to my left foot.").get("radiation") == "foot"


def test_gluts_is_read_as_glutes() -> None:
    assert _facts("I have a deep ache in my gluts on the right.").get("location") is not None


@pytest.mark.parametrize("text", [
    "My back has been bad for a week. Low back pain is among the most common reasons people see a GP.",
    "I had an MRI today. Apparently most disc problems happen near the base of the spine.",
    "The physio was helpful. Sciatica usually causes pain down the leg to the foot.",
])
def test_a_sentence_of_general_knowledge_says_nothing_of_the_writer(text: str) -> None:
    facts = _facts(text)
    assert facts.get("location") is None
    assert facts.get("radiation") is None


@pytest.mark.parametrize(("text", "fact", "value"), [
    ("Usually it's low on the left.", "location", ("lower", "left")),
    ("Between the shoulder blades is where it hurts.", "location", ("upper",)),
    ("Lower back, usually after shovelling. My sciatica usually goes down to my foot.", "radiation", "foot"),
])
def test_the_writers_own_habits_of_pain_are_still_read(text: str, fact: str, value: object) -> None:
    assert _facts(text).get(fact) == value
