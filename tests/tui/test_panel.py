"""The side panel: it fills in as facts are understood, and an answer can be changed from it."""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot
from textual.widgets import Input

from backchat.tui.app import BackchatApp
from backchat.tui.screens.alert import AlertScreen
from backchat.tui.screens.correct import CorrectScreen
from backchat.tui.screens.end import EndScreen
from backchat.tui.screens.main import MainScreen
from backchat.tui.widgets.facts_panel import FactsPanel
from tests.tui.conftest import answer_all, send


async def pick(pilot: Pilot[None], app: BackchatApp, key: str) -> CorrectScreen:
    """Move to the panel with F4, highlight the row ``key`` and press Enter."""
    await pilot.press("f4")
    panel = app.main_screen.facts_panel
    assert app.focused is panel
    panel.highlighted = [r.key for r in panel.rows].index(key)
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, CorrectScreen)
    return app.screen


async def test_panel_fills_in_and_marks_unknowns(new_app: Callable[[], BackchatApp]) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await send(pilot, "it crept up gradually over the last two weeks")
        rows = {r.key: r for r in app.main_screen.facts_panel.rows}
        assert rows["onset"].state == "known" and rows["onset"].mark == "✓"
        # how long, read from the story, keeps the level low: shown, marked to be checked
        assert rows["duration"].state == "to_check" and rows["duration"].mark == "~"
        assert rows["duration"].value == "for about 2 weeks (to check)"
        current = app.turn.question
        assert current is not None and rows[current].state == "current"
        await send(pilot, "I don't know")
        rows = {r.key: r for r in app.main_screen.facts_panel.rows}
        unsure = [r for r in rows.values() if r.state == "unknown"]
        if app.turn.event == "simpler":  # a red-flag question is asked once more first
            await send(pilot, "I'm not sure")
            rows = {r.key: r for r in app.main_screen.facts_panel.rows}
            unsure = [r for r in rows.values() if r.state == "unknown"]
        assert unsure and unsure[0].value == "not sure" and unsure[0].mark == "?"


async def test_correct_a_fact_after_the_outcome(app_at_last_question: Callable[[], BackchatApp]) -> None:
    app = app_at_last_question()
    async with app.run_test(size=(80, 24)) as pilot:
        await answer_all(pilot)
        assert isinstance(app.screen, EndScreen) and app.screen.outcome.level == "self_care"
        await pilot.press("f4")  # from the end screen to the panel
        assert isinstance(app.screen, MainScreen)
        dialog = await pick(pilot, app, "duration")
        dialog.query_one("#new-answer", Input).value = "actually it's been two years"
        await pilot.press("enter")
        await pilot.pause()
        assert app.turn.event == "revised"
        assert isinstance(app.screen, EndScreen) and app.screen.outcome.level == "gp"
        row = app.main_screen.facts_panel.row("duration")
        assert "2 years" in row.value
        assert app.main_screen.log_view.texts[-2] == ("action", "change How long to: actually it's been two years")


async def test_correct_spreading_to_both_legs_is_an_emergency(new_app: Callable[[], BackchatApp]) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await send(pilot, "it started gradually")
        await send(pilot, "lower back")
        await send(pilot, "no, it stays in my back")
        dialog = await pick(pilot, app, "radiation")
        dialog.query_one("#new-answer", Input).value = "down both legs to my feet"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, AlertScreen) and app.screen.outcome.level == "emergency"
        assert app.conv.engine.facts.get("bilateral") is True


async def test_ask_again_from_the_panel(new_app: Callable[[], BackchatApp]) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await send(pilot, "it started gradually")
        while app.turn.question != "location":  # the questions the flow asks first (e.g. injury)
            await send(pilot, "no")
        await send(pilot, "lower back")
        await pick(pilot, app, "location")
        await pilot.click("#revisit")
        await pilot.pause()
        assert app.turn.question == "location" and "location" not in app.conv.engine.facts
        assert isinstance(app.screen, MainScreen) and isinstance(app.focused, Input)
        await send(pilot, "middle of my back")
        assert app.conv.engine.facts["location"] == ("middle",)


async def test_a_question_ahead_can_only_be_corrected(new_app: Callable[[], BackchatApp]) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await send(pilot, "it crept up gradually over the last two weeks")
        dialog = await pick(pilot, app, "duration")
        assert not dialog.query("#revisit")  # asking it now would skip the questions before it
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen) and isinstance(app.focused, Input)


async def test_an_answer_not_understood_is_said_so(new_app: Callable[[], BackchatApp]) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await send(pilot, "it started gradually")
        await send(pilot, "lower back")
        await send(pilot, "no, it stays in my back")
        dialog = await pick(pilot, app, "location")
        dialog.query_one("#new-answer", Input).value = "purple"
        await pilot.press("enter")
        await pilot.pause()
        assert app.turn.event == "reprompt" and "couldn't understand" in app.turn.say
        assert app.conv.engine.facts["location"] == ("lower",)


async def test_panel_rows_can_be_clicked(new_app: Callable[[], BackchatApp]) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await send(pilot, "it started gradually")
        await pilot.click(FactsPanel, offset=(4, 0))
        await pilot.pause()
        assert isinstance(app.screen, CorrectScreen) and app.screen.row.key == "onset"
