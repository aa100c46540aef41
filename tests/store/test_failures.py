"""When the store fails the intake still runs, the person is told once, and nothing stored is damaged.

Tests run as root, and chmod does not stop root, so a read-only folder is simulated
two ways: an SQLite connection opened read-only (``mode=ro``), and a data folder
path that is a file. A full disk is simulated at the SQLite edge: every write fails with SQLite's
"database or disk is full" (rows are now small enough that ``max_page_count`` at the
current size would still fit several turns in the free space of existing pages).
"""

from __future__ import annotations

import errno
import hashlib
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from backchat.core.flow import Flow
from backchat.store.db import DB_NAME, SessionStore, storage_error
from backchat.store.queries import list_sessions, load_session
from backchat.store.recorder import SessionRecorder
from tests.store.conftest import Opener
from tests.store.helpers import SELF_CARE, TODAY, Notices, db_rows, drive


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _recorder(conv: object) -> SessionRecorder:
    rec = conv.recorder  # type: ignore[attr-defined]
    assert isinstance(rec, SessionRecorder)
    return rec


class _FullDisk:
    """The store's connection on a disk with no room left: every write fails as SQLite reports it."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if sql.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            raise sqlite3.OperationalError("database or disk is full")
        return self.conn.execute(sql, *args)

    def __getattr__(self, name: str) -> object:
        return getattr(self.conn, name)


def _full(rec: SessionRecorder, full: bool) -> None:
    store = rec._store
    assert store is not None
    conn = store._conn
    if full:
        store._conn = _FullDisk(conn)  # type: ignore[assignment]
    elif isinstance(conn, _FullDisk):
        store._conn = conn.conn


def test_a_full_disk_is_told_once_and_everything_is_saved_when_space_returns(
        open_conv: Opener, data: Path, notices: Notices) -> None:
    conv, turn = open_conv()
    rec = _recorder(conv)
    _full(rec, True)
    for _ in range(3):
        assert turn.question is not None
        turn = conv.handle(SELF_CARE[turn.question])
    assert len(notices.said) == 1 and "the disk is full" in notices.said[0]
    assert "\n" not in notices.said[0] and "Traceback" not in notices.said[0]
    assert rec.pending == 3 and db_rows(data, "SELECT count(*) FROM turns") == [(1,)]
    _full(rec, False)
    turn = drive(conv, turn, SELF_CARE)
    assert notices.said[-1] == "Saving works again; nothing was lost."
    assert turn.finished and rec.pending == 0
    with SessionStore.open(data) as store:
        stored = load_session(store, list_sessions(store)[0].id)
    assert [t.seq for t in stored.turns] == list(range(len(stored.turns)))
    assert stored.turns[-1].snapshot == conv.engine.snapshot()  # the rows fold back to the whole state


def test_a_disk_that_stays_full_keeps_what_was_saved_intact(open_conv: Opener, data: Path,
                                                             notices: Notices) -> None:
    conv, turn = open_conv()
    turn = conv.handle(SELF_CARE["onset"])
    _full(_recorder(conv), True)
    assert drive(conv, turn, SELF_CARE).finished  # the intake runs to the end
    assert len(notices.said) == 1
    assert db_rows(data, "PRAGMA integrity_check") == [("ok",)]
    assert db_rows(data, "SELECT count(*) FROM turns") == [(2,)]


def test_a_database_locked_by_another_program_waits_then_catches_up(
        flow: Flow, data: Path, notices: Notices, open_conv: Opener) -> None:
    conv, turn = open_conv(store_opener=lambda folder: SessionStore.open(folder, busy_timeout_ms=100))
    other = sqlite3.connect(data / DB_NAME, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another backchat in the middle of a long write
    try:
        turn = conv.handle(SELF_CARE["onset"])
        assert turn.question is not None
        turn = conv.handle(SELF_CARE[turn.question])
        assert len(notices.said) == 1 and "another program" in notices.said[0]
    finally:
        other.execute("ROLLBACK")
        other.close()
    drive(conv, turn, SELF_CARE)
    assert notices.said[-1] == "Saving works again; nothing was lost."
    assert db_rows(data, "SELECT status, turns FROM sessions") == [("finished", len(
        [e for e in conv.engine.transcript if e.role == "assistant"]))]


def test_a_read_only_database_is_left_untouched(flow: Flow, data: Path, notices: Notices,
                                                open_conv: Opener) -> None:
    conv, turn = open_conv()
    drive(conv, turn, SELF_CARE, stop_after=2)
    _recorder(conv).close()
    before = _digest(data / DB_NAME)

    def read_only(folder: Path) -> SessionStore:
        return SessionStore.open(folder, connect=lambda p: sqlite3.connect(
            f"file:{p}?mode=ro", uri=True, isolation_level=None, check_same_thread=False))
    conv2, turn2 = open_conv(store_opener=read_only)
    assert drive(conv2, turn2, SELF_CARE).finished
    assert len(notices.said) == 1 and "read-only" in notices.said[0]
    assert "carries on in memory only" in notices.said[0]
    assert _digest(data / DB_NAME) == before
    assert db_rows(data, "SELECT count(*) FROM sessions") == [(1,)]


def test_a_data_folder_that_cannot_be_made_is_told_and_the_intake_runs(
        tmp_path: Path, notices: Notices, open_conv: Opener) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    conv, turn = open_conv(folder=blocker)
    assert drive(conv, turn, SELF_CARE).finished
    assert len(notices.said) == 1 and "can't be saved" in notices.said[0]
    assert blocker.read_text() == "not a folder"


@pytest.mark.skipif(os.geteuid() == 0, reason="chmod does not stop root")
def test_a_read_only_folder_for_a_normal_user(data: Path, notices: Notices, open_conv: Opener) -> None:
    data.mkdir()
    data.chmod(0o500)
    try:
        conv, turn = open_conv()
        assert drive(conv, turn, SELF_CARE).finished
        assert len(notices.said) == 1
    finally:
        data.chmod(0o700)


def _garbage(path: Path) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    path.write_bytes(b"these are not the bytes of a database\n" * 200)


def _damaged(path: Path, flow: Flow, notices: Notices) -> None:
    store = SessionStore.open(path.parent)
    rec = SessionRecorder(store, flow, notices, today=lambda: TODAY)
    from backchat.core.conversation import Conversation
    from backchat.core.engine import Engine
    conv = Conversation(Engine(flow, clock=lambda: TODAY), rec)
    drive(conv, conv.start(), SELF_CARE)
    rec.close()
    raw = bytearray(path.read_bytes())
    page = 4096
    raw[2 * page: 3 * page] = b"\xde\xad" * (page // 2)  # smash one page of the tables
    path.write_bytes(bytes(raw))


@pytest.mark.parametrize("damage", ["not_a_database", "smashed_page"])
def test_a_corrupt_database_is_left_as_it_is_and_not_replaced(
        damage: str, flow: Flow, data: Path, notices: Notices, open_conv: Opener) -> None:
    path = data / DB_NAME
    if damage == "not_a_database":
        _garbage(path)
    else:
        _damaged(path, flow, Notices())
    before = _digest(path)
    listing = sorted(p.name for p in data.iterdir())
    conv, turn = open_conv()
    assert drive(conv, turn, SELF_CARE).finished
    assert len(notices.said) == 1
    said = notices.said[0]
    assert "damaged" in said or "not a backchat database" in said, said
    assert "move it aside" in said and "\n" not in said
    assert _digest(path) == before
    assert sorted(p.name for p in data.iterdir()) == listing  # no new database beside it


def test_resume_on_a_corrupt_database_says_so_and_starts_in_memory(
        data: Path, notices: Notices, open_conv: Opener) -> None:
    _garbage(data / DB_NAME)
    conv, turn = open_conv(resume=True)
    assert turn.event == "ask" and turn.question == "onset"
    assert notices.said[0].startswith("There is nothing to resume")


@pytest.mark.parametrize(("exc", "kind", "transient"), [
    (OSError(errno.ENOSPC, "No space left on device"), "full", True),
    (OSError(errno.EROFS, "Read-only file system"), "readonly", False),
    (OSError(errno.EACCES, "Permission denied"), "readonly", False),
    (sqlite3.OperationalError("database or disk is full"), "full", True),
    (sqlite3.OperationalError("database is locked"), "busy", True),
    (sqlite3.DatabaseError("file is not a database"), "corrupt", False),
])
def test_errors_at_the_edge_become_one_plain_kind(exc: Exception, kind: str, transient: bool) -> None:
    err = storage_error(exc, Path("/x/backchat.db"))
    assert (err.kind, err.transient) == (kind, transient)
    assert str(err).startswith("Cannot use /x/backchat.db: ") and "\n" not in str(err)


def test_an_internal_error_while_recording_never_stops_the_intake(open_conv: Opener, notices: Notices) -> None:
    conv, turn = open_conv()
    rec = _recorder(conv)
    real = rec._row

    def broken(*args: object) -> object:
        raise TypeError("boom")
    rec._row = broken  # type: ignore[method-assign,assignment]
    turn = conv.handle(SELF_CARE["onset"])
    rec._row = real  # type: ignore[method-assign]
    assert drive(conv, turn, SELF_CARE).finished
    assert notices.said == ["This intake can't be saved because of an internal error (TypeError), so it carries "
                            "on in memory only."]
