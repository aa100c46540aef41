"""Issue 12, the terminal app: what a person in pain reads at 80x24, and nothing they did not ask for."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.widgets import RadioButton

from backchat.core.flow import Flow
from backchat.core.triage import Reason
from backchat.core.turn import Outcome, make_outcome
from backchat.intake import Options
from backchat.tui.app import BackchatApp, make_app
from backchat.tui.screens.alert import ALERT_LEVELS, AlertScreen
from backchat.tui.screens.confirm import ConfirmScreen
from backchat.tui.screens.end import EndScreen
from backchat.tui.screens.help import HelpScreen
from backchat.tui.screens.main import MainScreen
from backchat.tui.screens.save import SaveScreen
from backchat.tui.settings import SETTINGS_FILE
from tests.tui.conftest import answer_all, screen_text, screen_words, send


async def test_quit_says_goodbye_only_once_confirmed(new_app: Callable[[], BackchatApp]) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await send(pilot, "quit")
        assert isinstance(app.screen, ConfirmScreen)
        assert "`" not in app.screen.question  # plain text, no literal backticks
        assert not any("Goodbye" in text for _, text in app.main_screen.log_view.texts)
        await pilot.click("#no")  # Keep going
        await pilot.pause()
        said = [text for who, text in app.main_screen.log_view.texts if who == "assistant"]
        assert not any("Goodbye" in text for text in said)
        assert said[-1] == app.turn.say and app.turn.question == "onset"


async def test_enter_on_an_empty_line_does_nothing(new_app: Callable[[], BackchatApp]) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        before = list(app.main_screen.log_view.texts)
        for blank in ("", "   "):
            await send(pilot, blank)
        assert app.main_screen.log_view.texts == before
        assert app.turn.event != "empty" and app.main_screen.answer.value == ""


async def test_a_long_panel_value_is_shown_whole_at_80x24(new_app: Callable[[], BackchatApp]) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await send(pilot, "I bent down to tie a shoelace and it came on suddenly with a sharp twinge")
        row = app.main_screen.facts_panel.rows[0]
        assert len(row.value) > 30  # longer than one line of the panel
        panel = app.main_screen.facts_panel
        lines = [s.text.strip() for s in panel.render_lines(panel.region.reset_offset)]
        shown = " ".join(lines)
        assert " ".join(row.value.split()) in " ".join(shown.split())
        assert not any(line.endswith("…") for line in lines)


async def test_help_opens_with_its_text_in_hand(new_app: Callable[[], BackchatApp]) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        body = app.screen.query_one("#help-body")
        assert app.focused is body and body.max_scroll_y > 0
        await pilot.press("down", "down", "pagedown")
        assert body.scroll_y > 0
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


def _longest_alert(flow: Flow, level: str) -> tuple[Outcome, str]:
    """The outcome at ``level`` with every reason the flow has for it (the most text that screen can
    hold), and its last words: the safety net's, or the last reason's when there is none."""
    reasons = tuple(Reason(r.id, r.level, r.reason, tuple(r.sources), True) for r in flow.red_flags
                    if r.level == level)
    outcome = make_outcome(flow, level, reasons, ())
    return outcome, outcome.safety_net or outcome.reasons[-1].text


@pytest.mark.parametrize("level", ALERT_LEVELS)
async def test_the_whole_safety_net_can_be_read_at_80x24(options: Options, flow: Flow, level: str) -> None:
    outcome, last = _longest_alert(flow, level)
    assert len(outcome.reasons) > 1
    app = make_app(options)
    async with app.run_test(size=(80, 24)) as pilot:
        await app.push_screen(AlertScreen(outcome))
        await pilot.pause()
        body = app.screen.query_one("#alert-body")
        assert app.focused is body  # Down, Page Down and End scroll it at once
        pages = [screen_words(app)]
        for _ in range(10):  # Page Down to the end, reading each page
            await pilot.press("pagedown")
            await pilot.pause()
            pages.append(screen_words(app))
        assert body.scroll_y == body.max_scroll_y > 0
        assert " ".join(last.split()[-8:]) in pages[-1]
        assert outcome.safety_net == "" or any("Get help straight away if things change" in p for p in pages)
        for piece in re.split(r"[.;:]\s", last):  # every part of it was on screen at some point
            assert any(" ".join(piece.split()) in p for p in pages), piece
        assert f"!! {'EMERGENCY' if level == 'emergency' else 'URGENT'} !!" in pages[-1]  # the level stays on screen


async def test_theme_commands_are_found_by_dark_and_light_and_remembered(tmp_path: Path) -> None:
    opts = Options(data_dir=str(tmp_path / "data"), today=None)
    app = make_app(opts)
    async with app.run_test(size=(80, 24)) as pilot:
        titles = {c.title for c in app.get_system_commands(app.screen)}
        assert {"Dark theme", "Light theme"} <= titles and "Keys" not in titles and "Help" in titles
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"light")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == "textual-light"
    saved = tmp_path / "data" / SETTINGS_FILE
    assert json.loads(saved.read_text(encoding="utf-8")) == {"theme": "textual-light"}
    assert saved.stat().st_mode & 0o077 == 0
    again = make_app(opts)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert again.theme == "textual-light"


async def test_no_store_remembers_no_theme(options: Options) -> None:
    app = make_app(options)
    async with app.run_test(size=(80, 24)) as pilot:
        app.theme = "textual-light"
        await pilot.pause()
    assert not Path(str(options.data_dir)).exists()


async def test_save_formats_differ_without_colour(new_app: Callable[[], BackchatApp],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, SaveScreen)
        md, js = (app.screen.query_one(f"#fmt-{f}", RadioButton) for f in ("markdown", "json"))
        assert "●" in str(md.render()) and "●" not in str(js.render())
        js.value = True
        await pilot.pause()
        assert "●" in str(js.render()) and "●" not in str(md.render())


async def test_save_over_an_existing_file_asks_and_keeps_it_unless_told(
        new_app: Callable[[], BackchatApp], tmp_path: Path) -> None:
    target = tmp_path / "mine.md"
    target.write_text("my own notes", encoding="utf-8")
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        for replace in (False, True):
            await pilot.press("ctrl+s")
            app.screen.query_one("#save-path").value = str(target)  # type: ignore[attr-defined]
            await pilot.click("#save-ok")
            await pilot.pause()
            assert isinstance(app.screen, ConfirmScreen) and str(target) in app.screen.question
            await pilot.click("#yes" if replace else "#no")
            await pilot.pause()
            if not replace:
                assert target.read_text(encoding="utf-8") == "my own notes"
    assert target.read_text(encoding="utf-8").startswith("#")  # the summary, once replacing was confirmed


async def test_sources_key_says_where_it_comes_from(new_app: Callable[[], BackchatApp]) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("f7")
        await pilot.pause()
        assert app.turn.event == "sources" and app.turn.question == "onset"
        assert app.main_screen.log_view.texts[-1] == ("assistant", app.turn.say)


async def test_below_80x24_the_panel_hides_and_f4_brings_it_back(new_app: Callable[[], BackchatApp]) -> None:
    app = new_app()
    async with app.run_test(size=(70, 20)) as pilot:
        await pilot.pause()
        side = app.main_screen.query_one("#side")
        assert not side.display
        lines = screen_text(app).splitlines()
        assert lines[0].lstrip().startswith("Now: How it started") and lines[0].rstrip().endswith("to go")
        assert "f1 Help" in lines[-1] and "^q Quit" in lines[-1]
        await pilot.press("f4")
        await pilot.pause()
        assert side.display and app.focused is app.main_screen.facts_panel
        await pilot.press("escape")
        await pilot.pause()
        assert not side.display


async def test_typing_on_the_result_goes_to_the_answer_line(
        app_at_last_question: Callable[[], BackchatApp]) -> None:
    app = app_at_last_question()
    async with app.run_test(size=(80, 24)) as pilot:
        await answer_all(pilot)
        assert isinstance(app.screen, EndScreen)
        await pilot.press("a", "c")
        assert isinstance(app.screen, MainScreen) and app.focused is app.main_screen.answer
        assert app.main_screen.answer.value == "ac"
        await pilot.press("f6", "escape")
        assert isinstance(app.screen, MainScreen)
