"""Exports against golden files, one session per care level, and FHIR validation.

The inputs are frozen stored sessions (``golden/<level>.session.json``), so the
goldens change only when an exporter changes, not when the flow's wording does.
Regenerate both from live intakes with ``BACKCHAT_UPDATE_GOLDEN=1`` and review the diff.
"""

from __future__ import annotations

import json
import os
from datetime import UTC
from pathlib import Path
from typing import Any

import pytest

from backchat.core.conversation import Conversation
from backchat.core.engine import Engine
from backchat.core.flow import Flow
from backchat.store.db import SessionStore
from backchat.store.exports import export_text, questionnaire, summarize
from backchat.store.exports.markdown import escape
from backchat.store.models import FlowInfo
from backchat.store.queries import StoredSession, load_session
from backchat.store.recorder import SessionRecorder
from tests.store.helpers import PATIENTS, SELF_CARE, TODAY, Notices, Ticker, drive, dump_stored, load_stored

GOLDEN = Path(__file__).parent / "golden"
LEVELS = ("emergency", "urgent", "gp", "self_care")
SUFFIX = {"markdown": ".md", "json": ".json", "fhir": ".fhir.json"}
UPDATE = os.environ.get("BACKCHAT_UPDATE_GOLDEN") == "1"


def _live_session(flow: Flow, level: str, folder: Path) -> StoredSession:
    """Run one intake into a fresh store with fixed clocks and id (used to regenerate inputs)."""
    store = SessionStore.open(folder)
    rec = SessionRecorder(store, flow, Notices(), today=lambda: TODAY, now=Ticker(),
                          new_id=lambda: f"{LEVELS.index(level) + 1:x}0c0ffee")
    conv = Conversation(Engine(flow, clock=lambda: TODAY), rec)
    turn = conv.start()
    answers = {**SELF_CARE, "weight_loss": "I'm not sure"} if level == "urgent" else PATIENTS[level]
    if level == "self_care":
        turn = conv.handle(answers["onset"])
        assert turn.question is not None
        turn = conv.handle(answers[turn.question], "spoken")
    turn = drive(conv, turn, answers)
    if level == "gp":
        conv.correct("severity", "7")
    assert rec.session_id is not None
    stored = load_session(store, rec.session_id)
    rec.close()
    assert stored.info.outcome == level
    return stored


