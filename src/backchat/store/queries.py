"""Reading and writing sessions and turns (each call one short transaction)."""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from backchat.store.db import SessionStore
from backchat.store.errors import SessionNotFound
from backchat.store.models import FlowInfo, SessionInfo, Status, TurnRecord, format_ts, parse_ts
from backchat.store.replies import ReplyUnpacker
from backchat.store.steps import fold

__all__ = [
    "StoredSession",
    "insert_session",
    "append_turns",
    "list_sessions",
    "get_session",
    "resolve_session",
    "load_session",
    "unfinished_sessions",
    "mark_replaced",
    "close_session",
    "add_note",
    "delete_sessions",
    "sessions_before",
]

_SESSION_COLUMNS = ("id, created_at, updated_at, flow_name, flow_version, flow_hash, status, outcome, "
                    "turns, answers, question, resumed_from, replaced_by")
_TURN_COLUMNS = ("seq, at, day, source, asked, user_text, event, question, finished, level, "
                 "duration_band, turn, snapshot")
_ID = re.compile(r"^[0-9a-z-]{1,64}$")


@dataclass(frozen=True)
class StoredSession:
    """A whole session: where it stands, the flow it used, every turn, and notes."""

    info: SessionInfo
    flow: FlowInfo
    turns: tuple[TurnRecord, ...]
    notes: tuple[tuple[datetime, str], ...] = ()


def _session(row: Sequence[Any]) -> SessionInfo:
    return SessionInfo(
        id=row[0], created_at=parse_ts(row[1]), updated_at=parse_ts(row[2]), flow_name=row[3],
        flow_version=row[4], flow_hash=row[5], status=cast(Status, row[6]), outcome=row[7],
        turns=int(row[8]), answers=int(row[9]), question=row[10], resumed_from=row[11],
        replaced_by=row[12])


def _turns(rows: Sequence[Sequence[Any]], flow: FlowInfo) -> tuple[TurnRecord, ...]:
    """Rows back as turns: each reply whole (every public fact), each snapshot the state after it
    (the last one restorable: with its undo stack and transcript). Linear in the rows."""
    unpack = ReplyUnpacker(flow).unpack
    replies = [unpack(json.loads(r[11]), int(r[0]), r[6], r[7], bool(r[8])) for r in rows]
    states = fold((int(r[0]), json.loads(r[12]), r[5], str(reply.get("say", "")))
                  for r, reply in zip(rows, replies, strict=True))
    return tuple(TurnRecord(
        seq=int(row[0]), at=parse_ts(row[1]), day=date.fromisoformat(row[2]), source=row[3],
        asked=row[4], user_text=row[5], event=row[6], question=row[7], finished=bool(row[8]),
        level=row[9], duration_band=row[10], turn=reply, snapshot=state)
        for row, reply, state in zip(rows, replies, states, strict=True))


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _is_answer(t: TurnRecord) -> bool:
    """Something the person said or changed; "go back" and "start again" are commands, not answers."""
    return (t.user_text is not None or t.source == "panel") and t.event not in ("undo", "restart")


def insert_session(conn: sqlite3.Connection, session_id: str, flow: FlowInfo, now: datetime,
                   resumed_from: str | None = None) -> bool:
    """Add an empty open session (inside the caller's transaction); False when the id is taken."""
    ts = format_ts(now)
    info = _dumps(flow.to_json())
    key = hashlib.sha256(info.encode("utf-8")).hexdigest()[:24]
    conn.execute("INSERT OR IGNORE INTO flows (key, info) VALUES (?, ?)", (key, info))  # once per flow
    return conn.execute(
        "INSERT OR IGNORE INTO sessions (id, created_at, updated_at, flow_name, flow_version, flow_hash, "
        "flow_info, status, resumed_from) VALUES (?, ?, ?, ?, ?, ?, ?, 'open', ?)",
        (session_id, ts, ts, flow.name, flow.version, flow.hash, _dumps({"ref": key}),
         resumed_from)).rowcount == 1


def _flow_json(conn: sqlite3.Connection, text: str) -> dict[str, Any]:
    """A session's flow summary: kept in the row (older sessions) or once in ``flows``."""
    data = json.loads(text)
    if isinstance(data, dict) and set(data) == {"ref"}:
        row = conn.execute("SELECT info FROM flows WHERE key = ?", (data["ref"],)).fetchone()
        if row is None:
            raise KeyError(data["ref"])
        data = json.loads(row[0])
    return cast(dict[str, Any], data)


def append_turns(conn: sqlite3.Connection, session_id: str, turns: Sequence[TurnRecord]) -> None:
    """Add turns and bring the session's summary up to date (inside the caller's transaction)."""
    for t in turns:
        conn.execute(
            f"INSERT INTO turns (session_id, {_TURN_COLUMNS}) VALUES (?{', ?' * 13})",
            (session_id, t.seq, format_ts(t.at), t.day.isoformat(), t.source, t.asked, t.user_text,
             t.event, t.question, int(t.finished), t.level, t.duration_band, _dumps(t.turn),
             _dumps(t.snapshot)))
    if not turns:
        return
    last = turns[-1]
    outcome = last.snapshot.get("state") if last.finished else None
    conn.execute(
        "UPDATE sessions SET updated_at = ?, status = CASE WHEN status = 'replaced' THEN status "
        "WHEN ? THEN 'finished' ELSE 'open' END, outcome = ?, turns = turns + ?, answers = answers + ?, "
        "question = ? WHERE id = ?",
        (format_ts(last.at), int(last.finished), outcome, len(turns), sum(map(_is_answer, turns)),
         last.question, session_id))


