""""What I've understood so far": one row per part of the intake, filled in as answers arrive.

Rows are options of an :class:`~textual.widgets.OptionList`, so they can be
picked with the keyboard (arrows, Enter) or the mouse; picking one posts
:class:`FactsPanel.Picked` and the screen opens the correction dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.console import Group
from rich.padding import Padding
from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from backchat.tui.facts_view import FactRow

__all__ = ["FactsPanel", "row_content"]

_STYLE = {"known": "", "to_check": "italic", "unknown": "italic", "current": "italic", "pending": "dim italic",
          "skipped": "dim"}


def row_content(row: FactRow) -> Group:
    """One row: a mark that works without colour and the label, then the whole value, indented.

    The value wraps under itself (never cut): "no further than the knee" stays whole.
    """
    head = Text.assemble((f"{row.mark} ", "bold"), (row.label, "bold"))
    value = Text(row.value, style=_STYLE[row.state], overflow="fold")
    return Group(head, Padding(value, (0, 0, 0, 2)))


class FactsPanel(OptionList):
    """The side panel's list of answers."""

    @dataclass
    class Picked(Message):
        """The person picked a row to change it."""

        row: FactRow

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.rows: list[FactRow] = []

    def show(self, rows: Sequence[FactRow]) -> None:
        """Replace the rows; keep the person's place when they are in the list, else follow the question."""
        keep = self.highlighted if self.has_focus else None
        self.rows = list(rows)
        self.clear_options()
        self.add_options([Option(row_content(r), id=r.key) for r in self.rows])
        if keep is None:
            keep = next((i for i, r in enumerate(self.rows) if r.state == "current"), None)
        if keep is not None and self.rows:
            self.highlighted = min(keep, len(self.rows) - 1)

    def row(self, key: str) -> FactRow:
        """The row with ``key`` (a question id, or ``fact:<name>``)."""
        return next(r for r in self.rows if r.key == key)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_id is not None:
            self.post_message(self.Picked(self.row(event.option_id)))
