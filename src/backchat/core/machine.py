"""Build a real ``transitions`` state machine from a flow; every move of the dialogue is a trigger.

States are the flow's questions, its outcomes, and one hub, ``away``, that the dialogue passes
through (never rests in) when it goes back to a place it has been. Triggers:

* ``advance``: from a question to the next, taking the first flow transition whose conditions
  hold; the target ``end`` becomes one transition to each outcome, guarded by "triage picks
  this outcome".
* ``escalate``: from any question straight to an outcome, guarded the same way; fired when a
  red flag ends the interview.
* ``screen``: from a question to an emergency screen (a question whose answer can make the
  care level an emergency), guarded by ``target``; fired when an urgent flag was found early,
  so that urgent can still become emergency before the interview ends.
* ``revise``: from an outcome to another, guarded by "triage picks it"; fired when something
  said after the outcome changes the care level.
* ``restart``: from anywhere back to the flow's first question.
* ``step_away`` then ``resume_at`` (guarded by ``target``): going back ("go back", revisiting
  an answered question), restoring a saved intake, and asking a confirming question about a
  sign that may have been mentioned, then carrying on where the dialogue was.

The machine holds no dialogue state: it has no model of its own. Each engine passes its
:class:`Cursor` (where the dialogue is, and the :class:`Judge` its guards consult) to every
trigger, so one machine serves every intake on the same flow and is built once per flow.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from transitions import EventData, Machine

from backchat.core.facts import CATALOGUE
from backchat.core.flow import END, Flow

__all__ = ["Judge", "Cursor", "transition_specs", "control_specs", "build_machine", "machine_for",
           "emergency_screens", "ADVANCE", "ESCALATE", "SCREEN", "REVISE", "RESTART", "STEP_AWAY",
           "RESUME_AT", "AWAY"]

ADVANCE = "advance"
ESCALATE = "escalate"
SCREEN = "screen"
REVISE = "revise"
RESTART = "restart"
STEP_AWAY = "step_away"
RESUME_AT = "resume_at"
AWAY = "away"
"""The hub state a move back passes through; the dialogue never rests there."""


class Judge(Protocol):
    """What the guards need to know."""

    def holds_all(self, transition_index: int) -> bool:
        """True when every condition of flow transition ``transition_index`` holds."""

    def picks(self, outcome: str) -> bool:
        """True when triage picks ``outcome`` now."""


class Cursor:
    """One intake's place in the machine, and the judge its guards consult."""

    state: str

    def __init__(self, judge: Judge | None = None, state: str = "") -> None:
        self.state = state
        self.judge = judge


Guard = Callable[..., bool]


def _named(fn: Guard, name: str) -> Guard:
    fn.__name__ = name
    fn.__qualname__ = name
    return fn


def _judge_of(judge: Judge | None, event: EventData | None) -> Judge:
    if judge is not None:
        return judge
    cursor = event.model if event is not None else None
    assert isinstance(cursor, Cursor) and cursor.judge is not None
    return cursor.judge


def transition_specs(flow: Flow, judge: Judge | None = None) -> list[dict[str, Any]]:
    """The flow's own transitions (``advance`` and ``escalate``), in the order the flow gives them.

    Guards ask ``judge`` when one is given (diagrams), else the judge on the cursor that the
    trigger was fired with (the shared machine sends its event data to guards).
    """
    specs: list[dict[str, Any]] = []
    outcomes = [o.id for o in flow.outcomes]
    for i, t in enumerate(flow.transitions):
        label = " and ".join(c.describe() for c in t.when)
        guard = _named(lambda ev=None, i=i: _judge_of(judge, ev).holds_all(i), label) if t.when else None
        targets = outcomes if t.to == END else [t.to]
        for dest in targets:
            conditions: list[Guard] = [guard] if guard else []
            if t.to == END:
                conditions.append(_picks(judge, dest))
            specs.append({"trigger": ADVANCE, "source": t.from_, "dest": dest,
                          "conditions": conditions})
    questions = [q.id for q in flow.questions]
    for dest in outcomes:
        specs.append({"trigger": ESCALATE, "source": questions, "dest": dest,
                      "conditions": [_picks(judge, dest)]})
    return specs


def _picks(judge: Judge | None, outcome: str) -> Guard:
    return _named(lambda ev=None: _judge_of(judge, ev).picks(outcome), f"triage is {outcome}")


def _is_target(dest: str) -> Guard:
    return _named(lambda ev: ev.kwargs.get("target") == dest, f"target is {dest}")


def emergency_screens(flow: Flow) -> tuple[str, ...]:
    """Questions, in flow order, whose own answer can make the care level the highest one."""
    top = flow.outcomes[0].id
    facts = {f for rf in flow.red_flags if top in (rf.level, rf.if_unknown)
             for c in rf.when for f in c.facts() if CATALOGUE.get(f) and CATALOGUE[f].kind == "bool"}
    return tuple(q.id for q in flow.questions if q.sets[0] in facts)


def control_specs(flow: Flow) -> list[dict[str, Any]]:
    """The dialogue's own moves: screen, revise, restart, step away and resume."""
    questions = [q.id for q in flow.questions]
    outcomes = [o.id for o in flow.outcomes]
    everywhere = questions + outcomes
    specs: list[dict[str, Any]] = [
        {"trigger": SCREEN, "source": questions, "dest": dest, "conditions": [_is_target(dest)]}
        for dest in emergency_screens(flow)]
    specs += [{"trigger": REVISE, "source": outcomes, "dest": dest, "conditions": [_picks(None, dest)]}
              for dest in outcomes]
    specs.append({"trigger": RESTART, "source": everywhere, "dest": flow.start})
    specs.append({"trigger": STEP_AWAY, "source": everywhere, "dest": AWAY})
    specs += [{"trigger": RESUME_AT, "source": AWAY, "dest": dest, "conditions": [_is_target(dest)]}
              for dest in everywhere]
    return specs


def build_machine(flow: Flow) -> Machine:
    """A flat machine (no nesting: state names contain underscores) with no model of its own.

    Nothing global is touched: no logger is configured, no model is bound (so transitions has
    no trigger methods to attach, and nothing to log about them).
    """
    states = [q.id for q in flow.questions] + [o.id for o in flow.outcomes] + [AWAY]
    return Machine(
        model=None,
        states=states,
        transitions=transition_specs(flow) + control_specs(flow),
        initial=flow.start,
        auto_transitions=False,
        send_event=True,
        queued=False,
        ignore_invalid_triggers=False,
    )


def machine_for(flow: Flow) -> Machine:
    """The flow's machine, built on first use and kept with the flow (not in any global)."""
    built = flow.runtime.get("machine")
    if built is None:
        built = flow.runtime["machine"] = build_machine(flow)
    assert isinstance(built, Machine)
    return built
