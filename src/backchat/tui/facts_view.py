"""What the side panel and the saved summary show: one row per part of the intake.

Pure data from the flow and the engine's public state; no Textual here, so the
panel, the summary writer and the tests share one reading of the facts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from backchat.core.facts import CATALOGUE, PUBLIC_FACTS, SCREEN_FACTS, FactValue

if TYPE_CHECKING:
    from backchat.core.flow import Flow  # types only: the app paints before the engine loads

__all__ = ["RowState", "FactRow", "fact_rows", "value_text"]

RowState = Literal["known", "to_check", "unknown", "current", "pending", "skipped"]

_MARKS: dict[RowState, str] = {"known": "✓", "to_check": "~", "unknown": "?", "current": "▸", "pending": "·",
                               "skipped": "-"}
_PLACEHOLDER: dict[RowState, str] = {"unknown": "not sure", "current": "asking now",
                                     "pending": "not asked yet", "skipped": "not needed", "known": "",
                                     "to_check": ""}


@dataclass(frozen=True)
class FactRow:
    """One line of "What I've understood so far"."""

    key: str
    """The question id, or ``fact:<name>`` for a fact no question asks about."""
    label: str
    fact: str
    """The fact a correction sets (the question's first fact)."""
    question: str | None
    """The question to ask again, when there is one."""
    state: RowState
    value: str
    """The answer in plain words, or what is missing ("not sure", "not asked yet")."""
    can_revisit: bool
    """True when asking the question again is safe (it is not ahead of the open question)."""

    @property
    def mark(self) -> str:
        """A symbol that tells the state apart without colour."""
        return _MARKS[self.state]


def value_text(name: str, value: FactValue, primary: bool = False) -> str:
    """A short plain-words value: "yes"/"no" for the question's own yes/no fact, else a phrase."""
    if primary and isinstance(value, bool):
        return "yes" if value else "no"
    from backchat.core.wording import describe_fact  # noqa: PLC0415 - loaded with the engine, after the first paint

    text = describe_fact(name, value)
    return text.removeprefix("pain in your ")


def fact_rows(flow: Flow, facts: Mapping[str, FactValue], unknown: Sequence[str],
              current: str | None, finished: bool, to_check: Sequence[str] = ()) -> list[FactRow]:
    """Rows in the flow's order, then any volunteered fact that no question covers.

    ``to_check``: facts read from a story that wait for their check ("lower back, to check")."""
    from backchat.core.progress import skipped  # noqa: PLC0415 - loaded with the engine, after the first paint
    from backchat.core.wording import fact_label  # noqa: PLC0415

    ids = [q.id for q in flow.questions]
    here = ids.index(current) if current in ids else len(ids)
    rows: list[FactRow] = []
    covered: set[str] = set()
    not_needed = set(skipped(flow, current or flow.start, facts, set(unknown), finished))
    for index, q in enumerate(flow.questions):
        covered.update(q.sets)
        primary = q.sets[0]
        parts = [value_text(f, facts[f], f == primary) for f in q.sets if f in facts]
        state: RowState
        if primary in facts:
            state = "to_check" if primary in to_check else "known"
        elif primary in unknown:
            state = "unknown"
        elif q.id == current:
            state = "current"
        else:
            state = "skipped" if q.id in not_needed else "pending"
        value = "; ".join(parts) or _PLACEHOLDER[state]
        if state == "to_check":
            value += " (to check)"
        rows.append(FactRow(q.id, q.label or fact_label(primary), primary, q.id, state, value,
                            can_revisit=finished or index <= here))
    for spec in (*PUBLIC_FACTS, *SCREEN_FACTS):
        if spec.name in facts and spec.name not in covered:
            text = value_text(spec.name, facts[spec.name], primary=True)
            label = CATALOGUE[spec.name].label or spec.name
            rows.append(FactRow(f"fact:{spec.name}", label[:1].upper() + label[1:], spec.name, None,
                                "known", text, can_revisit=False))
    return rows
