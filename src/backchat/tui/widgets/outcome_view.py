"""The outcome's sections (what to do, why, advice, safety-netting) as plain-text widgets.

Shared by the emergency/urgent screen and the end screen. Flow text is shown
through Content, not Markdown, so nothing in it becomes a link or an action.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

if TYPE_CHECKING:
    from backchat.core.turn import Outcome  # types only: the app paints before the engine loads


__all__ = ["LEVEL_WORDS", "level_class", "heading", "paragraph", "reasons", "advice", "safety_net"]

LEVEL_WORDS = {"emergency": "EMERGENCY", "urgent": "URGENT", "gp": "SEE A GP OR PHYSIO",
               "self_care": "SELF-CARE"}
"""The care level in words, so it never depends on colour."""


def level_class(level: str) -> str:
    """The CSS class for a care level: ``level-emergency`` etc."""
    return f"level-{level.replace('_', '-')}"


def heading(text: str) -> Static:
    """A section heading."""
    return Static(Content.styled(text, "bold underline"), classes="section-heading", markup=False)


def paragraph(text: str, classes: str = "para") -> Static:
    """A paragraph of plain text."""
    return Static(Content(text), classes=classes, markup=False)


def reasons(outcome: Outcome) -> Iterator[Widget]:
    """'Why': each reason as a bullet."""
    if outcome.reasons:
        yield heading("Why")
        for r in outcome.reasons:
            yield Static(Content.assemble("• ", r.text), classes="bullet", markup=False)


def advice(outcome: Outcome) -> Iterator[Widget]:
    """'What you can do': one titled section per advice item (F7 shows where each comes from)."""
    if not outcome.advice:
        return
    yield heading("What you can do")
    for a in outcome.advice:
        yield Static(Content.styled(a.title, "bold"), classes="advice-title", markup=False)
        yield paragraph(a.text)
    yield Static(Content.styled("F7 shows where this advice comes from.", "dim italic"), classes="sources",
                 markup=False)


def safety_net(outcome: Outcome) -> Iterator[Widget]:
    """'Get help straight away if things change'."""
    if outcome.safety_net:
        yield heading("Get help straight away if things change")
        yield paragraph(outcome.safety_net, "para safety-net")
