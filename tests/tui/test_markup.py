"""Whatever the person types is shown as plain text: never styled, never a link, never an action."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.content import Content
from textual.widgets import Input

from backchat.intake import Options
from backchat.tui.app import BackchatApp
from backchat.tui.screens.save import SaveScreen
from backchat.tui.widgets.conversation import Bubble
from tests.tui.conftest import send
from tests.tui.test_panel import pick

NASTY = [
    "[bold]loud[/bold]",
    "[link=https://example.org]click[/link]",
    "[@click=app.quit]press me[/]",
    "[/]",
    "a stray [/] in the middle",
    "[red",
    "[b]unclosed",
    "\\[escaped] and [$accent]var[/]",
]


def shown(bubble: Bubble) -> Content:
    content = bubble.render()
    assert isinstance(content, Content)
    return content


async def test_typed_markup_is_shown_literally(new_app: Callable[[], BackchatApp]) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        for text in NASTY:
            await send(pilot, text)
            bubble = [b for b in app.query(Bubble) if b.speaker == "user"][-1]
            content = shown(bubble)
            assert content.plain == f"You\n{text}"
            assert {str(span.style) for span in content.spans} == {"bold"}  # only the "You" label
            if "@click" in text:
                await pilot.click(bubble, offset=(3, 1))  # clicking it runs nothing
                await pilot.pause()
        assert app.is_running and app.return_code is None


async def test_markup_in_a_correction_and_a_file_name(new_app: Callable[[], BackchatApp],
                                                      options: Options) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await send(pilot, "it started gradually")
        dialog = await pick(pilot, app, "onset")
        dialog.query_one("#new-answer", Input).value = "[@click=app.quit]x[/] [/]"
        await pilot.press("enter")
        await pilot.pause()
        assert ("action", "change How it started to: [@click=app.quit]x[/] [/]") in \
            app.main_screen.log_view.texts
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, SaveScreen)
        app.screen.query_one("#save-path", Input).value = "[bold]odd[@click=app.quit][.md"
        await pilot.press("enter")
        await pilot.pause()
        (note,) = app._notifications  # the toast
        assert note.message.endswith("[bold]odd[@click=app.quit][.md") and not note.markup
        app.voice_status.partial = "[/] heard [bold]"
        app.voice_status.state = "listening"
        await pilot.pause()
        assert "[/] heard [bold]" in str(app.voice_status.render())
        assert app.is_running
    assert options.data_dir is not None
    assert (Path(options.data_dir) / "[bold]odd[@click=app.quit][.md").exists()
