"""The outcome spoken in short parts: the care level first, then each reason and advice item,
then the safety-netting; between parts the person can say "next", "repeat" or "stop"."""

from __future__ import annotations

import re

from backchat.core.turn import Turn
from backchat.core.understand import read
from backchat.speech.words import spoken_words

__all__ = ["spoken_parts", "part_command", "BETWEEN_PARTS", "MAX_PART_CHARS"]

BETWEEN_PARTS = "Say next, repeat, or stop."
MAX_PART_CHARS = 190
"""Longest part in characters: measured at most ~18 s with espeak-ng's default voice and rate."""


def spoken_parts(turn: Turn) -> list[str]:
    """The turn's words as parts to speak one at a time (one part unless it is an outcome)."""
    outcome = turn.outcome
    if outcome is None or turn.event not in ("outcome", "revised"):
        return [turn.say]
    first = turn.say.split(outcome.title, 1)[0].strip()
    parts = [" ".join(p for p in (first, outcome.title + ".", outcome.action) if p)]
    parts += [r.text for r in outcome.reasons]
    parts += [f"{a.title}. {a.text}" for a in outcome.advice]
    if outcome.safety_net:
        parts.append(f"Get help straight away if things change. {outcome.safety_net}")
    parts.append(outcome.disclaimer)
    return [piece for part in parts if part.strip() for piece in _short(part.strip())]


def _short(text: str) -> list[str]:
    """``text`` cut at sentence ends into pieces of at most :data:`MAX_PART_CHARS` (where it can)."""
    pieces: list[str] = []
    sentences = re.split(r"(?<=[.!?])\s+", text)
    clauses = [c for s in sentences for c in (re.split(r"(?<=[,;:])\s+", s) if len(s) > MAX_PART_CHARS else [s])]
    for sentence in clauses:
        if pieces and len(pieces[-1]) + 1 + len(sentence) <= MAX_PART_CHARS:
            pieces[-1] += " " + sentence
        else:
            pieces.append(sentence)
    return pieces


def part_command(text: str) -> str:
    """What was said between parts: "next", "repeat", "stop", or "" (not understood)."""
    words = " ".join(spoken_words(text))
    if words in ("next", "go on", "carry on", "continue", "yes", "okay"):
        return "next"
    if words in ("stop", "that's enough", "no"):
        return "stop"
    if words and read(words, None).command == "repeat":
        return "repeat"
    return ""
