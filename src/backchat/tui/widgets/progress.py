"""Where the intake is: the part being asked and roughly how much is left, in words and a bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

if TYPE_CHECKING:
    from backchat.core.turn import Progress  # types only: the app paints before the engine loads


__all__ = ["IntakeProgress", "progress_content"]

_BAR = 12
_FULL_WIDTH = 80
"""Narrower than this, the bar is left out."""


def progress_content(progress: Progress, finished: bool, compact: bool = False) -> Content:
    """"Now: Spreading ███░░░ 9 to 11 questions to go" (the bar's two glyphs differ without colour).

    How many are left is the engine's honest range (:attr:`Progress.left_text`): questions the
    flow can still ask given the answers so far, never ones it has skipped. ``compact`` (a narrow
    terminal) leaves the bar out, so the words fit.
    """
    total = max(progress.total, 1)
    done = min(progress.asked, total)
    filled = _BAR if finished else round(_BAR * done / total)
    bar = Content.assemble(("█" * filled, "$accent"), ("░" * (_BAR - filled), "dim"))
    if finished:
        return Content.assemble(("Finished", "bold"), *(() if compact else ("  ", bar)), "  all done")
    tail = f"  {progress.left_text}"
    middle = () if compact else ("  ", bar)
    return Content.assemble(("Now: ", "dim"), (progress.section or "starting", "bold"), *middle, tail)


class IntakeProgress(Static):
    """One line: the section, a bar and how many questions are left (no bar below 80 columns)."""

    DEFAULT_CSS = """
    IntakeProgress { width: auto; height: 1; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self._shown: tuple[Progress, bool] | None = None

    def show(self, progress: Progress, finished: bool) -> None:
        """Show ``progress``."""
        self._shown = (progress, finished)
        self.redraw()

    def redraw(self) -> None:
        """Draw again for the terminal's width (called when it changes)."""
        if self._shown is not None:
            self.update(progress_content(*self._shown, compact=self.app.size.width < _FULL_WIDTH))
