"""How long the pain has lasted, in days: "a couple of weeks", "since Monday", "for years".

Every time expression in a clause is tied to the nearest thing it can date: the
pain ("the pain started 2 weeks ago"), an event that set it off ("lifted a box
on Monday"), or something else ("temp was 37.1 this morning", "diagnosed 8 months
ago", "been a nurse for 30 years", "on steroids for years"). Only the first two
give the duration; so does a clause that is nothing but a time ("since Monday",
"that was Tuesday morning"). Of several, one tied to the pain wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from backchat.core.understand.lazy import lazy
from backchat.core.understand.lexicon import BODY, DISSOCIATED, LONG_AGO, PAIN, THIRD_PERSON, someone_else
from backchat.core.understand.numbers import AMOUNT, amount_value
from backchat.core.understand.onset import EVENT, GRADUAL, SUDDEN
from backchat.core.understand.text import Utterance

__all__ = ["read_duration", "bare_days"]

_UNIT_DAYS = {"minute": 0, "hour": 0, "day": 1, "night": 1, "week": 7, "fortnight": 14, "month": 30,
              "year": 365}
_UNIT = r"(?:minute|min|hour|day|night|week|fortnight|month|year)s?"
_SPAN = lazy(
    rf"\b(?P<n>{AMOUNT})(?:\s*(?:-|to|or)\s*(?P<n2>{AMOUNT}))?\s*(?P<unit>{_UNIT})"
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
_RELATIVE = lazy(
    r"\b(?P<d2>the day before yesterday)\b"
    r"|\b(?P<d1>yesterday|last night)\b"
    r"|\b(?P<d0>this morning|today|earlier today|this afternoon|this evening|tonight|earlier on)\b"
    r"|\b(?P<w1>(?:the )?(?:last|past) week)\b|\b(?P<m1>(?:the )?(?:last|past) month)\b"
    r"|\b(?P<f1>(?:the )?(?:last|past) fortnight)\b"
)
# what a time expression can be tied to
_OTHER = lazy(
    r"\b(?:paracetamol|ibuprofen|co-?codamol|codeine|naproxen|painkillers?|tablets?|pills?|meds|"
    r"medication|medicine|drugs|prednisolone|steroids?|injection|jab|course|chemo\w*|treatment|"
    r"op|operation|surgery|transplant|diagnos\w*|scan|x-?ray|mri|uti|infection|covid|flu|cold|"
    r"cancer|fever|temperature|thermometer|chills?|shiver\w*|sweat\w*|wet (?:my|him|her)self|poo|wee|pee|"
    r"toilet|loo|bladder|bowels?|relief|(?:takes?|took|taking) the edge off|wears? off|eases? (?:it |off )?for|"
    r"pooed|peed|gave way|giving way|numb\w*|tingl\w*|pins and needles|slept (?:fine|well|ok|okay|"
    r"through)|pregnant|baby|born|job|retired|married|nurse|driver|smoke|smoked|smoking|weight|"
    r"lost|stone|kilos?|kg|diet\w*|off work|off sick|holiday|physio|appointment)\b"
    r"|\b\d+(?:\.\d)?\s*(?:°|degrees?\b|f\b|c\b|fahrenheit\b|celsius\b)"
)
# "been on steroids for years", "been a nurse for 30 years", "been playing football for years":
# the time belongs to that, not to the pain
_BEEN_OTHER = lazy(
    r"\b(?:been on(?! and off)|i'm on(?! and off)|been an? (?!few|couple|bit|lot|while|long|good|week|month|"
    r"year|day|fortnight|ache|aching|pain|twinge|niggle|dull|sharp|constant|nagging|\d)\w+|"
    r"been (?!hurting|aching|killing|bothering|playing up|getting|niggling|throbbing|"
    r"burning|twinging|flaring|nagging|grumbling|stiffening|spasming|pounding|stabbing|shooting|"
    r"building|coming|going|troubling|giving|sore|stiff|bad|agony|about|around|over|nearly|almost|"
    r"roughly)\w+ing)\b"
)
_PAIN_ANCHOR = lazy(
    PAIN.pattern + r"|\b(?:started|starting|start|began|begun|came on|come on|kicked off|"
    r"it's been|it has been|it was|had it|had this|this|been there|since it|that was|it|"
    r"worse|better|easing|eased|improv\w*)\b"  # the course of the pain: "steadily worse for 10 days"
)
_FILLER = lazy(
    r"\b(?:so far|about|around|roughly|approximately|nearly|almost|just|over|under|more|less|than|maybe|"
    r"perhaps|probably|i|think|reckon|guess|say|would|i'd|so|well|um+|er+|erm|honestly|really|now|"
    r"ago|since|for|the|last|past|a|an|bit|longer|or|and|it|it's|its|that|that's|was|is|been|has|"
    r"have|had|on|off|ish|tbh|lol|only|still|yes|yeah|no|ok|okay|like|this|sort|kind|of|at|least|"
    r"most|morning|afternoon|evening|night|time|days|weeks|in|total|all|together|going|went|good)\b"
)
_HURT_SINCE = lazy(rf"(?:{PAIN.pattern}).{{0,30}}\b(?:ever )?since(?: then)?\s*$")
_NEGATED = lazy(r"\b(?:no|not|never|fine|okay|ok)\b")
_COURSE_TODAY = lazy(r"\b(?:better|worse|easier|eas(?:es|ed|ing)|improv\w*|settl\w*|calm\w*|loosen\w*|"
                     r"stiff|sore|tight|achy)\b")
_STARTED = lazy(r"\b(?:start\w*|began|begun|since|happen\w*|woke|wake|came on|come on|kicked off|did it|"
                r"got|get|felt|noticed|developed)\b")
_RATE_BEFORE = lazy(r"\b(?:\d+(?:\.\d)?\s*(?:hours?|hrs?|minutes?|mins?|times?|sessions?|shifts?|miles?|km)|"
                    r"once|twice|times)\s*$")
_AGES_BEFORE = lazy(r"\b(?:ages|aged)\b[\d\s,&]*(?:and\s+)?$")
_NEW_SIGN = lazy(r"\b(?:wee|weeing|pee|peeing|toilet|loo|bladder|bowels?|wet (?:my|him|her)self|dribbl\w*)\b")
# "took six weeks to settle" / "lasted a month" last time: an earlier bout ("has now lasted six weeks" is this one)
_HABIT_OR_PLAN = lazy(r"\b(?:usually|normally|generally|typically|tends? to|give it|another|took|"
                      r"(?<!has )(?<!have )(?<!now )lasted)\b[^,.;]{0,25}$")
_PREGNANCY = lazy(r"\b(?:pregnan\w*|twins|baby|babies|bump|midwife|maternity|due date|due in|kicks?)\b")
_NOT_A_SPAN_AFTER = lazy(r"^\s*(?:olds?|off|leave|holiday|break|course|pregnant|shift|rest|a side|of \w+ing\b|"
                               r"after (?:that|this|it|which)\b|before|earlier|walk|drive|trip|"
                               r"of (?:rest|physio|treatment|antibiotics|tablets|steroids))\b")
# "got worse over the week", "spread over a few days": a change in a pain that may be older, not how long
# this episode has lasted ("over the last few days", "it's been getting worse over 10 days" still date it)
_DEVELOPED_OVER = lazy(r"(?<!been )\b(?:worse\w*|worsen\w*|progressive\w*|steadily|grew|grow\w*|spread\w*)"
                       r"\b[^,.;]{0,30}\bover (?:the )?(?:course of )?(?:a |the )?$")
# "came on gradually over 3 weeks", "crept up over a fortnight": the pain began then, so the span is at least
# its length; it dates the episode when no other time does (a span said of the pain itself wins)
_CAME_ON_OVER = lazy(r"(?<!been )\b(?:buil[dt]\w*|came on|come on|coming on|develop\w*|crept|creep\w*|gradual\w*|"
                     r"slowly)\b[^,.;]{0,30}\bover (?:the )?(?:course of )?(?:a |the )?(?:last |past )?$")
_SCORE_BEFORE = lazy(r"(?:\b\d{1,2} ?(?:/|out of) ?10|\ban? \d{1,2})\s*(?:at |by )?$")
_SCORE_AFTER = lazy(r"\s*(?:it's|its|it is|it was|i'd say|i'd give it)?\s*"
                    r"(?:more like|about|around|maybe|only|just)?\s*(?:an? )?\d{1,2}\b"
                    r"(?:\s*(?:/|out of)\s*10\b|\s*(?:[,.;!?]|$|now|but|and))")
_ACTIVITY_LENGTH = lazy(r"\b(?:after|from)\s*$")
# "it's day 3 now", "day 2 and I feel fine otherwise": counting the days of this episode
# "week 3 now", "Month 2 of this", "3rd week and no better", "2 days in.", "week and a half in"
_NOT_OF_THIS = r"(?! of (?!mine|this|it\b|the pain|my back))"
_COUNT_BEFORE = r"(?:^|, |\b(?:it's|it is|now|on|this is) "
_DAY_N = lazy(
    _COUNT_BEFORE + r")(?P<unit>day|week|month) (?P<n>\d{1,2}|one|two)\b(?!\s*(?:%|/|-))"
    + _NOT_OF_THIS +
    r"|" + _COUNT_BEFORE + r"(?:the |my )?)(?P<o>[2-9])(?:nd|rd|th) (?P<ounit>day|week|month)\b"
    + _NOT_OF_THIS + r"(?= (?:now|in|of)\b|\s*(?:and|but|,)\b|$)"
    r"|^(?:about |nearly |over )?(?P<i>\d{1,2}) (?P<iunit>day|week|month)s in(?= now\b|$)"
    r"|^(?:a |about a )?(?P<hunit>week|month) and a half in\b")
_FREQUENCY_BEFORE = lazy(r"(?:\b(?:every|once|twice|times|per|each|\d+)|\bin|\bin the next)\s*$")


@dataclass(frozen=True)
class _Time:
    days: int
    start: int
    end: int
    strong: bool
    """Said with "for", "since", "ago", "been", "over the last" (clearly a span up to now)."""


@dataclass(frozen=True)
class _Candidate:
    days: int
    score: int


def read_duration(u: Utterance, today: date | None) -> int | None:
    """Days the pain has lasted, or None when the text does not say (``today``: the message date;
    without it a weekday gives no duration)."""
    best: _Candidate | None = None
    found: list[_Candidate] = []
    for i, clause in enumerate(u.clauses):
        nxt = u.clauses[i + 1] if i + 1 < len(u.clauses) else ""
        for t in _times(clause, today):
            if t.days >= 140 and t.days % 7 == 0 and _PREGNANCY.search(u.text):
                continue  # "36 weeks with twins", "33 weeks and can't sleep": how far on the pregnancy is
            # "had a baby 6 weeks ago and my back's been sore since": the pain dates from that
            hurt_since = any(_HURT_SINCE.search(c) and not _NEGATED.search(c) for c in (clause[t.end:], nxt))
            score = _score(clause, t, hurt_since)
            if score is not None:
                found.append(_Candidate(t.days, score))
            if score is not None and (best is None or score > best.score
                                      or score == best.score and t.days > best.days):
                best = _Candidate(t.days, score)  # of times as sure, the earliest start is the episode's
    if best is None:
        return None
    if any(c.score >= max(3, best.score - 1) and _band(c.days) > _band(best.days)
           and (best.score < 5 or c.days < 365) for c in found):
        return None  # two readings that would set different care ("4 months now" and "a week ago"): ask
    return best.days


def _band(days: int) -> int:
    """The duration band the care level turns on: under a week, under four weeks, longer."""
    return 0 if days < 7 else 1 if days < 28 else 2


def bare_days(u: Utterance) -> int | None:
    """Days from an answer that is only a span ("two weeks"), even about other things."""
    m = _SPAN.search(u.text)
    return _span_days(m) if m is not None else None


def _times(clause: str, today: date | None) -> list[_Time]:
    out: list[_Time] = []
    taken: list[tuple[int, int]] = []

    def add(days: int | None, start: int, end: int) -> None:
        if days is None or any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        before = clause[max(0, start - 25):start]
        after = clause[end:end + 12]
        strong = bool(re.search(r"\b(?:for|since|past|last|over|been|from|ago)\b[^,]*$", before)
                      or re.match(r"\s*(?:ago|back|now)\b", after))
        out.append(_Time(days, start, end, strong))

    for m in _RELATIVE.finditer(clause):
        days = 2 if m.group("d2") else 1 if m.group("d1") else 0 if m.group("d0") else \
            7 if m.group("w1") else 14 if m.group("f1") else 30
        add(days, m.start(), m.end())
    for m in _SPAN.finditer(clause):
        before = clause[:m.start()]
        if _NOT_A_SPAN_AFTER.match(clause[m.end():]):
            continue
        if _ACTIVITY_LENGTH.search(before) and (m.group("n") in ("a", "an", "one") or before.endswith("after ")) \
                and m.group("unit") and m.group("unit").startswith(("day", "night")):
            continue  # "came on after a day sanding floorboards", "after two nights on a futon": the activity's
        if _RATE_BEFORE.search(before) and m.group("n") in ("a", "an"):
            continue  # "10 hours a day at my desk", "three times a week": how often, not how long
        if _AGES_BEFORE.search(before):
            continue  # "(ages 6, 4 and 11 months)": the children's ages
        if _FREQUENCY_BEFORE.search(before) and not re.search(r"\b(?:in the (?:last|past))\s*$", before):
            continue
        if m.group("unit") and m.group("unit").startswith(("minute", "min", "hour")) and not re.search(
                r"\b(?:for|since|past|last)\s+(?:about |around |nearly |over )?$", before) and not re.match(
                r"\s*ago\b", clause[m.end():]):
            continue
        add(_span_days(m), m.start(), m.end())
    for m in _DAY_N.finditer(clause):
        unit = m.group("unit") or m.group("ounit") or m.group("iunit") or m.group("hunit")
        said = m.group("n") or m.group("o") or m.group("i") or "1.5"
        n = float({"one": "1", "two": "2"}.get(said, said))
        add(round(n * _UNIT_DAYS[unit]), m.start(), m.end())
    for m in _PLURAL.finditer(clause):
        unit = m.group("unit") or m.group("unit2") or "years"
        add({"weeks": 14, "months": 60, "years": 730}[unit], m.start(), m.end())
    if today is not None:
        for m in _WEEKDAY.finditer(clause):
            add(_days_since(m.group("day") or "weekend", today), m.start(), m.end())
    return out


def _score(clause: str, t: _Time, hurt_since: bool = False) -> int | None:
    """How surely the time dates the pain; None when it dates something else."""
    count = _DAY_N.fullmatch(clause[t.start:t.end])
    if count and not re.match(r"\s*of\b(?! (?:mine|this|it\b|the pain|my back))", clause[t.end:]):
        # "it's day 3 now", "week 5 update" count this episode ("day 3 of the course" does not)
        return 3 if count.group("unit") == "day" else 5
    if _SCORE_BEFORE.search(clause[max(0, t.start - 20):t.start]) or _SCORE_AFTER.match(clause[t.end:]):
        return None  # "10/10 last night", "a 9 yesterday": when that score was, not when the pain began
    if someone_else(clause[:t.start]) and not re.search(r"\b(?:i|i'm|i've|i'd|me|my back)\b", clause[:t.start]):
        return None  # "my brother-in-law was off for months": his time, not this pain's
    been = [m for m in _BEEN_OTHER.finditer(clause) if m.end() <= t.start]
    if been and re.fullmatch(r"[^,]{0,30}", clause[been[-1].end():t.start]) \
            and not PAIN.search(clause[been[-1].end():t.start]):
        return None
    if t.days == 0 and _COURSE_TODAY.search(clause) and not any(
            p.search(clause) for p in (EVENT, SUDDEN, GRADUAL, _STARTED)):
        return None  # "it's a bit better today", "stiff today": how it is now, not when it began
    if _NEW_SIGN.search(clause) and not PAIN.search(re.sub(r"\bstrain\w* to\b|\btrouble\b", " ", clause)):
        return None  # "since yesterday I've had trouble getting a wee started": the bladder's time, not the back's
    before = clause[:t.start]
    if _HABIT_OR_PLAN.search(before):
        return None  # "it usually takes about a week to settle", "or give it a week": other bouts, or the future
    if _DEVELOPED_OVER.search(before):
        return None
    if _CAME_ON_OVER.search(before):
        return 2
    if re.search(r"\b(?:on and off|off and on|comes and goes)\b[^,]{0,12}$", before):
        return None  # "on and off for 20 years" is the history, not this episode
    if t.days >= 365 and re.match(r"\s*(?:ago|back)\b", clause[t.end:]) \
            and not re.search(r"\b(?:started|began|begun|start|ever since|since then)\b", clause):
        return None  # "hurt my back a year ago", "moved here 2 years ago": another time
    pain_for = re.search(PAIN.pattern + r"[^,.]{0,25}\b(?:for|over)\s+(?:about |around |nearly |over )?$", before)
    pain_since = re.search(PAIN.pattern + r"[^,.]{0,30}\bsince\b[^,.]*$", before)
    if pain_since and re.match(r"\s*ago\b", clause[t.end:]):
        return 5  # "niggly since I started a new job 10 days ago": the pain dates from it
    since = re.match(r"\s*(?:now )?since\b(.*)", clause[t.end:])
    if since and since.group(1).strip(" ,") and not pain_for \
            and not any(p.search(since.group(1)) for p in (PAIN, EVENT, SUDDEN, GRADUAL)):
        return None  # "it's been a week since I saw the GP" dates the visit
    anchor = "pain" if pain_for else _nearest_anchor(clause, t)
    bonus = 1 if t.strong else 0
    if anchor == "other":
        return 3 + bonus if hurt_since else None
    if anchor == "pain":
        return 4 + bonus
    if anchor == "event":
        if t.days >= 365 and LONG_AGO.search(clause) and not re.search(r"\bever since\b|\bsince then\b", clause):
            return None  # "had a fall about 5 years ago": that event is not this pain
        return 3 + bonus
    piece_start = clause.rfind(",", 0, t.start) + 1
    piece_end = clause.find(",", t.end) if "," in clause[t.end:] else len(clause)
    for rest in (clause[:t.start] + " " + clause[t.end:], clause[piece_start:t.start] + " " + clause[t.end:piece_end]):
        rest = re.sub(r"'s\b", " ", _FILLER.sub(" ", rest))
        rest = BODY.sub(" ", rest)
        rest = re.sub(r"\b(?:lower|upper|middle|mid|left|right|side|sides|my|both|and|in|\d+)\b|[^\w\s]", " ", rest)
        if not rest.strip():
            return 2 + bonus  # the clause or its comma piece is just a time ("since Monday", "mid back, 3 weeks now")
    return None


def _nearest_anchor(clause: str, t: _Time) -> str | None:
    """'pain', 'event' or 'other': what the time is said about, by the nearest word of each kind."""
    best: tuple[int, str] | None = None
    for kind, pattern in (("other", _OTHER), ("other", _BEEN_OTHER), ("pain", _PAIN_ANCHOR), ("event", EVENT),
                          ("pain", SUDDEN), ("pain", GRADUAL)):
        for m in pattern.finditer(clause):
            if m.start() < t.end and t.start < m.end():
                continue  # the time itself ("over the last few weeks")
            if kind == "pain" and re.search(r"\bfor (?:my|the|his|her) (?:\w+ )?$", clause[:m.start()]):
                continue  # "an injection for my sciatica 10 days ago": the pain is why, the time is the injection's
            what = kind
            if kind == "event" and ((THIRD_PERSON.search(clause[max(0, m.start() - 40):m.start()])
                                     and not re.search(r"\bme\b", m.group(0))) or DISSOCIATED.search(clause)):
                what = "other"  # "my husband fell last week": his event, not this pain's start
            gap = t.start - m.end() if m.end() <= t.start else m.start() - t.end
            gap = max(gap, 0) + (0 if m.end() <= t.start else 3)  # what came before is likelier
            if best is None or gap < best[0]:
                best = (gap, what)
    return best[1] if best is not None else None


def _span_days(m: re.Match[str]) -> int | None:
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


def _days_since(day: str, today: date) -> int:
    target = 5 if "weekend" in day else _WEEKDAYS.index(day)
    delta = (today.weekday() - target) % 7
    return delta or 7
