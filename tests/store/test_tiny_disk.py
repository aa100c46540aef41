"""A real small file system (a 512 KB tmpfs) filling up: before the intake and in the middle of it.

Needs permission to mount (root in the test container); skipped elsewhere.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from backchat.core.flow import Flow
from backchat.store.recorder import SessionRecorder
from backchat.store.resume import open_stored_conversation
from tests.store.helpers import SELF_CARE, TODAY, Notices, db_rows, drive


@pytest.fixture
def tiny(tmp_path: Path) -> Iterator[Path]:
    where = tmp_path / "tiny"
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=512k", "tmpfs", str(where)],
                          capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip("cannot mount a small file system here")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)  # lazily: never left mounted


def _open_files(folder: Path) -> list[str]:
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(str(folder)):
            found.append(target)
    return found


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)
    return filler


def test_a_disk_full_before_the_start_is_named(tiny: Path, flow: Flow) -> None:
    _fill(tiny)
    notices = Notices()
    conv, turn = open_stored_conversation(flow, notices, folder=tiny / "data", clock=lambda: TODAY)
    assert drive(conv, turn, SELF_CARE).finished
    assert len(notices.said) == 1 and "the disk is full" in notices.said[0], notices.said
    assert "input/output" not in notices.said[0]


def test_a_disk_that_fills_mid_intake_loses_nothing_once_space_returns(tiny: Path, flow: Flow) -> None:
    notices = Notices()
    data = tiny / "data"
    conv, turn = open_stored_conversation(flow, notices, folder=data, clock=lambda: TODAY)
    turn = drive(conv, turn, SELF_CARE, stop_after=3)
    filler = _fill(tiny)
    turn = drive(conv, turn, SELF_CARE)
    assert turn.finished and any("the disk is full" in s for s in notices.said)
    filler.unlink()  # space comes back before backchat exits
    rec = conv.recorder
    assert isinstance(rec, SessionRecorder)
    rec.close()
    assert _open_files(tiny) == []  # nothing of the store is left open
    assert rec.unsaved is None
    assert db_rows(data, "SELECT status, outcome FROM sessions") == [("finished", "self_care")]


def test_a_disk_that_stays_full_is_told_plainly_at_exit(tiny: Path, flow: Flow) -> None:
    notices = Notices()
    conv, turn = open_stored_conversation(flow, notices, folder=tiny / "data", clock=lambda: TODAY)
    turn = drive(conv, turn, SELF_CARE, stop_after=3)
    _fill(tiny)
    drive(conv, turn, SELF_CARE)
    rec = conv.recorder
    assert isinstance(rec, SessionRecorder)
    rec.close()
    assert rec.unsaved is not None and "could not be saved" in rec.unsaved


def test_a_disk_full_at_the_start_saves_everything_once_space_returns(tiny: Path, flow: Flow) -> None:
    filler = _fill(tiny)
    notices = Notices()
    data = tiny / "data"
    conv, turn = open_stored_conversation(flow, notices, folder=data, clock=lambda: TODAY)
    turn = drive(conv, turn, SELF_CARE, stop_after=3)
    filler.unlink()
    turn = drive(conv, turn, SELF_CARE)
    assert turn.finished
    assert notices.said[-1] == "Saving works again; nothing was lost."
    rec = conv.recorder
    assert isinstance(rec, SessionRecorder)
    rec.close()
    assert rec.unsaved is None
    [(status, answers)] = db_rows(data, "SELECT status, answers FROM sessions")
    assert status == "finished" and answers == sum(1 for e in conv.engine.transcript if e.role == "user")
