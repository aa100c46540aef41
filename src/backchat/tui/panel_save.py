"""What the terminal app does from its side panel and its save screen (a part of :class:`BackchatApp`).

Changing an earlier answer picked in the side panel, and saving the summary to a file the
person names. The app itself (:mod:`backchat.tui.app`) holds the conversation.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from textual.app import App

from backchat.errors import BackchatError
from backchat.paths import data_dir, ensure_private_dir, write_private
from backchat.tui.messages import CorrectionChosen
from backchat.tui.screens.confirm import ConfirmScreen
from backchat.tui.screens.correct import CorrectScreen
from backchat.tui.screens.save import SaveRequest, SaveScreen
from backchat.tui.widgets.facts_panel import FactsPanel

if TYPE_CHECKING:
    from backchat.core.conversation import Conversation
    from backchat.core.turn import Turn
    from backchat.intake import Options
    from backchat.tui.screens.main import MainScreen

__all__ = ["PanelAndSave"]


class PanelAndSave(App[None]):
    """Corrections from the side panel, and Ctrl+S (the app supplies the conversation)."""

    conv: Conversation
    """The intake (set once it is open: at once, or after the first paint)."""
    opts: Options
    _main: MainScreen

    def _apply(self, turn: Turn) -> None:
        raise NotImplementedError

    # -- corrections from the side panel --------------------------------------------------
    def on_facts_panel_picked(self, event: FactsPanel.Picked) -> None:
        row = event.row
        flow = self.conv.engine.flow
        question = flow.question(row.question) if row.question else None
        self.push_screen(CorrectScreen(row, question), self._corrected)

    def _corrected(self, choice: CorrectionChosen | None) -> None:
        self._main.answer.focus()
        if choice is None:
            return
        row = choice.row
        question = self.conv.engine.flow.question(row.question) if row.question else None
        if choice.text is None and question is not None:
            self._main.say("action", f"ask me again: {row.label}")
            turn = self.conv.revisit(question.id)
        elif question is not None and len(question.sets) > 1 and row.can_revisit:
            # Conversation.correct() sets one fact only; asking again and answering reads every fact
            # the question covers (e.g. "down both legs" sets how far it spreads AND both legs).
            self._main.say("action", f"change {row.label} to: {choice.text}")
            self.conv.revisit(question.id)
            turn = self.conv.handle(choice.text or "", "panel")
        else:
            self._main.say("action", f"change {row.label} to: {choice.text}")
            turn = self.conv.correct(row.fact, choice.text or "")
        self._apply(turn)


    # -- saving the summary ----------------------------------------------------------------
    def action_save(self) -> None:
        """Save the summary to a file the person names."""
        from backchat.store.exports import default_name  # noqa: PLC0415 - the exporters load when first used
        self.push_screen(SaveScreen(data_dir(self.opts.data_dir), default_name("markdown")), self._save)

    def _save(self, request: SaveRequest | None) -> None:
        if request is None:
            return
        if os.path.lexists(request.path):  # never replace a file without asking
            self.push_screen(ConfirmScreen(f"{request.path} already exists. Replace it?", "Replace", "Keep it"),
                             lambda yes: self._write(request, replace=True) if yes else None)
            return
        self._write(request, replace=False)

    def _write(self, request: SaveRequest, *, replace: bool) -> None:
        from backchat.store.exports import conversation_text  # noqa: PLC0415
        try:
            if request.path.parent == data_dir(self.opts.data_dir):
                ensure_private_dir(request.path.parent)
            path = write_private(request.path, conversation_text(self.conv, request.fmt), force=replace)
        except BackchatError as exc:
            self.notify(str(exc), title="Not saved", severity="error", markup=False)
            return
        self.notify(f"Saved the summary to {path}", title="Saved", markup=False)

