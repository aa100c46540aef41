"""The program's entry point: Ctrl+C is quiet from the first moment, then the command line runs.

The command line imports a lot (click, the flow engine, Textual) before it can
react to anything; an interrupt while those load must not print a traceback.
"""

from __future__ import annotations

import sys

from backchat.cli.interrupts import holds_intake, stop_interrupted

__all__ = ["run"]


def run() -> None:
    """``backchat``: load the command line, then run it."""
    argv = sys.argv[1:]
    try:
        from backchat.cli.main import main  # noqa: PLC0415 - after the interrupt guard, on purpose
    except KeyboardInterrupt:
        stop_interrupted(intake=holds_intake(argv), no_store="--no-store" in argv)
    main()
