"""The footer of every screen: the keys, and the command palette's hint only when there is room."""

from __future__ import annotations

from textual import events
from textual.widgets import Footer

__all__ = ["KeyFooter", "PALETTE_HINT_FROM"]

PALETTE_HINT_FROM = 80
"""Narrower than this, "^p palette" gives its room to the keys (Ctrl+P still works; F1 says so)."""


class KeyFooter(Footer):
    """A compact footer that never cuts the last key on a narrow terminal."""

    def __init__(self) -> None:
        super().__init__(compact=True)

    def on_resize(self, event: events.Resize) -> None:
        self.show_command_palette = event.size.width >= PALETTE_HINT_FROM
