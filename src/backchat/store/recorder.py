"""The recorder that commits every turn of an intake to the session store before its reply is shown.

If the store fails (a full disk, a database locked by another program, a
read-only or damaged file) the intake carries on: the person is told once, in
one sentence, and the turns are kept in memory. Passing failures (full, busy)
are retried at the next turn, and everything held back is then written in one
transaction; lasting ones (read-only, damaged) stop saving for this run and leave
the file as it is.
"""

from __future__ import annotations

import logging
import secrets
import sqlite3
from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from pathlib import Path

from backchat.core.conversation import InputSource
from backchat.core.engine import Engine
from backchat.core.flow import Flow
from backchat.core.triage import with_derived
from backchat.core.turn import Turn
from backchat.errors import StorageError
from backchat.store.claims import SessionClaim
from backchat.store.db import DEFAULT_BUSY_MS, SessionStore
from backchat.store.errors import StoreUnavailable
from backchat.store.models import FlowInfo, Notice, SessionInfo, TurnRecord, UtcClock, flow_info, utc_now
from backchat.store.queries import StoredSession, append_turns, close_session, insert_session, load_session
from backchat.store.recovery import write_recovery
from backchat.store.replies import ReplyPacker
from backchat.store.steps import COMMANDS_NOT_KEPT, StepMaker

__all__ = ["SessionRecorder", "new_session_id", "Also", "lost_notice"]

log = logging.getLogger(__name__)
Also = Callable[[sqlite3.Connection, str], None]
"""More work for the transaction that creates the session (given the connection and the new id)."""
FINAL_RETRIES_MS = (1000, 2000, 4000)
"""At close, what is still held is tried again, waiting this long each time for another program."""
RETRY_BUSY_MS = 250
"""After a write found the store locked, later retries wait this long, not the full timeout."""
_ID_TRIES = 5


def new_session_id() -> str:
    """A short random id: 8 lowercase hex digits."""
    return secrets.token_hex(4)