def _input(level: str, flow: Flow, tmp: Path) -> StoredSession:
    path = GOLDEN / f"{level}.session.json"
    if UPDATE:
        stored = _live_session(flow, level, tmp / level)
        path.write_text(json.dumps(dump_stored(stored), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return load_stored(json.loads(path.read_text(encoding="utf-8")))


def _check(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs (BACKCHAT_UPDATE_GOLDEN=1 to refresh)"


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize("fmt", ["markdown", "json", "fhir"])
def test_exports_match_the_golden_files(level: str, fmt: str, flow: Flow, tmp_path: Path) -> None:
    stored = _input(level, flow, tmp_path)
    _check(f"{level}{SUFFIX[fmt]}", export_text(stored, fmt, tz=UTC))  # type: ignore[arg-type]


def test_the_questionnaire_matches_its_golden_file(flow: Flow, tmp_path: Path) -> None:
    info = _input("self_care", flow, tmp_path).flow
    _check("questionnaire.fhir.json", json.dumps(questionnaire(info), indent=2, ensure_ascii=False) + "\n")


def test_markdown_puts_the_care_level_first_and_the_transcript_last(flow: Flow, tmp_path: Path) -> None:
    text = export_text(_input("urgent", flow, tmp_path), "markdown", tz=UTC)
    heads = [line for line in text.splitlines() if line.startswith("## ")]
    assert heads[0] == "## Care level" and heads[-1] == "## Transcript"
    assert heads.index("## Facts") < heads.index("## Red-flag screen") < heads.index("## Duration") < heads.index(
        "## Advice given")
    assert "| Weight loss without trying | unknown |" in text
    assert "| Fever or chills | no |" in text


def test_json_has_the_same_facts_as_replay_and_parse(flow: Flow, tmp_path: Path) -> None:
    stored = _input("gp", flow, tmp_path)
    data = json.loads(export_text(stored, "json"))
    assert data["facts"] == stored.turns[-1].turn["facts"]
    assert data["facts"]["outcome"] == data["outcome"] == "gp"
    assert "red_flags" in data["facts"] and data["flow"] == {"name": "low_back_pain", "version": "1.0.0"}
    users = [t for t in data["transcript"] if t["role"] == "user"]
    assert users[-1]["source"] == "panel" and users[0]["source"] == "typed"


def test_what_the_person_said_is_never_markup() -> None:
    assert escape("*bold* [link](x) <b> | `code` & 1. two") == (
        r"\*bold\* \[link\](x) \<b\> \| \`code\` \& 1. two")
    assert escape("# not a heading", line_start=True) == r"\# not a heading"
    assert escape("12. not a list", line_start=True) == r"12\. not a list"


# -- FHIR R4 validation ------------------------------------------------------------------
# fhir.resources >= 7 has no R4 package; its R4B models (4.3.0) are the same as R4 (4.0.1) for
# Questionnaire and QuestionnaireResponse. They check structure and types but not code values,
# so the R4 value sets used are checked here by hand.
R4_ITEM_TYPES = {"group", "display", "boolean", "decimal", "integer", "date", "dateTime", "time", "string",
                 "text", "url", "choice", "open-choice", "attachment", "reference", "quantity"}
R4_Q_STATUS = {"draft", "active", "retired", "unknown"}
R4_QR_STATUS = {"in-progress", "completed", "amended", "entered-in-error", "stopped"}


def _walk(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for item in items:
        out.append(item)
        out += _walk(item.get("item", []))
    return out


def _fhir_inputs(flow: Flow, tmp: Path) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    stored = [_input(level, flow, tmp) for level in LEVELS]
    responses = [json.loads(export_text(s, "fhir")) for s in stored]
    return questionnaire(stored[0].flow), responses


def test_fhir_resources_are_valid_r4(flow: Flow, tmp_path: Path) -> None:
    from fhir.resources.R4B.questionnaire import Questionnaire
    from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

    q, responses = _fhir_inputs(flow, tmp_path)
    Questionnaire.model_validate(q)
    assert q["status"] in R4_Q_STATUS
    assert {i["type"] for i in _walk(q["item"])} <= R4_ITEM_TYPES
    for r in responses:
        QuestionnaireResponse.model_validate(r)
        assert r["status"] in R4_QR_STATUS


def test_every_answer_fits_its_questionnaire_item(flow: Flow, tmp_path: Path) -> None:
    q, responses = _fhir_inputs(flow, tmp_path)
    items = {i["linkId"]: i for i in _walk(q["item"])}
    assert len(items) == len(_walk(q["item"]))  # linkIds are unique
    value_key = {"choice": "valueCoding", "integer": "valueInteger", "string": "valueString"}
    for r in responses:
        assert r["questionnaire"] == f"{q['url']}|{q['version']}"
        for answered in _walk(r["item"]):
            item = items[answered["linkId"]]
            assert answered["text"] == item["text"]
            answers = answered.get("answer", [])
            if len(answers) > 1:
                assert item.get("repeats")
            for a in answers:
                [key] = a.keys()
                assert key == value_key[item["type"]]
                if "answerOption" in item:
                    assert a[key] in [o["valueCoding"] for o in item["answerOption"]]


def test_fhir_validation_rejects_a_broken_resource() -> None:
    from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        QuestionnaireResponse.model_validate({"resourceType": "QuestionnaireResponse", "status": "completed",
                                              "item": [{"linkId": "a", "answer": [{"valueFoo": 1}]}]})


def test_live_sessions_export_without_error(flow: Flow, tmp_path: Path) -> None:
    for level in LEVELS:
        stored = _live_session(flow, level, tmp_path / level)
        summary = summarize(stored)
        assert summary.level == level and summary.finished
        for fmt in ("markdown", "json", "fhir"):
            assert export_text(stored, fmt)
        assert isinstance(stored.flow, FlowInfo)
