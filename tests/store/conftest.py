"""Fixtures for the session-store tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from backchat.core.conversation import Conversation
from backchat.core.flow import Flow
from backchat.core.turn import Turn
from backchat.store.db import SessionStore
from backchat.store.resume import open_stored_conversation
from tests.store.helpers import TODAY, Notices, Ticker

Opener = Callable[..., tuple[Conversation, Turn]]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A data folder (not created yet)."""
    return tmp_path / "data"


@pytest.fixture
def notices() -> Notices:
    return Notices()


@pytest.fixture
def open_conv(flow: Flow, data: Path, notices: Notices) -> Iterator[Opener]:
    """Open a stored conversation on ``data`` with a fixed date and a ticking clock; closed at the end."""
    made: list[Conversation] = []

    def opener(**kw: Any) -> tuple[Conversation, Turn]:
        kw.setdefault("folder", data)
        kw.setdefault("clock", lambda: TODAY)
        kw.setdefault("now", Ticker())
        conv, first = open_stored_conversation(kw.pop("flow", flow), kw.pop("notice", notices), **kw)
        made.append(conv)
        return conv, first

    yield opener
    for conv in made:
        close = getattr(conv.recorder, "close", None)
        if close is not None:
            close()


@pytest.fixture
def store(data: Path) -> Iterator[SessionStore]:
    """An open store on ``data``."""
    s = SessionStore.open(data)
    yield s
    s.close()
