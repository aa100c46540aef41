"""The app's keys, defined once: the footer, the help screen and the command palette all read this table."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding

__all__ = ["Key", "KEYS", "bindings"]


@dataclass(frozen=True)
class Key:
    """One app-wide key and the action it runs."""

    key: str
    """Textual key name(s), e.g. ``"f1"`` or ``"ctrl+s"``."""
    action: str
    """The app action it runs (``action_<name>`` on the app)."""
    label: str
    """Short label for the footer."""
    title: str
    """Name in the command palette and the help screen."""
    help: str
    """One sentence for the help screen and the palette."""
    footer: bool = True
    """Shown in the footer (which holds about eight keys at 80 columns)."""


KEYS: tuple[Key, ...] = (
    Key("f1", "help", "Help", "Help", "Show the keys and how to answer."),
    Key("f2", "why", "Why?", "Why this question", "Say why I ask the question that is open."),
    Key("f3", "undo", "Back", "Go back (undo)", "Take back your last answer."),
    Key("f4", "answers", "Answers", "Change an answer",
        "Move to the list of answers; pick one to change it or be asked again."),
    Key("f5", "restart", "Restart", "Start again", "Forget the answers and start a new intake."),
    Key("f6", "result", "Result", "Show the result", "Show the care level and advice again."),
    Key("f7", "sources", "Sources", "Where this comes from",
        "Show the sources of the advice, or of the question that is open.", footer=False),
    Key("ctrl+s", "save", "Save", "Save the summary", "Save a summary (Markdown or JSON) to a file."),
    Key("ctrl+q", "quit", "Quit", "Quit", "Leave backchat (asks first if the intake isn't finished)."),
)
"""Every app-wide key, in the order shown."""


def bindings() -> list[Binding]:
    """The table as Textual bindings (shown in the footer), plus Ctrl+C's reminder of how to quit."""
    return [*(Binding(k.key, k.action, k.label, tooltip=k.help, priority=True, show=k.footer) for k in KEYS),
            Binding("ctrl+c", "help_quit", show=False, system=True)]
