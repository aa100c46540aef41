"""Sessions on disk: every turn committed to SQLite before it is shown, resume after a crash, exports.

Public entry points:

* :func:`open_stored_conversation` (used by :func:`backchat.intake.open_conversation`)
* :func:`latest_unfinished` for a start screen that offers to carry on
* :class:`SessionStore` and :mod:`backchat.store.queries` for listing, showing and deleting
* :mod:`backchat.store.exports` for Markdown, JSON and FHIR R4
"""

from __future__ import annotations

from backchat.store.db import DB_NAME, SessionStore
from backchat.store.errors import SessionNotFound, StoreUnavailable
from backchat.store.models import FlowInfo, SessionInfo, TurnRecord
from backchat.store.recorder import SessionRecorder
from backchat.store.resume import describe_session, latest_unfinished, open_stored_conversation

__all__ = [
    "DB_NAME",
    "SessionStore",
    "SessionNotFound",
    "StoreUnavailable",
    "FlowInfo",
    "SessionInfo",
    "TurnRecord",
    "SessionRecorder",
    "describe_session",
    "latest_unfinished",
    "open_stored_conversation",
]
