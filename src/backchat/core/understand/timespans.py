"""Time expressions in one clause: spans ("a couple of weeks"), relative days ("last night"),
counts of this episode ("day 3", "week 2 now"), vague spans ("for years") and weekdays.

Only what the words say is found here; what each time is said about (the pain, an event,
something else) is :mod:`backchat.core.understand.duration`'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from backchat.core.understand.lazy import lazy
from backchat.core.understand.numbers import AMOUNT, amount_value

__all__ = ["Time", "find_times", "span_days", "stated_today", "SPAN", "RELATIVE", "DAY_N"]

_UNIT_DAYS = {"minute": 0, "hour": 1 / 24, "day": 1, "night": 1, "morning": 1, "week": 7, "fortnight": 14,
              "month": 30, "year": 365}
_UNIT = r"(?:(?:minute|min|hour|day|night|week|fortnight|month|year)s?|mornings)"  # not "one morning I woke ..."
SPAN = lazy(
    rf"\b(?P<n>{AMOUNT})\+?(?:\s*(?:-|to|or)\s*(?P<n2>{AMOUNT}))?\s*(?:(?:full|whole|solid|long|straight) )?"
    rf"(?P<unit>{_UNIT})"
    rf"(?P<half>\s+and\s+a\s+half)?\b"
    rf"|\b(?P<hn>{AMOUNT})\s+and\s+a\s+half\s+(?P<hunit>{_UNIT})\b"
)
_PLURAL = lazy(
    r"\b(?:on and off for |for |over (?:the (?:last|past) )?|since )(?:many |several |some )?"
    r"(?P<unit>weeks|months|years)\b"
    r"|\b(?P<unit2>years) now\b|\bfor donkey's years\b"
)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = lazy(r"\b(?<!next )(?<!every )(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                      r"(?!s)\b|\b(?:since|on|at|over) the weekend\b|\bthe weekend\b")
RELATIVE = lazy(
    r"\b(?P<d2>the day before yesterday)\b"
    r"|\b(?P<d1>yesterday|last night)\b"
    r"|\b(?P<d0>this morning|today|earlier today|this afternoon|this evening|tonight|earlier on)\b"
    r"|\b(?P<w1>(?:the )?(?:last|past) week)\b|\b(?P<m1>(?:the )?(?:last|past) month)\b"
    r"|\b(?P<f1>(?:the )?(?:last|past) fortnight)\b"
)
_RATE_BEFORE = lazy(r"\b(?:\d+(?:\.\d)?\s*(?:hours?|hrs?|minutes?|mins?|times?|sessions?|shifts?|miles?|km)|"
                    r"(?:\d|one|two|three|four|five|six|seven) (?:days|nights|mornings|evenings)|once|twice|times)\s*$")
_AGES_BEFORE = lazy(r"\b(?:ages|aged)\b[\d\s,&]*(?:and\s+)?$")
# "two months of waiting for it to ease", "six weeks of putting up with it": the pain's own span
_BEARING = r"(?:hoping|waiting|putting up|living with|suffering|dealing with|struggling|coping|limping|hobbling)\b"
_NOT_A_SPAN_AFTER = lazy(r"^\s*(?:olds?|early|late|too (?:early|soon|late)|"
                         r"off|leave|holiday|break|course|pregnant|shift|rest|a side|of (?!" + _BEARING + r")\w+ing\b|"
                               r"after (?:that|this|it|which)\b|before|earlier|walk|drive|trip|(?:a|per|each) week|"
                               r"of (?:rest|physio|treatment|antibiotics|tablets|steroids))\b")
# the day the person writes on, said in the story: "It's Tuesday now and it's way better", "Today is Thursday"
_DAY = r"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_TODAY_IS = r"(?:it's|it is|its|today is|today's)\s+(?:now\s+)?"
_STATED_TODAY = lazy(r"(?:^|[.!?;,]\s*|\b(?:and|so|but|now)\s+)" + _TODAY_IS + _DAY +
                     r"(?=\s*(?:now|today|already|and|,|\.|!|;|$))")
_IS_TODAY_BEFORE = lazy(r"\b" + _TODAY_IS + r"$")
_AGO_WEEKDAY = lazy(r"\s*(?:ago,? (?:on |last )?|last )(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")
_SINCE_LAST_DID = lazy(r"\bfirst (?:time|\w+) in\s+(?:like |about |around |over |nearly |almost |well over )?$")
_NOT_DONE_IN = lazy(r"\b(?:haven't|hadn't|havent|hadnt|not|never)\b[^,.;]{0,30}\bin\s+"
                    r"(?:like |about |around |over |nearly |almost |well over )?$")
_ACTIVITY_LENGTH = lazy(r"\b(?:after|from)\s*$")
# "it's day 3 now", "day 2 and I feel fine otherwise": counting the days of this episode
# "week 3 now", "Month 2 of this", "3rd week and no better", "2 days in.", "week and a half in"
_NOT_OF_THIS = r"(?! of (?!mine|this|it\b|the pain|my back))"
_COUNT_BEFORE = r"(?:^|, |\b(?:it's|it is|now|(?:i'm|i am|now) on|on(?= (?:day|week|month) \w+ now\b)|at|this is) "
DAY_N = lazy(
    _COUNT_BEFORE + r")(?P<unit>day|week|month) (?P<n>\d{1,2}|one|two)\b(?!\s*(?:%|/|-))"
    + _NOT_OF_THIS +
    r"|" + _COUNT_BEFORE + r"(?:the |my )?)(?P<o>[2-9])(?:nd|rd|th) (?P<ounit>day|week|month)\b"
    + _NOT_OF_THIS + r"(?= (?:now|in|of)\b|\s*(?:and|but|,)\b|$)"
    r"|^(?:about |nearly |over )?(?P<i>\d{1,2}) (?P<iunit>day|week|month)s in(?= now\b|$)"
    r"|^(?:a |about a )?(?P<hunit>week|month) and a half in\b")
_PERFECT = lazy(r"\b(?:i've|i have|i'd|it's been|has been|have been|had been|been|has|have)\b")
# "than last week", "compared to last month": a point of comparison, not a span
_COMPARED = lazy(r"\b(?:(?<!more )(?<!less )(?<!longer )(?<!over )than|compared (?:to|with)|as|"
                 r"(?:better|worse|easier|\w+er) then)\s*$")  # not "more than a week ago": a span
# "an 8 week check", "a 5 hour drive", "the 6 month review": the length names a thing, not the pain's span
_ATTRIBUTIVE = lazy(r"^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)[- ](?:minute|min|hour|day|"
                    r"night|week|month|year)$")
# "in about a fortnight I'm due to begin", "twice over the last few years": a time to come, how often
_FREQUENCY_BEFORE = lazy(r"(?:\b(?:every|once|twice|times|per|each|\d+)|\bin(?: (?:about|around|approximately|"
                         r"roughly|another|a further|just|only))?|\bin the next"
                         r"|\b(?:times|twice|once) (?:in|over|during) (?:the )?(?:last|past))\s*$")


@dataclass(frozen=True)
class Time:
    days: int
    start: int
    end: int
    strong: bool
    """Said with "for", "since", "ago", "been", "over the last" (clearly a span up to now)."""
    vague: bool = False
    """"for years", "for months": no number; a later time in the story is this episode's."""


