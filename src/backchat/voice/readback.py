"""Read-back: a spoken answer to a red-flag question, or one heard with low confidence, is read back
("I heard: no numbness, tingling or weakness. Is that right?") and counts only once confirmed."""

from __future__ import annotations

from typing import Literal

from backchat.core.engine import Engine
from backchat.core.understand import read
from backchat.speech.ports import Transcript

__all__ = ["CONFIDENCE_THRESHOLD", "needs_readback", "readback_prompt", "verdict", "Verdict"]

CONFIDENCE_THRESHOLD = 0.6
Verdict = Literal["yes", "no", "unclear"]


def needs_readback(engine: Engine, heard: Transcript, threshold: float = CONFIDENCE_THRESHOLD) -> bool:
    """True when the answer must be confirmed before it counts."""
    if not heard.text or engine.finished:
        return False
    if read(heard.text, engine.today(), engine.state, None).command is not None:
        return False  # "repeat", "go back": acted on at once
    return engine.is_red_flag_question() or heard.confidence < threshold or heard.out_of_grammar


def readback_prompt(engine: Engine, heard: Transcript) -> str:
    """What to say back: what the answer would be understood as."""
    meaning = engine.preview(heard.text)
    return f"I heard: {meaning or heard.text}. Is that right?"


def verdict(engine: Engine, heard: Transcript) -> Verdict:
    """The person's answer to a read-back: yes, no, or unclear."""
    if not heard.text.strip():
        return "unclear"
    answer = read(heard.text, engine.today(), None, "yes_no").answer
    return answer if answer in ("yes", "no") else "unclear"
