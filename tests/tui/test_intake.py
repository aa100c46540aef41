"""Whole intakes through the app: self-care, a red flag at once, undo, restart, help, quitting."""

from __future__ import annotations

from collections.abc import Callable

from textual.command import CommandPalette
from textual.widgets import Input

from backchat.errors import EXIT_UNFINISHED
from backchat.tui.app import BackchatApp
from backchat.tui.screens.alert import AlertScreen
from backchat.tui.screens.confirm import ConfirmScreen
from backchat.tui.screens.end import EndScreen
from backchat.tui.screens.help import HelpScreen
from backchat.tui.screens.main import MainScreen
from tests.tui.conftest import SELF_CARE, answer_all, send, until_alert


async def test_first_prompt_and_focus(new_app: Callable[[], BackchatApp]) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert isinstance(app.focused, Input) and app.focused.id == "answer"
        (speaker, text), = app.main_screen.log_view.texts
        assert speaker == "assistant" and "How did your back pain start?" in text
        rows = app.main_screen.facts_panel.rows
        assert rows[0].state == "current" and all(r.state == "pending" for r in rows[1:])


async def test_full_self_care_intake(new_app: Callable[[], BackchatApp]) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await send(pilot, "I lifted a box and it came on suddenly")
        panel = {r.key: r for r in app.main_screen.facts_panel.rows}
        assert panel["onset"].state == "known" and "suddenly" in panel["onset"].value
        assert app.turn.progress.asked >= 1
        assert isinstance(app.focused, Input)
        await answer_all(pilot)
        assert isinstance(app.screen, EndScreen)
        assert app.screen.outcome.level == "self_care"
        assert app.screen.outcome.advice and "Look after it at home" in app.screen.outcome.title
        panel = {r.key: r for r in app.main_screen.facts_panel.rows}
        assert panel["duration"].value == "for 3 days"
        assert panel["fever"].value == "no"
        speakers = [s for s, _ in app.main_screen.log_view.texts]
        assert speakers[0] == "assistant" and speakers[1] == "user"
        await pilot.press("f6")  # the result again, from anywhere
        assert isinstance(app.screen, EndScreen)


async def test_red_flag_at_turn_one_takes_over(new_app: Callable[[], BackchatApp]) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await send(pilot, "I wet myself and both legs are numb")
        screen = app.screen
        assert isinstance(screen, AlertScreen) and screen.outcome.level == "emergency"
        shown = " ".join(str(w.render()) for w in screen.query("Static"))
        assert "EMERGENCY" in shown and "emergency department" in shown
        await pilot.press("escape")  # cannot be closed by accident
        assert isinstance(app.screen, AlertScreen)
        await pilot.press("enter")  # "See the full result"
        assert isinstance(app.screen, EndScreen) and app.screen.outcome.level == "emergency"


async def test_undo_from_the_alert_screen(new_app: Callable[[], BackchatApp]) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await send(pilot, "it started gradually")
        await send(pilot, "I've had a fever and chills")
        await until_alert(pilot)  # the emergency screens are still asked after an urgent sign
        assert isinstance(app.screen, AlertScreen) and app.screen.outcome.level == "urgent"
        await pilot.press("f3")
        assert isinstance(app.screen, MainScreen)
        assert app.turn.event == "undo" and not app.conv.engine.finished
        assert isinstance(app.focused, Input)


async def test_undo_and_why(new_app: Callable[[], BackchatApp]) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await send(pilot, "it started gradually")
        first = app.turn.question
        await send(pilot, SELF_CARE.get(first or "", "no"))
        assert app.turn.question != first
        await pilot.press("f3")
        assert app.turn.event == "undo" and app.turn.question == first
        assert app.conv.engine.flow.question(first or "").sets[0] not in app.conv.engine.facts
        await pilot.press("f2")
        why = app.turn
        assert why.event == "why"
        assert app.main_screen.log_view.texts[-2] == ("action", "why do you ask?")


async def test_restart_asks_then_clears(new_app: Callable[[], BackchatApp]) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await send(pilot, "it started gradually")
        await pilot.press("f5")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        assert isinstance(app.screen, MainScreen) and app.conv.engine.facts
        await pilot.press("f5")
        await pilot.press("y")
        await pilot.pause()
        assert app.turn.event == "restart" and app.conv.engine.facts == {}
        assert len(app.main_screen.log_view.texts) == 1
        assert all(r.state in ("current", "pending") for r in app.main_screen.facts_panel.rows)


async def test_restart_from_the_end_screen(app_at_last_question: Callable[[], BackchatApp]) -> None:
    app = app_at_last_question()
    async with app.run_test(size=(80, 24)) as pilot:
        await answer_all(pilot)
        assert isinstance(app.screen, EndScreen)
        await pilot.click("#end-restart")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and app.turn.event == "restart"
        assert not app.conv.engine.finished


async def test_help_screen(new_app: Callable[[], BackchatApp]) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        text = " ".join(str(w.render()) for w in app.screen.query("Static"))
        for words in ("Help", "Why this question", "Go back", "Start again", "Save the summary", "Quit"):
            assert words in text
        await pilot.press("f1")
        assert isinstance(app.screen, MainScreen)
        await pilot.press("f1")
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen) and isinstance(app.focused, Input)


async def test_quit_mid_intake_asks_first(new_app: Callable[[], BackchatApp]) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await send(pilot, "it started gradually")
        await pilot.press("ctrl+q")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")  # keep going
        assert isinstance(app.screen, MainScreen) and app.is_running
        await send(pilot, "quit")  # the word works too
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert app.turn.event == "ask" and app.is_running
        await pilot.press("ctrl+q")
        await pilot.press("y")
        await pilot.pause()
    assert app.return_code == EXIT_UNFINISHED  # not like a finished intake


async def test_quit_after_the_outcome_needs_no_confirmation(
        app_at_last_question: Callable[[], BackchatApp]) -> None:
    app = app_at_last_question()
    async with app.run_test(size=(80, 24)) as pilot:
        await answer_all(pilot)
        assert isinstance(app.screen, EndScreen)
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 0


async def test_command_palette_offers_the_same_actions(new_app: Callable[[], BackchatApp]) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        titles = [c.title for c in app.get_system_commands(app.screen)]
        for title in ("Help", "Why this question", "Go back (undo)", "Start again", "Save the summary", "Quit"):
            assert title in titles
        assert "Show the result" not in titles  # nothing to show yet
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        app.screen.query_one(Input).value = "Help"
        await pilot.pause(0.2)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.click("#help-close")
        assert isinstance(app.screen, MainScreen)
