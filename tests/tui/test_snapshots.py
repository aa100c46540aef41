"""Three pictures at 80x24: the main screen mid-intake, the emergency screen, the end screen.

Update with ``pytest tests/tui/test_snapshots.py --snapshot-update`` and look at
the SVGs in ``__snapshots__/`` before committing them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.pilot import Pilot

from backchat.tui.app import BackchatApp
from tests.tui.conftest import answer_all, send


def test_main_screen(new_app: Callable[[], BackchatApp], snap_compare: Any) -> None:
    async def answer(pilot: Pilot[None]) -> None:
        await send(pilot, "I lifted a box on Monday and it came on suddenly")
        await send(pilot, "no")  # no fall or accident
        await send(pilot, "lower back, on the left")
        await send(pilot, "I don't know")
        await pilot.wait_for_scheduled_animations()  # the conversation has scrolled to its newest turn
        # the answer line's cursor blinks: a picture taken late (on a busy machine) caught it off
        app = pilot.app
        assert isinstance(app, BackchatApp)
        app.main_screen.answer.cursor_blink = False
        await pilot.pause()

    assert snap_compare(new_app(), terminal_size=(80, 24), run_before=answer)


def test_emergency_screen(new_app: Callable[[], BackchatApp], snap_compare: Any) -> None:
    async def red_flag(pilot: Pilot[None]) -> None:
        await send(pilot, "I wet myself and both legs are numb")
        await pilot.wait_for_scheduled_animations()

    assert snap_compare(new_app(), terminal_size=(80, 24), run_before=red_flag)


def test_end_screen(app_at_last_question: Callable[[], BackchatApp], snap_compare: Any) -> None:
    async def finish(pilot: Pilot[None]) -> None:
        await answer_all(pilot)
        await pilot.wait_for_scheduled_animations()

    assert snap_compare(app_at_last_question(), terminal_size=(80, 24), run_before=finish)
