"""What every export shows, worked out once from a stored session."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from backchat.core.engine import Engine
from backchat.core.facts import CATALOGUE
from backchat.core.triage import with_derived
from backchat.core.wording import fact_label
from backchat.store.models import FlowInfo, SessionInfo, flow_info
from backchat.store.queries import StoredSession

__all__ = ["Summary", "ScreenAnswer", "Line", "Withdrawn", "summarize", "summarize_live", "plain",
           "answer_word", "missing_word", "collapse_repeats"]


@dataclass(frozen=True)
class ScreenAnswer:
    """One red-flag screen: the fact, how it is named, and the answer."""

    fact: str
    label: str
    answer: str
    """'yes', 'no', 'unknown' (the person was not sure), a value (age), or why there is none."""


@dataclass(frozen=True)
class Line:
    """One line of the transcript."""

    seq: int
    at: datetime
    role: str
    """'assistant' or 'user'."""
    text: str
    question: str | None
    source: str | None = None
    """For the person's lines: typed, spoken or panel."""
    repeated: bool = False
    """An assistant line whose result was already shown: ``text`` holds only what led in to it."""


@dataclass(frozen=True)
class Summary:
    """A session, ready to be written out."""

    info: SessionInfo
    flow: FlowInfo
    finished: bool
    level: str | None
    title: str
    action: str
    reasons: tuple[dict[str, Any], ...]
    advice: tuple[dict[str, Any], ...]
    safety_net: bool
    facts: dict[str, Any]
    """Public facts with ``red_flags`` (and ``outcome`` once finished), as in ``parse --json``."""
    unknown: tuple[str, ...]
    all_facts: dict[str, Any]
    """Every fact, screen facts included (from the engine snapshot)."""
    screen: tuple[ScreenAnswer, ...]
    duration_band: str | None
    transcript: tuple[Line, ...]
    notes: tuple[tuple[datetime, str], ...]
    withdrawn: tuple[Withdrawn, ...] = ()
    """Red flags that were shown to the person and then taken back (go back, a changed answer)."""


@dataclass(frozen=True)
class Withdrawn:
    """A red flag shown, then taken back: the clinician should see it first, not in the transcript."""

    flag: str
    shown_at: datetime
    withdrawn_at: datetime


def plain(value: Any) -> Any:
    """Tuples as lists (JSON form)."""
    return list(value) if isinstance(value, tuple) else value


def answer_word(fact: str, facts: dict[str, Any], unknown: tuple[str, ...] | list[str],
                flow: FlowInfo | None = None) -> str:
    """yes / no / unknown, or the value; when there is no answer, why (see :func:`missing_word`)."""
    if fact in facts:
        value = facts[fact]
        if isinstance(value, bool):
            return "yes" if value else "no"
        items = value if isinstance(value, list | tuple) else [value]
        return ", ".join(str(v).replace("_", " ") for v in items)
    if fact in unknown:
        return "unknown"
    return missing_word(fact, facts, unknown, flow)


def missing_word(fact: str, facts: dict[str, Any], unknown: tuple[str, ...] | list[str],
                 flow: FlowInfo | None) -> str:
    """'not asked' (its question never came), 'not stated' (the question came, this part of
    the answer did not) or 'not mentioned' (no question asks it)."""
    if flow is None:
        return "not asked"
    owner = next((q for q in flow.questions if fact in q.sets), None)
    if owner is None:
        return "not mentioned"
    return "not stated" if any(f in facts or f in unknown for f in owner.sets) else "not asked"


def _outcome(stored: StoredSession) -> dict[str, Any] | None:
    last = stored.turns[-1] if stored.turns else None
    if last is None or not last.finished:
        return None
    return next((t.turn["outcome"] for t in reversed(stored.turns) if t.turn.get("outcome")), None)


