"""Errors of the session store; each is a :class:`~backchat.errors.StorageError`.

Hierarchy::

    StorageError (backchat.errors)
    ├── StoreUnavailable      the database cannot be opened, read or written (``kind`` says why)
    ├── SessionNotFound       no session has that id (or the prefix is ambiguous)
    └── UnsavedAnswers        at exit, some answers did not reach the database (kept in a recovery file)
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from backchat.errors import StorageError

__all__ = ["StoreUnavailable", "SessionNotFound", "UnsavedAnswers", "Kind", "TRANSIENT"]

Kind = Literal["full", "busy", "readonly", "corrupt", "newer", "io", "inuse"]
TRANSIENT: frozenset[Kind] = frozenset({"full", "busy", "io"})
"""Failures worth retrying at the next turn; the others stop saving for this run."""


class StoreUnavailable(StorageError):
    """The session database cannot be used right now, or at all (``kind``)."""

    def __init__(self, kind: Kind, path: Path, reason: str, hint: str = "") -> None:
        self.kind: Kind = kind
        self.path = path
        self.reason = reason
        """A phrase that follows "because": "the disk is full"."""
        self.hint = hint
        """What the person can do about it, or ""."""
        tail = f" ({hint})" if hint else ""
        super().__init__(f"Cannot use {path}: {reason}{tail}.")

    @property
    def transient(self) -> bool:
        """True when trying again later may work (a full disk, a busy database)."""
        return self.kind in TRANSIENT


class SessionNotFound(StorageError):
    """No session matches the id given."""


class UnsavedAnswers(StorageError):
    """At exit, answers could not be written to the database; the message says where they were kept.

    Exits with ``EXIT_ERROR`` (1): the intake is not safely stored.
    """
