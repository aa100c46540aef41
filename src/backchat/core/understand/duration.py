"""How long the pain has lasted, in days: "a couple of weeks", "since Monday", "for years".

Mentions of other things' durations ("diagnosed 8 months ago", "my 8 year old",
"I've worked there 10 years") are left out; of several durations, one said with
"for", "since" or "ago" about the pain wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from backchat.core.understand.numbers import AMOUNT, amount_value
from backchat.core.understand.text import Utterance

__all__ = ["read_duration", "bare_days"]

_UNIT_DAYS = {"hour": 0, "day": 1, "night": 1, "week": 7, "fortnight": 14, "month": 30,
              "year": 365}
_UNIT = r"(hour|day|night|week|fortnight|month|year)s?"
_SPAN = re.compile(
    rf"\b(?P<n>{AMOUNT})(?:\s*(?:-|to|or)\s*(?P<n2>{AMOUNT}))?\s*(?P<unit>{_UNIT})"
    rf"(?P<half>\s+and\s+a\s+half)?\b"
)
_N_AND_HALF = re.compile(rf"\b(?P<n>{AMOUNT})\s+and\s+a\s+half\s+(?P<unit>{_UNIT})\b")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_SINCE_DAY = re.compile(
    r"\b(?:since|on|from|started|began|last|this past|over the)\s+(?:last\s+)?"
    r"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend|weekend)\b"
)
_RELATIVE = (
    (re.compile(r"\b(?:since|from|started|began|it was)?\s*(?:the day before yesterday)\b"), 2),
    (re.compile(r"\b(?:since )?yesterday\b|\blast night\b"), 1),
    (re.compile(r"\b(?:since |started |began )?(?:this morning|today|earlier today|tonight)\b"), 0),
    (re.compile(r"\bsince last week\b|\blast week\b"), 7),
    (re.compile(r"\bsince last month\b|\blast month\b"), 30),
    (re.compile(r"\b(?:for|since) (?:many |several |a few )?years\b|\bon and off for years\b"
                r"|\bfor donkey's years\b|\byears now\b"), 730),
    (re.compile(r"\b(?:for|over|about|nearly|almost) (?:a |one )?decade\b"), 3650),
)
_OTHER_THINGS = re.compile(
    r"\b(diagnos\w*|operation|surgery|op\b|pregnan\w*|baby|born|retired|job|work(?:ed|ing)? "
    r"(?:there|as)|married|medication|tablets?|pills?|taking|prescribed|years? old|yo\b|"
    r"y/o|aged?\b|my (?:son|daughter|kid|child|boy|girl|grandson|granddaughter|dog|cat)|"
    r"mortgage|contract|course|holiday|flight|injection|physio (?:for|since)|appointment|"
    r"waiting list|minute|walk(?:ed|ing|s)?\b|sitting for|drive of|hours? (?:a|per) day|"
    r"a day|per day|times|twice|once)\b"
)
_AGO = re.compile(r"\bago\b")
_ABOUT_PAIN = re.compile(
    r"\b(pain|hurt\w*|ache\w*|aching|sore|it|this|back|started|start|began|begun|been|"
    r"had|since|for|ago|going on|lasted|on and off|came on|niggl\w*|bad)\b"
)
_AGO_PAST_EVENT = re.compile(
    r"\b(fell|fall|accident|crash|had|was|were|did|broke|injured|hurt (?:it|my back) "
    r"(?:first )?(?:years|months))\b"
)


@dataclass(frozen=True)
class _Candidate:
    days: int
    score: int


def read_duration(u: Utterance, today: date) -> int | None:
    """Days the pain has lasted, or None when the text does not say."""
    best: _Candidate | None = None
    for clause in u.clauses:
        for cand in _candidates(clause, today):
            if best is None or cand.score > best.score:
                best = cand
    return best.days if best is not None else None


def bare_days(u: Utterance) -> int | None:
    """Days from an answer that is only a span ("two weeks"), even about other things."""
    m = _SPAN.search(u.text)
    if m is None:
        return None
    return _span_days(m)


def _candidates(clause: str, today: date) -> list[_Candidate]:
    out: list[_Candidate] = []
    other = _OTHER_THINGS.search(clause) is not None
    pain = _ABOUT_PAIN.search(clause) is not None
    base = (2 if pain else 1) - (3 if other else 0)
    for m in _N_AND_HALF.finditer(clause):
        n = amount_value(m.group("n"))
        if n is not None:
            unit = _UNIT_DAYS[m.group("unit").rstrip("s")]
            out.append(_Candidate(round((n + 0.5) * unit), base + 2))
    for m in _SPAN.finditer(clause):
        days = _span_days(m)
        if days is None:
            continue
        prefix = clause[max(0, m.start() - 25):m.start()]
        score = base
        if re.search(r"\b(for|since|past|last|about|around|nearly|almost|over|roughly|"
                     r"just over|more than|been)\s*(?:the\s+)?(?:last\s+|past\s+)?$", prefix):
            score += 2
        after = clause[m.end():m.end() + 12]
        if _AGO.match(after.strip()) or after.strip().startswith("ago"):
            score += 1
            if _AGO_PAST_EVENT.search(prefix) and "start" not in prefix and "began" not in prefix:
                score -= 2
        if re.match(r"\s*old\b", after):
            continue
        out.append(_Candidate(days, score))
    for m in _SINCE_DAY.finditer(clause):
        out.append(_Candidate(_days_since(m.group("day"), today), base + 2))
    for pattern, days in _RELATIVE:
        if pattern.search(clause):
            out.append(_Candidate(days, base + 1))
    return out


def _span_days(m: re.Match[str]) -> int | None:
    n = amount_value(m.group("n"))
    if m.group("n2"):
        n2 = amount_value(m.group("n2"))
        if n2 is not None:
            n = n2  # "2-3 weeks": the longer end, to stay on the safe side
    if n is None:
        return None
    if m.group("half"):
        n += 0.5
    unit = _UNIT_DAYS[m.group("unit").rstrip("s")]
    if unit == 0:
        return 0
    return round(n * unit)


def _days_since(day: str, today: date) -> int:
    if "weekend" in day:
        target = 5  # Saturday
    else:
        target = _WEEKDAYS.index(day)
    delta = (today.weekday() - target) % 7
    return delta or 7
