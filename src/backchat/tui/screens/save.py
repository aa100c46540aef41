"""The save dialog: a file name (default in the user's data folder) and a format."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, RadioButton, RadioSet, Static

if TYPE_CHECKING:
    from backchat.store.exports import Format  # the exporters load only when the summary is saved

__all__ = ["ChoiceButton", "SaveRequest", "SaveScreen", "resolve_target"]

_EXT: dict[Format, str] = {"markdown": ".md", "json": ".json"}


@dataclass(frozen=True)
class SaveRequest:
    """Where and how to save."""

    path: Path
    fmt: Format


def resolve_target(name: str, folder: Path) -> Path:
    """A bare file name goes into ``folder``; a path (``~/x.md``, ``./x.md``, ``/tmp/x.md``) is used as given."""
    path = Path(name.strip()).expanduser()
    if path.is_absolute() or len(path.parts) > 1 or name.strip().startswith("."):
        return path
    return folder / path


class ChoiceButton(RadioButton):
    """A radio button whose state shows without colour: ● inside when chosen, empty when not."""

    def render(self) -> Content:
        self.BUTTON_INNER = "●" if self.value else " "
        return super().render()


class SaveScreen(ModalScreen[SaveRequest | None]):
    """Name the file; Markdown or JSON."""

    AUTO_FOCUS = "#save-path"
    BINDINGS = [Binding("escape", "cancel", "Cancel", show=False)]

    def __init__(self, folder: Path, default_name: str) -> None:
        super().__init__(classes="dialog-screen")
        self.folder = folder
        self.default_name = default_name

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(Content.styled("Save the summary", "bold"), classes="dialog-title", markup=False)
            yield Static(Content.assemble("A file name alone is saved in ", (str(self.folder), "bold"),
                                          ". Only you can read the file."), classes="para", markup=False)
            yield Input(value=self.default_name, id="save-path")
            with RadioSet(id="save-format"):
                yield ChoiceButton("Markdown (to read)", value=True, id="fmt-markdown")
                yield ChoiceButton("JSON (for programs)", id="fmt-json")
            with Horizontal(classes="buttons"):
                yield Button("Save", id="save-ok", variant="primary")
                yield Button("Cancel", id="save-cancel")

    @property
    def fmt(self) -> Format:
        """The chosen format."""
        return "json" if self.query_one("#fmt-json", RadioButton).value else "markdown"

    @on(RadioSet.Changed)
    def _format_changed(self, event: RadioSet.Changed) -> None:
        event.stop()
        box = self.query_one("#save-path", Input)
        stem, dot, ext = box.value.rpartition(".")
        if dot and f".{ext}" in _EXT.values():
            box.value = stem + _EXT[self.fmt]

    @on(Input.Submitted, "#save-path")
    @on(Button.Pressed, "#save-ok")
    def _save(self, event: Input.Submitted | Button.Pressed) -> None:
        event.stop()
        name = self.query_one("#save-path", Input).value
        if not name.strip():
            self.notify("Type a file name first.", severity="warning", markup=False)
            return
        self.dismiss(SaveRequest(resolve_target(name, self.folder), self.fmt))

    @on(Button.Pressed, "#save-cancel")
    def _cancel_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(None)

    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)
