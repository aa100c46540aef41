"""The dialog for changing one answer picked in the side panel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Static

from backchat.tui.facts_view import FactRow
from backchat.tui.messages import CorrectionChosen

if TYPE_CHECKING:
    from backchat.core.flow import Question  # types only: the app paints before the engine loads

__all__ = ["CorrectScreen"]


class CorrectScreen(ModalScreen[CorrectionChosen | None]):
    """Type a new answer, ask to be asked again, or cancel."""

    AUTO_FOCUS = "#new-answer"
    BINDINGS = [Binding("escape", "cancel", "Cancel", show=False)]

    def __init__(self, row: FactRow, question: Question | None) -> None:
        super().__init__(classes="dialog-screen")
        self.row = row
        self.question = question

    def compose(self) -> ComposeResult:
        row = self.row
        with Vertical(classes="dialog"):
            yield Static(Content.assemble(("Change: ", "bold"), (row.label, "bold")), classes="dialog-title",
                         markup=False)
            if self.question is not None:
                yield Static(Content.assemble(("I asked: ", "dim"), self.question.prompt), classes="para",
                             markup=False)
            yield Static(Content.assemble(("I have: ", "dim"), row.value), classes="para", markup=False)
            example = f", e.g. {self.question.examples[0]}" if self.question and self.question.examples else ""
            yield Input(placeholder=f"New answer{example}", id="new-answer")
            with Horizontal(classes="buttons"):
                yield Button("Change it", id="change", variant="primary")
                if row.question is not None and row.can_revisit:
                    yield Button("Ask me again", id="revisit")
                yield Button("Cancel", id="cancel")

    @on(Input.Submitted, "#new-answer")
    @on(Button.Pressed, "#change")
    def _change(self, event: Input.Submitted | Button.Pressed) -> None:
        event.stop()
        text = self.query_one("#new-answer", Input).value
        if not text.strip():
            self.notify("Type the new answer first, or choose Ask me again.", severity="warning", markup=False)
            return
        self.dismiss(CorrectionChosen(self.row, text))

    @on(Button.Pressed, "#revisit")
    def _revisit(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(CorrectionChosen(self.row, None))

    @on(Button.Pressed, "#cancel")
    def _cancel(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(None)

    def action_cancel(self) -> None:
        """Close without changing anything."""
        self.dismiss(None)
