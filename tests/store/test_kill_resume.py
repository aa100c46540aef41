"""Kill a real ``backchat chat`` (SIGKILL) at many points; ``--resume`` must lose and repeat nothing.

The person is a script that answers whatever question the store says is open, so
after a kill the same script carries on. The finished session must be identical
(snapshot, transcript, facts, every turn) to an uninterrupted run.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import pytest

from backchat.core.conversation import Conversation
from backchat.core.engine import Engine
from backchat.core.flow import Flow
from backchat.store.db import DB_NAME, SessionStore
from backchat.store.queries import list_sessions, load_session
from tests.store.helpers import SELF_CARE, TODAY, backchat_cmd, drive, isolated_env

pytestmark = pytest.mark.slow
WAIT = 20.0


@dataclass(frozen=True)
class State:
    turns: int
    question: str | None
    status: str


def _state(data: Path) -> State | None:
    path = data / DB_NAME
    if not path.exists() or path.stat().st_size == 0:
        return None
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        row = conn.execute("SELECT turns, question, status FROM sessions WHERE status != 'replaced' "
                           "ORDER BY updated_at DESC, rowid DESC LIMIT 1").fetchone()
    except sqlite3.OperationalError:  # the schema is being made
        return None
    finally:
        conn.close()
    return State(*row) if row else None


def _wait(data: Path, done: Any) -> State:
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        st = _state(data)
        if st is not None and done(st):
            return st
        time.sleep(0.003)
    raise AssertionError(f"timed out; last state {_state(data)}")


class Child:
    """A running ``backchat chat`` fed through a pipe."""

    def __init__(self, tmp: Path, data: Path, name: str, *extra: str) -> None:
        self.out = tmp / f"{name}.out"
        self.err = tmp / f"{name}.err"
        with self.out.open("w") as out, self.err.open("w") as err:
            self.proc = subprocess.Popen(
                backchat_cmd("chat", "--data-dir", str(data), "--today", TODAY.isoformat(), *extra),
                stdin=subprocess.PIPE, stdout=out, stderr=err, text=True, env=isolated_env(tmp), cwd=tmp)
        assert self.proc.stdin is not None
        self.stdin: IO[str] = self.proc.stdin

    def say(self, line: str) -> None:
        self.stdin.write(line + "\n")
        self.stdin.flush()

    def kill(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=WAIT)
        assert self.proc.returncode == -signal.SIGKILL
        try:
            self.stdin.close()
        except BrokenPipeError:
            pass

    def finish(self) -> None:
        self.stdin.close()
        assert self.proc.wait(timeout=WAIT) == 0, self.err.read_text()


def _answer_until(child: Child, data: Path, kill_after: int | None, wait_commit: bool,
                  rng: random.Random) -> State:
    """Answer open questions; kill after ``kill_after`` answers (None: run to the end)."""
    st = _wait(data, lambda s: s.turns >= 1)
    sent = 0
    while st.status != "finished":
        if kill_after is not None and sent == kill_after:
            child.kill()
            return st
        assert st.question is not None
        before = st.turns
        child.say(SELF_CARE.get(st.question, "no"))
        sent += 1
        if not wait_commit and sent == kill_after:
            time.sleep(rng.uniform(0, 0.03))  # any moment: before, during or after the commit
            child.kill()
            return _wait(data, lambda s: True)
        st = _wait(data, lambda s, b=before: s.turns > b)
    child.finish()
    return st


def _expected(flow: Flow) -> dict[str, Any]:
    conv = Conversation(Engine(flow, clock=lambda: TODAY))
    drive(conv, conv.start(), SELF_CARE)
    return conv.engine.snapshot()


def _stored(data: Path) -> tuple[dict[str, Any], list[Any]]:
    with SessionStore.open(data) as store:
        sessions = list_sessions(store)
        assert len(sessions) == 1, sessions
        stored = load_session(store, sessions[0].id)
    return stored.turns[-1].snapshot, [(t.seq, t.user_text, t.asked) for t in stored.turns]


@pytest.fixture(scope="module")
def reference(flow: Flow, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], list[Any]]:
    tmp = tmp_path_factory.mktemp("reference")
    data = tmp / "data"
    _answer_until(Child(tmp, data, "ref"), data, None, True, random.Random(0))
    snapshot, turns = _stored(data)
    assert snapshot == _expected(flow)  # the subprocess run matches the engine run in memory
    return snapshot, turns


def _kill_and_resume(flow: Flow, tmp: Path, kill_after: int, wait_commit: bool,
                     reference: tuple[dict[str, Any], list[Any]]) -> None:
    data = tmp / "data"
    rng = random.Random(kill_after)
    at_kill = _answer_until(Child(tmp, data, "first"), data, kill_after, wait_commit, rng)
    resumed = Child(tmp, data, "resumed", "--resume")
    _answer_until(resumed, data, None, True, rng)
    snapshot, turns = _stored(data)
    assert snapshot == reference[0]  # transcript, facts, unknown, undo stack, state: all identical
    assert turns == reference[1]  # every turn once, in order, nothing lost or repeated
    out = resumed.out.read_text()
    assert at_kill.question is not None
    q = flow.question(at_kill.question)  # only the open question again (or its check of a reading)
    assert q.prompt in out.split("\n\n")[0] or q.check and q.check.split("{")[0] in out.split("\n\n")[0]
    assert flow.greeting.split(".")[0] not in out
    assert "Carrying on with your intake" in resumed.err.read_text()


@pytest.mark.parametrize("kill_after", range(12))
def test_killed_after_a_committed_turn_resumes_exactly(
        kill_after: int, flow: Flow, tmp_path: Path, reference: tuple[dict[str, Any], list[Any]]) -> None:
    _kill_and_resume(flow, tmp_path, kill_after, True, reference)


@pytest.mark.parametrize("kill_after", [1, 3, 5, 7, 9, 11])
def test_killed_at_any_moment_of_a_turn_resumes_exactly(
        kill_after: int, flow: Flow, tmp_path: Path, reference: tuple[dict[str, Any], list[Any]]) -> None:
    _kill_and_resume(flow, tmp_path, kill_after, False, reference)


def test_killed_again_while_resumed_still_loses_nothing(
        flow: Flow, tmp_path: Path, reference: tuple[dict[str, Any], list[Any]]) -> None:
    data = tmp_path / "data"
    rng = random.Random(99)
    _answer_until(Child(tmp_path, data, "first"), data, 3, True, rng)
    _answer_until(Child(tmp_path, data, "second", "--resume"), data, 4, False, rng)
    _answer_until(Child(tmp_path, data, "third", "--resume"), data, None, True, rng)
    assert _stored(data) == reference
