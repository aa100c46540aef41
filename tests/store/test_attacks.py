"""Issue 11's attacks: nothing lost without being told and kept, nothing left behind, nothing unbounded."""

from __future__ import annotations

import errno
import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from backchat.core.flow import Flow
from backchat.errors import EXIT_ERROR
from backchat.store.db import DB_NAME, SessionStore
from backchat.store.errors import StoreUnavailable
from backchat.store.exports import export_text, summarize
from backchat.store.queries import list_sessions, load_session
from backchat.store.recorder import SessionRecorder
from tests.store.conftest import Opener
from tests.store.helpers import PATIENTS, SELF_CARE, Notices, db_rows, drive, run_backchat


def _rec(conv: object) -> SessionRecorder:
    rec = conv.recorder  # type: ignore[attr-defined]
    assert isinstance(rec, SessionRecorder)
    return rec


def test_help_why_and_repeat_add_nothing_to_the_store(open_conv: Opener, data: Path) -> None:
    conv, turn = open_conv()
    conv.handle(SELF_CARE["onset"])
    before = db_rows(data, "SELECT count(*), sum(length(turn) + length(snapshot)) FROM turns")
    for _ in range(50):
        for said in ("help", "why", "repeat", ""):
            conv.handle(said)
    assert db_rows(data, "SELECT count(*), sum(length(turn) + length(snapshot)) FROM turns") == before


def test_each_turn_costs_the_same_at_turn_10_and_turn_400(open_conv: Opener, data: Path) -> None:
    conv, turn = open_conv()
    drive(conv, turn, SELF_CARE)
    sizes = []
    for i in range(400):
        conv.correct("severity", str(3 + i % 2))  # the result stays the same; each change is a row
        if i in (10, 398):
            sizes.append(db_rows(data, "SELECT length(turn) + length(snapshot) FROM turns ORDER BY seq DESC "
                                       "LIMIT 1")[0][0])
    assert abs(sizes[1] - sizes[0]) <= 4  # no row holds the history before it
    with SessionStore.open(data) as store:
        stored = load_session(store, list_sessions(store)[0].id)
    assert stored.turns[-1].snapshot == conv.engine.snapshot()  # yet the rows restore it whole


def test_a_long_answer_is_kept_to_its_documented_size(open_conv: Opener, data: Path) -> None:
    from backchat.core.conversation import MAX_INPUT_CHARS

    conv, _ = open_conv()
    conv.handle("x" * (MAX_INPUT_CHARS * 10))
    assert db_rows(data, "SELECT max(length(user_text)) FROM turns") == [(MAX_INPUT_CHARS,)]


def test_start_again_closes_the_session_and_opens_a_new_one(open_conv: Opener, data: Path) -> None:
    conv, turn = open_conv()
    drive(conv, turn, SELF_CARE)
    finished = _rec(conv).session_id
    conv.handle("start again")
    second = _rec(conv).session_id
    conv.handle(SELF_CARE["onset"])
    conv.restart()  # F5
    third = _rec(conv).session_id
    assert len({finished, second, third}) == 3
    status = dict(db_rows(data, "SELECT id, status FROM sessions"))
    assert status == {finished: "finished", second: "abandoned", third: "open"}
    assert db_rows(data, "SELECT outcome FROM sessions WHERE id = ?", (finished,)) == [("self_care",)]


def test_lock_files_are_removed_when_their_session_closes(open_conv: Opener, data: Path) -> None:
    conv, turn = open_conv()
    drive(conv, turn, SELF_CARE, stop_after=2)
    assert len(list((data / "locks").iterdir())) == 1
    _rec(conv).close()
    assert list((data / "locks").iterdir()) == []


def test_a_withdrawn_red_flag_comes_first_and_the_result_once(open_conv: Opener, data: Path) -> None:
    conv, turn = open_conv()
    drive(conv, turn, PATIENTS["urgent"])  # fever: a red flag, the result is shown
    conv.undo()  # F3: the fever answer is taken back
    turn = conv.handle("no")
    drive(conv, turn, SELF_CARE)
    conv.correct("severity", "5")  # the result shown again
    conv.correct("severity", "4")
    _rec(conv).close()
    with SessionStore.open(data) as store:
        stored = load_session(store, list_sessions(store)[0].id)
    summary = summarize(stored)
    assert [w.flag for w in summary.withdrawn] == ["fever"]
    md = export_text(stored, "markdown")
    assert md.index("## Red flags taken back") < md.index("## Care level") < md.index("## Transcript")
    transcript = md[md.index("## Transcript"):]
    first_advice = next(a["title"] for a in summary.advice)
    assert transcript.count(f"- {first_advice}:") <= 1 + transcript.count("the same result")  # each result once
    assert "(the same result as shown above)" in transcript


