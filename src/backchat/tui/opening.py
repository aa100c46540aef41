"""Paint first, then open the intake: the engine, the flow and the store load in a thread.

Importing the engine and loading the flow take most of the terminal app's start-up. With
:class:`Opening` the app paints its screen (with a "Starting…" line) at once; the intake is
opened in a thread started after the first frame and handed back on the app's own thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.app import App

from backchat.errors import BackchatError

if TYPE_CHECKING:
    from backchat.core.conversation import Conversation
    from backchat.core.turn import Turn

__all__ = ["Opener", "Opened", "Opening", "STARTING"]

STARTING = "Starting\u2026"
"""The line shown while the intake opens."""
Opener = Callable[[Callable[[str], None]], "tuple[Conversation, Turn]"]
"""Opens the conversation, given where to tell store notices (one sentence each)."""
Opened = Callable[["Conversation", "Turn", "list[str]"], None]


class Opening:
    """One intake being opened for ``app`` (:meth:`start` once its first frame is due)."""

    def __init__(self, app: App[None], opener: Opener, opened: Opened,
                 failed: Callable[[BackchatError], None]) -> None:
        self._app = app
        self._opener = opener
        self._opened = opened
        self._failed = failed
        self._thread = threading.Thread(target=self._run, name="open-intake", daemon=True)

    def start(self) -> None:
        """Start opening right after the next refresh (the first frame is painted first)."""
        self._app.call_after_refresh(self._thread.start)

    def wait(self) -> None:
        """Wait until the opening is over (after the app ended, before its store is closed)."""
        if self._thread.is_alive():
            self._thread.join()

    def _run(self) -> None:
        notices: list[str] = []
        try:
            conv, first = self._opener(notices.append)
        except BackchatError as exc:
            self._hand_over(self._failed, exc)
            return
        self._hand_over(self._opened, conv, first, notices)

    def _hand_over(self, callback: Callable[..., None], *args: object) -> None:
        try:
            self._app.call_from_thread(callback, *args)
        except RuntimeError:  # the app ended while the intake was opening
            pass
