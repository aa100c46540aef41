"""Engine speed: time per turn (median, p99) over every scripted dialogue, and a full intake.

Each turn is timed twice: wall-clock time and this process's CPU time. On a shared, loaded
machine the wall-clock figure includes waiting for a core; the CPU time is what a turn costs.

Run: .venv/bin/python bench/engine_turns.py
"""

from __future__ import annotations

import statistics
import time
from datetime import date
from pathlib import Path

from backchat.checks.replay import load_script
from backchat.core.engine import Engine
from backchat.core.loader import load_flow

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = 20
FULL_INTAKE = ["I lifted a box yesterday", "no", "lower back", "down my left leg to the calf, just one leg",
               *["no"] * 7, "yes",  # "Just to check, you've had this pain for 1 day. Is that right?"
               *["no"] * 6, "44", "6"]


def script_answers() -> list[list[str]]:
    out = []
    for path in sorted((ROOT / "tests" / "dialogues").glob("*.yaml")):
        script = load_script(path)
        if script.turns:
            out.append([t.user for t in script.turns])
    return out


def main() -> None:
    flow = load_flow()
    dialogues = script_answers()
    per_turn: list[float] = []
    cpu: list[float] = []
    for _ in range(ROUNDS):
        for answers in dialogues:
            engine = Engine(flow, clock=lambda: date(2026, 11, 18))
            engine.start()
            for text in answers:
                c0, t0 = time.process_time(), time.perf_counter()
                engine.handle(text)
                per_turn.append(time.perf_counter() - t0)
                cpu.append(time.process_time() - c0)
    print(f"turns timed: {len(per_turn)} ({len(dialogues)} turn-form dialogues x {ROUNDS})")
    for name, times in (("time per turn", per_turn), ("CPU time per turn", cpu)):
        times.sort()
        p99 = times[int(len(times) * 0.99)]
        print(f"{name}: median {statistics.median(times) * 1e3:.3f} ms, p99 {p99 * 1e3:.3f} ms")
    intakes = []
    for _ in range(200):
        t0 = time.perf_counter()
        engine = Engine(flow, clock=lambda: date(2026, 11, 18))
        engine.start()
        for text in FULL_INTAKE:
            turn = engine.handle(text)
        assert turn.finished
        intakes.append(time.perf_counter() - t0)
    print(f"full intake ({len(FULL_INTAKE)} answers, engine built each time): "
          f"median {statistics.median(intakes) * 1e3:.2f} ms")


if __name__ == "__main__":
    main()
