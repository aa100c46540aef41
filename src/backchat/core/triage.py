"""Care level from the facts: the highest rule wins, and every reason is kept."""

from __future__ import annotations

from collections.abc import Mapping, Set
from dataclasses import dataclass

from backchat.core.conditions import all_hold, holds
from backchat.core.facts import PUBLIC_FACTS, RED_FLAGS, FactValue
from backchat.core.flow import AdviceItem, Condition, Flow

__all__ = ["Reason", "Triage", "triage", "with_derived", "public_facts", "select_advice", "duration_band",
           "DERIVED_FROM"]

DERIVED_FROM = {"duration_band": "duration_days"}
"""Each derived fact and the fact it is worked out from (:func:`with_derived`)."""


@dataclass(frozen=True)
class Reason:
    """Why the care level is what it is."""

    rule: str
    level: str
    text: str
    sources: tuple[str, ...]
    red_flag: bool
    unknown: bool = False
    """True when the reason is an unanswered ('not sure') red-flag question."""


@dataclass(frozen=True)
class Triage:
    """The care level, its reasons, the red flags present, and whether to stop asking."""

    level: str
    reasons: tuple[Reason, ...]
    red_flags: tuple[str, ...]
    ends_interview: bool


def duration_band(flow: Flow, days: int) -> str:
    """acute, subacute or chronic, by the flow's thresholds."""
    if days >= flow.thresholds.chronic_from_days:
        return "chronic"
    if days >= flow.thresholds.subacute_from_days:
        return "subacute"
    return "acute"


def with_derived(flow: Flow, facts: Mapping[str, FactValue]) -> dict[str, FactValue]:
    """The facts plus ``duration_band`` and ``red_flags`` (the flags that hold)."""
    out = dict(facts)
    out.pop("red_flags", None)
    days = out.get("duration_days")
    if isinstance(days, int) and not isinstance(days, bool):
        out["duration_band"] = duration_band(flow, days)
    # a rule is named by its own id when that is a public red flag ("minor_trauma", not the
    # "trauma" it raises), and by the flag it raises otherwise; care rules by their id alone
    flags = {f.id if f.id in RED_FLAGS else f.public_flag
             for f in flow.red_flags if all_hold(f.when, out, frozenset())}
    flags |= {r.id for r in flow.care_rules if r.id in RED_FLAGS and all_hold(r.when, out, frozenset())}
    out["red_flags"] = tuple(f for f in RED_FLAGS if f in flags)  # the public list only
    return out


def public_facts(flow: Flow, facts: Mapping[str, FactValue],
                 full: Mapping[str, FactValue] | None = None) -> dict[str, FactValue]:
    """The public facts and ``red_flags`` (derived from ``facts``): the one projection the engine
    shows and stores, ``parse --json`` prints and the evaluation scores.

    ``full`` is ``with_derived(flow, facts)`` when the caller has it already.
    """
    full = with_derived(flow, facts) if full is None else full
    out = {spec.name: full[spec.name] for spec in PUBLIC_FACTS if spec.name in full}
    out["red_flags"] = full["red_flags"]
    return out


def triage(flow: Flow, facts: Mapping[str, FactValue], unknown: Set[str],
           final: bool = True, full: Mapping[str, FactValue] | None = None) -> Triage:
    """The care level. With ``final`` False only red flags count (mid-interview).

    ``full`` is ``with_derived(flow, facts)`` when the caller has it already.
    """
    full = with_derived(flow, facts) if full is None else full
    reasons: list[Reason] = []
    ends = False
    for flag in flow.red_flags:
        if all_hold(flag.when, full, unknown):
            reasons.append(Reason(flag.id, flag.level, flag.reason, tuple(flag.sources), True))
            ends = ends or flag.ends_interview
        elif flag.if_unknown and unknown and _asks_unknown(flag.when, unknown):
            text = flag.unknown_reason or flag.reason
            reasons.append(Reason(flag.id, flag.if_unknown, text, tuple(flag.sources), True,
                                  unknown=True))
    if final:
        for rule in flow.care_rules:
            if all_hold(rule.when, full, unknown):
                reasons.append(Reason(rule.id, rule.level, rule.reason, tuple(rule.sources), False))
    reasons.sort(key=lambda r: flow.rank(r.level))
    level = reasons[0].level if reasons else flow.default_outcome
    if flow.rank(flow.default_outcome) < flow.rank(level):
        level = flow.default_outcome
    flags = full["red_flags"]
    assert isinstance(flags, tuple)
    return Triage(level, tuple(reasons), flags, ends)


def _asks_unknown(conds: list[Condition], unknown: Set[str]) -> bool:
    return any(fact in unknown for c in conds for fact in c.facts())


def select_advice(flow: Flow, level: str, facts: Mapping[str, FactValue],
                  unknown: Set[str]) -> tuple[AdviceItem, ...]:
    """The advice items for this care level that the facts select, in flow order."""
    full = with_derived(flow, facts)
    return tuple(
        item for item in flow.advice
        if level in item.outcomes and all_hold(item.when, full, unknown)
        and not any(holds(c, full, unknown) for c in item.unless)
    )
