"""Evaluate flow conditions against the facts known so far."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Set

from backchat.core.facts import FactValue
from backchat.core.flow import Condition

__all__ = ["holds", "all_hold"]


def holds(cond: Condition, facts: Mapping[str, FactValue], unknown: Set[str]) -> bool:
    """True when ``cond`` holds; a test on a fact that is not known is False."""
    if cond.any is not None:
        return any(holds(c, facts, unknown) for c in cond.any)
    name = cond.fact or ""
    if cond.unknown is not None:
        return (name in unknown) == cond.unknown
    if cond.known is not None:
        return (name in facts) == cond.known
    if name not in facts:
        return False
    value = facts[name]
    if cond.is_ is not None:
        return bool(value == cond.is_)
    if cond.in_ is not None:
        return value in cond.in_
    if cond.contains is not None:
        return isinstance(value, tuple | list) and cond.contains in value
    if isinstance(value, bool) or not isinstance(value, int | float):
        return False
    for bound, ok in ((cond.ge, value >= (cond.ge or 0)), (cond.gt, value > (cond.gt or 0)),
                      (cond.le, value <= (cond.le or 0)), (cond.lt, value < (cond.lt or 0))):
        if bound is not None:
            return ok
    return False


def all_hold(conds: Iterable[Condition], facts: Mapping[str, FactValue], unknown: Set[str]) -> bool:
    """True when every condition holds (an empty list holds)."""
    for c in conds:  # a plain loop: the guards and triage call this thousands of times an intake
        if not holds(c, facts, unknown):
            return False
    return True
