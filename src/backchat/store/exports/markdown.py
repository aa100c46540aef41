"""A one-page Markdown summary a clinician can read in a minute; the transcript comes last.

Order: care level and reasons, the facts, the red-flag screen (each answer yes /
no / unknown / not asked), the duration band, the advice given, the transcript.
Everything the person said is escaped, so it shows as plain text, never as markup.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, tzinfo

from backchat.core.facts import PUBLIC_FACTS, SCREEN_FACTS
from backchat.core.wording import days_phrase
from backchat.store.exports.view import Summary, answer_word

__all__ = ["to_markdown", "to_text", "escape", "Esc"]

Esc = Callable[..., str]
"""How stored text is made literal: Markdown escapes, or nothing for plain text."""

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


def _care(s: Summary, escape: Esc) -> list[str]:
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


def _facts(s: Summary, escape: Esc) -> list[str]:
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


def _screen(s: Summary, escape: Esc) -> list[str]:
    rows = [f"| {escape(a.label.capitalize())} | {escape(a.answer)} |" for a in s.screen]
    return ["| Screen | Answer |", "|---|---|", *rows]


def _duration(s: Summary, escape: Esc) -> str:
    days = s.facts.get("duration_days")
    if not isinstance(days, int):
        return "Duration: unknown." if "duration_days" in s.unknown else "Duration: not asked."
    band = f" ({s.duration_band})" if s.duration_band else ""
    return f"Duration: {escape(days_phrase(days))}{band}."


def _advice(s: Summary, escape: Esc) -> list[str]:
    if not s.finished:
        return ["None yet (the intake was not finished)."]
    items = [f"- {escape(str(a.get('title', '')))} (sources: "
             f"{escape('; '.join(s.flow.source_title(k) for k in a.get('sources', [])) or 'none')})"
             for a in s.advice] or ["- No self-care advice (the care level asks for a clinician first)."]
    net = "yes" if s.safety_net else "no"
    out = [*items, "", f"Safety-netting (when to get help at once) given: {net}."]
    if s.safety_net and s.flow.safety_net_sources:
        out[-1] = out[-1][:-1] + (" (sources: " + escape("; ".join(s.flow.source_title(k)
                                  for k in s.flow.safety_net_sources)) + ").")
    return out


def _withdrawn(s: Summary, escape: Esc, tz: tzinfo | None) -> list[str]:
    """Red flags shown and then taken back: first, where a clinician cannot miss them."""
    if not s.withdrawn:
        return []
    out = ["## Red flags taken back", "",
           "These red flags were shown to the person during the intake and then taken back "
           "(an answer undone or changed). Check them with the person:", ""]
    out += [f"- {escape(w.flag.replace('_', ' '))}: shown {_when(w.shown_at, tz)[11:16]}, taken back "
            f"{_when(w.withdrawn_at, tz)[11:16]}" for w in s.withdrawn]
    return [*out, ""]


def _transcript(s: Summary, tz: tzinfo | None, escape: Esc) -> list[str]:
    out: list[str] = []
    for line in s.transcript:
        if line.repeated:
            lead = f"{escape(line.text)} " if line.text else ""
            out += [f"**backchat:** {lead}*(the same result as shown above)*", ""]
            continue
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
    return _document(s, tz, escape)


def to_text(s: Summary, tz: tzinfo | None = None) -> str:
    """The same document as readable plain text for a terminal: no Markdown escapes or markers.

    Control characters are still in it: print it through :func:`backchat.safe_text.for_terminal`.
    """
    md = _document(s, tz, _literal)
    out = []
    for line in md.split("\n"):
        if line.startswith("|---"):
            continue
        if line.startswith("| ") and line.endswith(" |"):
            cells = line[2:-2].split(" | ")
            line = f"  {cells[0]}: {' | '.join(cells[1:])}" if cells[0] not in ("Fact", "Screen") else ""
            if not line:
                continue
        line = line.replace("**", "").replace("*(", "(").replace(")*", ")").replace("  \n", "\n")
        out.append(line.rstrip() if not line.startswith("#") else line.lstrip("#").strip().upper())
    return "\n".join(out)


def _literal(text: str, line_start: bool = False) -> str:
    return " ".join(text.split())


def _document(s: Summary, tz: tzinfo | None, escape: Esc) -> str:
    info = s.info
    head = [
        f"# {escape(s.flow.title)}: {escape(s.title)}",
        "",
        f"Session {info.id}, started {_when(info.created_at, tz)}, last activity "
        f"{_when(info.updated_at, tz)}; flow {escape(info.flow_name)} {escape(info.flow_version)}; "
        f"{escape(_status(s))}.",
        "",
        *_withdrawn(s, escape, tz),
        "## Care level",
        "",
        *_care(s, escape),
        "",
        "## Facts",
        "",
        *_facts(s, escape),
        "",
        "## Red-flag screen",
        "",
        *_screen(s, escape),
        "",
        "## Duration",
        "",
        _duration(s, escape),
        "",
        "## Advice given",
        "",
        *_advice(s, escape),
        "",
    ]
    if s.notes:
        head += ["## Notes", "", *[f"- {_when(at, tz)}: {escape(text)}" for at, text in s.notes], ""]
    head += ["## Transcript", "", *_transcript(s, tz, escape)]
    return "\n".join(head).rstrip("\n") + "\n"
