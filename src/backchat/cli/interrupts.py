"""Ctrl+C at any moment ends backchat quietly: one line with the resume hint, exit status 130.

Used by the entry point (while the heavy modules are still loading) and by the
command group (while a command runs). Nothing here imports more than the
standard library, so it is ready within milliseconds of start-up.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Sequence
from typing import NoReturn

from backchat.errors import EXIT_INTERRUPTED, resume_hint

__all__ = ["INTAKE_COMMANDS", "stop_interrupted", "holds_intake"]

INTAKE_COMMANDS = (None, "chat", "voice")
"""The commands that hold an intake (None: the terminal app, ``backchat`` alone)."""


def holds_intake(argv: Sequence[str]) -> bool:
    """Whether this command line runs an intake (so the resume hint applies)."""
    command = next((a for a in argv if not a.startswith("-")), None)
    return command in INTAKE_COMMANDS


def stop_interrupted(*, intake: bool, no_store: bool) -> NoReturn:
    """Say that backchat stopped (with the resume hint for an intake) and exit with 130."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl+C while stopping changes nothing
    line = "Stopped."
    if intake:
        line = f"Stopped. {resume_hint(no_store)}"
    try:
        sys.stderr.write(f"\n{line}\n")
        sys.stderr.flush()
    except (OSError, ValueError):  # stderr closed: the exit status still says it
        pass
    raise SystemExit(EXIT_INTERRUPTED)
