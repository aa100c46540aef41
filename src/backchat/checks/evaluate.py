"""Measure understanding on an annotated corpus: per-fact precision and recall, red flags, safety.

Two corpus shapes are read:

- the story shape, a YAML list of ``{id, text, facts, red_flags, level, answers?, tags}``
  (``tests/corpus/stories/``): ``facts`` are the public facts the text states,
  ``red_flags`` the flags it raises, ``level`` the care level a clinician would choose;
- the older utterance shape, ``{today, utterances: [{id, text, facts, tags}]}``, whose
  ``facts`` hold ``red_flags`` too.

Scalar facts count as one item each; list facts (``location``, ``red_flags``) one
item per value. A value read that the annotation does not hold is either *invented*
(a fact the text does not state at all, or an extra list value: a location or red flag
not said) or a *wrong value* (a fact the text states, read with another value:
``duration_days`` 7 for 10); precision counts both, the issue's "invented ≤ 1%" bar only
the first. A *false flag* is a red flag read from a text that has none. Each story
with a ``level`` is also run end to end by the truthful patient (:mod:`backchat.checks.truthful`):
the story first, truthful answers after. It is *under-triaged* when it ends at a lower level than
annotated, and *over-escalated* when it has no red flag, ends at urgent or emergency care, and that
is above the level its truthful answers lead to (escalated by its opening words).
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from backchat.checks.replay import DEFAULT_TODAY
from backchat.checks.truthful import run_story
from backchat.core.answering import answer_facts
from backchat.core.facts import PUBLIC_FACTS, RED_FLAGS, SCREEN_FACTS
from backchat.core.flow import Flow, Question
from backchat.core.triage import public_facts
from backchat.core.understand import Reading, read
from backchat.errors import ScriptError

__all__ = ["Miss", "Report", "EndToEnd", "annotated", "evaluate", "invented", "load_corpus", "understood",
           "value_items", "wilson"]

_LIST_FACTS = ("location", "red_flags")
_SCORED = tuple(s.name for s in PUBLIC_FACTS) + ("red_flags",)
_SCREENS = tuple(s.name for s in SCREEN_FACTS)
_ESCALATED = ("emergency", "urgent")


def wilson(hits: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson score interval (95% by default) for ``hits`` out of ``n``."""
    if n == 0:
        return (0.0, 1.0)
    p = hits / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


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
class EndToEnd:
    """Stories run through the engine with truthful answers."""

    runs: int = 0
    no_flag: int = 0
    under: list[str] = field(default_factory=list)
    """Ids of stories that ended at a lower level of care than annotated."""
    over_escalated: list[str] = field(default_factory=list)
    """Ids of stories with no red flag that ended at urgent or emergency, above the level their truthful answers
    lead to: escalated by their opening words."""
    escalated_by_answers: list[str] = field(default_factory=list)
    """Ids of stories with no red flag that ended at urgent or emergency because a later truthful answer holds one
    (``answers`` in the corpus): the right end, not an over-escalation."""
    errors: list[str] = field(default_factory=list)
    self_care_turns: list[int] = field(default_factory=list)
    """Turns to the outcome of each self-care story that ended in self-care (what an intake costs)."""
    recorded: int = 0
    """Values the records hold at the end."""
    unsaid: list[str] = field(default_factory=list)
    """``id fact=value`` for each value a record holds at the end that the truthful person never said."""


