"""The end screen: care level, reasons, tailored advice, safety-netting, a one-line disclaimer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Button, Input, Static

from backchat.tui.widgets.footer import KeyFooter
from backchat.tui.widgets.outcome_view import LEVEL_WORDS, advice, level_class, paragraph, reasons, safety_net

if TYPE_CHECKING:
    from backchat.core.turn import Outcome  # types only: the app paints before the engine loads

__all__ = ["EndScreen"]


class EndScreen(Screen[None]):
    """The result, to read, save, or start again from."""

    AUTO_FOCUS = "#end-body"
    BINDINGS = [Binding("escape", "conversation", "Back to the conversation", show=False)]

    def __init__(self, outcome: Outcome) -> None:
        super().__init__(classes=level_class(outcome.level))
        self.outcome = outcome

    def compose(self) -> ComposeResult:
        o = self.outcome
        words = LEVEL_WORDS.get(o.level, o.level.upper())
        yield Static(Content.assemble(("Care level: ", "bold"), (words, "bold"), "\n", (o.title, "bold")),
                     id="end-level", markup=False)
        with VerticalScroll(id="end-body"):
            yield paragraph(o.action, "para end-action")
            yield from reasons(o)
            yield from advice(o)
            yield from safety_net(o)
        with Horizontal(classes="buttons"):
            yield Button("Save summary", id="end-save", variant="primary", action="app.save")
            yield Button("Start again", id="end-restart", action="app.restart")
            yield Button("Change answers", id="end-answers", action="app.answers")
            yield Button("Quit", id="end-quit", action="app.quit")
        yield Static(Content.styled(o.disclaimer, "italic"), id="disclaimer", markup=False)
        yield KeyFooter()

    def on_key(self, event: events.Key) -> None:
        """Typing here goes to the answer line (to add or change something), first letter included."""
        if event.is_printable and event.character:
            event.stop()
            self.action_conversation().insert_text_at_cursor(event.character)

    def action_conversation(self) -> Input:
        """Back to the conversation, with the keyboard on the answer line (returned)."""
        app = self.app
        while len(app.screen_stack) > 1:
            app.pop_screen()
        answer = app.screen_stack[0].query_one("#answer", Input)
        answer.focus()
        return answer
