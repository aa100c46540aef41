"""Plain line mode: one prompt, one answer, plain text; for terminals, pipes and screen readers.

Everything shown passes through :func:`backchat.safe_text.for_terminal`, so a
stored or typed control character is shown, never obeyed. At a terminal, lines
wrap at word boundaries; through a pipe they are left whole.
"""

from __future__ import annotations

import sys
import textwrap
from collections.abc import Callable
from typing import TYPE_CHECKING

from backchat.errors import EXIT_OK, EXIT_UNFINISHED
from backchat.safe_text import for_terminal

if TYPE_CHECKING:
    from backchat.core.conversation import Conversation
    from backchat.core.turn import Turn

__all__ = ["run_chat", "stdin_reader", "ReadLine", "Write", "wrap_lines", "terminal_writer"]

ReadLine = Callable[[str], str | None]
"""Reads one line after showing a prompt; None at the end of input."""
Write = Callable[[str], None]
"""Shows one message."""

_BULLETS = ("- ", "• ", "* ")


def wrap_lines(text: str, width: int) -> str:
    """``text`` wrapped at word boundaries to ``width`` columns; its own line breaks are kept.

    A continued bullet ("- ", "• ") or indented line keeps its indent.
    """
    out: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        body = line.lstrip(" ")
        indent = " " * (len(line) - len(body))
        hang = indent + "  " if body.startswith(_BULLETS) else indent
        out.extend(textwrap.wrap(line, width=width, subsequent_indent=hang, break_on_hyphens=False,
                                 drop_whitespace=True) or [""])
    return "\n".join(out)


def terminal_writer(echo: Write, width: int | None) -> Write:
    """``echo`` that wraps at ``width`` columns (None: never wraps, as for a pipe)."""
    if width is None or width < 20:
        return echo
    return lambda text: echo(wrap_lines(text, width - 1))


def _warm_understanding() -> None:
    """Load the lemmatiser while the greeting is read, so the first answer does not wait for it."""
    from backchat.background import start_daemon  # noqa: PLC0415
    from backchat.core.understand import warm  # noqa: PLC0415

    start_daemon(warm, "warm-understanding")


def run_chat(conv: Conversation, first: Turn, read_line: ReadLine, write: Write, interactive: bool,
             hint: str = "") -> int:
    """Hold the intake until the input ends or the person quits; returns the exit status.

    ``hint`` (how to carry on later) is shown when the intake is left unfinished.
    """
    def show(text: str) -> None:
        write(for_terminal(text))

    show(first.say)
    _warm_understanding()  # after the first prompt is out: it would compete for the CPU before it
    turn = first
    while True:
        line = read_line("> ")
        if line is None:
            if turn.finished:
                return EXIT_OK
            show(f"(The input ended before the intake was finished.{' ' + hint if hint else ''})")
            return EXIT_UNFINISHED
        if interactive and not line.strip():
            continue  # Enter on an empty line: ask again, quietly
        if not interactive:
            show(f"> {line}")
        turn = conv.handle(line)
        if turn.event == "quit":
            if interactive and not turn.finished and not _confirm(read_line, show):
                show(conv.resume().say)
                continue
            show(turn.say)
            if turn.finished:
                return EXIT_OK
            if hint:
                show(hint)
            return EXIT_UNFINISHED
        show(turn.say)
        if turn.finished and turn.event == "outcome" and interactive:
            show('(You can type "go back" to change your last answer, "start again", or "quit".)')


def _confirm(read_line: ReadLine, write: Write) -> bool:
    answer = read_line("The intake isn't finished. Quit anyway? (yes/no) ")
    return answer is None or answer.strip().lower() in ("y", "yes", "yeah", "quit", "q")


def stdin_reader(interactive: bool) -> ReadLine:
    """Read answers from standard input: with a prompt at a terminal, line by line from a pipe."""

    def read_line(prompt: str) -> str | None:
        if interactive:
            try:
                return input(prompt)
            except EOFError:
                return None
        line = sys.stdin.readline()
        return line.rstrip("\r\n") if line else None

    return read_line
