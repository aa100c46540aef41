"""The reader: one utterance gives every fact it states, and text that states nothing gives none."""

from __future__ import annotations

from datetime import date

import pytest

from backchat.checks.replay import Script, run_script
from backchat.core.flow import Flow
from backchat.core.understand import read

TODAY = date(2026, 11, 18)


def test_one_sentence_gives_every_fact_it_states() -> None:
    facts = read("im 58, lifted a bag of compost on sunday and now there's pain down my left leg to the foot "
                 "with pins and needles", TODAY, verify=False).facts
    assert facts == {"trigger": "lifting", "radiation": "foot",
                     "numbness_or_weakness": True, "duration_days": 3, "age": 58}


def test_a_hard_negative_gives_only_what_it_states() -> None:
    assert read("my mum had breast cancer, that's why i'm worried", TODAY, verify=False).facts == {}
    assert read("i'm 50 if that matters", TODAY, verify=False).facts == {"age": 50}


def test_a_number_answers_the_question_asked() -> None:
    assert read("63", TODAY, question="age", kind="number", verify=False).facts == {"age": 63}
    assert read("7", TODAY, question="severity", kind="number", verify=False).facts == {"severity": 7}
    assert read("38.5", TODAY, question="fever", kind="yes_no", verify=False).facts == {"fever": True}


def test_not_sure_about_the_cause_is_the_unknown_trigger() -> None:
    assert read("not sure", TODAY, question="onset", kind="onset", verify=False).facts == {"trigger": "unknown"}


def test_a_correction_is_marked() -> None:
    assert read("actually it was three weeks", TODAY, question="duration", kind="duration", verify=False).correction


@pytest.mark.parametrize("text", [
    "[bold]x[/]", "[red][/red]", "<b>hello</b>", "🙂🙂🙂", "👍", "", "   ", "\n\t ",
    "\x00\x01\x02\x1b[31m", "\u202e\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd",
    "\u200f\u0645\u0631\u062d\u0628\u0627",
    "!!!???", "...", "5/10", "38.5", "12 34 56",
])
def test_markup_emoji_blank_control_and_right_to_left_text_give_no_facts(text: str) -> None:
    assert read(text, TODAY, verify=False).facts == {}


def test_empty_or_blank_text_is_marked_empty() -> None:
    assert read("", TODAY, verify=False).empty
    assert read("   \n", TODAY, verify=False).empty


def test_a_hundred_kilobytes_of_text_is_read_without_error_or_invention() -> None:
    assert read("a" * 100_000, TODAY, verify=False).facts == {}
    assert read("blah " * 20_000, TODAY, verify=False).facts == {}


def test_a_long_text_is_read_only_up_to_its_first_part() -> None:
    text = "my lower back hurts. " + "blah " * 20_000 + "i have a fever"
    assert read(text, TODAY, verify=False).facts == {"location": ("lower",)}


@pytest.mark.parametrize("text", ["no", "no, it doesn't go that far", "not sure", "nope, it doesn't spread"])
def test_a_no_at_how_far_down_the_leg_never_erases_the_spread_already_said(text: str) -> None:
    # the leg_level question asks how far; a no names no level (the stated `leg` is kept)
    reading = read(text, date(2026, 1, 1), "leg_level", "radiation", verify=False)
    assert "radiation" not in reading.facts
    assert reading.answer == "unknown"


def test_a_no_to_does_it_spread_is_no_spread_and_a_correction_at_how_far_still_counts() -> None:
    assert read("no", date(2026, 1, 1), "radiation", "radiation", verify=False).facts["radiation"] == "none"
    corrected = read("actually it stays in my back", date(2026, 1, 1), "leg_level", "radiation", verify=False)
    assert corrected.facts["radiation"] == "none"


@pytest.mark.parametrize("answer", ["no", "I'm not sure", "no, it doesn't go that far"])
def test_the_engine_keeps_down_my_leg_after_a_no_at_how_far_and_moves_on(flow: Flow, answer: str) -> None:
    turns = [{"user": "it came on gradually"}, {"user": "no"}, {"user": "lower back"},
             {"user": "yes it goes down my leg", "expect": {"state": "leg_level", "facts": {"radiation": "leg"}}},
             {"user": answer, "expect": {"state": "both_legs", "facts": {"radiation": "leg"}}}]
    result = run_script(Script.model_validate({"turns": turns}), flow)
    assert result.passed, result.failure
