"""The intake summary the app saves: Markdown for people, JSON for programs.

Markdown puts the care level and its reasons first, then the facts, the advice
and the transcript last. JSON holds the flow's name and version, the public
facts and the transcript. Files are written readable by the user only (0600).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from backchat.core.engine import Engine, Exchange
from backchat.core.facts import FactValue
from backchat.core.turn import Outcome
from backchat.errors import StorageError
from backchat.tui.facts_view import FactRow, fact_rows

__all__ = ["Format", "Summary", "build_summary", "to_markdown", "to_json", "render", "write_summary",
           "default_name"]

Format = Literal["markdown", "json"]


@dataclass(frozen=True)
class Summary:
    """Everything a saved summary shows, taken from the engine's public state."""

    flow_name: str
    flow_version: str
    flow_title: str
    saved_at: datetime
    outcome: Outcome | None
    public_facts: dict[str, FactValue]
    unknown: tuple[str, ...]
    rows: tuple[FactRow, ...]
    transcript: tuple[Exchange, ...]
    source_titles: dict[str, str] = field(default_factory=dict)
    safety_net: str = ""
    disclaimer: str = ""


def build_summary(engine: Engine, outcome: Outcome | None, now: datetime | None = None) -> Summary:
    """A summary of ``engine``'s intake; ``outcome`` is None while the intake is open."""
    flow = engine.flow
    rows = fact_rows(flow, engine.facts, engine.unknown, None if engine.finished else engine.state,
                     engine.finished)
    return Summary(
        flow_name=flow.name, flow_version=flow.version, flow_title=flow.title,
        saved_at=now or datetime.now().astimezone(), outcome=outcome,
        public_facts=engine.public_facts(), unknown=engine.unknown, rows=tuple(rows),
        transcript=tuple(engine.transcript),
        source_titles={k: s.title for k, s in flow.sources.items()},
        safety_net=outcome.safety_net if outcome else flow.safety_net,
        disclaimer=flow.disclaimer,
    )


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")


def _md(text: str) -> str:
    """Text shown literally in Markdown (what the person typed is never markup)."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def _sources(keys: Sequence[str], titles: dict[str, str]) -> str:
    return "; ".join(titles.get(k, k) for k in keys)


def to_markdown(s: Summary) -> str:
    """The summary as Markdown: care level and reasons first, transcript last."""
    out = [f"# {s.flow_title}: summary", "", f"Saved {s.saved_at:%Y-%m-%d %H:%M} "
           f"({s.flow_name} {s.flow_version})", ""]
    if s.outcome is None:
        out += ["## Care level: not decided yet", "", "The intake was not finished.", ""]
    else:
        o = s.outcome
        out += [f"## Care level: {o.title}", "", o.action, ""]
        if o.reasons:
            out += ["### Why", ""] + [f"- {r.text}" for r in o.reasons] + [""]
    out += ["## What I understood", ""]
    out += [f"- **{row.label}**: {row.value}" for row in s.rows] + [""]
    if s.outcome is not None and s.outcome.advice:
        out += ["## What you can do", ""]
        for a in s.outcome.advice:
            out += [f"### {a.title}", "", a.text, "", f"*Sources: {_sources(a.sources, s.source_titles)}*", ""]
    if s.safety_net:
        out += ["## Get help straight away if things change", "", s.safety_net, ""]
    out += [f"*{s.disclaimer}*", "", "## Transcript", ""]
    for e in s.transcript:
        who = "backchat" if e.role == "assistant" else "You"
        body = e.text if e.role == "assistant" else _md(e.text)
        lines = body.splitlines() or [""]
        out += [f"**{who}:** {lines[0]}"] + [f"> {line}" if line else ">" for line in lines[1:]] + [""]
    return "\n".join(out).rstrip() + "\n"


def _plain(value: FactValue) -> Any:
    return list(value) if isinstance(value, tuple) else value


def to_json(s: Summary) -> str:
    """The summary as JSON: flow name and version, public facts, transcript."""
    data = {
        "flow": s.flow_name, "flow_version": s.flow_version,
        "saved_at": s.saved_at.isoformat(timespec="seconds"),
        "outcome": s.outcome.level if s.outcome else None,
        "facts": {k: _plain(v) for k, v in s.public_facts.items()},
        "unknown": list(s.unknown),
        "reasons": [r.text for r in s.outcome.reasons] if s.outcome else [],
        "transcript": [{"role": e.role, "text": e.text, "question": e.question} for e in s.transcript],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def render(s: Summary, fmt: Format) -> str:
    """The summary in ``fmt``."""
    return to_json(s) if fmt == "json" else to_markdown(s)


def default_name(fmt: Format, now: datetime | None = None) -> str:
    """A file name such as ``backchat-summary-20261118-0930.md``."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M")
    return f"backchat-summary-{stamp}.{'json' if fmt == 'json' else 'md'}"


def write_summary(path: Path, text: str) -> Path:
    """Write ``text`` to ``path`` with mode 0600 (also when the file already existed)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            os.fchmod(fh.fileno(), 0o600)
            fh.write(text)
    except OSError as exc:
        raise StorageError(f"Cannot write {path} ({exc.strerror or exc}).") from None
    return path
