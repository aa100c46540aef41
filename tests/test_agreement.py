"""Two annotations of the same stories: how far they agree, and the reader's invented values against each."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from backchat.checks.agreement import compare_annotations
from backchat.cli.main import main
from backchat.core.flow import Flow
from backchat.errors import ScriptError

LIFTING = "I hurt my back lifting a box yesterday, low down on the left. My husband has had a fever all week."
SOFA = "Been sore low down for about 3 days, no idea why. It doesn't go down my legs."


def _write(path: Path, stories: list[dict[str, Any]]) -> Path:
    path.write_text(yaml.safe_dump(stories), encoding="utf-8")
    return path


def _story(key: str, text: str, **facts: Any) -> dict[str, Any]:
    return {"id": key, "text": text, "facts": facts, "red_flags": [], "level": "self_care"}


def test_a_value_only_the_second_annotator_wrote_is_counted_as_theirs_and_as_disputed(
        tmp_path: Path, flow: Flow) -> None:
    first = _write(tmp_path / "first.yaml", [_story("s1", LIFTING, location=["lower", "left"], duration_days=1)])
    second = _write(tmp_path / "second.yaml",
                    [_story("s1", LIFTING, trigger="lifting", location=["lower", "left"], duration_days=1)])
    got = compare_annotations(flow, first, second)
    assert (got.texts, got.first_values, got.second_values) == (1, 3, 4)
    assert (got.second_not_in_first, got.first_not_in_second) == (1, 0)
    # the reader writes the trigger: invented against the first, stated in the second
    assert (got.reader_not_in_first, got.reader_not_in_second, got.reader_in_neither) == (1, 0, 0)
    assert got.disputed == [("s1", "trigger", "lifting")]


def test_identical_annotations_agree_and_the_reader_is_scored_the_same_against_both(
        tmp_path: Path, flow: Flow) -> None:
    stories = [_story("s1", LIFTING, trigger="lifting", location=["lower", "left"], duration_days=1),
               _story("s2", SOFA, location=["lower"])]
    first = _write(tmp_path / "first.yaml", stories)
    second = _write(tmp_path / "second.yaml", stories[::-1])
    got = compare_annotations(flow, first, second)
    assert got.second_not_in_first == got.first_not_in_second == 0
    assert got.reader_not_in_first == got.reader_not_in_second == got.reader_in_neither
    assert got.reader_not_in_first >= 1  # s2's duration, trigger and radiation are not annotated
    assert not got.disputed


def test_a_second_annotation_of_another_text_is_refused(tmp_path: Path, flow: Flow) -> None:
    first = _write(tmp_path / "first.yaml", [_story("s1", LIFTING)])
    second = _write(tmp_path / "second.yaml", [_story("s1", SOFA)])
    with pytest.raises(ScriptError, match="another text"):
        compare_annotations(flow, first, second)
    other = _write(tmp_path / "other.yaml", [_story("s9", LIFTING)])
    with pytest.raises(ScriptError, match="s9 is not in"):
        compare_annotations(flow, first, other)


def test_eval_prints_the_agreement_after_its_own_figures(tmp_path: Path) -> None:
    first = _write(tmp_path / "first.yaml", [_story("s1", LIFTING, location=["lower", "left"], duration_days=1)])
    second = _write(tmp_path / "second.yaml",
                    [_story("s1", LIFTING, trigger="lifting", location=["lower", "left"], duration_days=1)])
    out = CliRunner().invoke(main, ["eval", str(first), "--no-e2e", "--second-reading", str(second)])
    assert out.exit_code == 0, out.output
    lines = out.output.splitlines()
    assert lines.index("1 texts annotated twice") > next(i for i, x in enumerate(lines) if x.startswith("invented"))
    assert "second annotation's values the first lacks: 0.250 (1/4)" in lines
    assert "  s1 trigger: 'lifting'" in lines
