"""Measure understanding on an annotated corpus: per-fact precision and recall, red-flag recall.

The corpus (``tests/corpus/utterances.yaml``) gives, for each utterance, exactly
the public facts it states. Scalar facts count as one item each; list facts
(``location``, ``red_flags``) count one item per value.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from backchat.core.facts import PUBLIC_FACTS
from backchat.core.flow import Flow
from backchat.core.triage import with_derived
from backchat.core.understand import read
from backchat.errors import ScriptError

__all__ = ["Miss", "Report", "evaluate", "load_corpus", "understood"]

_LIST_FACTS = ("location", "red_flags")


@dataclass(frozen=True)
class Miss:
    """One difference between the corpus and what was understood."""

    id: str
    text: str
    kind: str
    """'missed' (stated but not understood), 'invented' (understood but not stated) or 'wrong'."""
    fact: str
    expected: Any
    got: Any


@dataclass
class Report:
    """Figures for one corpus."""

    utterances: int = 0
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    flag_expected: int = 0
    flag_found: int = 0
    hard_negatives: int = 0
    hard_negative_inventions: int = 0
    misses: list[Miss] = field(default_factory=list)

    def precision(self, fact: str) -> float:
        """TP / (TP + FP), 1.0 when nothing was predicted."""
        denom = self.tp[fact] + self.fp[fact]
        return self.tp[fact] / denom if denom else 1.0

    def recall(self, fact: str) -> float:
        """TP / (TP + FN), 1.0 when nothing was expected."""
        denom = self.tp[fact] + self.fn[fact]
        return self.tp[fact] / denom if denom else 1.0

    @property
    def red_flag_recall(self) -> float:
        """Share of annotated red flags that were understood."""
        return self.flag_found / self.flag_expected if self.flag_expected else 1.0

    def lines(self) -> list[str]:
        """The report as text lines."""
        out = [f"{self.utterances} utterances", f"{'fact':<22}{'precision':>10}{'recall':>8}"
               f"{'support':>9}"]
        for fact in [s.name for s in PUBLIC_FACTS] + ["red_flags"]:
            support = self.tp[fact] + self.fn[fact]
            out.append(f"{fact:<22}{self.precision(fact):>10.3f}{self.recall(fact):>8.3f}"
                       f"{support:>9}")
        out.append(f"red-flag recall: {self.red_flag_recall:.3f} "
                   f"({self.flag_found}/{self.flag_expected})")
        out.append(f"hard negatives: {self.hard_negatives}, with an invented fact: "
                   f"{self.hard_negative_inventions}")
        out.append(f"misses: {len(self.misses)}")
        for m in self.misses:
            out.append(f"  {m.id} {m.kind} {m.fact}: expected {m.expected!r}, got {m.got!r}"
                       f"  <- {m.text!r}")
        return out


def load_corpus(path: str | Path) -> tuple[date, list[dict[str, Any]]]:
    """The corpus's date and its utterances."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ScriptError(f"{path}: cannot be read as a corpus ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("utterances"), list):
        raise ScriptError(f"{path}: a corpus needs 'utterances:' (a list)")
    today = data.get("today", date.today())
    return today, data["utterances"]


def understood(flow: Flow, text: str, today: date) -> dict[str, Any]:
    """The public facts understood from one utterance (``parse --json``)."""
    full = with_derived(flow, read(text, today).facts)
    out = {s.name: full[s.name] for s in PUBLIC_FACTS if s.name in full}
    if full["red_flags"]:
        out["red_flags"] = full["red_flags"]
    return {k: list(v) if isinstance(v, tuple) else v for k, v in out.items()}


def _items(facts: dict[str, Any]) -> set[tuple[str, Any]]:
    items: set[tuple[str, Any]] = set()
    for key, value in facts.items():
        if key in _LIST_FACTS and isinstance(value, list):
            items.update((key, v) for v in value)
        else:
            items.add((key, value))
    return items


def evaluate(flow: Flow, path: str | Path) -> Report:
    """Run every utterance of the corpus through the reader and compare."""
    today, utterances = load_corpus(path)
    report = Report()
    for entry in utterances:
        report.utterances += 1
        text = str(entry["text"])
        expected = entry.get("facts") or {}
        got = understood(flow, text, today)
        want, have = _items(expected), _items(got)
        for key, _value in want & have:
            report.tp[key] += 1
        for key, _value in have - want:
            report.fp[key] += 1
        for key, _value in want - have:
            report.fn[key] += 1
        report.flag_expected += len(expected.get("red_flags", []))
        report.flag_found += len(set(expected.get("red_flags", [])) & set(got.get("red_flags", [])))
        hard = "hard_negative" in (entry.get("tags") or [])
        if hard:
            report.hard_negatives += 1
            if have - want:
                report.hard_negative_inventions += 1
        for key in sorted({k for k, _ in want ^ have}):
            kind = "missed" if key not in got else "invented" if key not in expected else "wrong"
            report.misses.append(Miss(str(entry.get("id", "?")), text, kind, key,
                                      expected.get(key), got.get(key)))
    return report
