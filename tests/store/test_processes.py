"""Real ``backchat chat`` processes: --no-store keeps nothing, several at once, file modes after a kill."""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import time
from pathlib import Path

from backchat.store.db import DB_NAME, SessionStore
from backchat.store.queries import list_sessions, load_session
from tests.store.helpers import PATIENTS, SELF_CARE, TODAY, backchat_cmd, db_rows, isolated_env, run_backchat


def _lines(answers: dict[str, str]) -> str:
    """A piped script: the answers in the order this flow asks them for a self-care intake."""
    from backchat.core.conversation import Conversation
    from backchat.core.engine import Engine
    from backchat.core.loader import load_flow

    conv = Conversation(Engine(load_flow(), clock=lambda: TODAY))
    turn, said = conv.start(), []
    while not turn.finished:
        assert turn.question is not None
        said.append(answers.get(turn.question, "no"))
        turn = conv.handle(said[-1])
    return "\n".join(said) + "\n"


def _files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def test_no_store_leaves_no_file_anywhere(tmp_path: Path) -> None:
    before = _files(tmp_path)
    env_data = tmp_path / "data"
    result = subprocess.run(backchat_cmd("chat", "--no-store", "--today", TODAY.isoformat()),
                            input=_lines(SELF_CARE), capture_output=True, text=True, timeout=60, cwd=tmp_path,
                            env={**isolated_env(tmp_path), "BACKCHAT_DATA_DIR": str(env_data)})
    assert result.returncode == 0, result.stderr
    assert "Look after it at home" in result.stdout
    assert _files(tmp_path) == before
    assert not env_data.exists() and not (tmp_path / "xdg").exists() and not (tmp_path / "home").exists()


def test_no_store_with_resume_is_refused_plainly(tmp_path: Path) -> None:
    result = run_backchat(["chat", "--no-store", "--resume"], "", tmp_path)
    assert result.returncode == 2  # a usage error
    assert result.stderr.strip() == ("backchat: --resume needs the session store, so it cannot be used "
                                     "with --no-store.")


def test_the_default_data_folder_follows_the_environment(tmp_path: Path) -> None:
    result = subprocess.run(backchat_cmd("chat", "--today", TODAY.isoformat()), input="I lifted a box\n",
                            capture_output=True, text=True, timeout=60, cwd=tmp_path,
                            env={**isolated_env(tmp_path), "BACKCHAT_DATA_DIR": str(tmp_path / "env")})
    assert result.returncode == 3, result.stderr  # left unfinished
    assert (tmp_path / "env" / DB_NAME).exists()
    result = run_backchat(["chat", "--today", TODAY.isoformat()], "I lifted a box\n", tmp_path)
    assert result.returncode == 3 and (tmp_path / "xdg" / "backchat" / DB_NAME).exists()


def test_several_backchats_at_once_on_one_data_folder(tmp_path: Path) -> None:
    data = tmp_path / "data"
    levels = ["self_care", "gp", "urgent", "emergency", "self_care", "gp"]
    procs = [subprocess.Popen(backchat_cmd("chat", "--data-dir", str(data), "--today", TODAY.isoformat()),
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=isolated_env(tmp_path), cwd=tmp_path) for _ in levels]
    outs = [p.communicate(_lines(PATIENTS[level]), timeout=60) for p, level in zip(procs, levels, strict=True)]
    for p, (_, err) in zip(procs, outs, strict=True):
        # on a busy machine one may wait longer than the busy timeout for the others' writes: it says so,
        # carries on, and says when saving works again; nothing else may be printed, and nothing is lost
        said = [line for line in err.splitlines() if line.strip()]
        waited = [line for line in said if "holding the session store" in line]
        assert p.returncode == 0 and len(said) == 2 * len(waited), err
        assert all(line == "Saving works again; nothing was lost." for line in said if line not in waited), err
    with SessionStore.open(data) as store:
        sessions = list_sessions(store)
        assert sorted(s.outcome or "" for s in sessions) == sorted(levels)
        for s in sessions:
            turns = load_session(store, s.id).turns
            assert [t.seq for t in turns] == list(range(s.turns)) and turns[-1].finished
    assert db_rows(data, "PRAGMA integrity_check") == [("ok",)]


def _two_turns(data: Path) -> bool:
    if not (data / f"{DB_NAME}-wal").exists():
        return False
    try:
        return db_rows(data, "SELECT count(*) FROM turns") >= [(2,)]
    except sqlite3.OperationalError:  # the schema is not there yet
        return False


def test_files_left_by_a_killed_backchat_are_private(tmp_path: Path) -> None:
    data = tmp_path / "data"
    proc = subprocess.Popen(backchat_cmd("chat", "--data-dir", str(data), "--today", TODAY.isoformat()),
                            stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True,
                            env=isolated_env(tmp_path), cwd=tmp_path, preexec_fn=lambda: os.umask(0))
    assert proc.stdin is not None
    proc.stdin.write("I lifted a box\n")
    proc.stdin.flush()
    deadline = time.monotonic() + 20
    try:
        while not _two_turns(data):
            assert time.monotonic() < deadline
            time.sleep(0.01)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=20)
        proc.stdin.close()
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in [data, *data.iterdir()] if p.is_file() or p == data}
    assert modes == {"data": 0o700, DB_NAME: 0o600, f"{DB_NAME}-wal": 0o600, f"{DB_NAME}-shm": 0o600}
    assert stat.S_IMODE((data / "locks").stat().st_mode) == 0o700
