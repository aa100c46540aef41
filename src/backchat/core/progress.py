"""How much of the intake is left, counted honestly from the flow and what is known.

A question still to come is one on some path of the flow's transitions from the open
question that has not been answered yet. A transition whose conditions name a fact not
known yet may go either way, so the count is a range: the shortest and the longest path.
A question on no path any more was skipped (its answer was not needed, or the interview
ended first); it is never shown as "not asked yet". When an urgent red flag already holds,
only the emergency screens not yet answered are left (then the interview ends).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import dataclass
from typing import Literal

from backchat.core.conditions import holds
from backchat.core.facts import FactValue
from backchat.core.flow import Condition, Flow, Question
from backchat.core.triage import with_derived
from backchat.core.turn import Progress
from backchat.core.wording import fill_in

__all__ = ["Answered", "estimate", "remaining", "skipped", "to_come", "greeting"]

_Maybe = Literal["yes", "no", "maybe"]
Answered = Callable[[Question], bool]
"""True when a question needs no asking (the engine's rule; by default: its first fact is known)."""


def _answered(q: Question, facts: Mapping[str, FactValue], unknown: Set[str]) -> bool:
    return q.sets[0] in facts or q.sets[0] in unknown


_Edge = tuple[str, tuple[tuple[Condition, frozenset[str]], ...]]
"""A transition as the walk needs it: its target and each condition with the facts it names."""


@dataclass(frozen=True)
class _Graph:
    """The flow's questions and transitions indexed once per flow (the walk runs every turn)."""

    questions: Mapping[str, Question]
    edges: Mapping[str, tuple[_Edge, ...]]


def _graph(flow: Flow) -> _Graph:
    built = flow.runtime.get("progress_graph")
    if isinstance(built, _Graph):
        return built
    edges: dict[str, list[_Edge]] = {}
    for t in flow.transitions:
        edges.setdefault(t.from_, []).append(
            (t.to, tuple((c, frozenset(c.facts())) for c in t.when)))
    graph = _Graph({q.id: q for q in flow.questions}, {k: tuple(v) for k, v in edges.items()})
    flow.runtime["progress_graph"] = graph
    return graph


def _status(conds: tuple[tuple[Condition, frozenset[str]], ...], facts: Mapping[str, FactValue],
            unknown: Set[str]) -> _Maybe:
    """Whether a transition's conditions hold now, fail now, or depend on answers to come."""
    result: _Maybe = "yes"
    for c, names in conds:
        for f in names:
            if f not in facts and f not in unknown:
                result = "maybe"
                break
        else:  # every fact it names is known (or known to be unknown): it holds or fails now
            if not holds(c, facts, unknown):
                return "no"
    return result


def _next(graph: _Graph, state: str, facts: Mapping[str, FactValue], unknown: Set[str]) -> list[str]:
    out: list[str] = []
    for to, conds in graph.edges.get(state, ()):
        status = _status(conds, facts, unknown)
        if status == "no":
            continue
        out.append(to)
        if status == "yes":
            break
    return out


def _paths(flow: Flow, state: str, facts: Mapping[str, FactValue], unknown: Set[str],
           answered: Answered | None = None) -> tuple[int, int, set[str]]:
    """(fewest, most) questions still to answer from ``state``, and every one that may come."""
    graph = _graph(flow)
    questions = graph.questions
    limit = len(questions)
    memo: dict[str, tuple[int, int]] = {}
    reach: set[str] = set()  # every question the walk reaches that is still to answer
    is_answered: Answered = answered or (lambda q: _answered(q, facts, unknown))

    def walk(at: str, depth: int) -> tuple[int, int]:
        if at in memo:
            return memo[at]
        q = questions.get(at)
        if q is None or depth > limit:
            return 0, 0
        here = 0 if is_answered(q) else 1
        if here:
            reach.add(at)
        low = high = -1
        for n in _next(graph, at, facts, unknown):
            below_low, below_high = walk(n, depth + 1)
            low = below_low if low < 0 or below_low < low else low
            high = max(high, below_high)
        memo[at] = (here + max(low, 0), here + max(high, 0))
        return memo[at]

    low, high = walk(state, 0)
    return low, high, reach


def remaining(flow: Flow, state: str, facts: Mapping[str, FactValue], unknown: Set[str],
              answered: Answered | None = None) -> tuple[int, int]:
    """The fewest and the most questions still to answer, counting the open one."""
    low, high, _ = _paths(flow, state, with_derived(flow, facts), unknown, answered)
    return low, high


def to_come(flow: Flow, state: str, facts: Mapping[str, FactValue], unknown: Set[str],
            answered: Answered | None = None) -> set[str]:
    """The ids of the questions that may still be asked."""
    return _paths(flow, state, with_derived(flow, facts), unknown, answered)[2]


def skipped(flow: Flow, state: str, facts: Mapping[str, FactValue], unknown: Set[str],
            finished: bool, answered: Answered | None = None) -> tuple[str, ...]:
    """Questions not answered that will not be asked (all unanswered ones once finished)."""
    coming = set() if finished else to_come(flow, state, facts, unknown, answered)
    return tuple(q.id for q in flow.questions
                 if not _answered(q, facts, unknown) and q.id not in coming)


def estimate(flow: Flow, state: str, facts: Mapping[str, FactValue], unknown: Set[str],
             finished: bool, answered: Answered | None = None,
             last_screens: Sequence[str] | None = None,
             full: Mapping[str, FactValue] | None = None) -> Progress:
    """The progress to show after a step.

    ``last_screens``: when an urgent red flag already holds, the emergency screens that are
    all that is left to ask. ``full``: ``with_derived(flow, facts)`` when the caller has it.
    """
    open_ids = [q.id for q in flow.questions if q.sets[0] not in facts and q.sets[0] not in unknown]  # not _answered
    done = len(flow.questions) - len(open_ids)
    if finished:
        return Progress("Done", done, done, left=(0, 0), skipped=tuple(open_ids))
    questions = _graph(flow).questions
    label = questions[state].label if state in questions else ""
    if last_screens is not None:
        is_done: Answered = answered or (lambda q: _answered(q, facts, unknown))
        coming = {qid for qid in last_screens if not is_done(questions[qid])}
        coming |= {state} & questions.keys()
        return Progress(label, done, done + len(coming), left=(len(coming), len(coming)),
                        skipped=tuple(qid for qid in open_ids if qid not in coming))
    derived = with_derived(flow, facts) if full is None else full
    low, high, coming_ids = _paths(flow, state, derived, unknown, answered)  # walked once
    return Progress(label, done, done + high, left=(low, high),
                    skipped=tuple(qid for qid in open_ids if qid not in coming_ids))


def greeting(flow: Flow) -> str:
    """The flow's greeting, its ``{questions}`` said as the most questions the flow can ask."""
    said = flow.runtime.get("greeting")
    if not isinstance(said, str):
        said = flow.runtime["greeting"] = fill_in(
            flow.greeting, {}, {"questions": str(remaining(flow, flow.start, {}, set())[1])})
    return said