def find_times(clause: str, today: date | None) -> list[Time]:
    out: list[Time] = []
    taken: list[tuple[int, int]] = []

    def add(days: int | None, start: int, end: int, vague: bool = False) -> None:
        if days is None or any(s < end and start < e for s, e in taken) or _COMPARED.search(clause[:start]):
            return
        taken.append((start, end))
        before = clause[max(0, start - 25):start]
        after = clause[end:end + 12]
        strong = bool(re.search(r"\b(?:for|since|past|last|over|been|from|ago)\b[^,]*$", before)
                      or re.match(r"\s*(?:ago|back|now)\b", after))
        out.append(Time(days, start, end, strong, vague))

    for m in RELATIVE.finditer(clause):
        days = 2 if m.group("d2") else 1 if m.group("d1") else 0 if m.group("d0") else \
            7 if m.group("w1") else 14 if m.group("f1") else 30
        add(days, m.start(), m.end())
    for m in SPAN.finditer(clause):
        before = clause[:m.start()]
        episode_age = re.match(r"\s*old\b", clause[m.end():]) and re.search(
            r"\b(?:it|this|flare[- ]?up|episode|bout|pain|one)(?:'s| is) (?:only |just |about |now )?$", before)
        if _NOT_A_SPAN_AFTER.match(clause[m.end():]) and not episode_age or _ATTRIBUTIVE.match(m.group(0)) and re.match(
                r"\s+(?!ago\b|now\b|back\b|and\b|or\b|of\b|in\b|since\b|so\b|but\b|before\b|after\b|later\b|"
                r"i\b|it\b|the\b|my\b|with\b|at\b|to\b|on\b|for\b|off\b|straight\b)[a-z]", clause[m.end():]):
            continue  # "a 5 hour drive", "the 8 week check": a length that names a thing
        if re.match(r"\s*in(?= *[.,;!?]|$)", clause[m.end():]) and re.search(r"[a-z]\s*$", before) or re.match(
                r"\s*after (?:the|my|a|an|our|his|her)\b", clause[m.end():]) and not re.search(
                r"\bfor (?:about |around |nearly |over )?$", before):
            continue  # "started hurting three days in", "three days after the wedding": counted from something else
        if _ACTIVITY_LENGTH.search(before) and (m.group("n") in ("a", "an", "one") or before.endswith("after ")) \
                and m.group("unit") and m.group("unit").startswith(("day", "night")):
            continue  # "came on after a day sanding floorboards", "after two nights on a futon": the activity's
        if m.group("n") in ("a", "an") and re.search(r"\blong (?:day|night|week|shift)\b", m.group(0)):
            continue  # "worse at the end of a long day on my feet", "after a long week": a day's length, not a span
        if _RATE_BEFORE.search(before) and m.group("n") in ("a", "an"):
            continue  # "10 hours a day at my desk", "three times a week": how often, not how long
        if m.group("unit") == "mornings" and not re.search(r"\b(?:past|last)\s+$", before):
            continue  # "two mornings in a row I woke stiff": a count of mornings ("the past three mornings" is a span)
        if _AGES_BEFORE.search(before):
            continue  # "(ages 6, 4 and 11 months)": the children's ages
        if _SINCE_LAST_DID.search(before) or _NOT_DONE_IN.search(before) and (m.group("unit") or "").startswith("year"):
            continue  # "first swim in a decade", "hadn't run in years": how long since they last did it
        if _FREQUENCY_BEFORE.search(before) and not re.search(r"(?<!times )(?<!twice )(?<!once )\b(?:in the "
                                                              r"(?:last|past))\s*$", before):
            continue
        if m.group("unit") and m.group("unit").startswith(("minute", "min", "hour")) and not re.search(
                r"\b(?:since|past|last)\s+(?:about |around |nearly |over )?$", before) and not re.match(
                r"\s*ago\b", clause[m.end():]) and not (_PERFECT.search(before) and re.search(
                r"\bfor\s+(?:about |around |nearly |over )?$", before)):
            continue  # "stood for two hours", "couldn't straighten up for an hour": how long that lasted
        if re.match(r"\s*on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", clause[m.end():]) \
                and re.search(r"\b(?:it'll|it will|will|that'll) be\b[^,.]*$", before):
            continue  # "it'll be a fortnight on Sunday": counted back from a day to come, not from today
        weekday = _AGO_WEEKDAY.match(clause[m.end():])
        if weekday:  # "a week ago Sunday": that weekday a week back, counted only with the message date
            back = span_days(m)
            if today is not None and back is not None:
                add(back + _days_since(weekday.group(1), today), m.start(), m.end() + weekday.end())
            continue
        add(span_days(m), m.start(), m.end())
    for m in DAY_N.finditer(clause):
        unit = m.group("unit") or m.group("ounit") or m.group("iunit") or m.group("hunit")
        said = m.group("n") or m.group("o") or m.group("i") or "1.5"
        n = float({"one": "1", "two": "2"}.get(said, said))
        add(round(n * _UNIT_DAYS[unit]), m.start(), m.end())
    for m in _PLURAL.finditer(clause):
        unit = m.group("unit") or m.group("unit2") or "years"
        add({"weeks": 14, "months": 60, "years": 730}[unit], m.start(), m.end(), vague=True)
    if today is not None:
        for m in _WEEKDAY.finditer(clause):
            if not _IS_TODAY_BEFORE.search(clause[:m.start()]):  # "it's Tuesday now": the day of writing
                add(_days_since(m.group("day") or "weekend", today), m.start(), m.end())
    return out


def span_days(m: re.Match[str]) -> int | None:
    if m.group("hn"):
        n = amount_value(m.group("hn"))
        unit = _UNIT_DAYS[_unit_name(m.group("hunit"))]
        return None if n is None else round((n + 0.5) * unit)
    n = amount_value(m.group("n"))
    # "2-3 weeks", "5 or 6 days": a range takes its lower bound (clinical.md)
    if n is None:
        return None
    if m.group("half"):
        n += 0.5
    return round(n * _UNIT_DAYS[_unit_name(m.group("unit"))])


def _unit_name(unit: str) -> str:
    unit = unit.rstrip("s")
    return "minute" if unit == "min" else unit


def stated_today(text: str) -> date | None:
    """A stand-in date on the weekday the story says it is written ("It's Wednesday now"): enough to count
    back to a weekday ("on Sunday" = 3 days), and used only where the message date is not known."""
    m = _STATED_TODAY.search(text)
    return None if m is None else date(2024, 1, 1) + timedelta(days=_WEEKDAYS.index(m.group("day")))  # a Monday


def _days_since(day: str, today: date) -> int:
    target = 5 if "weekend" in day else _WEEKDAYS.index(day)
    delta = (today.weekday() - target) % 7
    return delta or 7
