"""The conversation: assistant and user turns told apart by a name line and by style, newest at the bottom.

Every text is shown through :class:`~textual.content.Content`, never as markup,
so whatever the person typed (``[bold]``, ``[@click=app.quit]``, a stray ``[/]``)
appears literally.
"""

from __future__ import annotations

from typing import Literal

from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

__all__ = ["Role", "Bubble", "ConversationLog"]

Role = Literal["assistant", "user", "action"]
"""Whose bubble it is (speech.ports.Speaker is what speaks aloud)."""

_NAMES: dict[Role, str] = {"assistant": "backchat", "user": "You", "action": "You"}


class Bubble(Static):
    """One turn of the conversation."""

    DEFAULT_CSS = """
    Bubble { width: 1fr; height: auto; padding: 0 1; }
    Bubble.assistant { margin: 0 4 1 0; border-left: thick $primary; background: $boost; }
    Bubble.user { margin: 0 0 1 6; border-right: thick $accent; background: $panel; }
    Bubble.action { margin: 0 0 1 6; border-right: thick $accent; color: $text-muted; }
    """

    def __init__(self, speaker: Role, text: str) -> None:
        self.speaker: Role = speaker
        self.text = text
        name = _NAMES[speaker]
        body = Content(text) if speaker != "action" else Content.styled(f"({text})", "italic")
        super().__init__(Content.assemble((name, "bold"), "\n", body), classes=speaker, markup=False)


class ConversationLog(VerticalScroll, can_focus=False):
    """The scrolling list of turns; keeps the newest turn in view."""

    DEFAULT_CSS = """
    ConversationLog { height: 1fr; padding: 0 1; }
    """

    def add(self, speaker: Role, text: str) -> Bubble:
        """Add one turn at the bottom and scroll to it."""
        bubble = Bubble(speaker, text)
        self.mount(bubble)
        self.anchor()  # stay at the newest turn (again, if the person had scrolled up)
        return bubble

    def clear(self) -> None:
        """Remove every turn (a new intake)."""
        self.remove_children()

    @property
    def texts(self) -> list[tuple[Role, str]]:
        """The turns shown, oldest first (for tests and the voice read-back)."""
        return [(b.speaker, b.text) for b in self.query(Bubble)]
