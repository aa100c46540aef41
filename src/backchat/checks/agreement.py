"""How far two human annotations of the same stories agree, and the reader against each.

The issue's bar on *invented* values counts every value the reader writes that the
annotation lacks; a careful second annotator, following the same conventions, also
writes values the first one left out (or disagrees on whether a sentence states a
fact at all). Scoring the reader against both annotations, and each annotator
against the other, says how much of the reader's "invented" share is annotation
noise and how much is the reader's own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from backchat.checks.evaluate import annotated, invented, load_corpus, understood, value_items
from backchat.core.flow import Flow
from backchat.core.understand import read
from backchat.errors import ScriptError

__all__ = ["Agreement", "compare_annotations"]


@dataclass
class Agreement:
    """Invented-value counts of each reading against each annotation."""

    texts: int = 0
    first_values: int = 0
    second_values: int = 0
    reader_values: int = 0
    second_not_in_first: int = 0
    first_not_in_second: int = 0
    reader_not_in_first: int = 0
    reader_not_in_second: int = 0
    reader_in_neither: int = 0
    disputed: list[tuple[str, str, Any]] = field(default_factory=list)
    """Values the reader wrote that the first annotation lacks and the second holds: (id, fact, value)."""

    def lines(self) -> list[str]:
        def share(n: int, of: int) -> str:
            return f"{n / of if of else 0.0:.3f} ({n}/{of})"

        out = [
            f"{self.texts} texts annotated twice",
            f"second annotation's values the first lacks: {share(self.second_not_in_first, self.second_values)}",
            f"first annotation's values the second lacks: {share(self.first_not_in_second, self.first_values)}",
            f"reader invented against the first: {share(self.reader_not_in_first, self.reader_values)}",
            f"reader invented against the second: {share(self.reader_not_in_second, self.reader_values)}",
            f"reader invented against both (neither holds it): {share(self.reader_in_neither, self.reader_values)}",
        ]
        if self.disputed:
            out.append("invented against the first, stated in the second:")
            out.extend(f"  {i} {fact}: {value!r}" for i, fact, value in self.disputed)
        return out


def compare_annotations(flow: Flow, first: str | Path, second: str | Path) -> Agreement:
    """Compare two annotations of the same story ids (the second may hold a subset) and the reader."""
    today, one = load_corpus(first)
    _, two = load_corpus(second)
    by_id = {str(e.get("id")): e for e in one}
    report = Agreement()
    for entry in two:
        key = str(entry.get("id"))
        if key not in by_id:
            raise ScriptError(f"{second}: story {key} is not in {first}")
        base = by_id[key]
        if str(base.get("text")) != str(entry.get("text")):
            raise ScriptError(f"{second}: story {key} has another text than in {first}")
        a, b = annotated(base), annotated(entry)
        got = understood(flow, read(str(base["text"]), base.get("today", today)))
        report.texts += 1
        report.first_values += len(value_items(a))
        report.second_values += len(value_items(b))
        report.reader_values += len(value_items(got))
        report.second_not_in_first += len(invented(b, a))
        report.first_not_in_second += len(invented(a, b))
        against_a, against_b = invented(got, a), invented(got, b)
        report.reader_not_in_first += len(against_a)
        report.reader_not_in_second += len(against_b)
        report.reader_in_neither += len(against_a & against_b)
        report.disputed.extend((key, fact, value) for fact, value in sorted(against_a - against_b, key=str))
    return report
