"""Understanding stories (issue 9): word roots, assertion, slots, doubt. Each behaviour has two
independent wordings; the sentences are our own, in the shape of real posts."""

from __future__ import annotations

from datetime import date

import pytest

from backchat.core.facts import FactValue
from backchat.core.understand import read
from backchat.core.understand.lemmas import lemma_text

TODAY = date(2026, 11, 18)


def facts(text: str) -> dict[str, FactValue]:
    return read(text, TODAY, verify=False).facts


def test_word_roots_cover_tenses_and_modals() -> None:
    assert lemma_text("i struggled to wee and it woke me") == "i struggle to wee and it wake me"
    assert lemma_text("the pain was worse and my left leg gave way") == "the pain was worse and my left leg give way"


@pytest.mark.parametrize("text", [
    "My back went on Saturday when I was hanging out the washing.",
    "Stood up from the sofa and my lower back just locked.",
])
def test_onset_idioms_in_any_tense_are_sudden(text: str) -> None:
    assert facts(text)["onset"] == "sudden"


@pytest.mark.parametrize("text", [
    "I hurt my back wallpapering the landing on Sunday.",
    "Strained my back doing the ironing yesterday evening.",
])
def test_hurt_my_back_doing_anything_names_a_trigger(text: str) -> None:
    assert facts(text)["trigger"] == "other"


@pytest.mark.parametrize("text", [
    "Since Tuesday I've struggled to wee, it just won't start.",
    "Last night I couldn't pass urine at all even though I needed to.",
])
def test_bladder_trouble_said_with_other_verbs_is_a_cauda_equina_sign(text: str) -> None:
    assert facts(text)["bladder_bowel"] is True


@pytest.mark.parametrize("text", [
    "I couldn't get to sleep for the pain in my back.",
    "It wakes me up every time I turn over because of my back.",
])
def test_pain_that_stops_sleep_is_night_pain(text: str) -> None:
    assert facts(text)["night_pain"] is True


def test_constant_alone_is_not_night_pain() -> None:
    assert "night_pain" not in facts("The ache in my lower back is constant, all day long.")
    assert facts("It's there day and night but I sleep fine.")["night_pain"] is False


@pytest.mark.parametrize("text", [
    "My left leg keeps giving way on the stairs.",
    "The numbness in my right foot is spreading up into my calf.",
])
def test_weakness_or_spreading_numbness_is_a_neuro_deficit(text: str) -> None:
    found = facts(text)
    assert found["neuro_deficit"] is True and found["numbness_or_weakness"] is True


@pytest.mark.parametrize("text", [
    "Pins and needles in my left foot, the same as last week.",
    "The tingling in my calf hasn't spread at all and my leg is as strong as ever.",
])
def test_plain_or_unchanged_tingling_is_not_a_neuro_deficit(text: str) -> None:
    found = facts(text)
    assert found["numbness_or_weakness"] is True and found.get("neuro_deficit") is not True


@pytest.mark.parametrize(("text", "level"), [
    ("The pain shoots down my right leg.", "leg"),
    ("Since Friday it has been going into my left leg, not sure how far.", "leg"),
    ("Tingling all the way into my toes on the left.", "foot"),
    ("There's a numb patch on the outside of my shin.", "below_knee"),
])
def test_radiation_is_how_far_pain_or_numbness_reaches(text: str, level: str) -> None:
    assert facts(text)["radiation"] == level


@pytest.mark.parametrize("text", [
    "It didn't go down my leg at all, it stayed in my back.",
    "The pain never went into my legs.",
])
def test_spread_denied_in_other_words_is_none(text: str) -> None:
    assert facts(text)["radiation"] == "none"


@pytest.mark.parametrize("text", [
    "My flatmate had pins and needles in both legs once and it was nothing.",
    "My dad was incontinent at the end, so I keep an eye on mine.",
])
def test_someone_elses_symptoms_state_nothing(text: str) -> None:
    found = facts(text)
    assert "bilateral" not in found and "bladder_bowel" not in found


