"""Build a real ``transitions`` state machine from a flow.

States are the flow's questions and its outcomes. Two triggers:

* ``advance``: from a question to the next, taking the first flow transition
  whose conditions hold; the target ``end`` becomes one transition to each
  outcome, guarded by "triage picks this outcome".
* ``escalate``: from any question straight to an outcome, guarded the same way;
  fired when a red flag ends the interview.

Guards are callables that look at the facts through a :class:`Judge`, so the
machine itself holds no dialogue state besides the current state.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from transitions import Machine

from backchat.core.flow import END, Flow

__all__ = ["Judge", "Cursor", "transition_specs", "build_machine", "ADVANCE", "ESCALATE"]

ADVANCE = "advance"
ESCALATE = "escalate"


class Judge(Protocol):
    """What the guards need to know."""

    def holds_all(self, transition_index: int) -> bool:
        """True when every condition of flow transition ``transition_index`` holds."""

    def picks(self, outcome: str) -> bool:
        """True when triage picks ``outcome`` now."""


class Cursor:
    """The machine's model: only where the dialogue is."""

    state: str

    def __init__(self) -> None:
        self.state = ""


def _named(fn: Callable[[], bool], name: str) -> Callable[[], bool]:
    fn.__name__ = name
    fn.__qualname__ = name
    return fn


def transition_specs(flow: Flow, judge: Judge) -> list[dict[str, Any]]:
    """The machine's transitions, in the order the flow gives them."""
    specs: list[dict[str, Any]] = []
    outcomes = [o.id for o in flow.outcomes]
    for i, t in enumerate(flow.transitions):
        label = " and ".join(c.describe() for c in t.when)
        guard = _named(lambda i=i: judge.holds_all(i), label) if t.when else None  # type: ignore[misc]
        targets = outcomes if t.to == END else [t.to]
        for dest in targets:
            conditions: list[Callable[[], bool]] = [guard] if guard else []
            if t.to == END:
                conditions.append(_picks(judge, dest))
            specs.append({"trigger": ADVANCE, "source": t.from_, "dest": dest,
                          "conditions": conditions})
    questions = [q.id for q in flow.questions]
    for dest in outcomes:
        specs.append({"trigger": ESCALATE, "source": questions, "dest": dest,
                      "conditions": [_picks(judge, dest)]})
    return specs


def _picks(judge: Judge, outcome: str) -> Callable[[], bool]:
    return _named(lambda: judge.picks(outcome), f"triage is {outcome}")


def build_machine(flow: Flow, judge: Judge, cursor: Cursor) -> Machine:
    """A flat machine (no nesting: state names contain underscores) on ``cursor``."""
    # model_override=True makes transitions log every binding it skips, by design; quiet it.
    logging.getLogger("transitions.core").setLevel(logging.ERROR)
    states = [q.id for q in flow.questions] + [o.id for o in flow.outcomes]
    return Machine(
        model=cursor,
        states=states,
        transitions=transition_specs(flow, judge),
        initial=flow.start,
        auto_transitions=False,
        model_override=True,
        queued=False,
        ignore_invalid_triggers=True,
    )
