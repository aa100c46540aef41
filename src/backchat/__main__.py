"""Allow ``python -m backchat``."""

from __future__ import annotations

from backchat.cli.main import main

if __name__ == "__main__":
    main()
