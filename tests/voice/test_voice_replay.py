"""Scripted dialogues through the real voice path: espeak-ng speech (via pyttsx3), converted to
16 kHz, recognised by PocketSphinx with each question's grammar, read-backs answered by voice.
The dialogues must reach the same facts and outcome as their text versions."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from backchat.checks.replay import load_script
from backchat.core.flow import Flow
from backchat.voice.replay_cli import replay_by_voice

DIALOGUES = Path(__file__).resolve().parents[1] / "dialogues"
# The voice suite: every closed answer kind (yes/no, duration, location, radiation, onset,
# number) and seven red flags, asked by voice. `backchat replay --voice tests/dialogues/*.yaml`
# runs them all; the README gives how many pass on synthetic speech.
VOICE_SUITE = [
    "asked_both_legs", "asked_cancer_history", "asked_cauda_equina", "asked_fever", "asked_immune",
    "asked_night_pain", "asked_trauma", "asked_weight_loss", "dont_know_on_red_flag", "gp_age_over_fifty",
    "gp_age_under_twenty", "gp_chronic_pain", "restart_midway", "shoulder_blades_urgent",
]


@pytest.fixture(scope="module")
def voice_results(flow: Flow) -> dict[str, object]:
    scripts = [(DIALOGUES / f"{name}.yaml", load_script(DIALOGUES / f"{name}.yaml")) for name in VOICE_SUITE]
    lines: list[str] = []
    results = replay_by_voice(scripts, flow, "pocketsphinx", None, show=lines.append)
    return {"results": {Path(r.file).stem: r for r in results}, "lines": lines}


def test_the_voice_suite_covers_every_closed_answer_kind_and_three_red_flags(
        flow: Flow, voice_results: dict[str, object]) -> None:
    results = voice_results["results"]
    assert isinstance(results, dict)
    questions = {q.id for q in flow.questions}
    asked = {t.state for r in results.values() for t in r.turns if t.state in questions}
    flags = {f for r in results.values() for f in r.facts.get("red_flags", [])}
    assert {"yes_no", "duration", "location", "radiation", "onset", "number"} <= {flow.question(q).kind for q in asked}
    assert len(flags) >= 3


@pytest.mark.parametrize("name", VOICE_SUITE)
def test_dialogue_by_voice_reaches_the_same_outcome_and_facts(name: str, voice_results: dict[str, object]) -> None:
    results = voice_results["results"]
    assert isinstance(results, dict)
    result = results[name]
    assert result.failure is None, "\n".join(str(x) for x in voice_results["lines"])  # type: ignore[union-attr]


def test_the_report_shows_what_was_heard_next_to_what_was_said(voice_results: dict[str, object]) -> None:
    lines = voice_results["lines"]
    assert isinstance(lines, list)
    assert any(" -> heard " in line and line.strip().startswith("said ") for line in lines)


@pytest.mark.vosk
@pytest.mark.skipif(not os.environ.get("BACKCHAT_VOSK_MODEL"),
                    reason="set BACKCHAT_VOSK_MODEL to a Vosk model folder to replay the voice suite with Vosk")
def test_the_voice_suite_by_vosk(flow: Flow) -> None:
    scripts = [(DIALOGUES / f"{name}.yaml", load_script(DIALOGUES / f"{name}.yaml")) for name in VOICE_SUITE]
    results = replay_by_voice(scripts, flow, "vosk", None, show=None)
    assert [r.file for r in results if not r.passed] == []
