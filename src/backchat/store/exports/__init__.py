"""Exports of a session: Markdown for a clinician, JSON for programs, FHIR R4 for records.

This is the one exporter: ``backchat export``, ``backchat sessions show`` and the app's
Ctrl+S all make their documents here, from a stored session or (``--no-store``) from
the intake held in memory.
"""

from __future__ import annotations

import json
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Literal

from backchat.store.exports.fhir import questionnaire, questionnaire_response
from backchat.store.exports.json_export import to_json, to_json_text
from backchat.store.exports.markdown import to_markdown, to_text
from backchat.store.exports.view import Summary, summarize
from backchat.store.queries import StoredSession

if TYPE_CHECKING:
    from backchat.core.conversation import Conversation

__all__ = ["Format", "FORMATS", "export_text", "document", "conversation_text", "terminal_text", "default_name",
           "summarize", "Summary", "to_markdown", "to_text", "to_json", "to_json_text", "questionnaire",
           "questionnaire_response"]

Format = Literal["markdown", "json", "fhir"]
FORMATS: tuple[Format, ...] = ("markdown", "json", "fhir")
_SUFFIX: dict[str, str] = {"markdown": "md", "json": "json", "fhir": "fhir.json"}


def document(summary: Summary, fmt: Format, tz: tzinfo | None = None) -> str:
    """The summary in ``fmt``, as text ending in a newline (``tz`` for Markdown's times; None: local)."""
    if fmt == "markdown":
        return to_markdown(summary, tz)
    if fmt == "json":
        return to_json_text(summary)
    return json.dumps(questionnaire_response(summary), indent=2, ensure_ascii=False) + "\n"


def export_text(stored: StoredSession, fmt: Format, tz: tzinfo | None = None) -> str:
    """A stored session in ``fmt``."""
    return document(summarize(stored), fmt, tz)


def terminal_text(stored: StoredSession, tz: tzinfo | None = None) -> str:
    """A stored session as readable text for a terminal, every control character shown visibly."""
    from backchat.safe_text import for_terminal  # noqa: PLC0415

    return for_terminal(to_text(summarize(stored), tz))


def conversation_text(conv: Conversation, fmt: Format, now: datetime | None = None) -> str:
    """The document of a running intake: the stored session when it is saved (so Ctrl+S gives what
    ``backchat export`` gives), else the intake held in memory."""
    from backchat.store.exports.live import summary_of  # noqa: PLC0415

    return document(summary_of(conv, now), fmt)


def default_name(fmt: Format, now: datetime | None = None) -> str:
    """A file name such as ``backchat-summary-20261118-0930.md``."""
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M")
    return f"backchat-summary-{stamp}.{_SUFFIX[fmt]}"
