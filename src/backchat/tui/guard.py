"""Keeping the terminal Textual's alone: no log lines over the screen, no traceback after a crash.

While the app runs, log records go to memory instead of the console handlers
(``logging.basicConfig`` in the CLI writes to stderr, which would draw over the
screen). After a crash the traceback goes to ``crash.log`` in the data folder
(mode 0600), never to the terminal.
"""

from __future__ import annotations

import logging
import os
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from backchat import __version__
from backchat.errors import EXIT_INTERRUPTED, BackchatError
from backchat.paths import data_dir, ensure_private_dir

__all__ = ["MemoryHandler", "quiet_logging", "save_crash", "interrupt_ends"]

_KEEP = 200


class MemoryHandler(logging.Handler):
    """Keeps the last few formatted records (for the crash log)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append(f"{record.levelname} {record.name}: {record.getMessage()}")
        except Exception:  # noqa: BLE001 - a bad log call must not break the app
            self.lines.append(f"{record.levelname} {record.name}: (unformattable message)")
        del self.lines[:-_KEEP]


@contextmanager
def quiet_logging() -> Iterator[MemoryHandler]:
    """Swap the root logger's console handlers for a :class:`MemoryHandler` while the app runs."""
    root = logging.getLogger()
    console = [h for h in root.handlers if isinstance(h, logging.StreamHandler)
               and not isinstance(h, logging.FileHandler)]
    memory = MemoryHandler()
    for h in console:
        root.removeHandler(h)
    root.addHandler(memory)
    try:
        yield memory
    finally:
        root.removeHandler(memory)
        for h in console:
            root.addHandler(h)


def save_crash(folder: str | None, text: str, log_lines: list[str]) -> Path | None:
    """Append a crash report to ``crash.log`` in the data folder; None when it can't be written."""
    try:
        path = ensure_private_dir(data_dir(folder)) / "crash.log"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.now().isoformat()} backchat {__version__} (terminal app)\n")
            fh.write(text)
            if log_lines:
                fh.write("log:\n" + "\n".join(log_lines) + "\n")
        path.chmod(0o600)
        return path
    except (OSError, BackchatError):
        return None


@contextmanager
def interrupt_ends(exit_app: Callable[[int], object]) -> Iterator[None]:
    """While the app runs, SIGINT from outside (``kill -INT``; Ctrl+C is a key inside the app) ends it
    with :data:`~backchat.errors.EXIT_INTERRUPTED` instead of a silent exit 0."""
    def stop(_signum: int, _frame: object) -> None:
        exit_app(EXIT_INTERRUPTED)

    try:
        previous = signal.signal(signal.SIGINT, stop)
    except ValueError:  # not the main thread (some test runners): nothing to guard
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
