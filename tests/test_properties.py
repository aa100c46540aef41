"""Properties: whatever the answers to the red-flag questions, the care level is never below what
the clinical rules require; and no text makes the engine raise."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backchat.core.engine import Engine
from backchat.core.flow import Flow
from backchat.core.loader import load_flow

FLOW = load_flow()
RANK = {"emergency": 0, "urgent": 1, "gp": 2, "self_care": 3}
# Each red-flag question with the level a "yes" and an "I don't know" must at least reach,
# written from ../shared/reference/clinical.md independently of the flow file.
SCREENS = {
    "trauma": ("emergency", "urgent"),
    "numbness_weakness": ("urgent", "urgent"),
    "bladder_bowel": ("emergency", "emergency"),
    "fever": ("urgent", "urgent"),
    "night_pain": ("urgent", "urgent"),
    "weight_loss": ("urgent", "urgent"),
    "cancer_history": ("urgent", "urgent"),
    "immune": ("urgent", "urgent"),
}
REPLY = {"yes": ["yes"], "no": ["no"], "unsure": ["I don't know", "not sure"]}
answers = st.fixed_dictionaries({q: st.sampled_from(sorted(REPLY)) for q in SCREENS})


def required(choice: dict[str, str], age: int) -> str:
    levels = ["self_care"]
    for q, pick in choice.items():
        yes_level, unsure_level = SCREENS[q]
        if pick == "yes":
            levels.append(yes_level)
        elif pick == "unsure":
            levels.append(unsure_level)
    if age < 20 or age > 50:
        levels.append("gp")
    return min(levels, key=RANK.__getitem__)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(choice=answers, age=st.integers(min_value=16, max_value=90))
def test_the_outcome_is_never_below_what_the_red_flags_require(choice: dict[str, str], age: int) -> None:
    engine = Engine(FLOW, clock=lambda: date(2026, 11, 18))
    turn = engine.start()
    script = {"onset": ["it started suddenly"], "location": ["lower back"], "radiation": ["no"],
              "duration": ["four days"], "age": [str(age)], "severity": ["4"]}
    script.update({q: REPLY[pick] for q, pick in choice.items()})
    asked: dict[str, int] = {}
    for _ in range(60):
        if turn.finished:
            break
        assert turn.question is not None
        replies = script[turn.question]
        n = asked.get(turn.question, 0)
        asked[turn.question] = n + 1
        turn = engine.handle(replies[min(n, len(replies) - 1)])
    assert turn.finished and turn.outcome is not None
    assert RANK[turn.outcome.level] <= RANK[required(choice, age)]


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