def summarize(stored: StoredSession) -> Summary:
    """The summary of a stored session (its latest state)."""
    last = stored.turns[-1] if stored.turns else None
    snap = last.snapshot if last else {}
    outcome = _outcome(stored)
    facts = {k: plain(v) for k, v in (last.turn.get("facts", {}) if last else {}).items()}
    unknown = tuple(snap.get("unknown", []))
    all_facts: dict[str, Any] = dict(snap.get("facts", {}))
    lines: list[Line] = []
    for t in stored.turns:
        if t.user_text is not None:
            lines.append(Line(t.seq, t.at, "user", t.user_text, t.asked, t.source))
        lines.append(Line(t.seq, t.at, "assistant", str(t.turn.get("say", "")), t.question))
    titles_shown = [str(t.turn["outcome"]["title"]) for t in stored.turns if t.turn.get("outcome")]
    return _summary(stored.info, stored.flow, outcome, facts, unknown, all_facts,
                    last.duration_band if last else None, collapse_repeats(lines, titles_shown),
                    stored.notes, _withdrawn(stored, facts.get("red_flags") or []))


def _summary(info: SessionInfo, flow: FlowInfo, outcome: dict[str, Any] | None, facts: dict[str, Any],
             unknown: tuple[str, ...], all_facts: dict[str, Any], band: str | None, transcript: tuple[Line, ...],
             notes: tuple[tuple[datetime, str], ...], withdrawn: tuple[Withdrawn, ...]) -> Summary:
    """The one place a Summary is put together (stored or live)."""
    level = outcome["level"] if outcome else None
    screen = tuple(ScreenAnswer(f, fact_label(f) if f in CATALOGUE else f, answer_word(f, all_facts, unknown, flow))
                   for f in flow.screen)
    return Summary(
        info=info, flow=flow, finished=outcome is not None, level=level,
        title=outcome["title"] if outcome else dict(flow.outcomes).get(level or "", "Not finished"),
        action=outcome["action"] if outcome else "",
        reasons=tuple(outcome["reasons"]) if outcome else (),
        advice=tuple(outcome["advice"]) if outcome else (),
        safety_net=bool(outcome and outcome.get("safety_net")),
        facts=facts, unknown=unknown, all_facts=all_facts, screen=screen, duration_band=band,
        transcript=transcript, notes=notes, withdrawn=withdrawn,
    )


def _withdrawn(stored: StoredSession, final: list[str]) -> tuple[Withdrawn, ...]:
    """Each red flag that some turn showed and a later turn no longer had (and the end does not)."""
    shown: dict[str, datetime] = {}
    gone: dict[str, datetime] = {}
    for t in stored.turns:
        now = set(t.turn.get("facts", {}).get("red_flags") or [])
        for flag in now:
            shown.setdefault(flag, t.at)
            gone.pop(flag, None)
        for flag in shown:
            if flag not in now:
                gone.setdefault(flag, t.at)
    return tuple(Withdrawn(f, shown[f], gone[f]) for f in shown if f in gone and f not in final)


def collapse_repeats(lines: list[Line], titles: list[str]) -> tuple[Line, ...]:
    """Assistant lines that show a result already shown keep only their lead-in (the advice once).

    ``titles`` are the outcome titles the intake gave; a line's result is what follows its title.
    """
    seen: set[str] = set()
    out: list[Line] = []
    for line in lines:
        title = next((t for t in titles if line.role == "assistant" and t and t in line.text), None)
        if title is None:
            out.append(line)
            continue
        at = line.text.index(title)
        body = line.text[at:]
        if body in seen:
            lead = line.text[:at].strip()
            out.append(Line(line.seq, line.at, line.role, lead, line.question, line.source, repeated=True))
        else:
            seen.add(body)
            out.append(line)
    return tuple(out)


def summarize_live(engine: Engine, info: SessionInfo, now: datetime) -> Summary:
    """The summary of an intake held in memory only (``--no-store``): the same document as a stored one."""
    flow = flow_info(engine.flow)
    current = engine.current()
    outcome = asdict(current.outcome) if current.outcome is not None else None
    public = {k: plain(v) for k, v in engine.public_facts().items()}
    all_facts = {k: plain(v) for k, v in engine.facts.items()}
    lines = [Line(i, now, e.role, e.text, e.question, "typed" if e.role == "user" else None)
             for i, e in enumerate(engine.transcript)]
    band = with_derived(engine.flow, engine.facts).get("duration_band")
    return _summary(info, flow, outcome, public, engine.unknown, all_facts, band if isinstance(band, str) else None,
                    collapse_repeats(lines, [outcome["title"]] if outcome else []), (), ())
