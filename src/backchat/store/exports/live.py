"""The summary of a running intake: from the store when its turns are saved, else from memory."""

from __future__ import annotations

from datetime import UTC, datetime

from backchat.core.conversation import Conversation
from backchat.store.exports.view import Summary, summarize, summarize_live
from backchat.store.models import SessionInfo, flow_hash
from backchat.store.recorder import SessionRecorder

__all__ = ["summary_of"]


def summary_of(conv: Conversation, now: datetime | None = None) -> Summary:
    """What the exporter shows for ``conv`` now."""
    recorder = conv.recorder
    if isinstance(recorder, SessionRecorder):
        stored = recorder.stored_session()
        if stored is not None:
            return summarize(stored)
    moment = now or datetime.now(UTC)
    engine = conv.engine
    sid = recorder.session_id if isinstance(recorder, SessionRecorder) and recorder.session_id else "not-saved"
    finished = engine.finished
    info = SessionInfo(id=sid, created_at=moment, updated_at=moment, flow_name=engine.flow.name,
                       flow_version=engine.flow.version, flow_hash=flow_hash(engine.flow),
                       status="finished" if finished else "open", outcome=engine.state if finished else None,
                       turns=0, answers=sum(1 for e in engine.transcript if e.role == "user"),
                       question=None if finished else engine.state)
    return summarize_live(engine, info, moment)
