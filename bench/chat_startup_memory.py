"""Line mode as a person runs it: `backchat chat` start-up to the first prompt, and peak memory of a
whole intake (max RSS of the child process).

Run: .venv/bin/python bench/chat_startup_memory.py
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).with_name("backchat")
# a whole intake as the dialogue asks it now (the same answers as bench/engine_turns.py's full intake)
ANSWERS = "\n".join(["I lifted a box yesterday", "no", "lower back", "down my left leg to the calf, just one leg",
                     *["no"] * 7, "yes", *["no"] * 6, "44", "6"]) + "\n"
RUNS = 10


def first_prompt_seconds() -> float:
    t0 = time.perf_counter()
    proc = subprocess.Popen([str(BIN), "chat", "--no-store"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env={**os.environ, "NO_COLOR": "1"})
    assert proc.stdout is not None and proc.stdin is not None
    while "How did your back pain start" not in proc.stdout.readline():
        pass
    elapsed = time.perf_counter() - t0
    proc.stdin.close()
    proc.wait()
    return elapsed


def whole_intake_peak_kib() -> int:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    out = subprocess.run([str(BIN), "chat", "--no-store", "--today", "2026-11-18"], input=ANSWERS,
                         capture_output=True, text=True, check=True)
    assert "backchat is not a doctor" in out.stdout  # the intake reached its outcome
    return max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


def main() -> None:
    times = [first_prompt_seconds() for _ in range(RUNS)]
    print(f"backchat chat to first prompt: median {statistics.median(times) * 1e3:.0f} ms, "
          f"max {max(times) * 1e3:.0f} ms over {RUNS} runs")
    print(f"peak memory of a whole line-mode intake: {whole_intake_peak_kib() / 1024:.1f} MiB (max RSS)")


if __name__ == "__main__":
    main()