def list_sessions(store: SessionStore, limit: int | None = None, where: str = "",
                  args: Sequence[Any] = ()) -> list[SessionInfo]:
    """Sessions, most recently active first (the first ``limit`` only, when given; read through the
    index on the last activity, so the most recent few cost the same in any size of store)."""
    cond = f" WHERE {where}" if where else ""
    tail = f" LIMIT {int(limit)}" if limit is not None else ""
    return store.read(lambda c: [_session(r) for r in c.execute(
        f"SELECT {_SESSION_COLUMNS} FROM sessions{cond} ORDER BY updated_at DESC, rowid DESC{tail}", tuple(args))])



def get_session(store: SessionStore, session_id: str) -> SessionInfo | None:
    """The session with exactly this id."""
    def work(c: sqlite3.Connection) -> SessionInfo | None:
        row = c.execute(f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE id = ?", (session_id,)).fetchone()
        return _session(row) if row else None
    return store.read(work)


def resolve_session(store: SessionStore, ref: str, *, finished: bool = False) -> SessionInfo:
    """The session named by ``ref``: an id, a unique start of one, or ``latest`` (with ``finished``:
    the last finished intake)."""
    ref = ref.strip().lower()
    if ref == "latest":
        found = list_sessions(store, 1, "status = 'finished'" if finished else "")
        if not found:
            raise SessionNotFound("There is no finished intake yet." if finished else "There are no sessions yet.")
        return found[0]
    if not _ID.match(ref):
        raise SessionNotFound(f"{ref!r} is not a session id (see `backchat sessions list`).")
    exact = get_session(store, ref)
    if exact is not None:
        return exact
    matches = store.read(lambda c: [_session(r) for r in c.execute(  # a range of the primary key
        f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE id >= ? AND id < ? LIMIT 2", (ref, ref + "\uffff"))])
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise SessionNotFound(f"There is no session {ref} (see `backchat sessions list`).")
    raise SessionNotFound(f"{ref} matches more than one session; give more of the id.")


def load_session(store: SessionStore, session_id: str) -> StoredSession:
    """A session with its flow summary, turns and notes."""
    def work(c: sqlite3.Connection) -> StoredSession:
        row = c.execute(f"SELECT {_SESSION_COLUMNS}, flow_info FROM sessions WHERE id = ?",
                        (session_id,)).fetchone()
        if row is None:
            raise SessionNotFound(f"There is no session {session_id}.")
        flow = FlowInfo.from_json(_flow_json(c, row[13]))
        turns = _turns(c.execute(
            f"SELECT {_TURN_COLUMNS} FROM turns WHERE session_id = ? ORDER BY seq", (session_id,)).fetchall(), flow)
        notes = tuple((parse_ts(r[0]), str(r[1])) for r in c.execute(
            "SELECT at, text FROM notes WHERE session_id = ? ORDER BY rowid", (session_id,)))
        return StoredSession(_session(row[:13]), flow, turns, notes)
    return store.read(work)


def unfinished_sessions(store: SessionStore, flow_name: str | None = None,
                        limit: int | None = None) -> list[SessionInfo]:
    """Open sessions, most recently active first (only those of ``flow_name`` when given)."""
    if flow_name is None:
        return list_sessions(store, limit, "status = 'open'")
    return list_sessions(store, limit, "status = 'open' AND flow_name = ?", (flow_name,))


def mark_replaced(conn: sqlite3.Connection, old_id: str, new_id: str, now: datetime, note: str) -> None:
    """Close ``old_id`` because ``new_id`` carries on from it (inside the caller's transaction)."""
    conn.execute("UPDATE sessions SET status = 'replaced', replaced_by = ?, question = NULL, "
                 "updated_at = ? WHERE id = ?", (new_id, format_ts(now), old_id))
    conn.execute("INSERT INTO notes (session_id, at, text) VALUES (?, ?, ?)", (old_id, format_ts(now), note))
    conn.execute("INSERT INTO notes (session_id, at, text) VALUES (?, ?, ?)",
                 (new_id, format_ts(now), f"carries on from session {old_id}: {note}"))


def close_session(conn: sqlite3.Connection, session_id: str, now: datetime) -> None:
    """Close a session for "start again": finished stays finished, unfinished becomes abandoned."""
    conn.execute("UPDATE sessions SET status = 'abandoned', question = NULL, updated_at = ? "
                 "WHERE id = ? AND status = 'open'", (format_ts(now), session_id))


def add_note(store: SessionStore, session_id: str, now: datetime, text: str) -> None:
    """Keep a line about the session (resumed, flow changed, ...)."""
    store.write(lambda c: c.execute("INSERT INTO notes (session_id, at, text) VALUES (?, ?, ?)",
                                    (session_id, format_ts(now), text)))


def sessions_before(store: SessionStore, cutoff: datetime) -> list[SessionInfo]:
    """Sessions last active before ``cutoff``."""
    return [s for s in list_sessions(store) if s.updated_at < cutoff]


def delete_sessions(store: SessionStore, ids: Sequence[str]) -> int:
    """Delete sessions with their turns and notes (overwritten on disk: secure_delete); the count."""
    def work(c: sqlite3.Connection) -> int:
        count = 0
        for sid in ids:
            c.execute("DELETE FROM turns WHERE session_id = ?", (sid,))
            c.execute("DELETE FROM notes WHERE session_id = ?", (sid,))
            count += c.execute("DELETE FROM sessions WHERE id = ?", (sid,)).rowcount
        return count
    deleted = store.write(work)
    store.checkpoint()
    return deleted
