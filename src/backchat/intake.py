"""Setting up an intake for any front end: load the flow, build the engine, attach the store.

The one way every front end (line mode, the terminal app, voice) opens an intake. Importing
this module is cheap (the command line needs :class:`Options` before it knows the command);
the engine, the flow loader and the store are imported when an intake is opened.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from backchat.errors import StorageError

if TYPE_CHECKING:
    from backchat.core.conversation import Conversation
    from backchat.core.moves import Clock
    from backchat.core.turn import Turn

__all__ = ["Options", "FlowFolderCache", "open_conversation", "close_conversation", "today_clock"]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Options:
    """Options shared by the commands that hold an intake."""

    flow: Path | None = None
    data_dir: str | None = None
    no_store: bool = False
    resume: bool = False
    today: date | None = None
    resume_id: str | None = None
    """Carry on with this session (an id or the start of one) rather than the latest unfinished."""


class FlowFolderCache:
    """Validated flows kept as private files in the data folder's ``cache`` folder.

    Nothing of a person is in them (only the flow). With ``write`` False (``--no-store``) a kept
    flow is still used but nothing is written.
    """

    def __init__(self, data_dir: str | None, write: bool) -> None:
        self._data_dir = data_dir
        self._write = write

    def _path(self, key: str) -> Path:
        from backchat.paths import data_dir

        return data_dir(self._data_dir) / "cache" / f"flow-{key}.json"

    def get(self, key: str) -> str | None:
        """The plain flow kept under ``key``, or None."""
        try:
            return self._path(key).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    def put(self, key: str, text: str) -> None:
        """Keep the plain flow (a failure only means the next start validates the flow again)."""
        if not self._write:
            return
        from backchat.paths import ensure_private_dir, write_private

        path = self._path(key)
        try:
            ensure_private_dir(path.parent)
            write_private(path, text, force=True)
            for old in path.parent.glob("flow-*.json"):  # kept for a file or code that changed since
                if old != path:
                    old.unlink(missing_ok=True)
        except (StorageError, OSError) as exc:
            log.info("the validated flow was not kept: %s", exc)


def today_clock(today: date | None) -> Clock:
    """A clock that always says ``today``, or the real date when None."""
    return (lambda: today) if today else date.today


def open_conversation(opts: Options, notice: Callable[[str], None]) -> tuple[Conversation, Turn]:
    """A conversation ready to go, and its first turn (a greeting or the resumed question).

    Every turn is committed to the session store in the data folder before it is shown
    (nothing is kept with ``no_store``). Store problems are told through ``notice`` and
    the intake runs in memory. Call :func:`close_conversation` when the intake is over.
    """
    from backchat.core.conversation import Conversation
    from backchat.core.engine import Engine
    from backchat.core.loader import load_flow

    flow = load_flow(opts.flow, cache=FlowFolderCache(opts.data_dir, write=not opts.no_store))
    clock = today_clock(opts.today)
    if opts.no_store:
        if opts.resume or opts.resume_id:
            raise StorageError("--resume needs the session store, so it cannot be used with --no-store.")
        conv = Conversation(Engine(flow, clock=clock))
        return conv, conv.start()
    from backchat.store.resume import open_stored_conversation

    return open_stored_conversation(flow, notice, folder=opts.data_dir, resume=opts.resume,
                                    session_ref=opts.resume_id, clock=clock)


def close_conversation(conv: Conversation) -> None:
    """Let go of what the conversation holds: the session store's connection and its session lock.

    Raises :class:`~backchat.store.errors.UnsavedAnswers` (one plain sentence, exit status 1) when
    some answers could not reach the database: they were kept in a private recovery file (folded
    back in at the next start), or, if even that failed, the sentence says they are lost.
    """
    close = getattr(conv.recorder, "close", None)
    if callable(close):
        close()
    unsaved = getattr(conv.recorder, "unsaved", None)
    if isinstance(unsaved, str) and unsaved:
        from backchat.store.errors import UnsavedAnswers

        raise UnsavedAnswers(unsaved)
