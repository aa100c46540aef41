"""The person's reply to a read-back ("I heard: no fever. Is that right?"): yes, no, or unclear."""

from __future__ import annotations

from typing import Literal

from backchat.core.engine import Engine
from backchat.core.understand import read
from backchat.speech.ports import Transcript

__all__ = ["verdict", "Verdict"]

Verdict = Literal["yes", "no", "unclear"]


def verdict(engine: Engine, heard: Transcript) -> Verdict:
    """The person's answer to a read-back: yes, no, or unclear (nothing heard, or neither)."""
    if not heard.text.strip() or heard.out_of_grammar:
        return "unclear"
    answer = read(heard.text, engine.today(), None, "yes_no").answer
    return answer if answer in ("yes", "no") else "unclear"
