"""Peak memory of the terminal app through a whole intake (headless, 80x24, max RSS of a child).

Run: .venv/bin/python bench/tui_memory.py
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile

CHILD = r"""
import asyncio, sys
from datetime import date
from backchat.intake import Options
from backchat.tui.app import make_app

ANSWERS = ["I lifted a box yesterday", "lower back", "no", "no", "no", "no", "no", "no", "no", "no", "44", "6"]

async def main():
    app = make_app(Options(no_store=True, data_dir=sys.argv[1], today=date(2026, 11, 18)))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        for text in ANSWERS:
            app.submit_text(text)
            await pilot.pause()
        assert app.conv.engine.finished, "the intake did not finish"

asyncio.run(main())
"""


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-c", CHILD, tmp], check=True)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"peak memory of the terminal app through a whole intake: {peak / 1024:.1f} MiB (max RSS)")


if __name__ == "__main__":
    main()
