"""What screens send to the app, which owns the conversation: messages and dialog results."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from backchat.tui.facts_view import FactRow

__all__ = ["AnswerSubmitted", "CorrectionChosen"]


@dataclass
class AnswerSubmitted(Message):
    """The person sent a line from the input."""

    text: str


@dataclass(frozen=True)
class CorrectionChosen:
    """The correction dialog's result: the person changed an answer from the side panel.

    ``text`` is the new answer for ``row``; when ``text`` is None, the row's
    question is asked again instead.
    """

    row: FactRow
    text: str | None
