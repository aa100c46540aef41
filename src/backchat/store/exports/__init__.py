"""Exports of a stored session: Markdown for a clinician, JSON for programs, FHIR R4 for records."""

from __future__ import annotations

from datetime import tzinfo
from typing import Literal

from backchat.store.exports.fhir import questionnaire, questionnaire_response
from backchat.store.exports.json_export import to_json, to_json_text
from backchat.store.exports.markdown import to_markdown
from backchat.store.exports.view import Summary, summarize
from backchat.store.queries import StoredSession

__all__ = ["Format", "FORMATS", "export_text", "summarize", "Summary", "to_markdown", "to_json",
           "to_json_text", "questionnaire", "questionnaire_response"]

Format = Literal["markdown", "json", "fhir"]
FORMATS: tuple[Format, ...] = ("markdown", "json", "fhir")


def export_text(stored: StoredSession, fmt: Format, tz: tzinfo | None = None) -> str:
    """The session in ``fmt``, as text ending in a newline (``tz`` for Markdown's times; None: local)."""
    import json  # noqa: PLC0415

    summary = summarize(stored)
    if fmt == "markdown":
        return to_markdown(summary, tz)
    if fmt == "json":
        return to_json_text(summary)
    return json.dumps(questionnaire_response(summary), indent=2, ensure_ascii=False) + "\n"
