"""Classes from the real posts worked on in the eleventh session (R10, R11, R12 and R13's work half; the posts
themselves stay private): each pinned by sentences of our own, with the near misses that must stay as they were."""

from __future__ import annotations

import pytest

from backchat.core.understand import read
from tests.unit.reading import rules_facts as _facts

_STORY = "My lower back has been sore since Tuesday. "


@pytest.mark.parametrize(("sentence", "sign"), [
    ("That nerve starts at your pelvis, passes your buttock and carries on down both legs to your feet.", "bilateral"),
    ("You'd think walking would be easy when you have the full use of both legs.", "bilateral"),
    ("Picture yourself hunched over, dribbling and groaning, the last thing you want at a wedding.", "bladder_bowel"),
    ("Your groin can go numb when the nerve is squashed, apparently.", "saddle_numbness"),
])
def test_an_emergency_sign_in_a_sentence_said_of_anyone_is_confirmed_not_taken(sentence: str, sign: str) -> None:
    reading = read(_STORY + sentence, None)
    assert sign not in reading.facts and reading.uncertain.get(sign) is True


@pytest.mark.parametrize(("text", "sign"), [
    (_STORY + "Both my legs have gone numb since this morning.", "bilateral"),
    (_STORY + "Since last night I can't feel myself when I wipe, like when the dentist numbs you.", "saddle_numbness"),
    ("Both legs are numb, you know.", "bilateral"),
])
def test_a_sign_said_of_the_writer_or_in_one_sentence_counts_at_once(text: str, sign: str) -> None:
    assert read(text, None).facts.get(sign) is True


@pytest.mark.parametrize("text", [
    "The numbness travels from my buttock down to my foot.",
    "I get a tingling that moves down the back of my thigh into my calf.",
    "My shin is numb below the knee, and now and then it moves down into the toes.",
])
def test_numbness_that_travels_down_the_leg_is_where_it_goes_not_numbness_getting_worse(text: str) -> None:
    facts = _facts(text)
    assert facts.get("numbness_or_weakness") is True and facts.get("neuro_deficit") is not True


@pytest.mark.parametrize("text", [
    "The numbness in my foot is spreading up my shin.",
    "The numb patch was small at first, now it goes down to my toes.",
    "The numbness in my foot keeps getting worse.",
])
def test_numbness_that_spreads_or_grows_is_still_a_nerve_sign(text: str) -> None:
    assert _facts(text).get("neuro_deficit") is True


@pytest.mark.parametrize("text", [
    "I can't lift my leg to put my socks on without awful pain.",
    "I couldn't lift my right leg into the car without wincing.",
    "I can't raise my legs to tie my laces, or get onto a low stool, without real agony.",
])
def test_a_leg_that_moves_only_at_the_price_of_pain_is_not_weakness(text: str) -> None:
    assert _facts(text).get("neuro_deficit") is not True


@pytest.mark.parametrize("text", [
    "I can't lift my left foot at all.",
    "I cannot lift my leg, it just won't go.",
    "I can't lift my foot and it slaps the floor without any pain at all.",
    "My leg gives way without warning.",
])
def test_a_leg_that_cannot_move_is_still_weakness(text: str) -> None:
    assert _facts(text).get("neuro_deficit") is True


@pytest.mark.parametrize("text", [
    "I'm 7 w 2 d pregnant and my lower back aches.",
    "I'm 30+4 and the lower back pain is getting to me.",
    "I'm now 2 years post op and my lower back is playing up.",
    "I'm 3 years into this job and my back is sore.",
])
def test_a_time_counted_after_i_am_is_not_an_age(text: str) -> None:
    assert _facts(text).get("age") is None


@pytest.mark.parametrize(("text", "age"), [
    ("I'm 45 years old and my back hurts.", 45),
    ("I'm 52 and my lower back hurts.", 52),
    ("I am 61 years of age, lower back pain.", 61),
])
def test_an_age_is_still_an_age(text: str, age: int) -> None:
    assert _facts(text).get("age") == age


@pytest.mark.parametrize(("text", "days"), [
    ("It's been two weeks now since this started and my lower back is no better.", 14),
    ("It's been nine days since it happened, lower back still sore.", 9),
    ("My lower back is sore. It's three days since it all started.", 3),
])
def test_time_since_this_started_is_how_long_it_has_lasted(text: str, days: int) -> None:
    assert _facts(text).get("duration_days") == days


@pytest.mark.parametrize("text", [
    "I've never had back trouble in my 52 years on this earth, and now my lower back aches.",
    "Not once in all my 60 years has my back hurt like this.",
    "I'm on week five, run two, of the running plan and my lower back is tight.",
    "Week three, day two of the programme, and my lower back started to ache.",
    "It's been a week since I saw the physio and my back hurts.",
])
def test_a_life_a_plans_week_or_another_event_does_not_date_the_pain(text: str) -> None:
    assert _facts(text).get("duration_days") is None


@pytest.mark.parametrize(("text", "days"), [
    ("It's week 5 of this back pain.", 35),
    ("Week 3 update: my back is still sore.", 21),
    ("My back has hurt for 44 years.", 16060),
])
def test_a_week_of_the_pain_or_years_of_it_still_count(text: str, days: int) -> None:
    assert _facts(text).get("duration_days") == days


@pytest.mark.parametrize("text", [
    "I bent down for a pen and my back locked right there.",
    "I reached for the kettle and my back went right then.",
])
def test_a_back_that_locked_right_there_came_on_suddenly(text: str) -> None:
    assert _facts(text).get("onset") == "sudden"


def test_a_back_that_went_right_down_the_leg_is_spread_not_onset() -> None:
    facts = _facts("The pain in my back went right down my leg.")
    assert facts.get("onset") is None
