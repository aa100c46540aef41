"""``backchat`` as a person runs it: a real terminal (tmux, 100x30), keys sent, the screen read back."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from backchat.core.flow import Flow
from tests.tui.conftest import SELF_CARE

TMUX = shutil.which("tmux")
pytestmark = pytest.mark.skipif(TMUX is None, reason="tmux is not installed")


class Terminal:
    """One detached tmux session on a private server socket."""

    def __init__(self, command: str, socket: str, size: tuple[int, int] = (100, 30)) -> None:
        assert TMUX is not None
        self.base = [TMUX, "-L", socket, "-f", os.devnull]
        self.name = "backchat"
        self._tmux("new-session", "-d", "-s", self.name, "-x", str(size[0]), "-y", str(size[1]), command)

    def _tmux(self, *args: str) -> str:
        done = subprocess.run([*self.base, *args], capture_output=True, text=True, check=True, timeout=10)
        return done.stdout

    def screen(self) -> str:
        """The visible screen as text."""
        return self._tmux("capture-pane", "-p", "-t", self.name)

    def type(self, text: str) -> None:
        """Type ``text`` literally, then press Enter."""
        self._tmux("send-keys", "-t", self.name, "-l", text)
        self._tmux("send-keys", "-t", self.name, "Enter")

    def key(self, key: str) -> None:
        """Press one key (tmux name, e.g. C-q)."""
        self._tmux("send-keys", "-t", self.name, key)

    def wait_for(self, pattern: str, timeout: float = 15.0) -> str:
        """Wait until ``pattern`` (a regex) is on screen; returns the screen."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            shown = self.screen()
            if re.search(pattern, shown):
                return shown
            time.sleep(0.05)
        raise AssertionError(f"{pattern!r} never appeared; the screen shows:\n{self.screen()}")

    def wait_for_next_question(self, before: str, timeout: float = 15.0) -> str:
        """Wait until the "Now:" question differs from the one on ``before``, or the intake has finished.

        Waiting for any settled change was not enough: the answer's echo can settle on screen
        before the next question is drawn, and typing the answer again then lands on the result.
        """
        asked = re.search(r"Now: (.+?)  ", before)
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            time.sleep(0.05)
            shown = self.screen()
            now = re.search(r"Now: (.+?)  ", shown)
            if "Care level:" in shown or "all done" in shown or (now and asked and now.group(1) != asked.group(1)):
                return shown
        raise AssertionError(f"no next question after:\n{before}")

    def close(self) -> None:
        subprocess.run([*self.base, "kill-server"], capture_output=True, check=False, timeout=10)


def test_a_full_intake_in_a_real_terminal(tmp_path: Path, flow: Flow) -> None:
    exe = Path(sys.executable).parent / "backchat"
    status = tmp_path / "status"
    command = (f"{shlex.quote(str(exe))} --no-store --today 2026-11-18 --data-dir {shlex.quote(str(tmp_path))}; "
               f"echo $? > {shlex.quote(str(status))}")
    by_label = {q.label: q.id for q in flow.questions}
    term = Terminal(f"sh -c {shlex.quote(command)}", f"backchat-test-{os.getpid()}")
    try:
        shown = term.wait_for(r"How did your back pain start\?")
        assert "What I've understood so far" in shown
        for _ in range(30):
            if "Care level:" in shown or "all done" in shown:
                break  # the result screen, or the finished chat just before it opens
            now = re.search(r"Now: (.+?)  ", shown)
            assert now, shown
            term.type(SELF_CARE.get(by_label[now.group(1).strip()], "no"))
            shown = term.wait_for_next_question(shown)
        shown = term.wait_for("Care level: SELF-CARE")
        assert "Care level: SELF-CARE" in shown and "What you can do" in shown
        assert "not a doctor" in shown
        term.key("C-q")  # finished: no question asked
        end = time.monotonic() + 10
        while not status.exists() and time.monotonic() < end:
            time.sleep(0.05)
        assert status.read_text().strip() == "0"
    finally:
        term.close()


def _wait_for_file(path: Path, timeout: float = 10.0) -> str:
    end = time.monotonic() + timeout
    while not path.exists() and time.monotonic() < end:
        time.sleep(0.05)
    return path.read_text().strip()


def test_quitting_unfinished_at_80x24_says_how_to_carry_on(tmp_path: Path) -> None:
    exe = Path(sys.executable).parent / "backchat"
    status = tmp_path / "status"
    command = (f"{shlex.quote(str(exe))} --today 2026-11-18 --data-dir {shlex.quote(str(tmp_path / 'data'))}; "
               f"echo $? > {shlex.quote(str(status))}; sleep 30")
    term = Terminal(f"sh -c {shlex.quote(command)}", f"backchat-test-q-{os.getpid()}", size=(80, 24))
    try:
        term.wait_for(r"How did your back pain start\?")
        shown = term.wait_for(r"\^q Quit")  # the footer's last key is not cut at 80 columns
        assert "What I've understood so far" in shown
        term.type("quit")
        shown = term.wait_for(r"Quit anyway\?")
        assert "Goodbye" not in shown and "`" not in shown
        term.key("y")
        assert _wait_for_file(status) == "3"  # unfinished, not like a finished intake
        shown = term.wait_for(r"carry on with: backchat --resume")
        assert "Traceback" not in shown
    finally:
        term.close()


def test_an_interrupt_from_outside_ends_the_app_with_130_and_the_hint(tmp_path: Path) -> None:
    exe = Path(sys.executable).parent / "backchat"
    status, data = tmp_path / "status", tmp_path / "data"
    command = (f"{shlex.quote(str(exe))} --today 2026-11-18 --data-dir {shlex.quote(str(data))}; "
               f"echo $? > {shlex.quote(str(status))}; sleep 30")
    term = Terminal(f"sh -c {shlex.quote(command)}", f"backchat-test-i-{os.getpid()}", size=(80, 24))
    try:
        term.wait_for(r"How did your back pain start\?")
        listing = subprocess.run(["ps", "-ww", "-eo", "pid=,args="], capture_output=True, text=True, check=True).stdout
        pids = [int(line.split()[0]) for line in listing.splitlines()
                if str(data) in line and "python" in line and " -c " not in line]
        assert len(pids) == 1, listing
        os.kill(pids[0], signal.SIGINT)  # like `kill -INT`: Ctrl+C itself is a key inside the app
        assert _wait_for_file(status) == "130"
        shown = term.wait_for(r"carry on with: backchat --resume")
        assert "Stopped." in shown and "Traceback" not in shown
    finally:
        term.close()
