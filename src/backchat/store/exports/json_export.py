"""The session as one JSON object: the same facts as ``parse --json`` and replay, plus the transcript.

Shape (``format`` 1)::

    {"format": "backchat-session", "format_version": 1,
     "session": {"id", "created", "updated", "status", "resumed_from", "replaced_by"},
     "flow": {"name", "version"},
     "finished", "outcome",          # outcome: the care level, or null
     "facts",                        # public facts with red_flags (and outcome once finished)
     "unknown",                      # facts the person was not sure about
     "screen",                       # red-flag screen: fact -> yes / no / unknown / not asked / value
     "duration_band",
     "reasons": [{"rule", "level", "text", "red_flag", "unknown", "sources"}],
     "advice": [{"id", "title", "text", "sources"}],
     "transcript": [{"seq", "at", "role", "text", "question", "source"?}],
     "notes": [{"at", "text"}]}

Timestamps are UTC, ISO 8601 with seconds.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from backchat.store.exports.view import Summary, plain

__all__ = ["to_json", "to_json_text", "FORMAT_VERSION"]

FORMAT_VERSION = 1


def _ts(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def to_json(s: Summary) -> dict[str, Any]:
    """The JSON-ready export."""
    info = s.info
    transcript = []
    for line in s.transcript:
        entry: dict[str, Any] = {"seq": line.seq, "at": _ts(line.at), "role": line.role,
                                 "text": line.text, "question": line.question}
        if line.role == "user":
            entry["source"] = line.source
        transcript.append(entry)
    return {
        "format": "backchat-session",
        "format_version": FORMAT_VERSION,
        "session": {"id": info.id, "created": _ts(info.created_at), "updated": _ts(info.updated_at),
                    "status": info.status, "resumed_from": info.resumed_from,
                    "replaced_by": info.replaced_by},
        "flow": {"name": info.flow_name, "version": info.flow_version},
        "finished": s.finished,
        "outcome": s.level,
        "facts": {k: plain(v) for k, v in s.facts.items()},
        "unknown": list(s.unknown),
        "screen": {a.fact: a.answer for a in s.screen},
        "duration_band": s.duration_band,
        "reasons": [{"rule": r.get("rule"), "level": r.get("level"), "text": r.get("text"),
                     "red_flag": r.get("red_flag"), "unknown": r.get("unknown", False),
                     "sources": list(r.get("sources", []))} for r in s.reasons],
        "advice": [{"id": a.get("id"), "title": a.get("title"), "text": a.get("text"),
                    "sources": list(a.get("sources", []))} for a in s.advice],
        "transcript": transcript,
        "notes": [{"at": _ts(at), "text": text} for at, text in s.notes],
    }


def to_json_text(s: Summary) -> str:
    """The export as indented JSON text (UTF-8, keys in a fixed order), ending in a newline."""
    return json.dumps(to_json(s), indent=2, ensure_ascii=False) + "\n"
