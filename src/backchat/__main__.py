"""Allow ``python -m backchat``."""

from __future__ import annotations

from backchat.cli.entry import run

if __name__ == "__main__":
    run()
