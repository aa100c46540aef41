"""Every error backchat raises derives from :class:`BackchatError`.

Hierarchy::

    BackchatError                 base; ``exit_code`` is what the CLI exits with
    ├── FlowError                 a flow file is missing, unreadable or invalid
    ├── ScriptError               a scripted dialogue file is missing or invalid
    ├── StorageError              the session store cannot be used
    └── SpeechError               speech in or out cannot be used (see backchat.speech)

Each error's message is one plain sentence a person can act on; the CLI prints
it without a traceback.
"""

from __future__ import annotations

__all__ = ["BackchatError", "FlowError", "ScriptError", "StorageError", "SpeechError"]


class BackchatError(Exception):
    """Base class of every error backchat raises."""

    exit_code = 1


class FlowError(BackchatError):
    """A flow file is missing, unreadable or invalid (names the file, the place and the reason)."""

    exit_code = 2

    def __init__(self, file: str, location: str, reason: str) -> None:
        self.file = file
        self.location = location
        self.reason = reason
        where = f"{file}: {location}" if location else file
        super().__init__(f"{where}: {reason}")


class ScriptError(BackchatError):
    """A scripted dialogue file is missing or invalid."""

    exit_code = 2


class StorageError(BackchatError):
    """The session store cannot be used."""


class SpeechError(BackchatError):
    """Speech in or out cannot be used; the message says what is missing and how to fix it."""
