"""Starting an intake with the store attached, and carrying on with an unfinished one.

Front ends call :func:`backchat.intake.open_conversation` (which calls
:func:`open_stored_conversation`); a start screen can first ask
:func:`latest_unfinished` what there is to resume.

Resuming restores the engine from the last committed snapshot, so nothing is
lost and nothing is asked again except the open question. When the flow has
changed since the session began (its content fingerprint differs), the old
session is closed as "replaced" and a new one starts with every answer re-applied
in order, each read against the date it was first given.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from backchat.core.conversation import Conversation, InputSource
from backchat.core.engine import Engine
from backchat.core.flow import Flow
from backchat.core.moves import Clock
from backchat.core.turn import Turn
from backchat.paths import data_dir
from backchat.store.claims import SessionClaim, claimed_ids
from backchat.store.db import SessionStore
from backchat.store.errors import SessionNotFound, StoreUnavailable
from backchat.store.models import Notice, SessionInfo, TurnRecord, UtcClock, flow_hash, utc_now
from backchat.store.queries import (
    StoredSession,
    add_note,
    load_session,
    mark_replaced,
    resolve_session,
    unfinished_sessions,
)
from backchat.store.recorder import SessionRecorder, lost_notice, new_session_id
from backchat.store.recovery import fold_in

__all__ = ["open_stored_conversation", "latest_unfinished", "describe_session"]

log = logging.getLogger(__name__)


def latest_unfinished(folder: str | os.PathLike[str] | None = None,
                      flow_name: str | None = None) -> SessionInfo | None:
    """The most recent unfinished session that no running backchat holds, or None.

    ``folder`` is a data folder (None: the default one, see :func:`backchat.paths.data_dir`).
    Creates nothing. Raises :class:`~backchat.errors.StorageError` when the store is unusable.
    """
    where = data_dir(folder)
    store = SessionStore.existing(where)
    if store is None:
        return None
    with store:
        return _free_unfinished(store, flow_name)


def _free_unfinished(store: SessionStore, flow_name: str | None) -> SessionInfo | None:
    held = claimed_ids(store.folder)  # one listing of the claim folder, not a probe per session
    return next((s for s in unfinished_sessions(store, flow_name, limit=len(held) + 1) if s.id not in held), None)


def describe_session(info: SessionInfo) -> str:
    """'18 Nov 2026 14:03 (session 1a2b3c4d, 5 answers)' in local time."""
    when = info.created_at.astimezone().strftime("%d %b %Y %H:%M")
    answers = f"{info.answers} answer{'s' if info.answers != 1 else ''}"
    return f"{when} (session {info.id}, {answers})"


def open_stored_conversation(flow: Flow, notice: Notice, *, folder: str | os.PathLike[str] | None = None,
                             resume: bool = False, session_ref: str | None = None,
                             clock: Clock = date.today, now: UtcClock = utc_now,
                             store_opener: Callable[[Path], SessionStore] | None = None,
                             ) -> tuple[Conversation, Turn]:
    """A conversation whose turns are committed to the store, and its first turn.

    With ``resume`` (or ``session_ref``) carries on with the latest unfinished session (or
    that one); the first turn is then the open question again. Any store problem is told
    through ``notice`` and the intake runs in memory.
    """
    where = data_dir(folder)
    opener = store_opener or SessionStore.open
    try:
        store = opener(where)
    except StoreUnavailable as exc:
        lead = "There is nothing to resume, and " if resume or session_ref else ""
        if not exc.transient:
            notice(lost_notice(exc.reason, exc, lead))
            conv = Conversation(Engine(flow, clock=clock))
            return conv, conv.start()
        start = lead or ""
        notice(f"{start}{'this' if start else 'This'} intake can't be saved just now because {exc.reason}; it "
               "carries on, and backchat will save everything as soon as it can.")
        waiting = SessionRecorder(None, flow, notice, today=clock, now=now, reopen=lambda: opener(where),
                                  folder=where)
        conv = Conversation(Engine(flow, clock=clock), waiting)
        return conv, conv.start()
    fold_in(store, notice, new_session_id)
    if resume or session_ref:
        resumed = _resume(store, flow, notice, session_ref, clock, now)
        if resumed is not None:
            return resumed
    recorder = SessionRecorder(store, flow, notice, today=clock, now=now)
    conv = Conversation(Engine(flow, clock=clock), recorder)
    return conv, conv.start()


def _pick(store: SessionStore, flow: Flow, notice: Notice, ref: str | None) -> SessionInfo | None:
    if ref is not None:
        try:
            return resolve_session(store, ref)
        except SessionNotFound as exc:
            notice(f"{str(exc).rstrip('.')}; a new intake starts.")
            return None
    info = _free_unfinished(store, flow.name)
    if info is None:
        other = _free_unfinished(store, None)
        if other is not None:
            notice(f"The unfinished intake of {describe_session(other)} used the flow "
                   f"'{other.flow_name}', so a new intake starts (start backchat with that flow, --flow, "
                   "to carry on with it).")
        else:
            notice("There is no unfinished intake to carry on with, so a new one starts.")
    return info


def _resume(store: SessionStore, flow: Flow, notice: Notice, ref: str | None, clock: Clock,
            now: UtcClock) -> tuple[Conversation, Turn] | None:
    claim: SessionClaim | None = None
    try:
        info = _pick(store, flow, notice, ref)
        if info is None:
            return None
        if info.flow_name != flow.name:
            notice(f"Session {info.id} used the flow '{info.flow_name}', not '{flow.name}', so a new intake "
                   "starts (start backchat with that flow, --flow, to carry on with it).")
            return None
        if info.status == "replaced":
            notice(f"Session {info.id} was carried on as session {info.replaced_by}; a new intake starts.")
            return None
        claim = SessionClaim(store.folder, info.id)
        if not claim.acquire():
            notice(f"Session {info.id} is open in another backchat, so a new intake starts.")
            return None
        stored = load_session(store, info.id)
    except StoreUnavailable as exc:
        if claim is not None:
            claim.release()
        notice(f"The unfinished intake cannot be read because {exc.reason}, so a new intake starts.")
        return None
    if not stored.turns:
        claim.release()
        return None
    same_flow = stored.info.flow_hash == flow_hash(flow)
    if same_flow:
        carried = _continue(store, flow, notice, stored, claim, clock, now)
        if carried is not None:
            return carried
    return _reapply(store, flow, notice, stored, claim, clock, now, flow_changed=not same_flow)


def _continue(store: SessionStore, flow: Flow, notice: Notice, stored: StoredSession,
              claim: SessionClaim, clock: Clock, now: UtcClock) -> tuple[Conversation, Turn] | None:
    last = stored.turns[-1]
    try:
        engine = Engine.restore(flow, last.snapshot, clock)
        first = engine.current()
    except Exception:  # noqa: BLE001 - a snapshot that does not restore is re-applied instead
        log.debug("snapshot of %s does not restore", stored.info.id, exc_info=True)
        return None
    recorder = SessionRecorder(store, flow, notice, today=clock, now=now, session=stored.info,
                               next_seq=last.seq + 1, claim=claim, restored=engine)
    try:
        add_note(store, stored.info.id, now(), f"resumed at turn {last.seq + 1}")
    except StoreUnavailable as exc:
        log.debug("cannot note the resume: %s", exc)
    notice(f"Carrying on with your intake of {describe_session(stored.info)}.")
    return Conversation(engine, recorder), first


class _ReplayClock:
    """The date each answer was first given, while answers are re-applied; then the real clock."""

    def __init__(self, real: Clock) -> None:
        self.real = real
        self.fixed: date | None = None

    def __call__(self) -> date:
        return self.fixed or self.real()


def _reapply(store: SessionStore, flow: Flow, notice: Notice, stored: StoredSession, claim: SessionClaim,
             clock: Clock, now: UtcClock, flow_changed: bool = True) -> tuple[Conversation, Turn]:
    """Start a new session under the changed flow with every answer re-applied; written at once."""
    old = stored.info
    day = _ReplayClock(clock)
    recorder = SessionRecorder(store, flow, notice, today=day, now=now, resumed_from=old.id, hold=True)
    conv = Conversation(Engine(flow, clock=day), recorder)
    day.fixed = stored.turns[0].day
    conv.start()
    answers = 0
    for t in stored.turns[1:]:
        day.fixed = t.day
        answers += _replay_one(conv, t)
    day.fixed = None
    if not flow_changed:
        change = "its saved state could not be restored"
    elif old.flow_version != flow.version:
        change = f"flow {old.flow_name} {old.flow_version} changed to {flow.version}"
    else:
        change = f"flow {old.flow_name} {flow.version} was edited"
    note = f"{change}; {answers} answers re-applied"
    recorder.commit_held(lambda c, new_id: mark_replaced(c, old.id, new_id, now(), note))
    claim.release()
    new_id = recorder.session_id
    into = f" as session {new_id}" if new_id else ""
    why = (f"The questions have changed since your intake of {describe_session(old)} ({change})"
           if flow_changed else f"Your intake of {describe_session(old)} could not be restored as it was")
    notice(f"{why}, so it starts again{into} with your {answers} answers re-applied.")
    return conv, conv.resume()


def _replay_one(conv: Conversation, t: TurnRecord) -> int:
    """Do again what the person did at turn ``t``; 1 when it was an answer."""
    text, source = t.user_text, t.source
    if source == "system" and text is None:
        return 0
    try:
        if source == "panel":
            if text is None and t.question:
                conv.revisit(t.question)
            elif text is not None and text.startswith("[correction of "):
                fact, _, said = text[len("[correction of "):].partition("] ")
                conv.correct(fact, said)
            elif text == "go back":
                conv.undo()
            elif text == "start again":
                conv.restart()
            elif text is not None:
                conv.handle(text, "panel")
        elif text is not None:
            conv.handle(text, _source(source))
    except (KeyError, ValueError) as exc:  # a question the new flow no longer has
        log.debug("cannot re-apply turn %s: %s", t.seq, exc)
        return 0
    return 1


def _source(value: str) -> InputSource:
    return "spoken" if value == "spoken" else "typed"
