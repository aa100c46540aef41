"""A one-page Markdown summary a clinician can read in a minute; the transcript comes last.

Order: care level and reasons, the facts, the red-flag screen (each answer yes /
no / unknown / not asked), the duration band, the advice given, the transcript.
Everything the person said is escaped, so it shows as plain text, never as markup.
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo

from backchat.core.facts import PUBLIC_FACTS, SCREEN_FACTS
from backchat.core.wording import days_phrase
from backchat.store.exports.view import Summary, answer_word

__all__ = ["to_markdown", "escape"]

_INLINE = re.compile(r"([\\`*_\[\]<>|~&])")
_BLOCK = re.compile(r"^(\s*)([#>+=-]|\d+(?=[.)]))")


def escape(text: str, line_start: bool = False) -> str:
    """``text`` as literal Markdown on one line: markup characters are backslash-escaped.

    With ``line_start``, a block marker it begins with ('#', '-', '1.') is escaped too.
    """
    flat = _INLINE.sub(r"\\\1", " ".join(text.split()))
    return _BLOCK.sub(_quote_marker, flat) if line_start else flat


def _quote_marker(m: re.Match[str]) -> str:
    """A block marker at the start made literal: '\\#', '\\-', '12\\.'."""
    lead, marker = m.group(1), m.group(2)
    return f"{lead}{marker}\\" if marker[0].isdigit() else f"{lead}\\{marker}"


def _when(moment: datetime, tz: tzinfo | None) -> str:
    local = moment.astimezone(tz)
    return local.strftime("%Y-%m-%d %H:%M ") + (local.tzname() or "")


def _status(s: Summary) -> str:
    if s.info.status == "replaced":
        return f"replaced by session {s.info.replaced_by} (the flow changed)"
    return "finished" if s.finished else f"not finished (stopped at: {s.info.question or 'unknown'})"


def _care(s: Summary) -> list[str]:
    if s.level is None:
        return ["**Care level: none yet.** The intake was not finished, so no care level was given."]
    out = [f"**Care level: {s.level}** ({escape(s.title)})", ""]
    if s.action:
        out += [escape(s.action), ""]
    out += ["### Why", ""]
    if not s.reasons:
        out.append("- No red flag, and nothing else that needs a clinician soon.")
    for r in s.reasons:
        tags = ["red flag" if r.get("red_flag") else "care rule", str(r.get("rule"))]
        if r.get("unknown"):
            tags.append("answer unknown")
        out.append(f"- {escape(str(r.get('text', '')))} *({escape(', '.join(tags))})*")
    return out


def _facts(s: Summary) -> list[str]:
    screen = set(s.flow.screen)
    asked = {f for q in s.flow.questions for f in q.sets}
    rows = []
    for spec in (*PUBLIC_FACTS, *SCREEN_FACTS):
        name = spec.name
        if name in screen or not (name in asked or name in s.all_facts or name in s.unknown):
            continue
        if name == "duration_days" and isinstance(s.all_facts.get(name), int):
            shown = days_phrase(int(s.all_facts[name]))
        else:
            shown = answer_word(name, s.all_facts, s.unknown, s.flow)
        rows.append(f"| {escape(spec.label.capitalize())} | {escape(shown)} |")
    flags = s.facts.get("red_flags") or []
    rows.append(f"| Red flags present | {escape(', '.join(flags)) if flags else 'none'} |")
    return ["| Fact | Answer |", "|---|---|", *rows]


def _screen(s: Summary) -> list[str]:
    rows = [f"| {escape(a.label.capitalize())} | {escape(a.answer)} |" for a in s.screen]
    return ["| Screen | Answer |", "|---|---|", *rows]


def _duration(s: Summary) -> str:
    days = s.facts.get("duration_days")
    if not isinstance(days, int):
        return "Duration: unknown." if "duration_days" in s.unknown else "Duration: not asked."
    band = f" ({s.duration_band})" if s.duration_band else ""
    return f"Duration: {escape(days_phrase(days))}{band}."


def _advice(s: Summary) -> list[str]:
    if not s.finished:
        return ["None yet (the intake was not finished)."]
    items = [f"- {escape(str(a.get('title', '')))}" for a in s.advice] or [
        "- No self-care advice (the care level asks for a clinician first)."]
    net = "yes" if s.safety_net else "no"
    return [*items, "", f"Safety-netting (when to get help at once) given: {net}."]


def _transcript(s: Summary, tz: tzinfo | None) -> list[str]:
    out: list[str] = []
    for line in s.transcript:
        if line.role == "user":
            how = "" if line.source in ("typed", None) else f", {line.source}"
            out.append(f"**Person{how}** ({_when(line.at, tz)[11:16]}): {escape(line.text)}")
        else:
            paragraphs = [p for p in line.text.split("\n") if p.strip()]
            out.append("**backchat:** " + "  \n".join(escape(p, line_start=i > 0)
                                                      for i, p in enumerate(paragraphs)))
        out.append("")
    return out


def to_markdown(s: Summary, tz: tzinfo | None = None) -> str:
    """The summary as Markdown (times shown in ``tz``; None for local time)."""
    info = s.info
    head = [
        f"# {escape(s.flow.title)}: {escape(s.title)}",
        "",
        f"Session {info.id}, started {_when(info.created_at, tz)}, last activity "
        f"{_when(info.updated_at, tz)}; flow {escape(info.flow_name)} {escape(info.flow_version)}; "
        f"{escape(_status(s))}.",
        "",
        "## Care level",
        "",
        *_care(s),
        "",
        "## Facts",
        "",
        *_facts(s),
        "",
        "## Red-flag screen",
        "",
        *_screen(s),
        "",
        "## Duration",
        "",
        _duration(s),
        "",
        "## Advice given",
        "",
        *_advice(s),
        "",
    ]
    if s.notes:
        head += ["## Notes", "", *[f"- {_when(at, tz)}: {escape(text)}" for at, text in s.notes], ""]
    head += ["## Transcript", "", *_transcript(s, tz)]
    return "\n".join(head).rstrip("\n") + "\n"
