"""Scripted patient stories by voice: does a misheard answer lower the care level?

Each story of a fixed sample is run twice through the real engine with the truthful patient of
:mod:`backchat.checks.truthful` (the story as the first answer, then a true answer to every later
question): once by text, once by voice. By voice every thing the patient says (the story, each
answer, each reply to a read-back or a closed form) is spoken with espeak-ng (US English, through
pyttsx3) and heard by PocketSphinx through backchat's own voice dialogue (retry ladder, read-backs,
joint confirmations). The final care levels are compared.

The sample is fixed (no randomness): first, for every red flag of an emergency or urgent story,
the first story carrying it; then stories spread evenly over each level until the level has its
share (``--n`` in all: 25 % emergency, 25 % urgent, 20 % gp, 30 % self-care).

    .venv/bin/python bench/voice_stories.py [--split work] [--n 40] [--ids w001,w002] [--cache DIR] [--show]

Prints one line per story (text level, voice level, read-backs, retries, closed forms, moved on)
and a summary: under-triaged, unfinished, read-backs per intake (median over self-care intakes).
Synthesised WAVs are cached in ``--cache`` (the same words give the same audio).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Mapping, Sequence
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
STORIES = ROOT / "tests" / "corpus" / "stories"
SHARES = {"emergency": 0.25, "urgent": 0.25, "gp": 0.2, "self_care": 0.3}
TODAY = date(2026, 11, 18)


def sample(stories: Sequence[Mapping[str, Any]], n: int) -> list[Mapping[str, Any]]:
    """A fixed sample of about ``n`` stories, stratified by level, every urgent/emergency flag in it."""
    rated = [s for s in stories if s.get("level") in SHARES]
    chosen: dict[str, Mapping[str, Any]] = {}
    for level in ("emergency", "urgent"):
        for story in rated:
            flags = [f for f in story.get("red_flags") or () if story["level"] == level]
            for flag in flags:
                if not any(flag in (c.get("red_flags") or ()) and c["level"] == level for c in chosen.values()):
                    chosen[str(story["id"])] = story
    for level, share in SHARES.items():
        pool = [s for s in rated if s["level"] == level]
        want = max(1, round(n * share)) - sum(1 for c in chosen.values() if c["level"] == level)
        if want <= 0:
            continue
        step = len(pool) / want
        for i in range(want):
            story = pool[int(i * step)]
            k = int(i * step)
            while str(story["id"]) in chosen and k + 1 < len(pool):
                k += 1
                story = pool[k]
            chosen[str(story["id"])] = story
    order = {str(s["id"]): i for i, s in enumerate(rated)}
    return sorted(chosen.values(), key=lambda s: order[str(s["id"])])


def by_question(start: str, script: Any) -> dict[str, list[str]]:
    """A turn-by-turn script as answers by question: each turn answers the question its previous
    turn expected to be open (the first turn answers the opening question)."""
    answers: dict[str, list[str]] = {}
    open_question: str | None = start
    for turn in script.turns:
        if open_question is not None:
            answers.setdefault(open_question, []).append(turn.user)
        open_question = turn.expect.state
    return answers


def answer_by_question(flow: Any, script: Any, truth: Mapping[str, Any], hear: Any
                       ) -> tuple[str | None, int, dict[str, Any]]:
    """Run ``script``'s answers by question through ``hear``; a question the script did not
    expect gets the truthful patient's answer from ``truth`` (the text replay's facts).
    Returns the care level (None: unfinished), the number of answers and the facts at the end."""
    from backchat.checks.truthful import answer_for  # noqa: PLC0415
    from backchat.core.engine import Engine  # noqa: PLC0415

    engine = Engine(flow, clock=lambda: script.today)
    turn = engine.start()
    given: dict[str, int] = {}
    for step in range(1, 81):
        q = engine.question
        key = engine.state if turn.finished or q is None else q.id
        planned = script.patient.get(key, [])
        n = given.get(key, 0)
        given[key] = n + 1
        if n < len(planned):
            said = planned[n]  # after the outcome too: words said then can still revise it
        elif q is None or turn.finished:
            return engine.state, step - 1, dict(engine.facts)
        else:
            said = answer_for(q, truth, engine.confirming)
        turn = engine.handle(hear(said, engine))
    return (engine.state if engine.finished else None), 80, dict(engine.facts)


class Tally:
    """Under-triaged, unfinished and read-backs over a run."""

    def __init__(self, ranks: Mapping[str, int]) -> None:
        self.ranks = ranks
        self.runs = 0
        self.under: list[str] = []
        self.unfinished: list[str] = []
        self.self_care_reads: list[int] = []
        self.all_reads: list[int] = []

    def add(self, name: str, text_level: str | None, voice_level: str | None, stats: Any, turns: int) -> str:
        """Count one run; returns its line."""
        self.runs += 1
        self.all_reads.append(stats.read_backs)
        if text_level == "self_care":
            self.self_care_reads.append(stats.read_backs)
        mark = ""
        if voice_level is None and text_level is not None:
            self.unfinished.append(name)
            mark = "  UNFINISHED"
        elif self.ranks.get(str(voice_level), -1) > self.ranks.get(str(text_level), 99):
            self.under.append(f"{name} ({text_level} -> {voice_level})")
            mark = "  UNDER"
        return (f"{name} text {text_level!s:<9} voice {voice_level!s:<9} turns {turns:>2} "
                f"read-backs {stats.read_backs} ({stats.joint_read_backs} joint) again {stats.retries} "
                f"closed {stats.closed_forms} moved-on {stats.moved_on}{mark}")

    def summary(self) -> str:
        lines = [f"under-triaged: {len(self.under)}/{self.runs} {self.under}",
                 f"unfinished: {len(self.unfinished)}/{self.runs} {self.unfinished}"]
        if self.self_care_reads:
            lines.append(f"read-backs per self-care intake: median {statistics.median(self.self_care_reads)} "
                         f"(n={len(self.self_care_reads)}, {sorted(self.self_care_reads)})")
        if self.all_reads:
            lines.append(f"read-backs per intake, all: median {statistics.median(self.all_reads)} "
                         f"(n={len(self.all_reads)})")
        return "\n".join(lines)


def _show(hear: Any) -> None:
    for h in hear.turns:
        print(f"    said {h.said!r} -> heard {h.heard!r}{' (read back)' if h.read_back else ''}")
    for line in hear.stats.log:
        print(f"    {line}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--split", default="work", choices=("work", "locked"),
                        help="the story file (locked: score only, never tune on it)")
    parser.add_argument("--n", type=int, default=40, help="about how many stories")
    parser.add_argument("--ids", default="", help="comma-separated story ids instead of the sample")
    parser.add_argument("--dialogues", nargs="*", type=Path, default=None,
                        help="scripted dialogues (tests/dialogues/*.yaml) instead of stories")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/backchat-voice-wavs"),
                        help="folder of cached synthesised WAVs")
    parser.add_argument("--show", action="store_true", help="print what was said and heard")
    args = parser.parse_args(argv)

    from backchat.checks.replay import load_script, run_script  # noqa: PLC0415
    from backchat.checks.truthful import answer_for, run_story, truth_of  # noqa: PLC0415
    from backchat.core.facts import CATALOGUE  # noqa: PLC0415
    from backchat.core.loader import load_flow  # noqa: PLC0415
    from backchat.speech.factory import make_listener  # noqa: PLC0415
    from backchat.voice.replay_voice import VoiceHear, disk_cached  # noqa: PLC0415
    from backchat.voice.synth import wav_synthesizer  # noqa: PLC0415

    flow = load_flow(None)
    tally = Tally({str(o.id): i for i, o in enumerate(flow.outcomes)})
    listener = make_listener("pocketsphinx")
    started = time.perf_counter()
    try:
        with wav_synthesizer(voice="en-us") as synthesize:
            speak = disk_cached(synthesize, args.cache, "en-us")
            if args.dialogues is not None:
                for path in args.dialogues:
                    script = load_script(path)
                    if not script.voice:
                        continue
                    text_run = run_script(script, flow, str(path))
                    hear = VoiceHear(flow, listener, speak)
                    if script.turns is not None:  # both ways by question, to the end (text: the same)
                        patient = by_question(flow.start, script)
                        stated = {f: True for f in text_run.facts.get("red_flags", []) if f in CATALOGUE}
                        script = script.model_copy(update={"turns": None, "patient": patient, "default": None})
                        text_level, _, known = answer_by_question(flow, script, truth_of({**text_run.facts, **stated}),
                                                                  lambda said, _engine: said)
                        level, turns, _ = answer_by_question(flow, script, truth_of(known), hear)
                        line = tally.add(path.stem, text_level, level, hear.stats, turns)
                    else:
                        voice_run = run_script(script, flow, str(path), hear=hear)
                        line = tally.add(path.stem, text_run.outcome, voice_run.outcome, hear.stats,
                                         len(voice_run.turns))
                        line += "" if voice_run.passed else f"  [replay: {voice_run.failure}]"
                    print(line, flush=True)
                    if args.show or "  UN" in line:
                        _show(hear)
            else:
                stories = yaml.safe_load((STORIES / f"{args.split}.yaml").read_text(encoding="utf-8"))
                picked = [s for s in stories if s["id"] in args.ids.split(",")] if args.ids else sample(stories, args.n)
                print(f"{len(picked)} stories from {args.split}.yaml: "
                      + ", ".join(f"{lv} {sum(s['level'] == lv for s in picked)}" for lv in SHARES), flush=True)
                for story in picked:
                    by_text = run_story(flow, story, TODAY)
                    truth = truth_of(story.get("facts") or {}, story.get("answers") or {}, story.get("red_flags") or ())
                    hear = VoiceHear(flow, listener, speak, truth=truth, plain=partial(answer_for, truth=truth))
                    by_voice = run_story(flow, story, TODAY, hear=hear)
                    line = tally.add(f"{story['id']} {story['level']:<9}", by_text.level, by_voice.level,
                                     hear.stats, by_voice.turns)
                    print(line, flush=True)
                    if args.show or "  UN" in line:
                        _show(hear)
    finally:
        listener.close()
    print("\n" + tally.summary())
    print(f"time: {time.perf_counter() - started:.0f} s")
    return 1 if tally.under or tally.unfinished else 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    sys.exit(main())
