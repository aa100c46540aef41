"""Safety that does not depend on understanding: confirming doubtful signs, and the machine's moves.

Readings with a doubtful sign (``Reading.uncertain``) are built here by adding the doubt to
what the real reader returns, so these rules hold whatever the reader decides to doubt.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

import backchat.core.engine as engine_module
from backchat.core.engine import Engine
from backchat.core.facts import FactValue
from backchat.core.flow import Flow
from backchat.core.machine import SCREEN, build_machine, emergency_screens
from backchat.core.turn import Turn
from backchat.core.understand import Reading, read

TODAY = date(2026, 11, 18)
HEDGED_FEVER = "my back hurts and I might have had a bit of a temperature, not sure"
HEDGED_BLADDER = "I think I might have leaked a little, hard to say"


@pytest.fixture
def doubts(monkeypatch: pytest.MonkeyPatch) -> dict[str, dict[str, FactValue]]:
    """Texts whose reading gets a doubtful sign added (text -> uncertain facts)."""
    added: dict[str, dict[str, FactValue]] = {}

    def reading(text: str, today: date, question: str | None = None, kind: str | None = None) -> Reading:
        real = read(text, today, question, kind)
        return dataclasses.replace(real, uncertain=added[text]) if text in added else real

    monkeypatch.setattr(engine_module, "read", reading)
    return added


def started(flow: Flow) -> Engine:
    engine = Engine(flow, clock=lambda: TODAY)
    engine.start()
    return engine


def doubted(flow: Flow, doubts: dict[str, dict[str, FactValue]], text: str, sign: str) -> Engine:
    """An engine that has just read ``text``, with ``sign`` doubtful in it."""
    doubts[text] = {sign: True}
    engine = started(flow)
    engine.handle(text)
    return engine


def test_a_doubtful_sign_gets_one_confirming_question_in_its_own_words(
        flow: Flow, doubts: dict[str, dict[str, FactValue]]) -> None:
    doubts[HEDGED_FEVER] = {"fever": True}
    engine = started(flow)
    turn = engine.handle(HEDGED_FEVER)
    assert turn.question == "fever" and engine.confirming == "fever"
    assert "Just to check" in turn.say and "fever" not in turn.facts
    assert turn.prompt == flow.question("fever").confirm and turn.red_flag_question
    assert engine.current().say == turn.prompt == engine.handle("repeat").say


def test_yes_to_the_confirming_question_takes_the_sign(flow: Flow, doubts: dict[str, dict[str, FactValue]]) -> None:
    engine = doubted(flow, doubts, HEDGED_FEVER, "fever")
    turn = engine.handle("yes")
    assert turn.facts["fever"] is True and "fever" in turn.facts["red_flags"]
    assert turn.question == "trauma" and engine.confirming is None  # urgent: the emergency screens next


def test_no_clears_it_and_the_dialogue_carries_on_where_it_was(
        flow: Flow, doubts: dict[str, dict[str, FactValue]]) -> None:
    engine = doubted(flow, doubts, HEDGED_FEVER, "fever")
    turn = engine.handle("no")
    assert turn.facts["fever"] is False and turn.question == "onset"  # the story gave no onset
    asked = []
    for _ in range(40):
        if turn.finished:
            break
        asked.append(turn.question)
        turn = engine.handle({"onset": "gradually", "location": "lower back"}.get(turn.question or "", "no"))
    assert "fever" not in asked and turn.outcome is not None and turn.outcome.level != "urgent"


def test_not_sure_follows_the_screens_not_sure_rule(flow: Flow, doubts: dict[str, dict[str, FactValue]]) -> None:
    doubts[HEDGED_BLADDER] = {"bladder_bowel": True}
    engine = started(flow)
    engine.handle("it came on gradually")
    turn = engine.handle(HEDGED_BLADDER)
    assert engine.confirming == "bladder_bowel" and turn.question == "bladder_bowel"
    engine.handle("not sure")
    assert "bladder_bowel" in engine.unknown


def test_a_confirmed_emergency_sign_ends_the_interview(flow: Flow, doubts: dict[str, dict[str, FactValue]]) -> None:
    engine = doubted(flow, doubts, HEDGED_BLADDER, "bladder_bowel")
    turn = engine.handle("yes")
    assert turn.finished and turn.outcome is not None and turn.outcome.level == "emergency"


def test_an_answer_that_is_no_answer_is_asked_once_more_then_taken_as_not_sure(
        flow: Flow, doubts: dict[str, dict[str, FactValue]]) -> None:
    engine = doubted(flow, doubts, HEDGED_FEVER, "fever")
    turn = engine.handle("purple")
    assert turn.event == "reprompt" and engine.confirming == "fever"
    turn = engine.handle("purple")
    assert engine.confirming is None and "fever" in turn.unknown


def test_a_sign_already_stated_is_not_confirmed_again(flow: Flow, doubts: dict[str, dict[str, FactValue]]) -> None:
    doubts["I do have a fever, 38.5, maybe chills too"] = {"fever": True}
    engine = started(flow)
    turn = engine.handle("I do have a fever, 38.5, maybe chills too")
    assert engine.confirming is None and turn.facts["fever"] is True


def test_a_doubtful_sign_after_the_outcome_is_confirmed_then_revises_it(
        flow: Flow, doubts: dict[str, dict[str, FactValue]]) -> None:
    engine = started(flow)
    answers = {"onset": "I lifted a box", "location": "lower back", "duration": "3 days", "age": "30",
               "severity": "3"}
    turn = engine.current()
    while not turn.finished:
        turn = engine.handle(answers.get(turn.question or "", "no"))
    assert engine.state == "self_care"
    doubts["oh and maybe I had a temperature last night"] = {"fever": True}
    turn = engine.handle("oh and maybe I had a temperature last night")
    assert not turn.finished and engine.confirming == "fever"
    turn = engine.handle("yes")
    assert turn.finished and turn.event == "revised" and engine.state == "urgent"


def test_going_back_from_a_confirming_question_restores_what_was_before(
        flow: Flow, doubts: dict[str, dict[str, FactValue]]) -> None:
    engine = doubted(flow, doubts, HEDGED_FEVER, "fever")
    turn = engine.handle("go back")
    assert turn.question == "onset" and engine.confirming is None


# -- the machine drives the dialogue (issue 10) ---------------------------------------------------
def test_the_engine_never_sets_the_machines_state_directly() -> None:
    core = Path(engine_module.__file__).parent
    for name in ("engine.py", "moves.py"):
        assert "set_state(" not in (core / name).read_text(encoding="utf-8"), name


def test_building_the_machine_changes_no_logger(flow: Flow) -> None:
    names = ("transitions", "transitions.core", "transitions.extensions")
    before = {n: logging.getLogger(n).level for n in names}
    build_machine(flow)
    Engine(flow, clock=lambda: TODAY).start()
    assert {n: logging.getLogger(n).level for n in names} == before


def test_one_machine_serves_every_intake_on_a_flow(new_engine: Callable[[], Engine]) -> None:
    a, b = new_engine(), new_engine()
    a.start(), b.start()
    a.handle("it came on gradually")
    assert a._machine is b._machine and a.state == "trauma" and b.state == "onset"


def test_the_screen_move_goes_only_to_an_emergency_screen(flow: Flow, engine: Engine) -> None:
    assert emergency_screens(flow) == ("trauma", "both_legs", "bladder_bowel", "saddle", "sexual", "chest_pain")
    assert not engine._fire(SCREEN, "fever") and engine.state == "onset"
    assert engine._fire(SCREEN, "saddle") and engine.state == "saddle"


def test_a_doubtful_sign_after_an_emergency_changes_nothing(
        flow: Flow, doubts: dict[str, dict[str, FactValue]]) -> None:
    engine = started(flow)
    assert engine.handle("I was in a car crash this morning").finished and engine.state == "emergency"
    doubts["maybe I have a bit of a temperature"] = {"fever": True}
    turn = engine.handle("maybe I have a bit of a temperature")
    assert turn.finished and engine.state == "emergency" and engine.confirming is None


STORY_FEVER = ("My lower back has ached since Monday, low down on the left. On Tuesday night I had a temperature of "
               "38.6 and was shivering under the duvet.")


def run_out(engine: Engine, turn: Turn, answers: dict[str, str]) -> Turn:
    """Answer every later question from ``answers`` ("no" to the rest) until the outcome."""
    for _ in range(40):
        if turn.finished:
            return turn
        turn = engine.handle(answers.get(turn.question or "", "no"))
    raise AssertionError(f"no outcome; last reply: {turn.say!r}")


BENIGN = {"onset": "gradually", "duration": "4 days", "age": "40", "severity": "4", "improving": "yes",
          "radiation": "no", "location": "lower back"}


def test_an_urgent_sign_read_from_a_story_is_confirmed_before_it_counts(flow: Flow) -> None:
    engine = started(flow)
    turn = engine.handle(STORY_FEVER)
    assert engine.confirming == "fever" and turn.prompt == flow.question("fever").confirm
    assert "fever" not in turn.facts and "temperature" not in turn.say.lower()  # nothing noted before the yes
    turn = engine.handle("yes")
    assert turn.facts["fever"] is True and turn.question == "trauma"  # urgent: the emergency screens next
    assert run_out(engine, turn, BENIGN).outcome.level == "urgent"  # type: ignore[union-attr]


def test_no_to_a_story_sign_clears_it_so_a_misread_story_does_not_escalate(flow: Flow) -> None:
    engine = started(flow)
    engine.handle(STORY_FEVER)
    turn = engine.handle("no, that was my son, not me")
    assert turn.facts["fever"] is False
    outcome = run_out(engine, turn, BENIGN).outcome
    assert outcome is not None and outcome.level == "self_care"


def test_not_sure_to_a_story_sign_keeps_the_care_level_it_would_set(flow: Flow) -> None:
    engine = started(flow)
    engine.handle(STORY_FEVER)
    turn = engine.handle("I'm not sure")
    assert "fever" in turn.unknown
    outcome = run_out(engine, turn, BENIGN).outcome
    assert outcome is not None and outcome.level == "urgent"


def test_an_urgent_sign_said_in_a_sentence_of_its_own_counts_at_once(flow: Flow) -> None:
    engine = started(flow)
    turn = engine.handle("I've had a temperature of 38.6 with chills and my lower back aches")
    assert engine.confirming is None and turn.facts["fever"] is True and turn.question == "trauma"


def test_an_emergency_sign_in_a_story_still_ends_the_interview_at_once(flow: Flow) -> None:
    engine = started(flow)
    turn = engine.handle("My back went lifting a sofa on Friday. Since last night I can't feel when I need a wee.")
    assert turn.finished and turn.outcome is not None and turn.outcome.level == "emergency"


def test_a_long_story_heard_without_full_stops_is_a_story_too(flow: Flow) -> None:
    engine = started(flow)  # what a recogniser hears has no punctuation
    turn = engine.handle("my lower back has ached since monday low down on the left and on tuesday night i had a "
                         "temperature of thirty eight point six and was shivering under the duvet")
    assert engine.confirming == "fever" and turn.prompt == flow.question("fever").confirm


QUOTED_BLADDER = ("The NHS page talks about trouble peeing and numb bits down below. None of that here, just a "
                  "lower back ache for a week.")


def test_an_emergency_sign_told_only_as_quoted_advice_is_confirmed_not_an_emergency_at_once(flow: Flow) -> None:
    engine = started(flow)
    turn = engine.handle(QUOTED_BLADDER)
    assert not turn.finished and engine.confirming in ("bladder_bowel", "saddle_numbness")
    while engine.confirming is not None:
        turn = engine.handle("no")
    assert not turn.finished and turn.facts.get("bladder_bowel") is not True


def test_yes_to_a_sign_told_at_one_remove_ends_the_interview(flow: Flow) -> None:
    engine = started(flow)
    engine.handle(QUOTED_BLADDER)
    turn = engine.handle("yes, actually")
    assert turn.finished and turn.outcome is not None and turn.outcome.level == "emergency"


def test_a_hedged_answer_given_again_does_not_ask_a_denied_sign_for_ever(flow: Flow) -> None:
    # the same unsure words twice at the bladder question, each with a doubtful numbness in them
    engine = started(flow)
    answers = {"onset": "I lifted a box", "location": "lower back", "radiation": "no",
               "bladder_bowel": "when I wipe it might feel a bit numb, and peeing is maybe a bit slow"}
    turn = engine.current()
    for _ in range(30):
        if turn.finished:
            break
        turn = engine.handle(answers.get(turn.question or "", "no"))
    assert turn.finished and engine.state == "emergency"  # not sure about the bladder is an emergency
