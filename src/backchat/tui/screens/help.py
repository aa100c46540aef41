"""The help screen (F1): the keys, the words that work anywhere, and how to change an answer."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from backchat.tui.keys import KEYS

__all__ = ["HelpScreen", "key_name"]

_PANEL = ("The panel on the right, \"What I've understood so far\", fills in as you answer. "
          "✓ means understood, ? means you weren't sure, ▸ is the question being asked, "
          "· is not asked yet, - was not needed. To change an answer, press F4 (or Tab, or click it), pick the line "
          "with the arrow keys and Enter, then type the new answer or ask to be asked again.")
_MORE = ("Ctrl+P opens the command palette with the same actions, and \"Dark theme\" or \"Light theme\" "
         "(backchat remembers the theme you choose). Page Up and Page Down scroll the conversation; "
         "Escape returns to the answer line. On a screen narrower than 80 columns the list of answers "
         "is hidden: F4 shows it.")


def key_name(key: str) -> str:
    """How a key is written for people: "F1", "Ctrl+S"."""
    return "+".join(part.capitalize() if len(part) > 2 else part.upper() for part in key.split("+"))


class HelpScreen(ModalScreen[None]):
    """Keys and how to answer; Escape, Enter or F1 closes it."""

    AUTO_FOCUS = "#help-body"
    """The text has the keyboard, so the arrows and Page Down scroll it at once."""
    BINDINGS = [Binding("escape,q,enter", "close", "Close", show=False)]

    def __init__(self) -> None:
        super().__init__(classes="dialog-screen")

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog wide"):
            yield Static(Content.styled("Help", "bold"), classes="dialog-title", markup=False)
            with VerticalScroll(id="help-body"):
                yield Static(Content.styled("Keys", "bold underline"), classes="section-heading",
                             markup=False)
                for k in KEYS:
                    yield Static(Content.assemble((f"{key_name(k.key):>7}  ", "bold"), (k.title, "bold"),
                                                  f": {k.help}"), classes="key-line", markup=False)
                yield Static(Content.styled("Answering", "bold underline"), classes="section-heading",
                             markup=False)
                from backchat.core.wording import HELP  # noqa: PLC0415 - the app paints before the engine loads
                yield Static(Content(HELP), classes="para", markup=False)
                yield Static(Content.styled("Changing an answer", "bold underline"), classes="section-heading",
                             markup=False)
                yield Static(Content(_PANEL), classes="para", markup=False)
                yield Static(Content(_MORE), classes="para", markup=False)
            yield Button("Close", id="help-close", variant="primary", action="screen.close")

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss(None)
