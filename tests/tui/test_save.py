"""Saving the summary: a file the person names, Markdown or JSON, readable by them only."""

from __future__ import annotations

import json
import stat
from collections.abc import Callable
from pathlib import Path

from textual.widgets import Input, RadioButton

from backchat.intake import Options
from backchat.store.exports import conversation_text, default_name
from backchat.tui.app import BackchatApp
from backchat.tui.screens.save import SaveScreen, resolve_target
from tests.tui.conftest import answer_all, send


async def test_save_markdown_in_the_data_folder(app_at_last_question: Callable[[], BackchatApp],
                                                options: Options) -> None:
    app = app_at_last_question()
    async with app.run_test(size=(80, 24)) as pilot:
        await answer_all(pilot)
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, SaveScreen)
        box = app.screen.query_one("#save-path", Input)
        assert box.value.startswith("backchat-summary-") and box.value.endswith(".md")
        box.value = "my summary.md"
        await pilot.press("enter")
        await pilot.pause()
        expected = conversation_text(app.conv, "markdown")
    assert options.data_dir is not None
    path = Path(options.data_dir) / "my summary.md"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    text = path.read_text(encoding="utf-8")
    head = text.split("## Transcript")[0]
    assert head == expected.split("## Transcript")[0]  # the one exporter: what `backchat export` writes
    order = [text.index(h) for h in ("## Care level", "## Facts", "## Red-flag screen", "## Advice given",
                                     "## Transcript")]
    assert order == sorted(order)
    assert "**Care level: self_care** (Look after it at home)" in text
    assert "- Keep moving (sources: " in text
    assert text.count("**Person") >= 1


async def test_save_json_to_a_named_path(new_app: Callable[[], BackchatApp], tmp_path: Path) -> None:
    target = tmp_path / "out" / "intake.json"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    target.chmod(0o644)
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await send(pilot, "it started gradually [bold]x[/]")
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, SaveScreen)
        app.screen.query_one("#fmt-json", RadioButton).value = True
        await pilot.pause()
        assert app.screen.query_one("#save-path", Input).value.endswith(".json")
        app.screen.query_one("#save-path", Input).value = str(target)
        await pilot.click("#save-ok")
        await pilot.pause()
        await pilot.click("#yes")  # the file exists: replace it only when told to
        await pilot.pause()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["format"] == "backchat-session"
    assert data["flow"]["name"] == "low_back_pain" and data["flow"]["version"]
    assert data["outcome"] is None
    assert data["facts"]["onset"] == "gradual"
    said = data["transcript"][1]
    assert (said["role"], said["text"], said["question"]) == ("user", "it started gradually [bold]x[/]", "onset")


async def test_a_save_that_fails_says_so(new_app: Callable[[], BackchatApp], tmp_path: Path) -> None:
    app = new_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, SaveScreen)
        (tmp_path / "a-file").write_text("x")
        app.screen.query_one("#save-path", Input).value = str(tmp_path / "a-file" / "x.md")
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running
        (note,) = app._notifications  # the toast
        assert note.title == "Not saved" and "cannot be used" in note.message


def test_file_names_resolve_into_the_data_folder(tmp_path: Path) -> None:
    assert resolve_target("a.md", tmp_path) == tmp_path / "a.md"
    assert resolve_target("./a.md", tmp_path) == Path("a.md")
    assert resolve_target("/tmp/a.md", tmp_path) == Path("/tmp/a.md")
    assert resolve_target("~/a.md", tmp_path) == Path.home() / "a.md"
    assert default_name("json").endswith(".json") and default_name("markdown").endswith(".md")


def test_markdown_keeps_typed_text_literal(app_at_last_question: Callable[[], BackchatApp]) -> None:
    app = app_at_last_question()
    app.conv.handle("[link=https://example.org]x[/link] *stars* <b>")
    md = conversation_text(app.conv, "markdown")
    assert "\\[link=https://example.org\\]x\\[/link\\] \\*stars\\* \\<b\\>" in md
    assert "**Care level: none yet.**" in md
    data = json.loads(conversation_text(app.conv, "json"))
    assert data["transcript"][-2]["text"].startswith("[link=")