class SessionRecorder:
    """Keeps each turn of one intake in the store (implements :class:`backchat.core.conversation.Recorder`).

    Args:
        store: the open store, or None to keep nothing (after the store failed to open).
        flow: the flow the engine runs.
        notice: how to tell the person about a problem (one sentence).
        today: the engine's clock (the date kept with each turn).
        now: the wall clock for timestamps.
        session: the session to carry on with (resume), or None for a new one made at the first turn.
        next_seq: the number of the next turn when carrying on.
        claim: the claim already held on ``session`` (resume).
        resumed_from: for a new session that restarts an old one under a changed flow.
        new_id: makes session ids (injectable for tests).
        hold: keep turns in memory until :meth:`commit_held` (re-applying a whole session at once).
        restored: the engine restored from ``session`` (resume): later rows store what they add to it.
        reopen: with no ``store`` (it could not be opened for a passing reason: a full disk, a busy
            file), how to try again at each turn; everything held is then written.
        folder: the data folder, when there is no ``store`` (for the recovery file).
    """

    def __init__(self, store: SessionStore | None, flow: Flow, notice: Notice, *,
                 today: Callable[[], date], now: UtcClock = utc_now, session: SessionInfo | None = None,
                 next_seq: int = 0, claim: SessionClaim | None = None, resumed_from: str | None = None,
                 new_id: Callable[[], str] = new_session_id, hold: bool = False,
                 restored: Engine | None = None, reopen: Callable[[], SessionStore] | None = None,
                 folder: Path | None = None) -> None:
        self._store = store
        self._flow = flow
        self._info: FlowInfo = flow_info(flow)
        self._notice = notice
        self._today = today
        self._now = now
        self._new_id = new_id
        self._resumed_from = resumed_from
        self._session_id = session.id if session else None
        self._created = session is not None
        self._claim = claim
        self._seq = next_seq
        self._open_question = session.question if session else None
        self._pending: list[TurnRecord] = []
        self._failing = store is None and reopen is not None
        self._reopen = reopen
        self._busy_before = DEFAULT_BUSY_MS
        self._holding = hold
        self._also: Also | None = None
        self._folder = store.folder if store is not None else folder
        self.unsaved: str | None = None
        """Set by :meth:`close` when some turns did not reach the database: one plain sentence."""
        self._steps = StepMaker(restored, next_seq - 1 if restored is not None else None)
        self._replies = ReplyPacker(self._info, restored.public_facts() if restored is not None else None)

    # -- what callers may want to know ------------------------------------------------
    @property
    def session_id(self) -> str | None:
        """The session's id (None until the first turn made it, or when nothing is stored)."""
        return self._session_id

    @property
    def saving(self) -> bool:
        """True while turns reach the disk."""
        return self._store is not None and not self._failing

    @property
    def pending(self) -> int:
        """Turns held in memory because the store failed."""
        return len(self._pending)

    # -- the Recorder protocol -----------------------------------------------------------
    def record(self, user_text: str | None, source: InputSource, turn: Turn, engine: Engine) -> None:
        """Commit one step; never raises (a failure is told through ``notice``).

        Commands that change nothing (help, why, repeat, an empty line, quit) are not kept.
        """
        if user_text is not None and turn.event in COMMANDS_NOT_KEPT:
            self._steps.skip(engine)
            return
        if turn.event == "restart" and not self._holding:
            self._close_for_restart()
        try:
            self._pending.append(self._row(user_text, source, turn, engine))
        except Exception as exc:  # noqa: BLE001 - the intake must go on whatever the store does
            log.debug("cannot build a turn record", exc_info=True)
            self._give_up(f"of an internal error ({type(exc).__name__})")
            return
        self._open_question = turn.question
        self._flush()

    def commit_held(self, also: Also | None = None) -> bool:
        """Write the turns held so far in one transaction (with ``also``, given the new id); True if saved."""
        self._holding = False
        self._also = also
        self._flush()
        self._also = None
        return self.saving and not self._pending

    def _close_for_restart(self) -> None:
        """"Start again": close this session (finished stays finished, unfinished is abandoned);
        the restart's own turn opens a new one."""
        self._flush()
        store, sid = self._store, self._session_id
        if self._pending:  # not saved yet: keep it all in this session rather than split what is held
            return
        if store is not None and sid is not None and self._created:
            try:
                store.write(lambda c: close_session(c, sid, self._now()))
            except StoreUnavailable as exc:
                log.debug("cannot close session %s: %s", sid, exc)
        if self._claim is not None:
            self._claim.release()
            self._claim = None
        self._session_id, self._created, self._seq = None, False, 0
        self._open_question, self._resumed_from = None, None
        self._replies = ReplyPacker(self._info)
        self._steps.restart()

    def stored_session(self) -> StoredSession | None:
        """The session as stored, when every turn so far reached the disk; else None."""
        self._flush()
        if self._store is None or self._pending or self._session_id is None:
            return None
        try:
            return load_session(self._store, self._session_id)
        except StorageError:
            return None

    def close(self) -> None:
        """Save what is still held (retrying; else into a private recovery file), release the
        session and close the database (safe to call twice). :attr:`unsaved` says what happened
        when not everything reached the database."""
        if self._pending and self._store is not None and not self._holding:
            for wait_ms in FINAL_RETRIES_MS:
                try:
                    self._store.set_busy_timeout(wait_ms)
                except StoreUnavailable:
                    break
                self._flush()
                if not self._pending:
                    break
        if self._pending and not self._holding:
            self._save_recovery()
        if self._claim is not None:
            self._claim.release()
        if self._store is not None:
            self._store.close()
            self._store = None

    def _save_recovery(self) -> None:
        rows, self._pending = self._pending, []
        answers = sum(1 for r in rows if r.user_text is not None)
        what = f"{answers} answer{'s' if answers != 1 else ''}" if answers else f"{len(rows)} steps"
        if self._folder is None:
            self.unsaved = f"{what} of this intake could not be saved, so they are lost."
            return
        try:
            path = write_recovery(self._folder, self._session_id, self._created, self._info,
                                  self._resumed_from, rows, self._now())
        except StorageError as exc:
            self.unsaved = (f"{what} of this intake could not be saved, not even to a recovery file "
                            f"({str(exc).rstrip('.')}), so they are lost.")
            return
        self.unsaved = (f"{what} of this intake could not be saved to the session store, so they were kept "
                        f"in {path}; backchat adds them back the next time it starts.")

    # -- internals -------------------------------------------------------------------------
    def _row(self, user_text: str | None, source: InputSource, turn: Turn, engine: Engine) -> TurnRecord:
        band = with_derived(self._flow, engine.facts).get("duration_band")
        seq = self._seq
        step = self._steps.step(engine, seq, user_text, turn.say)
        reply = asdict(turn)
        kept = self._replies.pack(reply, seq)
        self._seq += 1
        return TurnRecord(
            seq=seq, at=self._now(), day=self._today(), source=source, asked=self._open_question,
            user_text=user_text, event=turn.event, question=turn.question, finished=turn.finished,
            level=turn.outcome.level if turn.outcome else None,
            duration_band=band if isinstance(band, str) else None, turn=kept, snapshot=step)

    def _flush(self) -> None:
        if self._store is None and self._reopen is not None and self._pending and not self._holding:
            try:
                self._store = self._reopen()
                self._busy_before = self._store.busy_timeout
            except StoreUnavailable as exc:
                if not exc.transient:
                    self._reopen = None
                return
        store = self._store
        if store is None or not self._pending or self._holding:
            return
        try:
            if not self._created:
                self._create(store)
            else:
                store.write(lambda c: append_turns(c, self._require_id(), self._pending))
        except StoreUnavailable as exc:
            self._failed(exc)
            return
        except Exception as exc:  # noqa: BLE001 - the intake must go on whatever the store does
            log.debug("unexpected store failure", exc_info=True)
            self._give_up(f"of an internal error ({type(exc).__name__})")
            return
        self._pending.clear()
        if self._failing:
            self._failing = False
            try:
                store.set_busy_timeout(self._busy_before)
            except StoreUnavailable:
                log.debug("cannot restore the busy timeout")
            self._notice("Saving works again; nothing was lost.")

    def _create(self, store: SessionStore) -> None:
        at = self._pending[0].at
        for _ in range(_ID_TRIES):
            sid = self._new_id()
            claim = SessionClaim(store.folder, sid)
            if not claim.acquire():
                continue

            def work(c: sqlite3.Connection, sid: str = sid) -> bool:
                if not insert_session(c, sid, self._info, at, self._resumed_from):
                    return False  # the id is taken: try another
                append_turns(c, sid, self._pending)
                if self._also is not None:
                    self._also(c, sid)
                return True
            try:
                made = store.write(work)
            except StoreUnavailable:
                claim.release()
                raise
            if made:
                self._session_id, self._created, self._claim = sid, True, claim
                return
            claim.release()
        raise StoreUnavailable("io", store.path, "no free session id was found")

    def _require_id(self) -> str:
        assert self._session_id is not None
        return self._session_id

    def _failed(self, exc: StoreUnavailable) -> None:
        if not exc.transient:
            self._give_up(exc.reason, exc)
            return
        if not self._failing:
            self._failing = True
            assert self._store is not None
            self._busy_before = self._store.busy_timeout
            try:
                self._store.set_busy_timeout(RETRY_BUSY_MS)
            except StoreUnavailable:
                log.debug("cannot shorten the busy timeout")
            self._notice(f"This intake could not be saved just now because {exc.reason}; it carries on, "
                         "and backchat will save everything as soon as it can.")

    def _give_up(self, reason: str, exc: StoreUnavailable | None = None) -> None:
        self._reopen = None
        if exc is None:  # an internal error: what is held may be what broke
            self._pending.clear()
        if self._store is not None:
            self._store.close()
            self._store = None
        self._notice(lost_notice(reason, exc))


def lost_notice(reason: str, exc: StoreUnavailable | None = None, lead: str = "") -> str:
    """One sentence: this intake is not being saved, why, and that what is stored stays as it was."""
    kept = f"; {exc.path} is left as it is" if exc is not None else ""
    hint = exc.hint.removeprefix("it is left as it is: ") if exc is not None and exc.hint else ""
    tail = f" ({hint})" if hint else ""
    start = f"{lead}this" if lead else "This"
    return f"{start} intake can't be saved because {reason}, so it carries on in memory only{kept}{tail}."

