"""Where the intake is: the part being asked and roughly how much is left, in words and a bar."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from backchat.core.turn import Progress

__all__ = ["IntakeProgress", "progress_content"]

_BAR = 12


def progress_content(progress: Progress, finished: bool) -> Content:
    """"Now: Spreading ███░░░ 9 to 11 questions to go" (the bar's two glyphs differ without colour).

    How many are left is the engine's honest range (:attr:`Progress.left_text`): questions the
    flow can still ask given the answers so far, never ones it has skipped.
    """
    total = max(progress.total, 1)
    done = min(progress.asked, total)
    filled = _BAR if finished else round(_BAR * done / total)
    bar = Content.assemble(("█" * filled, "$accent"), ("░" * (_BAR - filled), "dim"))
    if finished:
        return Content.assemble(("Finished", "bold"), "  ", bar, "  all done")
    tail = f"  {progress.left_text}"
    return Content.assemble(("Now: ", "dim"), (progress.section or "starting", "bold"), "  ", bar, tail)


class IntakeProgress(Static):
    """One line: the section, a bar and how many questions are left."""

    DEFAULT_CSS = """
    IntakeProgress { width: auto; height: 1; }
    """

    def show(self, progress: Progress, finished: bool) -> None:
        """Show ``progress``."""
        self.update(progress_content(progress, finished))
