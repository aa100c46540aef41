"""What the session store keeps: sessions, their turns, and a summary of the flow they used."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Literal

from backchat.core.facts import CATALOGUE
from backchat.core.flow import Flow
from backchat.core.flow_cache import to_data

__all__ = [
    "Notice",
    "UtcClock",
    "Status",
    "QuestionInfo",
    "FlowInfo",
    "SessionInfo",
    "TurnRecord",
    "utc_now",
    "format_ts",
    "parse_ts",
    "flow_hash",
    "flow_info",
]

Notice = Callable[[str], None]
"""Shows one plain sentence to the person (stderr in line mode, a notice in the TUI)."""
UtcClock = Callable[[], datetime]
"""The wall clock for timestamps (aware, UTC); injectable for deterministic tests."""
Status = Literal["open", "finished", "replaced", "abandoned"]


def utc_now() -> datetime:
    """Now, in UTC."""
    return datetime.now(UTC)


def format_ts(moment: datetime) -> str:
    """A fixed-width UTC timestamp that sorts as text: 2026-11-18T14:03:12.000000Z."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_ts(text: str) -> datetime:
    """Back from :func:`format_ts`."""
    return datetime.fromisoformat(text)


def _canonical(flow: Flow) -> str:
    return json.dumps(to_data(flow, by_alias=True), sort_keys=True,
                      separators=(",", ":"))


def flow_hash(flow: Flow) -> str:
    """A short fingerprint of the flow's content (not its file's layout or comments)."""
    return hashlib.sha256(_canonical(flow).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class QuestionInfo:
    """One question of the flow as it was when the session ran."""

    id: str
    label: str
    prompt: str
    kind: str
    sets: tuple[str, ...]


@dataclass(frozen=True)
class FlowInfo:
    """What exports need to know about the flow a session used, kept with the session."""

    name: str
    version: str
    title: str
    hash: str
    questions: tuple[QuestionInfo, ...]
    screen: tuple[str, ...]
    """The yes/no and number facts the red-flag rules look at, in the order they are asked."""
    outcomes: tuple[tuple[str, str], ...]
    """(care level, title), highest care level first."""
    sources: tuple[tuple[str, str, str], ...] = ()
    """(id, title, url) of every source the flow cites (advice and rules trace to them)."""
    safety_net_sources: tuple[str, ...] = ()
    advice: tuple[tuple[str, str, str, tuple[str, ...]], ...] = ()
    """(id, title, text, sources) of every advice item, so a stored result names items by id."""

    def to_json(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"name": self.name, "version": self.version, "title": self.title, "hash": self.hash,
                "questions": [{"id": q.id, "label": q.label, "prompt": q.prompt, "kind": q.kind,
                               "sets": list(q.sets)} for q in self.questions],
                "screen": list(self.screen), "outcomes": [list(o) for o in self.outcomes],
                "sources": [list(x) for x in self.sources], "safety_net_sources": list(self.safety_net_sources),
                "advice": [[a[0], a[1], a[2], list(a[3])] for a in self.advice]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FlowInfo:
        """Back from :meth:`to_json` (sessions stored before sources were kept have none)."""
        questions = tuple(QuestionInfo(q["id"], q["label"], q["prompt"], q["kind"], tuple(q["sets"]))
                          for q in data["questions"])
        return cls(data["name"], data["version"], data["title"], data["hash"], questions,
                   tuple(data["screen"]), tuple((o[0], o[1]) for o in data["outcomes"]),
                   tuple((str(x[0]), str(x[1]), str(x[2])) for x in data.get("sources", [])),
                   tuple(data.get("safety_net_sources", [])),
                   tuple((str(a[0]), str(a[1]), str(a[2]), tuple(a[3])) for a in data.get("advice", [])))

    def source_title(self, key: str) -> str:
        """The title of source ``key`` (the key itself when unknown)."""
        return next((t for k, t, _ in self.sources if k == key), key)


def flow_info(flow: Flow) -> FlowInfo:
    """The summary of ``flow`` kept with each session."""
    questions = tuple(QuestionInfo(q.id, q.label, " ".join(q.prompt.split()), q.kind, tuple(q.sets))
                      for q in flow.questions)
    named = [f for rule in flow.red_flags for c in rule.when for f in sorted(c.facts())
             if f in CATALOGUE and CATALOGUE[f].kind in ("bool", "int")]
    asked = [f for q in questions for f in q.sets if f in named]
    screen = tuple(dict.fromkeys(asked + named))
    return FlowInfo(flow.name, flow.version, flow.title, flow_hash(flow), questions, screen,
                    tuple((o.id, o.title) for o in flow.outcomes),
                    tuple((k, s.title, s.url or "") for k, s in flow.sources.items()),
                    tuple(flow.safety_net_sources),
                    tuple((a.id, a.title, a.text, tuple(a.sources)) for a in flow.advice))


@dataclass(frozen=True)
class SessionInfo:
    """One session as listed: where it stands, not its content."""

    id: str
    created_at: datetime
    updated_at: datetime
    flow_name: str
    flow_version: str
    flow_hash: str
    status: Status
    outcome: str | None
    turns: int
    answers: int
    """How many things the person said (typed, spoken or from the side panel)."""
    question: str | None
    """The open question (None once finished)."""
    resumed_from: str | None = None
    replaced_by: str | None = None


@dataclass(frozen=True)
class TurnRecord:
    """One step of a session, as committed before its reply was shown."""

    seq: int
    at: datetime
    day: date
    """The date the engine took as today (relative dates are read against it)."""
    source: str
    asked: str | None
    """The question that was open when the person spoke (None for the greeting)."""
    user_text: str | None
    event: str
    question: str | None
    """The question open after this step."""
    finished: bool
    level: str | None
    """The care level given at this step, when it gave one."""
    duration_band: str | None
    turn: dict[str, Any]
    """The engine's reply (a Turn) as JSON: say, facts, understood, unknown, outcome, ..."""
    snapshot: dict[str, Any]
    """The engine snapshot after this step; ``Engine.restore`` carries on from it."""
