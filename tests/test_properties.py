"""Properties: whatever the answers to the red-flag questions, the care level is never below what
the clinical rules require; and no text makes the engine raise."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backchat.core.engine import Engine
from backchat.core.flow import Flow
from backchat.core.loader import load_flow
from backchat.core.turn import Turn

FLOW = load_flow()
RANK = {"emergency": 0, "urgent": 1, "gp": 2, "self_care": 3}
# Each red-flag question with the level a "yes" and an "I don't know" must at least reach,
# written from ../shared/reference/clinical.md independently of the flow file. Numbness in one
# leg alone is a GP matter; its follow-up (weakness, or numbness new and spreading or worse)
# is urgent, and is asked only after a "yes" or "not sure" to numbness.
SCREENS = {
    "trauma": ("emergency", "urgent"),
    "both_legs": ("emergency", "emergency"),
    "bladder_bowel": ("emergency", "emergency"),
    "saddle": ("emergency", "emergency"),
    "sexual": ("emergency", "emergency"),
    "chest_pain": ("emergency", "urgent"),
    "numbness_weakness": ("gp", "gp"),
    "neuro_deficit": ("urgent", "urgent"),
    "fever": ("urgent", "urgent"),
    "night_pain": ("urgent", "urgent"),
    "weight_loss": ("urgent", "urgent"),
    "cancer_history": ("urgent", "urgent"),
    "immune": ("urgent", "urgent"),
    "back_lump": ("urgent", "urgent"),
}
EMERGENCY_SCREENS = ("trauma", "both_legs", "bladder_bowel", "saddle", "sexual", "chest_pain")
REPLY = {"yes": ["yes"], "no": ["no"], "unsure": ["I don't know", "not sure"]}
BASE = {"onset": ["it started suddenly"], "location": ["lower back"], "radiation": ["no"],
        "duration": ["four days"], "severity": ["4"], "recurrent": ["no"]}
answers = st.fixed_dictionaries({q: st.sampled_from(sorted(REPLY)) for q in SCREENS})


def required(choice: dict[str, str], age: int) -> str:
    levels = ["self_care"]
    for q, pick in choice.items():
        if q == "neuro_deficit" and choice["numbness_weakness"] == "no":
            continue  # the follow-up is not asked
        yes_level, unsure_level = SCREENS[q]
        if pick == "yes":
            levels.append(yes_level)
        elif pick == "unsure":
            levels.append(unsure_level)
    if age < 20 or age > 50:
        levels.append("gp")
    return min(levels, key=RANK.__getitem__)


def talk(engine: Engine, script: dict[str, list[str]], first: str | None = None) -> tuple[Turn, list[str]]:
    """Answer by question id until the end; returns the last turn and the questions asked."""
    turn = engine.start() if first is None else engine.handle(first)
    asked: list[str] = []
    for _ in range(80):
        if turn.finished:
            break
        assert turn.question is not None
        asked.append(turn.question)
        replies = script[turn.question]
        turn = engine.handle(replies[min(asked.count(turn.question) - 1, len(replies) - 1)])
    return turn, asked


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(choice=answers, age=st.integers(min_value=16, max_value=90))
def test_the_outcome_is_never_below_what_the_red_flags_require(choice: dict[str, str], age: int) -> None:
    engine = Engine(FLOW, clock=lambda: date(2026, 11, 18))
    script = {**BASE, "age": [str(age)], **{q: REPLY[pick] for q, pick in choice.items()}}
    turn, _ = talk(engine, script)
    assert turn.finished and turn.outcome is not None
    assert RANK[turn.outcome.level] <= RANK[required(choice, age)]


URGENT_OPENINGS = [
    "my back has ached for a week and I've had a temperature of 38.5 with chills",
    "I had breast cancer five years ago and now my back hurts",
    "the pain wakes me up every night",
    "I've lost a stone without trying and my back aches",
    "I take prednisolone every day and my back started hurting",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(opening=st.sampled_from(URGENT_OPENINGS),
       screens=st.fixed_dictionaries({q: st.sampled_from(sorted(REPLY)) for q in EMERGENCY_SCREENS}))
def test_an_urgent_sign_said_first_still_asks_every_emergency_screen(opening: str, screens: dict[str, str]) -> None:
    engine = Engine(FLOW, clock=lambda: date(2026, 11, 18))
    engine.start()
    script = {q: ["no"] for q in (*SCREENS, *BASE, "age")} | {q: REPLY[p] for q, p in screens.items()}
    turn, asked = talk(engine, script, first=opening)
    assert turn.outcome is not None
    if turn.outcome.level != "emergency":
        assert set(EMERGENCY_SCREENS) <= set(asked) and turn.outcome.level == "urgent"
    need = min([SCREENS[q][0 if p == "yes" else 1] for q, p in screens.items() if p != "no"] + ["urgent"],
               key=RANK.__getitem__)
    assert RANK[turn.outcome.level] <= RANK[need]


def _flow() -> Flow:
    return FLOW


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(st.text(max_size=300), min_size=1, max_size=8))
def test_the_engine_never_raises_on_arbitrary_text(texts: list[str]) -> None:
    engine = Engine(_flow(), clock=lambda: date(2026, 11, 18))
    engine.start()
    states = {q.id for q in FLOW.questions} | {o.id for o in FLOW.outcomes}
    for text in texts:
        turn = engine.handle(text)
        assert engine.state in states
        assert isinstance(turn.say, str) and turn.say
