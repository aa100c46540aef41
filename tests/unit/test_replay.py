"""Replay reports the first difference with its turn, and fails clearly on bad scripts."""

from __future__ import annotations

from pathlib import Path

import pytest

from backchat.checks.replay import Script, load_script, run_script
from backchat.core.flow import Flow
from backchat.errors import ScriptError


def script(**data: object) -> Script:
    return Script.model_validate(data)


def test_a_wrong_expected_state_names_the_turn(flow: Flow) -> None:
    result = run_script(script(turns=[{"user": "it came on gradually", "expect": {"state": "fever"}}]), flow)
    assert not result.passed
    assert result.failure == "turn 1 ('it came on gradually'): expected state 'fever', got 'trauma'"


def test_a_wrong_outcome_is_reported_at_the_end(flow: Flow) -> None:
    no = {"user": "no"}
    result = run_script(script(turns=[{"user": "I have a fever"}, no, no, no, no, no, no], outcome="self_care"), flow)
    assert result.failure == "end: expected outcome 'self_care', got 'urgent'"
    assert result.outcome == "urgent" and result.facts["red_flags"] == ["fever"]


def test_a_patient_script_without_an_answer_names_the_question(flow: Flow) -> None:
    result = run_script(script(patient={"onset": "it came on gradually"}), flow)
    assert result.failure == "question 'trauma' was asked, but the script has no answer for it"


def test_a_patient_script_with_a_default_finishes(flow: Flow) -> None:
    result = run_script(script(patient={"onset": "gradually", "location": "lower back", "duration": "3 days",
                                        "age": "30", "severity": "2"}, default="no", outcome="self_care"), flow)
    assert result.passed, result.failure


def test_successive_answers_to_the_same_question(flow: Flow) -> None:
    s = script(patient={"onset": "gradually", "location": "lower back", "radiation": "no",
                        "fever": ["not sure", "no"], "duration": "3 days", "age": "30", "severity": "2"},
               default="no", outcome="self_care")
    assert run_script(s, flow).passed


def test_json_form_has_the_documented_keys(flow: Flow) -> None:
    data = run_script(script(turns=[{"user": "I have a fever"}]), flow, "x.yaml").as_json()
    assert set(data) == {"file", "passed", "outcome", "facts", "turns", "failure"}
    assert set(data["turns"][0]) == {"state", "user", "said"}


@pytest.mark.parametrize("content, message", [
    ("turns: [", "not valid YAML"),
    ("- a list", "must be a mapping"),
    ("outcome: gp", "exactly one of 'turns' or 'patient'"),
    ("turns: []\npatient: {}", "exactly one of 'turns' or 'patient'"),
    ("turns: [{usr: hi}]", "turns.0"),
])
def test_bad_scripts_raise_a_script_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ScriptError, match=message):
        load_script(path)


def test_a_missing_script_is_a_script_error(tmp_path: Path) -> None:
    with pytest.raises(ScriptError, match="no such file"):
        load_script(tmp_path / "missing.yaml")
