"""What the verifier costs: time to read each story of a corpus, by the rules alone (the baseline)
and by the rules checked by the verifier, run side by side in one process, with the ratio.

Run: .venv/bin/python bench/story_reads.py [STORIES.yaml ...]   (default: the work split)
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from backchat.checks.evaluate import load_corpus
from backchat.core.understand import read, warm

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = 3


def main(paths: list[str]) -> None:
    texts: list[str] = []
    for path in paths or [str(ROOT / "tests" / "corpus" / "stories" / "work.yaml")]:
        texts += [str(e["text"]) for e in load_corpus(path)[1]]
    warm()
    times: dict[bool, list[float]] = {False: [], True: []}
    for _ in range(ROUNDS):
        for text in texts:
            for verify in (False, True):  # interleaved, so both see the same machine
                start = time.process_time()
                read(text, None, verify=verify)
                times[verify].append((time.process_time() - start) * 1000)
    base, checked = statistics.median(times[False]), statistics.median(times[True])
    p99 = {v: statistics.quantiles(t, n=100)[98] for v, t in times.items()}
    print(f"stories: {len(texts)} x {ROUNDS} rounds (CPU time per read)")
    print(f"rules alone:           median {base:.2f} ms, p99 {p99[False]:.2f} ms")
    print(f"rules + verifier:      median {checked:.2f} ms, p99 {p99[True]:.2f} ms")
    print(f"ratio (median):        {checked / base:.2f}x")


if __name__ == "__main__":
    main(sys.argv[1:])
