"""Exit codes, usage errors, Ctrl+C and the help texts, as a person meets them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from backchat.cli.linemode import wrap_lines
from backchat.cli.main import main
from backchat.errors import EXIT_INTERRUPTED, EXIT_USAGE

BIN = Path(sys.executable).with_name("backchat")


def _as_from_a_terminal() -> None:
    """Ctrl+C as a terminal delivers it: a test run started in the background (where the shell ignores
    SIGINT for its children, and Python keeps ignoring it) must not hide what backchat does with it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("delay", [0.3, 0.6, 1.0, 2.0], ids=lambda d: f"after-{d}s")
def test_ctrl_c_at_any_moment_ends_quietly_with_the_resume_hint(tmp_path: Path, delay: float) -> None:
    proc = subprocess.Popen([str(BIN), "chat", "--data-dir", str(tmp_path), "--today", "2026-11-18"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "TERM": "dumb"}, preexec_fn=_as_from_a_terminal)
    time.sleep(delay)  # the early ones land while the modules are still loading
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == EXIT_INTERRUPTED
    assert b"Traceback" not in out + err and b"KeyboardInterrupt" not in err
    assert err.decode().strip().splitlines()[-1] == (
        "Stopped. Your answers so far are kept; carry on with: backchat --resume")


def test_ctrl_c_with_no_store_does_not_promise_a_resume() -> None:
    proc = subprocess.Popen([str(BIN), "chat", "--no-store"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, preexec_fn=_as_from_a_terminal)
    assert proc.stdout is not None
    proc.stdout.readline()  # the greeting is out: the intake is running
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == EXIT_INTERRUPTED and err.decode().strip() == "Stopped. Nothing was kept (--no-store)."


def test_no_store_with_resume_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["chat", "--no-store", "--resume"])
    assert result.exit_code == EXIT_USAGE
    assert result.stderr.strip() == ("backchat: --resume needs the session store, so it cannot be used "
                                     "with --no-store.")


def test_an_unknown_option_is_a_usage_error_that_names_it() -> None:
    result = CliRunner().invoke(main, ["chat", "--colour"])
    assert result.exit_code == EXIT_USAGE and "No such option '--colour'" in result.stderr


def test_the_terminal_app_without_a_terminal_says_to_use_chat() -> None:
    run = subprocess.run([str(BIN), "--no-store"], input=b"", capture_output=True, timeout=30)
    assert run.returncode == EXIT_USAGE and run.stdout == b""
    assert run.stderr.decode().strip() == ("backchat: The terminal app needs a terminal; for pipes and "
                                           "scripts use: backchat chat")


def test_help_has_examples_and_whole_command_summaries() -> None:
    top = CliRunner().invoke(main, ["--help"]).stdout
    assert "Examples:" in top and "backchat --resume" in top
    commands = top.split("Commands:", 1)[1]
    assert "..." not in commands
    assert "Examples:" in CliRunner().invoke(main, ["chat", "--help"]).stdout


def test_line_mode_wraps_at_words_and_keeps_line_breaks() -> None:
    text = "Noted: it spreads below the knee.\n- Keep moving gently, even if it hurts a little at first."
    wrapped = wrap_lines(text, 24)
    assert wrapped.splitlines() == ["Noted: it spreads below", "the knee.", "- Keep moving gently,",
                                    "  even if it hurts a", "  little at first."]
    assert all(len(line) <= 24 for line in wrapped.splitlines())


def test_line_mode_at_a_terminal_wraps_at_words_and_a_pipe_does_not() -> None:
    main_fd, child_fd = os.openpty()
    try:
        run = subprocess.run([str(BIN), "chat", "--no-store"], input=b"it started gradually\n", stdout=child_fd,
                             stderr=subprocess.PIPE, timeout=60, env={**os.environ, "COLUMNS": "60"})
        os.close(child_fd)
        shown = b""
        while chunk := _read_some(main_fd):
            shown += chunk
    finally:
        os.close(main_fd)
    lines = shown.decode().replace("\r\n", "\n").splitlines()
    assert run.returncode == 3 and len(lines) > 5
    assert max(len(line) for line in lines) < 60
    assert "How did your back pain start?" in " ".join(shown.decode().split())
    piped = subprocess.run([str(BIN), "chat", "--no-store"], input=b"", capture_output=True, timeout=60,
                           env={**os.environ, "COLUMNS": "60"})
    assert max(len(line) for line in piped.stdout.decode().splitlines()) > 60  # a pipe gets whole lines


def _read_some(fd: int) -> bytes:
    try:
        return os.read(fd, 65536)
    except OSError:  # the terminal's other end is closed: all read
        return b""
