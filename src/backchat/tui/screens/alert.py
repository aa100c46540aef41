"""The emergency / urgent screen: takes over the whole screen, in colour and in words.

It is a full screen, not a message in the conversation, so it cannot be
scrolled away; Escape does not close it. From here the person can see the full
result, save it, or go back if they made a mistake (F5 starts again).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Static

from backchat.tui.widgets.footer import KeyFooter
from backchat.tui.widgets.outcome_view import LEVEL_WORDS, level_class, paragraph, reasons, safety_net

if TYPE_CHECKING:
    from backchat.core.turn import Outcome  # types only: the app paints before the engine loads

__all__ = ["AlertScreen", "ALERT_LEVELS"]

ALERT_LEVELS = ("emergency", "urgent")
"""Care levels shown on this screen before the end screen."""


class AlertScreen(Screen[None]):
    """EMERGENCY or URGENT: what to do now, and why."""

    BINDINGS = [Binding("enter", "app.result", "See the full result", show=False)]
    AUTO_FOCUS = "#alert-body"
    """The text has the keyboard: Down, Page Down and End reach the end of the safety advice at any size."""

    def __init__(self, outcome: Outcome) -> None:
        super().__init__(classes=level_class(outcome.level))
        self.outcome = outcome

    def compose(self) -> ComposeResult:
        o = self.outcome
        words = LEVEL_WORDS.get(o.level, o.level.upper())
        with Vertical(id="alert-box"):
            yield Static(Content.assemble(("!! ", "bold"), (words, "bold"), (" !!", "bold")),
                         id="alert-level", markup=False)
            yield Static(Content.styled(o.title, "bold"), id="alert-title", markup=False)
            with VerticalScroll(id="alert-body"):
                yield Static(Content.styled("What to do now", "bold underline"), classes="section-heading",
                             markup=False)
                yield paragraph(o.action, "para alert-action")
                yield from reasons(o)
                yield from safety_net(o)
            with Horizontal(classes="buttons"):
                yield Button("See the full result", id="see-result", variant="primary", action="app.result")
                yield Button("Save", id="alert-save", action="app.save")
                yield Button("Go back: I made a mistake", id="alert-back", action="app.undo")
        yield KeyFooter()
