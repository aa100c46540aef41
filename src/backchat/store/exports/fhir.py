"""FHIR R4 (4.0.1): the flow as a ``Questionnaire`` and a session as a ``QuestionnaireResponse``.

Items: one ``group`` per question (``linkId`` = the question id, ``text`` = its
prompt) holding one item per fact the question sets (``linkId`` =
``<question>.<fact>``); a ``volunteered`` group for facts no question asks (said
unprompted, e.g. chest pain); a read-only ``result`` group (care level, red flags,
duration band, reasons, advice). Yes/no facts are ``choice`` items answered with
the ``yesnodontknow`` codes (v2-0136 Y/N, data-absent-reason asked-unknown); a
number or choice the person was not sure about has no answer and the
``data-absent-reason`` extension ``asked-unknown``. backchat's own codes use
``urn:backchat:...`` systems; the Questionnaire's canonical URL is
``urn:backchat:questionnaire:<flow name>`` and the response points at it with ``|version``.
"""

from __future__ import annotations

from datetime import UTC
from typing import Any

from backchat.core.facts import CATALOGUE, DURATION_BANDS, PUBLIC_FACTS, RED_FLAGS, SCREEN_FACTS
from backchat.store.exports.view import Summary
from backchat.store.models import FlowInfo

__all__ = ["questionnaire", "questionnaire_response", "canonical_url", "YES", "NO", "ASKED_UNKNOWN"]

YES = {"system": "http://terminology.hl7.org/CodeSystem/v2-0136", "code": "Y", "display": "Yes"}
NO = {"system": "http://terminology.hl7.org/CodeSystem/v2-0136", "code": "N", "display": "No"}
ASKED_UNKNOWN = {"system": "http://terminology.hl7.org/CodeSystem/data-absent-reason",
                 "code": "asked-unknown", "display": "Asked But Unknown"}
_ABSENT = "http://hl7.org/fhir/StructureDefinition/data-absent-reason"
_VOLUNTEERED = "volunteered"
_RESULT = "result"


def canonical_url(flow_name: str) -> str:
    """The Questionnaire's canonical URL."""
    return f"urn:backchat:questionnaire:{flow_name}"


def _coding(kind: str, code: str) -> dict[str, str]:
    return {"system": f"urn:backchat:{kind}", "code": code, "display": code.replace("_", " ")}


def _fact_item(link: str, fact: str) -> dict[str, Any]:
    spec = CATALOGUE.get(fact)
    item: dict[str, Any] = {"linkId": link, "text": (spec.label if spec else fact).capitalize()}
    if spec is None:
        item["type"] = "string"
    elif spec.kind == "bool":
        item["type"] = "choice"
        item["answerOption"] = [{"valueCoding": c} for c in (YES, NO, ASKED_UNKNOWN)]
    elif spec.kind == "int":
        item["type"] = "integer"
    else:
        item["type"] = "choice"
        item["answerOption"] = [{"valueCoding": _coding(fact, v)} for v in spec.values]
        if spec.kind == "enum_list":
            item["repeats"] = True
    return item


def _volunteered(info: FlowInfo) -> list[str]:
    asked = {f for q in info.questions for f in q.sets}
    return [s.name for s in (*PUBLIC_FACTS, *SCREEN_FACTS) if s.name not in asked]


def _result_items(info: FlowInfo) -> list[dict[str, Any]]:
    def choice(name: str, text: str, codes: list[str], kind: str, repeats: bool = False) -> dict[str, Any]:
        item: dict[str, Any] = {"linkId": f"{_RESULT}.{name}", "text": text, "type": "choice",
                                "readOnly": True,
                                "answerOption": [{"valueCoding": _coding(kind, c)} for c in codes]}
        if repeats:
            item["repeats"] = True
        return item
    return [
        choice("care_level", "Care level", [o[0] for o in info.outcomes], "care-level"),
        choice("red_flags", "Red flags present", list(RED_FLAGS), "red-flag", repeats=True),
        choice("duration_band", "Duration band", list(DURATION_BANDS), "duration-band"),
        {"linkId": f"{_RESULT}.reasons", "text": "Reasons", "type": "string", "repeats": True,
         "readOnly": True},
        {"linkId": f"{_RESULT}.advice", "text": "Advice given", "type": "string", "repeats": True,
         "readOnly": True},
    ]


