"""Every scripted dialogue in tests/dialogues replays through the real engine and passes."""

from __future__ import annotations

from pathlib import Path

import pytest

from backchat.checks.replay import load_script, run_script
from backchat.core.flow import Flow

DIALOGUES = sorted((Path(__file__).parent / "dialogues").glob("*.yaml"))


def test_there_are_enough_dialogues_covering_every_outcome() -> None:
    outcomes = {load_script(p).outcome for p in DIALOGUES}
    assert len(DIALOGUES) >= 30
    assert {"emergency", "urgent", "gp", "self_care"} <= outcomes


@pytest.mark.parametrize("path", DIALOGUES, ids=[p.stem for p in DIALOGUES])
def test_dialogue_replays(path: Path, flow: Flow) -> None:
    result = run_script(load_script(path), flow, path.name)
    assert result.failure is None
