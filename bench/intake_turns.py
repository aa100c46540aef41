"""What the safety questions cost: turns per intake, by the level each story should end at.

Each story runs through the real engine with the truthful patient of
:mod:`backchat.checks.truthful` (the story as the first answer, then a true answer to every later
question, confirmations and checks included). Prints the median and mean number of the person's
turns for each annotated level. Run it beside another checkout to compare two versions:

    .venv/bin/python bench/intake_turns.py tests/corpus/stories/work.yaml tests/corpus/stories/fresh_s.yaml
    PYTHONPATH=/path/to/other/checkout/src .venv/bin/python bench/intake_turns.py FILES...
"""

from __future__ import annotations

import argparse
import statistics
from datetime import date
from pathlib import Path

import yaml

from backchat.checks.truthful import run_story
from backchat.core.loader import load_flow

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 11, 18)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, help="story files (tests/corpus/stories/*.yaml)")
    args = parser.parse_args()
    flow = load_flow(ROOT / "flows" / "low_back_pain.yaml")
    turns: dict[str, list[int]] = {}
    for path in args.files:
        for story in yaml.safe_load(path.read_text(encoding="utf-8")):
            turns.setdefault(str(story["level"]), []).append(run_story(flow, story, TODAY).turns)
    for level in ("emergency", "urgent", "gp", "self_care"):
        if level in turns:
            got = turns[level]
            print(f"{level:<10} median {statistics.median(got):g}  mean {statistics.fmean(got):.1f}  (n={len(got)})")


if __name__ == "__main__":
    main()