def questionnaire(info: FlowInfo) -> dict[str, Any]:
    """The flow as an R4 ``Questionnaire`` resource (JSON-ready)."""
    items: list[dict[str, Any]] = [
        {"linkId": q.id, "text": q.prompt, "type": "group",
         "item": [_fact_item(f"{q.id}.{fact}", fact) for fact in q.sets]}
        for q in info.questions]
    extra = _volunteered(info)
    if extra:
        items.append({"linkId": _VOLUNTEERED, "text": "Mentioned without being asked", "type": "group",
                      "item": [_fact_item(f"{_VOLUNTEERED}.{f}", f) for f in extra]})
    items.append({"linkId": _RESULT, "text": "Result", "type": "group", "item": _result_items(info)})
    ident = info.name.replace("_", "-")
    return {
        "resourceType": "Questionnaire",
        "id": ident[:64],
        "url": canonical_url(info.name),
        "version": info.version,
        "name": "".join(part.capitalize() for part in info.name.split("_")) or "Flow",
        "title": info.title,
        "status": "active",
        "subjectType": ["Patient"],
        "publisher": "backchat",
        "description": f"Generated by backchat from the flow {info.name} {info.version} "
                       f"(content fingerprint {info.hash}).",
        "item": items,
    }


def _answers(fact: str, value: Any) -> list[dict[str, Any]]:
    spec = CATALOGUE.get(fact)
    if isinstance(value, bool):
        return [{"valueCoding": YES if value else NO}]
    if isinstance(value, int):
        return [{"valueInteger": value}]
    if spec is not None and spec.kind in ("enum", "enum_list"):
        values = value if isinstance(value, list | tuple) else [value]
        return [{"valueCoding": _coding(fact, str(v))} for v in values]
    return [{"valueString": str(value)}]


def _answered(link: str, fact: str, s: Summary) -> dict[str, Any] | None:
    text = _fact_item(link, fact)["text"]
    if fact in s.all_facts:
        return {"linkId": link, "text": text, "answer": _answers(fact, s.all_facts[fact])}
    if fact in s.unknown:
        spec = CATALOGUE.get(fact)
        if spec is not None and spec.kind == "bool":
            return {"linkId": link, "text": text, "answer": [{"valueCoding": ASKED_UNKNOWN}]}
        return {"linkId": link, "text": text,
                "extension": [{"url": _ABSENT, "valueCode": "asked-unknown"}]}
    return None


def _group(link: str, text: str, children: list[dict[str, Any] | None]) -> dict[str, Any] | None:
    kept = [c for c in children if c is not None]
    return {"linkId": link, "text": text, "item": kept} if kept else None


def _result(s: Summary) -> dict[str, Any] | None:
    def coded(name: str, text: str, kind: str, codes: list[str]) -> dict[str, Any] | None:
        if not codes:
            return None
        return {"linkId": f"{_RESULT}.{name}", "text": text,
                "answer": [{"valueCoding": _coding(kind, c)} for c in codes]}

    def strings(name: str, text: str, values: list[str]) -> dict[str, Any] | None:
        if not values:
            return None
        return {"linkId": f"{_RESULT}.{name}", "text": text,
                "answer": [{"valueString": v} for v in values]}
    flags = s.facts.get("red_flags") or []
    return _group(_RESULT, "Result", [
        coded("care_level", "Care level", "care-level", [s.level] if s.level else []),
        coded("red_flags", "Red flags present", "red-flag", [str(f) for f in flags]),
        coded("duration_band", "Duration band", "duration-band", [s.duration_band] if s.duration_band else []),
        strings("reasons", "Reasons", [str(r.get("text", "")) for r in s.reasons]),
        strings("advice", "Advice given", [str(a.get("title", "")) for a in s.advice]),
    ])


def questionnaire_response(s: Summary) -> dict[str, Any]:
    """The session as an R4 ``QuestionnaireResponse`` resource (JSON-ready)."""
    info = s.info
    items = [_group(q.id, q.prompt, [_answered(f"{q.id}.{f}", f, s) for f in q.sets])
             for q in s.flow.questions]
    items.append(_group(_VOLUNTEERED, "Mentioned without being asked",
                        [_answered(f"{_VOLUNTEERED}.{f}", f, s) for f in _volunteered(s.flow)]))
    items.append(_result(s))
    if s.finished:
        status = "completed"
    else:
        status = "stopped" if info.status == "replaced" else "in-progress"
    return {
        "resourceType": "QuestionnaireResponse",
        "id": info.id,
        "identifier": {"system": "urn:backchat:session", "value": info.id},
        "questionnaire": f"{canonical_url(info.flow_name)}|{info.flow_version}",
        "status": status,
        "authored": info.updated_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "item": [i for i in items if i is not None],
    }
