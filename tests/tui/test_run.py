"""Running the app for real: exit status, a crash, and nothing written to the terminal outside Textual."""

from __future__ import annotations

import logging
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from backchat.intake import Options
from backchat.tui.app import make_app, run_app
from tests.conftest import TODAY


def test_a_normal_exit_is_zero(options: Options, capfd: pytest.CaptureFixture[str]) -> None:
    app = make_app(options)

    async def leave(pilot: Pilot[Any]) -> None:
        await pilot.pause()
        logging.getLogger("backchat.somewhere").warning("this must not reach the terminal")
        pilot.app.exit()

    root = logging.getLogger()
    console = logging.StreamHandler(sys.stderr)  # what the CLI's logging.basicConfig() installs
    root.addHandler(console)
    try:
        before = list(root.handlers)
        assert run_app(app, headless=True, size=(80, 24), auto_pilot=leave) == 0
        assert root.handlers == before
    finally:
        root.removeHandler(console)
    out, err = capfd.readouterr()
    assert out == "" and err == ""


def test_a_crash_exits_non_zero_without_a_traceback(options: Options, capfd: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(options)

    def broken(text: str, source: str = "typed") -> None:
        raise RuntimeError("the engine broke")

    monkeypatch.setattr(app.conv, "handle", broken)

    async def type_something(pilot: Pilot[Any]) -> None:
        app.main_screen.answer.value = "hello"
        await pilot.press("enter")
        await pilot.pause()

    assert run_app(app, headless=True, size=(80, 24), auto_pilot=type_something) != 0
    out, err = capfd.readouterr()
    assert out == ""
    assert "Traceback" not in err and err.startswith("backchat: something went wrong")
    assert options.data_dir is not None
    log = Path(options.data_dir) / "crash.log"
    assert "RuntimeError: the engine broke" in log.read_text(encoding="utf-8")
    assert log.stat().st_mode & 0o777 == 0o600


def test_a_resumed_session_shows_what_was_said(tmp_path: Path) -> None:
    stored = Options(data_dir=str(tmp_path / "data"), today=TODAY)
    app = make_app(stored)

    async def two_answers(pilot: Pilot[Any]) -> None:
        for text in ("it started gradually", "lower back"):
            app.main_screen.answer.value = text
            await pilot.press("enter")
            await pilot.pause()
        pilot.app.exit()

    assert run_app(app, headless=True, size=(80, 24), auto_pilot=two_answers) == 0
    again = make_app(replace(stored, resume=True))
    seen: list[tuple[str, str]] = []

    async def look(pilot: Pilot[Any]) -> None:
        await pilot.pause()
        seen.extend(again.main_screen.log_view.texts)
        pilot.app.exit()

    assert run_app(again, headless=True, size=(80, 24), auto_pilot=look) == 0
    assert ("user", "it started gradually") in seen and ("user", "lower back") in seen
    assert again.conv.engine.facts["location"] == ("lower",)
