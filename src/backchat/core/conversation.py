"""A conversation: the engine plus whatever records each turn (the session store, or nothing).

Every front end (line mode, the TUI, voice) drives a :class:`Conversation`, so a
turn is recorded before its reply is shown or spoken.
"""

from __future__ import annotations

from typing import Literal, Protocol

from backchat.core.engine import Engine
from backchat.core.turn import Turn

__all__ = ["Recorder", "NullRecorder", "Conversation", "InputSource", "MAX_INPUT_CHARS"]

InputSource = Literal["typed", "spoken", "panel", "system"]
"""How an answer came in (typed, spoken, chosen in the side panel, or from backchat itself)."""
MAX_INPUT_CHARS = 10_000
"""What is kept of one very long answer (the engine reads the first 4,000 characters)."""


class Recorder(Protocol):
    """Keeps each turn as it happens."""

    def record(self, user_text: str | None, source: InputSource, turn: Turn, engine: Engine) -> None:
        """Store one step: what the person said (None for the greeting), the reply, and what the
        engine now holds (a recorder takes only what this step added: see ``Engine.state_snapshot``)."""


class NullRecorder:
    """Keeps nothing (``--no-store``): no state is built for it."""

    def record(self, user_text: str | None, source: InputSource, turn: Turn, engine: Engine) -> None:
        """Do nothing."""


class Conversation:
    """An engine whose every step is recorded before the reply is returned."""

    def __init__(self, engine: Engine, recorder: Recorder | None = None) -> None:
        self.engine = engine
        self.recorder: Recorder = recorder or NullRecorder()

    def _keep(self, user_text: str | None, source: InputSource, turn: Turn) -> Turn:
        self.recorder.record(user_text, source, turn, self.engine)
        return turn

    def start(self) -> Turn:
        """Greet and ask the first question."""
        return self._keep(None, "system", self.engine.start())

    def resume(self) -> Turn:
        """The open question again, after a restore (nothing is recorded)."""
        return self.engine.current()

    def handle(self, text: str, source: InputSource = "typed") -> Turn:
        """One answer from the person."""
        text = text[:MAX_INPUT_CHARS]
        return self._keep(text, source, self.engine.handle(text))

    def correct(self, fact: str, text: str) -> Turn:
        """Change one fact (from the side panel)."""
        text = text[:MAX_INPUT_CHARS]
        return self._keep(f"[correction of {fact}] {text}", "panel", self.engine.correct(fact, text))

    def revisit(self, question: str) -> Turn:
        """Ask a question again."""
        return self._keep(None, "panel", self.engine.revisit(question))

    def undo(self) -> Turn:
        """Take back the last answer."""
        return self._keep("go back", "panel", self.engine.undo())

    def restart(self) -> Turn:
        """Start again."""
        return self._keep("start again", "panel", self.engine.restart())
