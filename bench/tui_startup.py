"""Start-up time of the terminal app: from a fresh interpreter to the first frame and the first prompt.

Runs the app headless (80x24) in a child process several times and prints the
median of each stage. Not part of the test suite; run it with

    .venv/bin/python bench/tui_startup.py [--runs N]

Stages: ``python`` (interpreter start-up, measured from the parent), the imports
(backchat's core and store, which the CLI has already loaded when it starts the
app; then Textual and ``backchat.tui``), ``build`` (load the flow, build the engine and the
app), ``first paint`` (Textual hands the ready app to the autopilot: the first frame is on screen) and
``first prompt`` (the greeting and first question laid out in the conversation).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time

CHILD = r"""
import asyncio, json, sys, time
t0 = time.time()
import backchat.core.engine, backchat.core.loader
from backchat.intake import Options
t_core = time.time()
from backchat.tui.app import make_app, run_app
t_import = time.time()
app = make_app(Options(no_store=True, data_dir=sys.argv[1]))
t_build = time.time()
seen = {}

async def watch(pilot):
    seen["paint"] = time.time()  # Textual hands the ready app (first frame shown) to the autopilot
    from backchat.tui.widgets.conversation import Bubble
    while not any(b.region.height for b in app.query(Bubble)):
        await asyncio.sleep(0.001)
    seen["prompt"] = time.time()
    app.exit()

code = run_app(app, headless=True, size=(80, 24), auto_pilot=watch)
print(json.dumps({"t0": t0, "core": t_core, "import": t_import, "build": t_build, "paint": seen["paint"],
                  "prompt": seen["prompt"], "code": code}))
"""


def one_run(folder: str) -> dict[str, float]:
    """One child process; seconds for each stage, and the totals."""
    start = time.time()
    done = subprocess.run([sys.executable, "-c", CHILD, folder], capture_output=True, text=True, check=True)
    t = json.loads(done.stdout.strip().splitlines()[-1])
    return {
        "python": t["t0"] - start,
        "import core (flow, engine, store)": t["core"] - t["t0"],
        "import textual + tui": t["import"] - t["core"],
        "build": t["build"] - t["import"],
        "first paint": t["paint"] - t["build"],
        "prompt shown": t["prompt"] - t["paint"],
        "import to first paint": t["paint"] - t["t0"],
        "import to first prompt": t["prompt"] - t["t0"],
        "process start to first prompt": t["prompt"] - start,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        one_run(folder)  # warm the file cache and the bytecode
        runs = [one_run(folder) for _ in range(args.runs)]
    print(f"backchat terminal app start-up, headless 80x24, median of {args.runs} runs")
    for key in runs[0]:
        values = [r[key] for r in runs]
        print(f"  {key:<36} {statistics.median(values) * 1000:7.0f} ms   (min {min(values) * 1000:.0f})")
    target = statistics.median(r["import to first paint"] for r in runs)
    print(f"import to first paint: {target:.3f} s ({'under' if target < 0.5 else 'OVER'} the 0.5 s aim)")


if __name__ == "__main__":
    main()