@pytest.mark.parametrize("text", [
    "If I ever got numbness down there I know I'd have to go straight to A&E.",
    "I'd hate to lose bladder control like my aunt did.",
])
def test_a_possibility_or_a_fear_states_nothing(text: str) -> None:
    assert "bladder_bowel" not in facts(text)


@pytest.mark.parametrize("text", [
    "A slipped disc was what the physio called it.",
    "My keys fell behind the radiator and I bent to get them.",
    "Hurt my back swinging round to catch a falling mug.",
])
def test_a_fall_that_is_not_the_persons_is_no_trauma(text: str) -> None:
    found = facts(text)
    assert found.get("trigger") != "fall" and found.get("onset") != "trauma" and "trauma" not in found


@pytest.mark.parametrize("text", [
    "I tripped twice yesterday because my foot keeps catching.",
    "I collapsed in agony on the kitchen floor.",
])
def test_a_fall_caused_by_the_symptom_is_no_injury(text: str) -> None:
    assert facts(text).get("trigger") != "fall"


def test_a_fall_from_a_height_is_trauma_and_a_low_one_is_not() -> None:
    assert facts("I fell off a ladder clearing the gutters on Monday.")["trauma"] is True
    assert "trauma" not in facts("I came off the bottom rung of a stepladder, only a foot or so.")


@pytest.mark.parametrize("text", [
    "I think I might have had a temperature last night, not sure.",
    "Maybe I've lost a bit of weight, I'm not sure.",
])
def test_a_hedged_red_flag_sign_is_uncertain_not_a_fact(text: str) -> None:
    reading = read(text, TODAY, verify=False)
    assert reading.uncertain and not set(reading.uncertain) & set(reading.facts)


def test_a_hedge_about_something_else_leaves_the_sign_firm() -> None:
    reading = read("Both my thighs have hurt since Saturday, pain is maybe a 5.", TODAY, verify=False)
    assert reading.facts["bilateral"] is True and "bilateral" not in reading.uncertain


@pytest.mark.parametrize(("answer", "value"), [
    ("not really, about the same", False), ("worse if anything", False), ("not much", False),
    ("slightly", True), ("a bit, yes", True),
])
def test_answers_to_the_improving_question_keep_their_meaning(answer: str, value: bool) -> None:
    reading = read(answer, TODAY, "improving", "yes_no", verify=False)
    assert reading.facts["improving"] is value and reading.on_topic


@pytest.mark.parametrize(("answer", "score"), [("zero", 0), ("two out of ten", 2), ("one", 1), ("about a six", 6)])
def test_pain_scores_in_any_form(answer: str, score: int) -> None:
    assert read(answer, TODAY, "severity", "number", verify=False).facts["severity"] == score


@pytest.mark.parametrize(("word", "fixed"), [("bladdar", "bladder"), ("sholder", "shoulder"),
                                              ("numbess", "numbness"), ("lymphona", "lymphoma")])
def test_spelling_is_corrected_toward_the_domain_words(word: str, fixed: str) -> None:
    from backchat.core.understand.spelling import fix_word

    assert fix_word(word) == fixed


def test_real_words_are_never_corrected() -> None:
    from backchat.core.understand.spelling import fix_word

    assert [fix_word(w) for w in ("ladder", "border", "lighter", "weights")] == ["ladder", "border", "lighter",
                                                                                   "weights"]


@pytest.mark.parametrize("text", [
    "There's no lump or swelling that I can feel, the muscles are just tight.",
    "I've never had cancer and there's no lump anywhere, I checked.",
])
def test_no_lump_denies_a_lump(text: str) -> None:
    assert facts(text)["back_lump"] is False


def test_a_lump_on_the_back_is_stated() -> None:
    assert facts("There's a soft lump on the left side of my lower back.")["back_lump"] is True
