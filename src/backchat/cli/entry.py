"""The program's entry point: Ctrl+C is quiet from the first moment, then the command line runs.

The command line imports a lot (click, the flow engine, Textual) before it can
react to anything; an interrupt while those load must not print a traceback.
"""

from __future__ import annotations

import sys

__all__ = ["run", "VERSION_LINE"]

VERSION_LINE = "backchat, version {version}"
"""What ``backchat --version`` prints (the same line as click's version option)."""


def run() -> None:
    """``backchat``: load the command line, then run it."""
    argv = sys.argv[1:]
    if argv == ["--version"]:  # answered before anything is imported: start-up within 3x a bare python
        from backchat import __version__  # noqa: PLC0415

        sys.stdout.write(VERSION_LINE.format(version=__version__) + "\n")
        return
    from backchat.cli.interrupts import holds_intake, stop_interrupted  # noqa: PLC0415

    try:
        from backchat.cli.main import main  # noqa: PLC0415 - after the interrupt guard, on purpose
    except KeyboardInterrupt:
        stop_interrupted(intake=holds_intake(argv), no_store="--no-store" in argv)
    main()
