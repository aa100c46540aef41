"""Sizes, themes, NO_COLOR, the footer, and the seam left for hands-free mode."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from backchat.core.turn import Turn
from backchat.tui.app import BackchatApp
from backchat.tui.keys import KEYS
from backchat.tui.screens.alert import AlertScreen
from backchat.tui.screens.end import EndScreen
from backchat.tui.widgets.progress import IntakeProgress
from tests.tui.conftest import send, until_alert


@pytest.mark.parametrize(("theme", "size"), [("textual-light", (80, 24)), ("textual-dark", (140, 45))])
async def test_themes_and_sizes(new_app: Callable[[], BackchatApp], theme: str, size: tuple[int, int]) -> None:
    app = new_app()
    async with app.run_test(size=size) as pilot:
        app.theme = theme
        await send(pilot, "it started gradually")
        assert "Now:" in str(app.main_screen.query_one(IntakeProgress).render())
        await send(pilot, "I've had a fever of 39")
        await until_alert(pilot)
        assert isinstance(app.screen, AlertScreen) and app.screen.outcome.level == "urgent"
        await pilot.press("enter")
        assert isinstance(app.screen, EndScreen)


async def test_no_color_still_says_it_in_words(new_app: Callable[[], BackchatApp],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = new_app()
    assert app.no_color
    async with app.run_test(size=(80, 24)) as pilot:
        await send(pilot, "I wet myself and both legs are numb")
        assert isinstance(app.screen, AlertScreen)
        words = str(app.screen.query_one("#alert-level").render())
        assert "EMERGENCY" in words
        marks = {r.mark for r in app.main_screen.facts_panel.rows}
        assert {"✓", "·"} <= marks or {"✓", "-"} <= marks


async def test_footer_shows_every_key(new_app: Callable[[], BackchatApp]) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        shown = {b.binding.action for b in app.active_bindings.values() if b.enabled and b.binding.show}
        assert shown == {k.action for k in KEYS if k.footer} - {"result"}  # "result" once there is one


async def test_voice_seam(new_app: Callable[[], BackchatApp]) -> None:
    app = new_app()
    heard: list[Turn] = []
    async with app.run_test(size=(80, 24)) as pilot:
        app.turn_observers.append(heard.append)
        assert not app.voice_status.display
        app.voice_status.state = "listening"
        app.voice_status.partial = "it started"
        await pilot.pause()
        assert app.voice_status.display and "Listening" in str(app.voice_status.render())
        turn = app.submit_text("it started gradually", source="spoken")
        await pilot.pause()
        assert heard == [turn] and turn.facts["onset"] == "gradual"
        assert app.main_screen.log_view.texts[-2] == ("user", "it started gradually")
