"""Resuming in-process: which session is offered, a changed flow, sessions held by another program."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from backchat.core.conversation import Conversation
from backchat.core.flow import Flow
from backchat.core.loader import default_flow_path, load_flow
from backchat.errors import StorageError
from backchat.intake import Options, open_conversation
from backchat.store.claims import SessionClaim
from backchat.store.db import SessionStore
from backchat.store.queries import list_sessions, load_session
from backchat.store.resume import latest_unfinished
from tests.store.conftest import Opener
from tests.store.helpers import SELF_CARE, TODAY, Notices, drive, flow_variant
from tests.store.helpers import rec_of as _rec


def _id(conv: Conversation) -> str:
    sid = _rec(conv).session_id
    assert sid is not None
    return sid


def _close(conv: Conversation) -> None:
    _rec(conv).close()


def test_resume_carries_on_from_the_open_question(open_conv: Opener, notices: Notices, flow: Flow,
                                                  data: Path) -> None:
    conv, turn = open_conv()
    turn = drive(conv, turn, SELF_CARE, stop_after=4)
    snapshot = conv.engine.snapshot()
    _close(conv)
    info = latest_unfinished(data)
    assert info is not None and info.id == _id(conv) and info.question == turn.question
    conv2, first = open_conv(resume=True)
    assert _id(conv2) == _id(conv)
    assert turn.question is not None
    assert first.question == turn.question and first.say == flow.question(turn.question).prompt
    assert conv2.engine.snapshot() == snapshot
    assert "Carrying on with your intake" in notices.said[-1] and "4 answers" in notices.said[-1]
    assert drive(conv2, first, SELF_CARE).finished
    assert latest_unfinished(data) is None


def test_resume_with_nothing_unfinished_starts_a_new_intake(open_conv: Opener, notices: Notices) -> None:
    conv, turn = open_conv(resume=True)
    assert turn.event == "ask" and turn.question == "onset"
    assert notices.said == ["There is no unfinished intake to carry on with, so a new one starts."]


def test_a_session_held_by_a_running_backchat_is_not_offered(open_conv: Opener, data: Path,
                                                              notices: Notices) -> None:
    conv, turn = open_conv()
    drive(conv, turn, SELF_CARE, stop_after=2)  # still running: its claim is held
    assert latest_unfinished(data) is None
    conv2, _ = open_conv(resume=True)
    assert _id(conv2) != _id(conv)
    _close(conv)
    assert latest_unfinished(data) is not None  # offered once its program has let go


def test_a_named_session_cannot_be_taken_from_another_program(open_conv: Opener, data: Path,
                                                               notices: Notices) -> None:
    conv, turn = open_conv()
    drive(conv, turn, SELF_CARE, stop_after=2)
    conv2, _ = open_conv(session_ref=_id(conv)[:5])
    assert "is open in another backchat" in notices.said[-1]
    assert _id(conv2) != _id(conv)


def test_a_claim_is_exclusive_until_released(data: Path) -> None:
    data.mkdir()
    a, b = SessionClaim(data, "abc"), SessionClaim(data, "abc")
    assert a.acquire() and not b.acquire()
    a.release()
    assert b.acquire()
    b.release()


def test_a_changed_flow_restarts_with_the_answers_re_applied(
        open_conv: Opener, notices: Notices, data: Path, tmp_path: Path) -> None:
    conv, turn = open_conv()
    turn = drive(conv, turn, SELF_CARE, stop_after=5)
    old_id, old_facts = _id(conv), conv.engine.facts
    _close(conv)
    changed = load_flow(flow_variant(default_flow_path(), tmp_path / "changed.yaml", "1.1.0",
                                     "How old are you?", "What is your age?"))
    conv2, first = open_conv(flow=changed, resume=True, clock=lambda: date(2026, 11, 25))
    assert "The questions have changed" in notices.said[-1] and "1.0.0 changed to 1.1.0" in notices.said[-1]
    assert "5 answers re-applied" in notices.said[-1]
    assert conv2.engine.facts == old_facts  # "since Monday" still read against the 18th
    assert first.question == turn.question
    with SessionStore.open(data) as store:
        old = load_session(store, old_id)
        new = load_session(store, _id(conv2))
    assert old.info.status == "replaced" and old.info.replaced_by == _id(conv2)
    assert new.info.resumed_from == old_id and new.info.flow_version == "1.1.0"
    assert [(t.user_text, t.day) for t in new.turns] == [(t.user_text, t.day) for t in old.turns]
    assert any("carries on from session" in text for _, text in new.notes)
    turn = drive(conv2, first, SELF_CARE)
    assert turn.finished and turn.outcome is not None and turn.outcome.level == "self_care"
    assert latest_unfinished(data) is None


def test_an_edited_flow_with_the_same_version_is_noticed_too(
        open_conv: Opener, notices: Notices, tmp_path: Path) -> None:
    conv, turn = open_conv()
    drive(conv, turn, SELF_CARE, stop_after=3)
    _close(conv)
    edited = load_flow(flow_variant(default_flow_path(), tmp_path / "edited.yaml", "1.0.0",
                                    "How old are you?", "And how old are you?"))
    open_conv(flow=edited, resume=True)
    assert "was edited" in notices.said[-1]


def test_a_session_of_another_flow_is_not_resumed_by_mistake(
        open_conv: Opener, notices: Notices, tmp_path: Path, flow: Flow) -> None:
    text = default_flow_path().read_text(encoding="utf-8").replace("name: low_back_pain", "name: other_flow", 1)
    (tmp_path / "other.yaml").write_text(text, encoding="utf-8")
    other = load_flow(tmp_path / "other.yaml")
    conv, turn = open_conv(flow=other)
    drive(conv, turn, SELF_CARE, stop_after=2)
    _close(conv)
    conv2, first = open_conv(resume=True)
    assert first.question == "onset" and "used the flow 'other_flow'" in notices.said[-1]


def test_open_conversation_attaches_the_store_and_refuses_resume_without_it(tmp_path: Path) -> None:
    said = Notices()
    opts = Options(data_dir=str(tmp_path / "d"), today=TODAY)
    conv, first = open_conversation(opts, said)
    conv.handle("I lifted a box")
    _close(conv)
    with SessionStore.open(tmp_path / "d") as store:
        assert len(list_sessions(store)) == 1
    with pytest.raises(StorageError, match="--no-store"):
        open_conversation(Options(no_store=True, resume=True), said)
    conv3, _ = open_conversation(Options(data_dir=str(tmp_path / "d"), resume=True, today=TODAY), said)
    assert conv3.engine.facts == conv.engine.facts


def test_a_snapshot_that_no_longer_restores_is_re_applied(
        open_conv: Opener, notices: Notices, data: Path, flow: Flow) -> None:
    conv, turn = open_conv()
    drive(conv, turn, SELF_CARE, stop_after=3)
    _close(conv)
    with SessionStore.open(data) as store:
        store.write(lambda c: c.execute("UPDATE turns SET snapshot = json_set(snapshot, '$.state', 'gone')"))
    conv2, first = open_conv(resume=True)
    assert "could not be restored as it was, so it starts again" in notices.said[-1]
    assert conv2.engine.facts == conv.engine.facts
    assert first.question == conv.engine.question.id if conv.engine.question else False
