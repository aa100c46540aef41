"""The program's entry point: Ctrl+C is quiet from the first moment, then the command line runs.

The command line imports a lot (click, the flow engine, Textual) before it can
react to anything; an interrupt while those load must not print a traceback.
This module itself imports nothing but ``sys`` (already loaded), so the guard is
in place within a millisecond of Python handing over.
"""

from __future__ import annotations

import sys

__all__ = ["run", "VERSION_LINE"]

VERSION_LINE = "backchat, version {version}"
"""What ``backchat --version`` prints (the same line as click's version option)."""


def run() -> None:
    """``backchat``: load the command line, then run it."""
    argv = sys.argv[1:]
    try:
        if argv == ["--version"]:  # answered before anything is imported: start-up within 3x a bare python
            from backchat import __version__  # noqa: PLC0415

            sys.stdout.write(VERSION_LINE.format(version=__version__) + "\n")
            return
        from backchat.cli.main import main  # noqa: PLC0415 - inside the interrupt guard, on purpose
    except KeyboardInterrupt:
        _stopped_while_loading(argv)
    main()


def _stopped_while_loading(argv: list[str]) -> None:
    """Ctrl+C before the command line was loaded: the same quiet line as later, exit 130 (never returns)."""
    from backchat.cli.interrupts import holds_intake, stop_interrupted  # noqa: PLC0415

    stop_interrupted(intake=holds_intake(argv), no_store="--no-store" in argv)
