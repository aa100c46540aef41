"""Every turn is committed before its reply is returned; what is kept, and how the file is set up."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from backchat.core.flow import Flow
from backchat.store.db import DB_NAME, SCHEMA_VERSION, SessionStore
from backchat.store.errors import StoreUnavailable
from backchat.store.queries import list_sessions, load_session
from backchat.store.resume import latest_unfinished
from tests.store.conftest import Opener
from tests.store.helpers import SELF_CARE, db_rows, drive


def test_each_turn_is_committed_before_the_reply_is_returned(open_conv: Opener, data: Path) -> None:
    conv, turn = open_conv()
    assert db_rows(data, "SELECT count(*) FROM turns") == [(1,)]  # the greeting
    for n in range(2, 8):
        assert turn.question is not None
        turn = conv.handle(SELF_CARE[turn.question])
        # a second connection (another process could do the same) already sees the turn
        assert db_rows(data, "SELECT count(*), max(seq) FROM turns") == [(n, n - 1)]
        assert db_rows(data, "SELECT question FROM sessions") == [(turn.question,)]


def test_a_turn_keeps_what_was_asked_said_understood_and_the_state(open_conv: Opener, data: Path) -> None:
    conv, first = open_conv()
    reply = conv.handle("I lifted a box on Monday", "spoken")
    with SessionStore.open(data) as store:
        stored = load_session(store, list_sessions(store)[0].id)
    greeting, answer = stored.turns
    assert (greeting.user_text, greeting.source, greeting.asked) == (None, "system", None)
    assert answer.user_text == "I lifted a box on Monday" and answer.source == "spoken"
    assert answer.asked == first.question == "onset"
    assert answer.turn["understood"] == reply.understood
    assert answer.turn["understood"]["trigger"] == "lifting"
    assert answer.question == answer.snapshot["state"] != "onset"
    assert answer.snapshot["facts"]["trigger"] == "lifting"
    assert answer.duration_band == "acute" and str(answer.day) == "2026-11-18"
    assert answer.snapshot == conv.engine.snapshot()


def test_a_finished_intake_is_marked_with_its_outcome(open_conv: Opener, data: Path) -> None:
    conv, turn = open_conv()
    drive(conv, turn, SELF_CARE)
    [(status, outcome, answers, question)] = db_rows(data, "SELECT status, outcome, answers, question FROM sessions")
    assert (status, outcome, question) == ("finished", "self_care", None)
    assert answers == len([e for e in conv.engine.transcript if e.role == "user"])
    assert latest_unfinished(data) is None


def test_the_database_runs_in_wal_mode_with_full_sync_and_a_busy_timeout(store: SessionStore) -> None:
    conn: sqlite3.Connection = store._conn
    assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert conn.execute("PRAGMA synchronous").fetchone() == (2,)  # FULL
    assert conn.execute("PRAGMA busy_timeout").fetchone() == (5000,)
    assert conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_folder_and_files_are_readable_by_the_user_only(open_conv: Opener, data: Path) -> None:
    old = os.umask(0)  # even with a permissive umask
    try:
        conv, turn = open_conv()
        conv.handle("I lifted a box")
        assert _mode(data) == 0o700
        for name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
            assert (data / name).exists(), name
            assert _mode(data / name) == 0o600, name
        assert _mode(data / "locks") == 0o700
        assert all(_mode(p) == 0o600 for p in (data / "locks").iterdir())
    finally:
        os.umask(old)


def test_loose_modes_left_by_something_else_are_tightened(data: Path) -> None:
    SessionStore.open(data).close()
    os.chmod(data, 0o755)
    os.chmod(data / DB_NAME, 0o644)
    SessionStore.open(data).close()
    assert (_mode(data), _mode(data / DB_NAME)) == (0o700, 0o600)


def test_a_database_from_a_newer_backchat_is_not_touched(data: Path) -> None:
    SessionStore.open(data).close()
    conn = sqlite3.connect(data / DB_NAME)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    before = (data / DB_NAME).read_bytes()
    with pytest.raises(StoreUnavailable, match="newer backchat") as err:
        SessionStore.open(data)
    assert err.value.kind == "newer" and not err.value.transient
    assert (data / DB_NAME).read_bytes() == before


def test_looking_for_an_unfinished_session_creates_nothing(tmp_path: Path) -> None:
    assert latest_unfinished(tmp_path / "nowhere") is None
    assert not (tmp_path / "nowhere").exists()


def test_many_writers_at_once_all_commit(data: Path, flow: Flow) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from backchat.core.conversation import Conversation
    from backchat.core.engine import Engine
    from backchat.store.recorder import SessionRecorder
    from tests.store.helpers import PATIENTS, TODAY, Notices

    SessionStore.open(data).close()
    said = Notices()

    def one(level: str) -> str:
        rec = SessionRecorder(SessionStore.open(data), flow, said, today=lambda: TODAY)
        conv = Conversation(Engine(flow, clock=lambda: TODAY), rec)
        drive(conv, conv.start(), PATIENTS[level])
        rec.close()
        assert rec.session_id is not None
        return rec.session_id

    with ThreadPoolExecutor(8) as pool:
        ids = list(pool.map(one, [*PATIENTS] * 4))
    assert said.said == []  # nobody had to wait longer than the busy timeout
    assert len(set(ids)) == 16
    assert db_rows(data, "SELECT count(*) FROM sessions WHERE status = 'finished'") == [(16,)]