@dataclass
class Report:
    """Figures for one corpus."""

    utterances: int = 0
    tp: Counter[str] = field(default_factory=Counter)
    fp: Counter[str] = field(default_factory=Counter)
    fn: Counter[str] = field(default_factory=Counter)
    flag_expected: int = 0
    flag_found: int = 0
    flag_held: int = 0
    """Annotated red flags not read firmly but held to confirm (``Reading.uncertain``): the intake asks."""
    listed_expected: int = 0
    """Annotated red flags that the flow's public list (``RED_FLAGS``) can name."""
    listed_found: int = 0
    screen_tp: Counter[str] = field(default_factory=Counter)
    screen_fp: Counter[str] = field(default_factory=Counter)
    screen_fn: Counter[str] = field(default_factory=Counter)
    no_flag_texts: int = 0
    false_flag_texts: int = 0
    values_read: int = 0
    """Fact values read (one per list value), red flags included."""
    invented_values: int = 0
    """Values read of a fact the text does not state (or an extra list value)."""
    wrong_values: int = 0
    """Values read of a fact the text states, but with another value."""
    invented_texts: int = 0
    wrong_texts: int = 0
    hard_negatives: int = 0
    hard_negative_inventions: int = 0
    misses: list[Miss] = field(default_factory=list)
    end_to_end: EndToEnd | None = None

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

    @property
    def facts_recall(self) -> float:
        """Share of all annotated fact values (red flags aside) that were understood."""
        tp = sum(self.tp[f] for f in _SCORED if f != "red_flags")
        fn = sum(self.fn[f] for f in _SCORED if f != "red_flags")
        return tp / (tp + fn) if tp + fn else 1.0

    @property
    def facts_precision(self) -> float:
        """Share of all fact values read (red flags aside) that the annotation holds."""
        tp = sum(self.tp[f] for f in _SCORED if f != "red_flags")
        fp = sum(self.fp[f] for f in _SCORED if f != "red_flags")
        return tp / (tp + fp) if tp + fp else 1.0

    def lines(self, misses: bool = True) -> list[str]:
        """The report as text lines."""
        out = [f"{self.utterances} texts", f"{'fact':<22}{'precision':>10}{'recall':>8}{'support':>9}"]
        for fact in _SCORED:
            support = self.tp[fact] + self.fn[fact]
            out.append(f"{fact:<22}{self.precision(fact):>10.3f}{self.recall(fact):>8.3f}{support:>9}")
        out.append(f"facts (all values): precision {self.facts_precision:.3f}, recall {self.facts_recall:.3f}")
        lo, hi = wilson(self.flag_found, self.flag_expected)
        out.append(f"red-flag recall: {self.red_flag_recall:.3f} ({self.flag_found}/{self.flag_expected}; "
                   f"95% CI {lo:.3f}-{hi:.3f})")
        if self.flag_held:
            out.append(f"  not read but held to confirm (one question asks): {self.flag_held}; read or held: "
                       f"{self.flag_found + self.flag_held}/{self.flag_expected}")
        if self.listed_expected != self.flag_expected:
            lo, hi = wilson(self.listed_found, self.listed_expected)
            share = self.listed_found / self.listed_expected if self.listed_expected else 1.0
            out.append(f"  of the flags the flow names ({', '.join(RED_FLAGS)}): {share:.3f} "
                       f"({self.listed_found}/{self.listed_expected}; 95% CI {lo:.3f}-{hi:.3f})")
        for fact in _SCREENS:
            tp, fp, fn = self.screen_tp[fact], self.screen_fp[fact], self.screen_fn[fact]
            if tp + fp + fn:
                out.append(f"screen {fact:<15}{(tp / (tp + fp) if tp + fp else 1.0):>10.3f}"
                           f"{(tp / (tp + fn) if tp + fn else 1.0):>8.3f}{tp + fn:>9}")
        rate = self.false_flag_texts / self.no_flag_texts if self.no_flag_texts else 0.0
        out.append(f"false-flag rate: {rate:.3f} ({self.false_flag_texts}/{self.no_flag_texts} texts "
                   f"with no red flag get one)")
        for label, values, texts in (("invented (a fact the text does not state)", self.invented_values,
                                      self.invented_texts),
                                     ("wrong value (a stated fact read otherwise)", self.wrong_values,
                                      self.wrong_texts)):
            share = values / self.values_read if self.values_read else 0.0
            out.append(f"{label}: {share:.3f} of values read ({values}/{self.values_read}); "
                       f"in {texts}/{self.utterances} texts")
        if self.hard_negatives:
            out.append(f"hard negatives: {self.hard_negatives}, with an invented or wrong value: "
                       f"{self.hard_negative_inventions}")
        e2e = self.end_to_end
        if e2e is not None:
            out.append(f"end to end: {e2e.runs} stories; under-triaged {len(e2e.under)}; over-escalated "
                       f"{len(e2e.over_escalated)}/{e2e.no_flag} with no red flag; errors {len(e2e.errors)}")
            if e2e.self_care_turns:
                turns = e2e.self_care_turns
                out.append(f"  turns per self-care intake: median {statistics.median(turns):g}, mean "
                           f"{statistics.fmean(turns):.1f} (n={len(turns)})")
            if e2e.recorded:
                out.append(f"  record at the end: {len(e2e.unsaid) / e2e.recorded:.3f} of its values never said "
                           f"({len(e2e.unsaid)}/{e2e.recorded})")
            out.extend(f"  under-triaged: {i}" for i in e2e.under)
            out.extend(f"  over-escalated: {i}" for i in e2e.over_escalated)
            if e2e.escalated_by_answers:
                out.append(f"  no red flag in the story, escalated by a later truthful answer (as annotated): "
                           f"{len(e2e.escalated_by_answers)} ({', '.join(e2e.escalated_by_answers)})")
            out.extend(f"  error: {i}" for i in e2e.errors)
            if misses:
                out.extend(f"  in the record, never said: {i}" for i in e2e.unsaid)
        else:
            out.append("end to end: not run (no levels in the corpus, or --no-e2e)")
        out.append(f"misses: {len(self.misses)}")
        if misses:
            for m in self.misses:
                out.append(f"  {m.id} {m.kind} {m.fact}: expected {m.expected!r}, got {m.got!r}  <- {m.text!r}")
        return out