def test_answers_held_until_exit_are_kept_in_a_recovery_file_and_folded_back(
        flow: Flow, open_conv: Opener, data: Path, notices: Notices) -> None:
    conv, turn = open_conv(store_opener=lambda folder: SessionStore.open(folder, busy_timeout_ms=50))
    sid = _rec(conv).session_id
    other = sqlite3.connect(data / DB_NAME, isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")  # another program holds the database until backchat exits
    try:
        drive(conv, turn, SELF_CARE)
        rec = _rec(conv)
        rec.close()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert rec.unsaved is not None and "kept in" in rec.unsaved and "adds them back" in rec.unsaved
    (saved,) = (data / "recovery").iterdir()
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert db_rows(data, "SELECT turns FROM sessions") == [(1,)]  # only the greeting reached the file
    conv2, _ = open_conv()  # the next start folds it back in
    _rec(conv2).close()
    assert any(f"added to session {sid}" in said for said in notices.said)
    assert not list((data / "recovery").iterdir())
    assert db_rows(data, "SELECT status, outcome FROM sessions WHERE id = ?", (sid,)) == [("finished", "self_care")]
    with SessionStore.open(data) as store:
        stored = load_session(store, sid or "")
    assert stored.turns[-1].snapshot == conv.engine.snapshot()


def test_unsaved_answers_end_the_command_line_with_an_error_and_a_sentence(tmp_path: Path) -> None:
    data = tmp_path / "data"
    first = run_backchat(["chat", "--data-dir", str(data), "--today", "2026-11-18"], "no\n", tmp_path)
    assert first.returncode in (0, 3), first.stderr
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sqlite3, sys, time\n"
        f"c = sqlite3.connect({str(data / DB_NAME)!r}, isolation_level=None)\n"
        "c.execute('BEGIN IMMEDIATE'); print('held', flush=True); time.sleep(60)\n")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        answers = "\n".join(SELF_CARE.get(q, "no") for q in SELF_CARE) + "\n"
        done = run_backchat(["chat", "--data-dir", str(data), "--today", "2026-11-18"], answers, tmp_path,
                            timeout=120)
    finally:
        holder.kill()
        holder.wait()
        if holder.stdout is not None:
            holder.stdout.close()
    assert done.returncode == EXIT_ERROR, done.stderr
    assert "recovery" in done.stderr and "Traceback" not in done.stderr
    assert len(list((data / "recovery").iterdir())) == 1


def test_a_full_disk_at_start_gets_the_full_disk_sentence(data: Path, notices: Notices,
                                                          monkeypatch: pytest.MonkeyPatch, open_conv: Opener) -> None:
    def full(folder: Path) -> SessionStore:
        raise OSError(errno.ENOSPC, "No space left on device")

    real_open = os.open

    def no_space(path: object, flags: int, mode: int = 0o777, **kw: object) -> int:
        if str(path).endswith(DB_NAME) and flags & os.O_CREAT:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_open(path, flags, mode)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", no_space)
    conv, turn = open_conv()
    assert turn.question is not None
    assert len(notices.said) == 1 and "the disk is full" in notices.said[0]
    assert "input/output" not in notices.said[0]


def test_a_missing_column_is_one_sentence_and_the_file_is_left_alone(store: SessionStore, data: Path) -> None:
    store.write(lambda c: c.execute("ALTER TABLE notes DROP COLUMN text"))
    store.close()
    with pytest.raises(StoreUnavailable) as caught:
        SessionStore.open(data)
    assert caught.value.kind == "corrupt" and "column 'text' in table 'notes'" in str(caught.value)
    assert "\n" not in str(caught.value) and str(caught.value).endswith(".")


def test_a_dropped_table_is_one_sentence(store: SessionStore, data: Path) -> None:
    store.write(lambda c: c.execute("DROP TABLE notes"))
    store.close()
    with pytest.raises(StoreUnavailable, match="has no table 'notes'"):
        SessionStore.open(data)


def test_recovery_files_that_are_not_backchats_are_left_alone(open_conv: Opener, data: Path) -> None:
    conv, _ = open_conv()
    _rec(conv).close()
    (data / "recovery").mkdir(mode=0o700)
    (data / "recovery" / "x.json").write_text(json.dumps({"format": "something else"}))
    os.mkfifo(data / "recovery" / "pipe.json")
    conv2, _ = open_conv()  # neither hangs on the FIFO nor reads the stranger
    _rec(conv2).close()
    assert sorted(p.name for p in (data / "recovery").iterdir()) == ["pipe.json", "x.json"]


def test_an_io_error_on_a_full_disk_is_called_a_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from backchat.store import db

    class NoRoom:
        f_bavail, f_frsize = 0, 4096

    monkeypatch.setattr(os, "statvfs", lambda _p: NoRoom())
    err = db.storage_error(sqlite3.OperationalError("disk I/O error"), tmp_path / DB_NAME)
    assert err.kind == "full" and err.reason == "the disk is full"


def test_no_store_builds_no_saved_state(flow: Flow, monkeypatch: pytest.MonkeyPatch) -> None:
    from backchat.core.conversation import Conversation
    from backchat.core.engine import Engine
    from tests.store.helpers import TODAY

    def never(self: Engine) -> dict[str, object]:
        raise AssertionError("a snapshot was built with nothing to record it")

    monkeypatch.setattr(Engine, "snapshot", never)
    monkeypatch.setattr(Engine, "state_snapshot", never)
    conv = Conversation(Engine(flow, clock=lambda: TODAY))  # --no-store
    assert drive(conv, conv.start(), SELF_CARE).finished


def test_the_terminal_app_reports_answers_it_could_not_save_and_keeps_them(
        open_conv: Opener, data: Path) -> None:
    from textual.pilot import Pilot

    from backchat.intake import Options
    from backchat.store.errors import UnsavedAnswers
    from backchat.tui.app import make_app, run_app

    conv, turn = open_conv(store_opener=lambda folder: SessionStore.open(folder, busy_timeout_ms=50))
    other = sqlite3.connect(data / DB_NAME, isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")  # another program holds the database until the app ends
    try:
        drive(conv, turn, SELF_CARE)
        app = make_app(Options(data_dir=str(data)), conversation=(conv, turn))

        async def leave(pilot: Pilot[int]) -> None:
            pilot.app.exit()

        run_app(app, headless=True, size=(80, 24), auto_pilot=leave)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert isinstance(app.open_error, UnsavedAnswers)  # run_tui raises it: one sentence, exit 1
    assert "kept in" in str(app.open_error)
    (saved,) = (data / "recovery").iterdir()
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
