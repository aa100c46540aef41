"""Plain line mode: one prompt, one answer, plain text; for terminals, pipes and screen readers."""

from __future__ import annotations

import sys
from collections.abc import Callable

from backchat.core.conversation import Conversation
from backchat.core.turn import Turn

__all__ = ["run_chat", "stdin_reader", "ReadLine"]

ReadLine = Callable[[str], str | None]
"""Reads one line after showing a prompt; None at the end of input."""


def run_chat(conv: Conversation, first: Turn, read_line: ReadLine, write: Callable[[str], None],
             interactive: bool) -> int:
    """Hold the intake until the input ends or the person quits; returns the exit status."""
    write(first.say)
    turn = first
    while True:
        line = read_line("> ")
        if line is None:
            if not turn.finished:
                write("(The input ended before the intake was finished.)")
            return 0
        if not interactive:
            write(f"> {line}")
        turn = conv.handle(line)
        if turn.event == "quit":
            if interactive and not turn.finished and not _confirm(read_line, write):
                write(conv.resume().say)
                continue
            write(turn.say)
            return 0
        write(turn.say)
        if turn.finished and turn.event == "outcome" and interactive:
            write('(You can type "go back" to change your last answer, "start again", or "quit".)')


def _confirm(read_line: ReadLine, write: Callable[[str], None]) -> bool:
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
