"""Helpers for the store tests: scripted patients, a ticking clock, running the real CLI."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from backchat.core.conversation import Conversation
from backchat.core.flow import Flow
from backchat.core.turn import Turn
from backchat.store.db import DB_NAME
from backchat.store.models import FlowInfo, SessionInfo, TurnRecord, format_ts, parse_ts
from backchat.store.queries import StoredSession
from backchat.store.recorder import SessionRecorder

TODAY = date(2026, 11, 18)
BASE = datetime(2026, 11, 18, 9, 0, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[2]

SELF_CARE: dict[str, str] = {
    "onset": "I lifted a box on Monday",
    "trauma": "no",
    "location": "lower back",
    "radiation": "it stays in my back",
    "both_legs": "no",
    "numbness_weakness": "no",
    "bladder_bowel": "no",
    "fever": "no",
    "duration": "since Monday",
    "improving": "yes, it's easing a little",
    "night_pain": "no",
    "weight_loss": "no",
    "cancer_history": "no",
    "immune": "no",
    "age": "35",
    "severity": "4",
}
PATIENTS: dict[str, dict[str, str]] = {
    "self_care": SELF_CARE,
    "gp": {**SELF_CARE, "onset": "it crept up gradually", "duration": "about six weeks", "age": "62",
           "radiation": "down my left leg to the calf"},
    "urgent": {**SELF_CARE, "fever": "yes, I've had a temperature and chills"},
    "emergency": {**SELF_CARE, "bladder_bowel": "yes, I can't feel when I need to pee"},
}


class Ticker:
    """A wall clock that moves on one second per reading (deterministic timestamps)."""

    def __init__(self, start: datetime = BASE) -> None:
        self.moment = start - timedelta(seconds=1)

    def __call__(self) -> datetime:
        self.moment += timedelta(seconds=1)
        return self.moment


@dataclass
class Notices:
    """Collects what the store told the person."""

    said: list[str] = field(default_factory=list)

    def __call__(self, text: str) -> None:
        self.said.append(text)

    def joined(self) -> str:
        return "\n".join(self.said)


def drive(conv: Conversation, turn: Turn, answers: dict[str, str], stop_after: int | None = None,
          limit: int = 40) -> Turn:
    """Answer each open question from ``answers`` until the intake ends (or ``stop_after`` answers)."""
    for n in range(limit):
        if turn.finished or (stop_after is not None and n >= stop_after):
            return turn
        assert turn.question is not None
        turn = conv.handle(answers.get(turn.question, "no"))
    raise AssertionError("the intake did not finish")


def db_rows(folder: Path, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Rows from the store in ``folder``, read with a fresh connection."""
    conn = sqlite3.connect(folder / DB_NAME, timeout=10)
    try:
        return list(conn.execute(sql, args))
    finally:
        conn.close()


def isolated_env(tmp: Path) -> dict[str, str]:
    """An environment whose home and data folders are inside ``tmp``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("BACKCHAT_", "XDG_"))}
    env.update(HOME=str(tmp / "home"), XDG_DATA_HOME=str(tmp / "xdg"), PYTHONDONTWRITEBYTECODE="1",
               PYTHONWARNINGS="error")
    return env


def backchat_cmd(*args: str) -> list[str]:
    """The command line that runs the real backchat."""
    return [sys.executable, "-m", "backchat", *args]


def run_backchat(args: list[str], stdin: str, tmp: Path, timeout: float = 60,
                 preexec: Callable[[], None] | None = None) -> subprocess.CompletedProcess[str]:
    """Run backchat to the end with ``stdin`` fed through a pipe."""
    return subprocess.run(backchat_cmd(*args), input=stdin, capture_output=True, text=True,
                          timeout=timeout, env=isolated_env(tmp), cwd=tmp, preexec_fn=preexec, check=False)


def flow_variant(flow_file: Path, target: Path, version: str, prompt_from: str = "", prompt_to: str = "") -> Path:
    """A copy of a flow file with another version (and, optionally, one piece of wording changed)."""
    text = flow_file.read_text(encoding="utf-8")
    text = text.replace('version: "1.0.0"', f'version: "{version}"', 1)
    if prompt_from:
        assert prompt_from in text
        text = text.replace(prompt_from, prompt_to, 1)
    target.write_text(text, encoding="utf-8")
    return target


def open_question(flow: Flow, qid: str) -> str:
    """The open question's words as line mode shows them."""
    return flow.question(qid).prompt


def dump_stored(stored: StoredSession) -> dict[str, Any]:
    """A stored session as JSON (snapshots trimmed to what exports read), for golden inputs."""
    info = stored.info
    keep = ("flow", "flow_version", "state", "facts", "unknown", "finished")
    return {
        "info": {**info.__dict__, "created_at": format_ts(info.created_at),
                 "updated_at": format_ts(info.updated_at)},
        "flow": stored.flow.to_json(),
        "turns": [{**t.__dict__, "at": format_ts(t.at), "day": t.day.isoformat(),
                   "snapshot": {k: t.snapshot[k] for k in keep if k in t.snapshot}} for t in stored.turns],
        "notes": [[format_ts(at), text] for at, text in stored.notes],
    }


def load_stored(data: dict[str, Any]) -> StoredSession:
    """Back from :func:`dump_stored`."""
    raw = data["info"]
    info = SessionInfo(**{**raw, "created_at": parse_ts(raw["created_at"]),
                          "updated_at": parse_ts(raw["updated_at"])})
    turns = tuple(TurnRecord(**{**t, "at": parse_ts(t["at"]), "day": date.fromisoformat(t["day"])})
                  for t in data["turns"])
    notes = tuple((parse_ts(at), text) for at, text in data["notes"])
    return StoredSession(info, FlowInfo.from_json(data["flow"]), turns, notes)


def rec_of(conv: Conversation) -> SessionRecorder:
    """The conversation's session recorder."""
    rec = conv.recorder
    assert isinstance(rec, SessionRecorder), rec
    return rec
