"""The app as `backchat` runs it paints at once and opens the intake after its first frame."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from textual.pilot import Pilot

from backchat.core.conversation import Conversation
from backchat.core.turn import Turn
from backchat.errors import FlowError
from backchat.intake import Options, open_conversation
from backchat.tui.app import BackchatApp, make_app, run_app
from backchat.tui.opening import STARTING


async def opened(pilot: Pilot[Any], app: BackchatApp) -> None:
    for _ in range(400):  # the intake opens in a thread; it takes well under the 20 s allowed
        if app.is_open:
            await pilot.pause()
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the intake never opened")


def gated(options: Options) -> tuple[BackchatApp, threading.Event]:
    """The app as `backchat` builds it, whose intake opens only once the returned event is set."""
    go = threading.Event()

    def opener(notice: Callable[[str], None]) -> tuple[Conversation, Turn]:
        go.wait(20)
        return open_conversation(options, notice)

    return BackchatApp(None, None, opts=options, opener=opener), go


async def test_the_screen_says_starting_then_asks_the_first_question(options: Options) -> None:
    app, go = gated(options)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.main_screen.log_view.texts == [("action", STARTING)]
        assert not app.check_action("why", ())  # nothing to ask about yet
        go.set()
        await opened(pilot, app)
        shown = app.main_screen.log_view.texts
    assert all(text != STARTING for _, text in shown)
    assert shown[-1] == ("assistant", app.turn.say)
    assert "How did your back pain start" in app.turn.say


async def test_an_answer_typed_while_starting_is_answered_once_open(options: Options) -> None:
    app, go = gated(options)
    async with app.run_test(size=(100, 30)) as pilot:
        app.main_screen.answer.value = "I lifted a box and it came on suddenly"
        await pilot.press("enter")
        assert not app.is_open
        go.set()
        await opened(pilot, app)
        assert "onset" in app.conv.engine.facts
        assert app.main_screen.log_view.texts[-2] == ("user", "I lifted a box and it came on suddenly")


def test_a_broken_flow_ends_the_app_with_the_flow_error(options: Options, tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("name: [unclosed\n", encoding="utf-8")
    app = make_app(replace(options, flow=broken), paint_first=True)

    async def wait(pilot: Pilot[Any]) -> None:
        for _ in range(400):  # the app ends by itself once the flow is refused
            if app.open_error is not None:
                return
            await asyncio.sleep(0.05)

    assert run_app(app, headless=True, size=(80, 24), auto_pilot=wait) == 1
    assert isinstance(app.open_error, FlowError)
    assert str(broken) in str(app.open_error) and "line" in str(app.open_error)
