"""Start-up against a bare baseline, side by side in one run (the targets of issue 10).

    backchat --version          vs  python -c pass                       (aim: at most 3x)
    backchat chat, first prompt vs  python -c "import transitions, yaml" (aim: at most 2x)
    terminal app, first paint   vs  a bare Textual app showing "Hello"   (aim: at most 1.5x)

Every figure is the wall time of a fresh child process, measured from just before it is
started: to its exit (the baselines and --version), to the first prompt on its stdout
(chat), or to the app's first frame (both Textual apps run headless at 80x24 through the
same harness: the moment Textual hands the ready app to the autopilot; backchat's app is made
as `backchat` makes it: it paints first and opens the intake after that frame). The pairs are
run in turns, so the machine's load falls on both sides alike; medians are compared. Every
backchat run uses one temporary data folder, where a first stored `backchat chat` (not timed)
leaves the validated flow, as any earlier run of backchat does on a person's machine.

Bytecode is cached for both sides, as on a person's machine (pip compiles an installed package's
modules): every child writes and reads its bytecode in a private temporary folder
(PYTHONPYCACHEPREFIX), even where PYTHONDONTWRITEBYTECODE is set, and the warm-up runs fill it.
Without this an editable checkout run with PYTHONDONTWRITEBYTECODE compiles every backchat module
at every start, while the baselines' libraries load their installed bytecode.

Run: .venv/bin/python bench/startup_ratios.py [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

PYTHON = sys.executable
BIN = str(Path(PYTHON).with_name("backchat"))
ENV = {**{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}, "NO_COLOR": "1", "TERM": "dumb"}

PAINT = r"""
import sys, time
async def painted(pilot):
    print(json.dumps(time.time()), flush=True)
    pilot.app.exit()
import json
if sys.argv[1] == "bare":
    from textual.app import App
    from textual.widgets import Static

    class Hello(App[None]):
        def compose(self):
            yield Static("Hello")

    Hello().run(headless=True, size=(80, 24), auto_pilot=painted)
else:
    import backchat.cli.main  # what `backchat` loads before it opens the app
    from backchat.intake import Options
    from backchat.tui.app import make_app, run_app

    run_app(make_app(Options(no_store=True, data_dir=sys.argv[2]), paint_first=True), headless=True,
            size=(80, 24), auto_pilot=painted)
"""


def to_exit(*argv: str) -> float:
    """Seconds from start to exit."""
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL, env=ENV)
    return time.perf_counter() - start


def to_first_prompt(folder: str) -> float:
    """Seconds from start until `backchat chat` has printed its first question."""
    start = time.perf_counter()
    proc = subprocess.Popen([BIN, "chat", "--no-store", "--data-dir", folder], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env=ENV)
    assert proc.stdout is not None and proc.stdin is not None
    while "How did your back pain start" not in (line := proc.stdout.readline()):
        if not line:
            raise RuntimeError("backchat chat ended before its first prompt")
    elapsed = time.perf_counter() - start
    proc.stdin.close()
    proc.wait()
    return elapsed


def to_first_paint(which: str, folder: str) -> float:
    """Seconds from start until the app's first frame (the child says when, by the wall clock)."""
    start = time.time()
    done = subprocess.run([PYTHON, "-c", PAINT, which, folder], capture_output=True, text=True, check=True,
                          env=ENV)
    painted: float = json.loads(done.stdout.strip().splitlines()[-1])
    return painted - start


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, tempfile.TemporaryDirectory() as bytecode:
        ENV["PYTHONPYCACHEPREFIX"] = bytecode
        pairs: list[tuple[str, Callable[[], float], str, Callable[[], float], float]] = [
            ("python -c pass", lambda: to_exit(PYTHON, "-c", "pass"),
             "backchat --version", lambda: to_exit(BIN, "--version"), 3.0),
            ('python -c "import transitions, yaml"', lambda: to_exit(PYTHON, "-c", "import transitions, yaml"),
             "backchat chat, first prompt", lambda: to_first_prompt(folder), 2.0),
            ('bare Textual app "Hello", first paint', lambda: to_first_paint("bare", folder),
             "backchat terminal app, first paint", lambda: to_first_paint("backchat", folder), 1.5),
        ]
        subprocess.run([BIN, "chat", "--data-dir", folder], input="", text=True, check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
        for _, base, _, ours, _ in pairs:  # warm the file cache and the bytecode
            base(), ours()
        times: dict[str, list[float]] = {}
        for _ in range(args.runs):
            for base_name, base, name, ours, _ in pairs:
                times.setdefault(base_name, []).append(base())
                times.setdefault(name, []).append(ours())
    print(f"start-up, median (min) of {args.runs} runs each, pairs taken in turns; {os.cpu_count()} cores")
    print(f"  {'baseline':<40} {'ms':>10}   {'backchat':<36} {'ms':>10}   ratio  aim")
    for base_name, _, name, _, aim in pairs:
        b, o = statistics.median(times[base_name]), statistics.median(times[name])
        verdict = "ok" if o / b <= aim else "OVER"
        print(f"  {base_name:<40} {b * 1e3:4.0f} ({min(times[base_name]) * 1e3:3.0f})   "
              f"{name:<36} {o * 1e3:4.0f} ({min(times[name]) * 1e3:3.0f})   {o / b:4.2f}x  <= {aim}x {verdict}")


if __name__ == "__main__":
    main()
