"""Soak: 4,000 random dialogues through the engine: no exception, no state the flow does not
define, and memory that stays flat (a few kilobytes kept per dialogue would show over 3,000)."""

from __future__ import annotations

import gc
import os
import random
from datetime import date

from backchat.core.engine import Engine
from backchat.core.flow import Flow

ANSWERS = [
    "no", "yes", "nope", "i think so", "not really", "i don't know", "not sure", "lower back", "both sides",
    "it came on gradually", "I lifted a box yesterday", "three days", "a couple of weeks", "since monday",
    "45", "70", "6", "down my left leg to the calf", "down both legs", "blah", "go back", "start again", "why",
    "help", "repeat", "[bold]x[/]", "", "   ", "🙂", "actually it has been two weeks", "I have a fever",
    "i can't control my bladder", "my right foot is numb", "it wakes me at night", "i had cancer",
    "prednisolone every day", "lost weight without trying", "fell off a ladder", "2", "quit",
    "it goes down my leg", "numb when i wipe", "i think i might have had a temperature", "my leg gives way",
    "a bit of chest pain", "maybe", "purple",
]


def random_dialogue(flow: Flow, rng: random.Random, states: set[str]) -> None:
    engine = Engine(flow, clock=lambda: date(2026, 11, 18))
    engine.start()
    for _ in range(rng.randint(1, 25)):
        engine.handle(rng.choice(ANSWERS))
        assert engine.state in states


def resident_bytes() -> int:
    with open("/proc/self/statm", encoding="ascii") as fh:
        return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def test_four_thousand_random_dialogues_run_clean_with_flat_memory(flow: Flow) -> None:
    rng = random.Random(20261121)
    states = {q.id for q in flow.questions} | {o.id for o in flow.outcomes}
    for _ in range(1000):  # warm up caches before measuring
        random_dialogue(flow, rng, states)
    gc.collect()
    middle = resident_bytes()
    for _ in range(3000):
        random_dialogue(flow, rng, states)
    gc.collect()
    grown = resident_bytes() - middle
    assert grown < 4 * 1024 * 1024, f"resident memory grew by {grown / 1024:.0f} KiB over 3,000 dialogues"
