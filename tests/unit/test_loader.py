"""Loading flows: the shipped flow is valid; broken ones fail with file, place and reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from backchat.core.flow import Flow
from backchat.core.flow_schema import json_schema
from backchat.core.loader import default_flow_path, load_flow, parse_flow
from backchat.errors import FlowError

ROOT = Path(__file__).resolve().parents[2]
TEXT = default_flow_path().read_text(encoding="utf-8")


def broken(old: str, new: str) -> str:
    assert old in TEXT, old
    return TEXT.replace(old, new, 1)


def error_for(text: str) -> FlowError:
    with pytest.raises(FlowError) as caught:
        parse_flow(text, "broken.yaml")
    return caught.value


def test_the_shipped_flow_loads(flow: Flow) -> None:
    assert flow.name == "low_back_pain"
    ids = {q.id for q in flow.questions}
    assert {"onset", "location", "radiation", "numbness_weakness", "bladder_bowel", "fever",
            "duration", "trauma", "age", "cancer_history", "weight_loss", "night_pain", "immune",
            "severity"} <= ids
    assert (flow.thresholds.subacute_from_days, flow.thresholds.chronic_from_days) == (28, 84)


def test_every_rule_and_advice_item_names_a_known_source(flow: Flow) -> None:
    for item in [*flow.red_flags, *flow.care_rules, *flow.advice]:
        assert item.sources and all(s in flow.sources for s in item.sources), item.id


def test_a_transition_to_an_unknown_question_is_named_with_its_line() -> None:
    err = error_for(broken("{from: location, to: radiation}", "{from: location, to: radiatoin}"))
    assert err.file == "broken.yaml"
    assert "transitions[" in err.location and "(line " in err.location
    assert "unknown question 'radiatoin'" in err.reason


def test_an_unreachable_question_is_reported() -> None:
    text = broken("  - {from: chest_pain, to: numbness_weakness}\n",
                  "  - {from: chest_pain, to: fever}\n")
    err = error_for(text)
    assert "'numbness_weakness' is unreachable" in err.reason


def test_an_outcome_with_no_path_is_reported() -> None:
    text = broken("  - id: below_knee_one_leg\n    level: gp", "  - id: below_knee_one_leg\n    level: urgent")
    text = text.replace("    level: gp\n", "    level: urgent\n").replace("if_unknown: gp", "if_unknown: urgent")
    err = error_for(text)
    assert "outcome 'gp' has no path" in err.reason


def test_a_duplicate_id_is_reported() -> None:
    err = error_for(broken("  - id: weight_loss\n    label: Weight", "  - id: fever\n    label: Weight"))
    assert "duplicate id 'fever'" in err.reason


def test_a_condition_naming_an_unknown_fact_is_reported() -> None:
    err = error_for(broken("{fact: radiation, is: leg}", "{fact: radiatoin, is: leg}"))
    assert "unknown fact 'radiatoin'" in err.reason


def test_a_condition_value_the_fact_cannot_take_is_reported() -> None:
    err = error_for(broken("{fact: radiation, is: leg}", "{fact: radiation, is: calf}"))
    assert "radiation is one of" in err.reason


def test_a_missing_field_is_reported_with_its_place() -> None:
    err = error_for(broken("    reprompt: How did the pain start?\n", ""))
    assert err.location.startswith("questions[0]") and "missing" in err.reason


@pytest.mark.parametrize("text, reason", [
    ("", "must be a mapping"),
    ("just a string", "must be a mapping"),
    ("name: [unclosed", "not valid YAML"),
    ("\x00\x01binary", "contains a NUL byte"),
])
def test_garbage_is_a_flow_error_not_a_traceback(text: str, reason: str) -> None:
    assert reason in str(error_for(text))


def test_missing_and_non_utf8_files(tmp_path: Path) -> None:
    with pytest.raises(FlowError, match="no such file"):
        load_flow(tmp_path / "nope.yaml")
    bad = tmp_path / "latin1.yaml"
    bad.write_bytes("name: caf\xe9".encode("latin-1"))
    with pytest.raises(FlowError, match="not UTF-8"):
        load_flow(bad)


def test_a_second_flow_needs_no_python(tmp_path: Path) -> None:
    """A flow author can shorten the intake with data alone."""
    text = TEXT.replace("  - {from: fever, to: duration}\n", "  - {from: fever, to: end}\n")
    path = tmp_path / "short.yaml"
    path.write_text(text.replace("name: low_back_pain", "name: short_screen"), encoding="utf-8")
    with pytest.raises(FlowError, match="unreachable"):
        load_flow(path)


def test_the_exported_json_schema_is_current() -> None:
    exported = json.loads((ROOT / "flows" / "flow.schema.json").read_text(encoding="utf-8"))
    assert exported == json_schema()


# -- hostile files: refused with file, line and reason; the interpreter never crashes -----------

def test_deep_nesting_is_refused_before_the_parser_recurses() -> None:
    import subprocess
    import sys

    code = ("from backchat.core.loader import parse_flow\n"
            "from backchat.errors import FlowError\n"
            "try:\n    parse_flow('a: ' + '[' * 40000 + ']' * 40000, 'deep.yaml')\n"
            "except FlowError as e:\n    print(e)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.returncode  # not 139 (segfault)
    assert done.stdout.startswith("deep.yaml: line 1: nests deeper than")


def test_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "flow.yaml"
    os.mkfifo(fifo)
    with pytest.raises(FlowError, match="not a regular file"):
        load_flow(fifo)


def test_a_device_is_refused_not_read_forever() -> None:
    with pytest.raises(FlowError, match="not a regular file"):
        load_flow("/dev/zero")


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FlowError, match="is a folder"):
        load_flow(tmp_path)


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    from backchat.core.loader import MAX_FLOW_BYTES

    big = tmp_path / "big.yaml"
    big.write_bytes(b"# x\n" * (MAX_FLOW_BYTES // 4 + 1))
    with pytest.raises(FlowError, match="larger than"):
        load_flow(big)


def test_a_huge_number_is_refused_with_its_line() -> None:
    err = error_for(broken("version:", "huge: " + "9" * 5000 + "\nversion:"))
    assert "digits" in err.reason and err.location.startswith("line ")
    assert "ValueError" not in str(err)


@pytest.mark.parametrize("key", ["start", "version"])
def test_a_duplicate_key_is_refused_not_last_one_wins(key: str) -> None:
    line = next(x for x in TEXT.splitlines() if x.startswith(f"{key}:"))
    err = error_for(TEXT + f"\n{line}\n")
    assert f"'{key}' appears twice" in err.reason and err.location.startswith("line ")


def test_a_nul_byte_names_its_line() -> None:
    err = error_for("name: x\nversion: 1\ntitle: a\x00b\n")
    assert err.location == "line 3" and "NUL" in err.reason


def test_bad_utf8_names_its_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_bytes(b"name: x\nversion: 1\ntitle: \xff\n")
    with pytest.raises(FlowError) as caught:
        load_flow(bad)
    assert caught.value.location == "line 3"


def test_a_vague_value_the_fact_cannot_take_is_reported() -> None:
    err = error_for(broken("    vague: [leg]\n", "    vague: [calf]\n"))
    assert "questions[" in err.location and "vague value 'calf': radiation is one of" in err.reason