def load_corpus(path: str | Path) -> tuple[date | None, list[dict[str, Any]]]:
    """The corpus's date and its entries, in either shape (stories keep their own ``red_flags``)."""
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ScriptError(f"{path}: cannot be read as a corpus ({exc})") from None
    if isinstance(data, list):
        entries = [e for e in data if isinstance(e, dict) and "text" in e]
        if len(entries) != len(data):
            raise ScriptError(f"{path}: every story needs a 'text'")
        return None, entries  # stories carry no message date unless an entry gives its own ``today``
    if not isinstance(data, dict) or not isinstance(data.get("utterances"), list):
        raise ScriptError(f"{path}: a corpus is a list of stories, or has 'utterances:' (a list)")
    today = data.get("today", DEFAULT_TODAY)
    return today, data["utterances"]


def understood(flow: Flow, reading: Reading, question: Question | None = None) -> dict[str, Any]:
    """The public facts understood from one reading, as JSON values, ``red_flags`` only when some
    hold (what ``parse --json`` prints). ``question``: the question the text answers, if any."""
    out = public_facts(flow, answer_facts(reading, question))
    if not out["red_flags"]:
        del out["red_flags"]
    return {k: list(v) if isinstance(v, tuple) else v for k, v in out.items()}


def annotated(entry: dict[str, Any]) -> dict[str, Any]:
    """The annotated public facts and red flags of one entry."""
    facts = dict(entry.get("facts") or {})
    if "red_flags" in entry:
        facts["red_flags"] = list(entry.get("red_flags") or [])
    out = {k: v for k, v in facts.items() if k in _SCORED}
    if not out.get("red_flags"):
        out.pop("red_flags", None)
    return out


def value_items(facts: dict[str, Any]) -> set[tuple[str, Any]]:
    """One item per scalar fact, one per value of a list fact (location, red_flags)."""
    items: set[tuple[str, Any]] = set()
    for key, value in facts.items():
        if key in _LIST_FACTS and isinstance(value, list):
            items.update((key, v) for v in value)
        else:
            items.add((key, value))
    return items


def invented(have: dict[str, Any], want: dict[str, Any]) -> set[tuple[str, Any]]:
    """The values of ``have`` that ``want`` does not state at all (a fact it lacks, or an extra list value)."""
    return {(k, v) for k, v in value_items(have) - value_items(want) if k not in want or k in _LIST_FACTS}


def evaluate(flow: Flow, path: str | Path, end_to_end: bool = True) -> Report:
    """Run every text of the corpus through the reader and compare (and end to end, when possible)."""
    today, entries = load_corpus(path)
    report = Report()
    for entry in entries:
        _score(report, flow, entry, entry.get("today", today))
    if end_to_end and any("level" in e for e in entries):
        report.end_to_end = _run_end_to_end(flow, entries, today, run_story)
    return report


