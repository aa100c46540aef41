"""A seam for hands-free mode: listening / thinking / speaking, and the live partial transcript.

Hidden while voice is off. The voice front end sets :attr:`VoiceStatus.state`
and :attr:`VoiceStatus.partial` (from its worker, through ``app.call_from_thread``)
and hands the final words to ``BackchatApp.submit_text(text, source="spoken")``.
"""

from __future__ import annotations

from typing import Literal

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

__all__ = ["VoiceState", "VoiceStatus"]

VoiceState = Literal["off", "listening", "thinking", "speaking"]

_WORDS: dict[VoiceState, str] = {"off": "", "listening": "● Listening…", "thinking": "… Thinking",
                                 "speaking": "▶ Speaking"}


class VoiceStatus(Static):
    """One line above the input; shown only when voice is on."""

    DEFAULT_CSS = """
    VoiceStatus { height: 1; padding: 0 1; display: none; color: $text-muted; }
    VoiceStatus.-on { display: block; }
    """

    state: reactive[VoiceState] = reactive("off")
    partial: reactive[str] = reactive("")

    def status_content(self) -> Content:
        """The words to show: the state, then what has been heard so far (plain text)."""
        return Content.assemble((_WORDS[self.state], "bold"), "  ", Content(self.partial))

    def watch_state(self, state: VoiceState) -> None:
        self.set_class(state != "off", "-on")
        self.update(self.status_content())

    def watch_partial(self, _partial: str) -> None:
        self.update(self.status_content())
