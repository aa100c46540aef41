"""Setting up an intake for any front end: load the flow, build the engine, attach the store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from backchat.core.engine import Engine
from backchat.core.loader import load_flow
from backchat.core.turn import Turn
from backchat.session import Conversation

__all__ = ["Options", "open_conversation", "today_clock"]


@dataclass(frozen=True)
class Options:
    """Options shared by the commands that hold an intake."""

    flow: Path | None = None
    data_dir: str | None = None
    no_store: bool = False
    resume: bool = False
    today: date | None = None


def today_clock(today: date | None) -> Callable[[], date]:
    """A clock that always says ``today``, or the real date when None."""
    return (lambda: today) if today else date.today


def open_conversation(opts: Options, notice: Callable[[str], None]) -> tuple[Conversation, Turn]:
    """A conversation ready to go, and its first turn (a greeting or the resumed question)."""
    flow = load_flow(opts.flow)
    engine = Engine(flow, clock=today_clock(opts.today))
    conv = Conversation(engine)
    return conv, conv.start()