def _score(report: Report, flow: Flow, entry: dict[str, Any], today: date | None) -> None:
    report.utterances += 1
    text = str(entry["text"])
    expected = annotated(entry)
    reading = read(text, today)
    got = understood(flow, reading)
    if "red_flags" in entry:  # a story: its screen facts are annotated too
        _score_screens(report, entry.get("facts") or {}, reading.facts)
    want, have = value_items(expected), value_items(got)
    for key, _value in want & have:
        report.tp[key] += 1
    for key, _value in have - want:
        report.fp[key] += 1
    for key, _value in want - have:
        report.fn[key] += 1
    flags = set(expected.get("red_flags", []))
    report.flag_expected += len(flags)
    report.flag_found += len(flags & set(got.get("red_flags", [])))
    if reading.uncertain and flags - set(got.get("red_flags", [])):
        held = understood(flow, replace(reading, facts={**reading.facts, **reading.uncertain}))
        report.flag_held += len((flags - set(got.get("red_flags", []))) & set(held.get("red_flags", [])))
    report.listed_expected += len(flags & set(RED_FLAGS))
    report.listed_found += len(flags & set(RED_FLAGS) & set(got.get("red_flags", [])))
    if not flags:
        report.no_flag_texts += 1
        if got.get("red_flags"):
            report.false_flag_texts += 1
    invented_ = invented(got, expected)
    wrong = (have - want) - invented_
    report.values_read += len(have)
    report.invented_values += len(invented_)
    report.wrong_values += len(wrong)
    report.invented_texts += bool(invented_)
    report.wrong_texts += bool(wrong)
    if "hard_negative" in (entry.get("tags") or []):
        report.hard_negatives += 1
        if have - want:
            report.hard_negative_inventions += 1
    for key in sorted({k for k, _ in want ^ have}):
        kind = "missed" if key not in got else "invented" if key not in expected else "wrong"
        report.misses.append(Miss(str(entry.get("id", "?")), text, kind, key, expected.get(key), got.get(key)))


def _score_screens(report: Report, want: dict[str, Any], have: dict[str, Any]) -> None:
    for fact in _SCREENS:
        w, h = want.get(fact), have.get(fact)
        if h is not None and h == w:
            report.screen_tp[fact] += 1
            continue
        if h is not None:
            report.screen_fp[fact] += 1
        if w is not None:
            report.screen_fn[fact] += 1


Runner = Callable[[Flow, dict[str, Any], date], Any]


def _run_end_to_end(flow: Flow, entries: list[dict[str, Any]], today: date | None, runner: Runner) -> EndToEnd:
    ranks: dict[str, int] = {str(o.id): i for i, o in enumerate(flow.outcomes)}
    e2e = EndToEnd()
    for entry in entries:
        want = entry.get("level")
        if want not in ranks:
            continue
        e2e.runs += 1
        ident = str(entry.get("id", "?"))
        try:
            got = runner(flow, entry, today or DEFAULT_TODAY)
        except Exception as exc:  # noqa: BLE001 - one broken story must not hide the others' figures
            e2e.errors.append(f"{ident}: {type(exc).__name__}: {exc}")
            continue
        level = getattr(got, "level", got)
        turns = getattr(got, "turns", None)
        e2e.recorded += getattr(got, "recorded", 0)
        e2e.unsaid += [f"{ident} {value}" for value in getattr(got, "unsaid", ())]
        if want == level == "self_care" and isinstance(turns, int):
            e2e.self_care_turns.append(turns)
        if level not in ranks or ranks[str(level)] > ranks[want]:
            e2e.under.append(f"{ident} expected {want}, got {level}")
        if not entry.get("red_flags"):
            e2e.no_flag += 1
            if level in _ESCALATED and ranks[str(level)] < ranks[want]:
                e2e.over_escalated.append(f"{ident} expected {want}, got {level}")
            elif level in _ESCALATED:
                e2e.escalated_by_answers.append(ident)
    return e2e
