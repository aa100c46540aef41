"""Helpers for the terminal-app tests: build the app as ``backchat`` does, answer like a person."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from backchat.core.conversation import Conversation
from backchat.core.turn import Turn
from backchat.intake import Options, open_conversation
from backchat.tui.app import BackchatApp, make_app
from tests.conftest import TODAY

SELF_CARE = {
    "onset": "I lifted a box and it came on suddenly",
    "trauma": "no",
    "location": "lower back",
    "radiation": "no, it stays in my back",
    "duration": "three days",
    "age": "35",
    "severity": "4",
}
"""A self-care intake, answer by question id; every other question is answered "no"."""


@pytest.fixture
def options(tmp_path: Path) -> Options:
    """No session store, a private data folder, a fixed date."""
    return Options(no_store=True, data_dir=str(tmp_path / "data"), today=TODAY)


@pytest.fixture
def new_app(options: Options) -> Callable[[], BackchatApp]:
    """Build the app the way ``backchat`` does."""
    return lambda: make_app(options)


def drive(conv: Conversation, first: Turn, answers: dict[str, str] = SELF_CARE) -> Turn:
    """Answer through the conversation (no UI) up to the outcome; returns the outcome turn."""
    turn = first
    for _ in range(30):
        if turn.finished:
            return turn
        turn = conv.handle(answers.get(turn.question or "", "no"))
    raise AssertionError(f"no outcome; last reply: {turn.say!r}")


@pytest.fixture
def app_at_last_question(options: Options) -> Callable[[dict[str, str]], BackchatApp]:
    """An app whose intake is answered up to (not including) its last question.

    Saves walking the whole intake through the UI in tests that are about what
    happens at the end; one test walks it all (test_intake.py).
    """
    def build(answers: dict[str, str] = SELF_CARE) -> BackchatApp:
        conv, first = open_conversation(options, lambda _s: None)
        drive(conv, first, answers)
        return make_app(options, conversation=(conv, conv.undo()))
    return build


async def send(pilot: Pilot[None], text: str) -> None:
    """Type ``text`` into the answer line (all at once) and press Enter."""
    app = pilot.app
    assert isinstance(app, BackchatApp)
    app.main_screen.answer.value = text
    await pilot.press("enter")
    await pilot.pause()


async def answer_all(pilot: Pilot[None], answers: dict[str, str] = SELF_CARE, limit: int = 30) -> None:
    """Answer each open question from ``answers`` ("no" when not listed) until the outcome."""
    app = pilot.app
    assert isinstance(app, BackchatApp)
    for _ in range(limit):
        if app.conv.engine.finished:
            return
        await send(pilot, answers.get(app.turn.question or "", "no"))
    raise AssertionError(f"no outcome after {limit} answers; last reply: {app.turn.say!r}")


def screen_text(app: BackchatApp) -> str:
    """What the terminal shows right now, as plain text lines (colour and style dropped)."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def screen_words(app: BackchatApp) -> str:
    """The words on screen, in reading order: borders, bars and scrollbars dropped, spaces collapsed."""
    return " ".join(re.sub("[\u2500-\u259f]", " ", screen_text(app)).split())


async def until_alert(pilot: Pilot[None], limit: int = 12) -> None:
    """Answer "no" to the emergency screens still asked after an urgent sign, until the takeover."""
    from backchat.tui.screens.alert import AlertScreen  # noqa: PLC0415

    app = pilot.app
    assert isinstance(app, BackchatApp)
    for _ in range(limit):
        if isinstance(app.screen, AlertScreen):
            return
        await send(pilot, "no")
    raise AssertionError(f"no emergency/urgent screen; last reply: {app.turn.say!r}")
