"""A second flow, written as data only, runs on the same engine with its own questions and wording."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from backchat.core.engine import Engine
from backchat.core.loader import load_flow

QUICK = Path(__file__).resolve().parents[2] / "flows" / "quick_red_flag_screen.yaml"


def run(answers: list[str]) -> Engine:
    engine = Engine(load_flow(QUICK), clock=lambda: date(2026, 11, 18))
    engine.start()
    for a in answers:
        engine.handle(a)
    return engine


def test_the_quick_screen_asks_only_its_own_questions() -> None:
    engine = run(["it came on gradually"] + ["no"] * 9 + ["three weeks"])
    asked = [e.question for e in engine.transcript if e.role == "user"]
    assert asked == ["onset", "trauma", "radiation", "both_legs", "bladder_bowel", "saddle", "sexual",
                     "chest_pain", "numbness_weakness", "fever", "duration"]
    assert engine.finished and engine.state == "self_care"
    outcome = engine.current().outcome
    assert outcome is not None and outcome.title == "No urgent warning signs found"


def test_the_quick_screen_still_escalates_a_red_flag_at_once() -> None:
    engine = run(["it came on gradually", "no", "down both legs"])
    assert engine.finished and engine.state == "emergency"
