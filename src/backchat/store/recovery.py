"""Answers that could not reach the database: kept in a private recovery file, folded back next time.

When backchat exits with turns it could not write (a disk that stayed full, a database
another program held until the end, a store that became read-only), the recorder writes
them to ``<data>/recovery/<session>-<time>.json`` (mode 0600, created new) and says so.
The next time the store opens, :func:`fold_in` adds them to their session (or a new one
when the session never reached the database) and removes the file.
"""

from __future__ import annotations

import json
import logging
import os
import stat
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from backchat.paths import write_private
from backchat.store.db import SessionStore
from backchat.store.errors import StoreUnavailable
from backchat.store.models import FlowInfo, Notice, TurnRecord, format_ts, parse_ts
from backchat.store.queries import append_turns, insert_session

__all__ = ["write_recovery", "fold_in", "RECOVERY_DIR", "MAX_RECOVERY_BYTES"]

log = logging.getLogger(__name__)
RECOVERY_DIR = "recovery"
MAX_RECOVERY_BYTES = 50_000_000
"""A recovery file larger than this is not read (it was not written by backchat)."""


def _row(t: TurnRecord) -> dict[str, Any]:
    return {**t.__dict__, "at": format_ts(t.at), "day": t.day.isoformat()}


def _turn(d: dict[str, Any]) -> TurnRecord:
    return TurnRecord(**{**d, "at": parse_ts(d["at"]), "day": date.fromisoformat(d["day"])})


def write_recovery(folder: Path, session_id: str | None, created: bool, flow: FlowInfo,
                   resumed_from: str | None, rows: Sequence[TurnRecord], now: datetime) -> Path:
    """Write ``rows`` to a new private recovery file; raises StorageError when even that fails."""
    name = f"{session_id or 'new'}-{now:%Y%m%dT%H%M%S%f}.json"
    data = {"format": "backchat-recovery", "format_version": 1, "session": session_id, "created": created,
            "resumed_from": resumed_from, "flow": flow.to_json(), "turns": [_row(t) for t in rows]}
    return write_private(folder / RECOVERY_DIR / name, json.dumps(data, ensure_ascii=False))


def _read(path: Path) -> dict[str, Any] | None:
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_RECOVERY_BYTES:
            return None
        with os.fdopen(fd, "rb", closefd=False) as fh:
            data = json.loads(fh.read(MAX_RECOVERY_BYTES + 1))
    except (OSError, ValueError):
        return None
    finally:
        os.close(fd)
    return data if isinstance(data, dict) and data.get("format") == "backchat-recovery" else None


def fold_in(store: SessionStore, notice: Notice, new_id: Any) -> int:
    """Add every recovery file's turns to the store, remove the files; returns the turns added."""
    where = store.folder / RECOVERY_DIR
    try:
        names = sorted(os.listdir(where))
    except OSError:
        return 0
    added = 0
    for name in names:
        path = where / name
        data = _read(path)
        if data is None:
            continue
        try:
            rows = [_turn(d) for d in data["turns"]]
            sid = _apply(store, data, rows, new_id)
        except StoreUnavailable as exc:
            log.debug("cannot fold in %s: %s", path, exc)
            return added  # try again next time; the file stays
        except (KeyError, TypeError, ValueError):
            log.debug("recovery file %s does not read", path, exc_info=True)
            continue
        try:
            path.unlink()
        except OSError as exc:
            log.debug("cannot remove %s: %s", path, exc)
        added += len(rows)
        if rows:
            notice(f"{len(rows)} turns an earlier backchat could not save were added to session {sid}.")
    return added


def _apply(store: SessionStore, data: dict[str, Any], rows: list[TurnRecord], new_id: Any) -> str:
    flow = FlowInfo.from_json(data["flow"])
    sid = str(data["session"]) if data.get("session") else None
    if not rows:
        return sid or ""

    def work(c: Any) -> str:
        target: str = sid or new_id()
        exists = sid is not None and c.execute("SELECT 1 FROM sessions WHERE id = ?", (sid,)).fetchone()
        if not exists:
            while not insert_session(c, target, flow, rows[0].at, data.get("resumed_from")):
                target = new_id()
        last = c.execute("SELECT max(seq) FROM turns WHERE session_id = ?", (target,)).fetchone()[0]
        fresh = [t for t in rows if last is None or t.seq > int(last)]
        append_turns(c, target, fresh)
        return str(target)
    return store.write(work)
