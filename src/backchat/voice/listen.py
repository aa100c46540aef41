"""One request to listen, and what it is for (so a scripted patient can answer it truthfully)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from backchat.core.flow import Question

__all__ = ["Purpose", "Listen"]

Purpose = Literal["answer", "check", "again", "closed", "confirm", "confirm_all", "recheck", "parts"]
"""``check``: the engine checks a reading of the open question's fact ("Just to check, ...")."""


@dataclass(frozen=True)
class Listen:
    """One request to listen, with what it is for (a scripted patient answers by it)."""

    purpose: Purpose
    question: Question | None
    meaning: str = ""
    """What is being read back (``confirm``), or the list confirmed together (``confirm_all``)."""
    heard: str = ""
    """The words being read back (``confirm``)."""
    together: tuple[str, ...] = ()
    """The question ids confirmed together (``confirm_all``)."""
