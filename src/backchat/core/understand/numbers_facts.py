"""Age and the 0-10 pain score."""

from __future__ import annotations

import re

from backchat.core.understand.lazy import lazy
from backchat.core.understand.text import Utterance

__all__ = ["read_age", "read_severity", "bare_number"]

_AGE = lazy(
    r"(?<!like )(?<!as if )(?<!as though )(?<!at )(?<!from )(?<!since )(?<!by )"  # "at age 13": an age back then
    r"\b(?:i'm|i am|im|i'm now|age|aged|age is|turned|turning|just turned)\s+"
    r"(?:(?:actually|only|still|now|almost|nearly) )?(?P<a>\d{1,3})\b(?!\s*(?:kg|kilos|"
    r"stone|st\b|lbs|pounds|%|percent|degrees|out of|/|minutes|hours|days|weeks|months|times|foot|feet|"
    r"cm|inches|a day|w\b|wks?\b|d\b|\+\s?\d|(?:years?|yrs?) (?:post|after|since|out|into|in|on|pregnant|clean)\b))"
    r"|(?<!my )(?<!our )(?<!his )(?<!her )(?<!their )(?<!the )(?<!a )(?<!an )"
    r"\b(?P<b>\d{1,3})\s*(?:years? old|yrs? old|y/?o|yo|year-old)\b(?!\s+(?:son|daughter|kid|child|"
    r"boy|girl|dog|cat|grandson|granddaughter|nephew|niece|brother|sister|wanted|is|was|has))"
    r"|(?<!at )(?<!from )(?<!since )(?<!by )\bage:?\s*(?P<c>\d{1,3})\b"
    r"|\bmy age,? \(?(?P<i>\d{2,3})\b\)?"  # "probably my age (61)"
    r"|\b(?:i'm|i am|im) an? (?:(?!\d)[a-z]+ )?(?P<d>\d{1,3}) ?-? ?(?:years?[- ]old|yrs?[- ]old|y/?o|yo)\b"
    r"|\b(?:i'm|i am|im)\b[^.;]{0,40}\bat the age of (?P<j>\d{2,3})\b"  # "I'm a (sort of) young man at the age of 29"
    r"|\b(?:i'm|i am|im) an? (?:man|woman|guy|lady|bloke|gent|male|female) of (?P<f>\d{2,3})\b"
    r"|\b(?P<g>\d{2,3}) years? young\b|\b(?:like|serves) me (?:right )?at (?P<h>\d{2,3})(?=\s*(?:[!.?,]|$))"
    r"|^(?P<e>\d{2}) ?(?:f|m|yo ?[fm]?|y/o ?[fm]?)\b"
    # a decade of life, now: "I'm in my sixties", "since crossing into my sixties", "now in my late fifties"
    r"|\b(?:i'm|i am|im|now|into|(?:since|after) (?:turning|hitting|reaching))\s+(?:well |firmly |now )?(?:in(?:to)? )?"
    r"my (?P<part>early |mid |mid-|late )?(?P<k>twent|thirt|fort|fift|sixt|sevent|eight|ninet)ies\b"
)
_DECADES = {"twent": 20, "thirt": 30, "fort": 40, "fift": 50, "sixt": 60, "sevent": 70, "eight": 80, "ninet": 90}
_PART = {"early ": 0, "mid ": 4, "mid-": 4, "late ": 7}  # a range takes its lower bound: late fifties = 57
_UNIT = (r"(?!\s*(?:-|%|\.\d|/|,\s*\d|(?:,\s*)?(?:(?!next\b|this\b)[\w']+\s+){0,2}"
         r"(?:years?|yrs?|days?|weeks?|months?|hours?|hrs?|minutes?|mins?|kg|kilos?|stone|lbs?|pounds|miles?|km|times|sessions|reps|percent|degrees|am|pm)\b))")
_SENTENCE = lazy(r"(?<=[.!?])\s+|\n+|(?<=\))\s+")
_AGE_SHAPE = lazy(
    # a sentence that opens with the bare number: "55, retired postman", "17 and pretty sure", "58.", "58 next month"
    r"^(?:am |aged? )?(?P<s>\d{2,3})\b" + _UNIT +
    r"(?=\s*(?:[.!?]|$|,|\s(?:and|but|&)\s(?!a half)"
    r"|(?P<next>(?:next|this coming) (?:month|week|year|birthday)\b(?=\s*(?:[.!?,]|$)))))"
    # a job or a word about themselves, then the number: "Plasterer here, 41.", "Retired teacher, 70"
    r"|^(?![^,]*\b(?:my|our|his|her|their|the|a|an|pain|back|it|its|it's|day|week|month|year|\w+'s)\b)"
    r"[a-z][a-z'-]*(?: [a-z0-9'-]+){0,3}, (?P<j>\d{2,3})(?![.,]?\d)(?=\s*(?:[.!?]|$|,))"
    # in brackets after the writer, not after someone else: "a scaffolder (34)", "Swimmer here (21, uni team)"
    r"|\((?P<p>\d{2,3})(?![.,]?\d)(?=\s*[),])"
    # "now at 38 I've got", "which at 67 I suppose I am"
    r"|\b(?:now|which|and) at (?P<t>\d{2,3})\b(?!\s*(?:am|pm|o'clock|:|\.\d))"
    # a present-tense clause about being that age: "At 80 you can't expect", "still swimming at 70"
    r"|^at (?P<u>\d{2,3}),? (?:i|you|one|we)(?:'m|'re| am| are| can| can't| cannot| still| don't| do| expect| should"
    r"| shouldn't| have to| get| feel| know| suppose| guess| reckon| expected| thought| never)\b"
    r"|\bstill [a-z]+ing(?: [a-z'-]+){0,3} at (?P<v>\d{2,3})\b(?!\s*(?:am|pm|o'clock|:|\.\d|%|p\b|quid|pence|mph))"
    # "Now 58 and ...", "58 now.", "58 if that matters", "30f", "at my age, 38"
    r"|^now (?P<w>\d{2,3})\b" + _UNIT + r"(?=\s*(?:[.!?,]|$|\s(?:and|but|&)\s))"
    r"|^(?P<x>\d{2,3}) now(?=\s*(?:[.!?,]|$))"
    r"|(?:^(?:am |aged? )?|, )(?P<y>\d{2,3}),? if (?:that|it) (?:matters|helps|counts)\b"
    r"|(?:^|, )(?P<z>\d{2}) ?(?:m|f|male|female)(?=\s*(?:[.!?,)]|$))"
    r"|\bat my age,? (?P<q>\d{2,3})\b" + _UNIT
)
_MONTH_CUT = lazy(r"\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$")
_BACK_THEN = lazy(r"\b(?:as a (?:kid|child|baby|toddler|teen\w*|boy|girl)|in my (?:childhood|teens)|when i was)\b"
                  r"[^.]*$")
_COUNTED = lazy(r"\b\d+\s+[a-z]+\s*$")  # a bracket after a count of things: "played 18 holes (73)"
_LABEL = lazy(r"^(?:background|short version|about me|context|me|bit of background|some background|info|details):\s*")
_OTHER_BEFORE = lazy(r"\b(?:my|our|his|her|their|whose)\s+(?:[a-z'-]+\s+){0,2}\(?$")
_CORRECTED = lazy(
    r"^\W*(?:no wait|wait|sorry|typo|oops|i mean|i meant|actually)\b[\w\s,]{0,20}?\b(?P<n>\d{1,3})\b")
_NOT_SELF = lazy(r"\b(?:my|our|his|her)\s+(?:\w+\s+)?(?:son|daughter|kid|child|boy|girl|"
                       r"dog|cat|mum|mom|dad|husband|wife|partner|brother|sister|baby)\s+"
                       r"(?:is|was|who's)\s+$")
# an age at an event, not now: "hurt it in a pile-up aged 17", "diagnosed aged 12"
_EVENT_AGED = lazy(r"\b(?:(?:from|after|in|during|since|with|at) (?:a|an|my|the|that) [^,.;]{0,30}"
                   r"|(?:diagnosed|injured|hurt|broke\w*|operated on)\b[^,.;]{0,30})$")
# a thing's age, not the writer's: "my pillow is about 15 years old", "the mattress was 20 years old"
_THINGS_AGE = lazy(r"\b(?:my|our|his|her|their|the|this|that|a|an)\s+(?:[a-z'-]+\s+){0,2}?[a-z'-]+"
                   r"(?:'s|\s+(?:is|was|are|were|must be))\s+(?:about |around |nearly |almost |over |at least |"
                   r"probably |easily |well over |roughly )?$")
_NOT_SCORE_AFTER = (r"(?!\s*(?:[./-]\d|years?|yrs?|days?|weeks?|months?|hours?|minutes?|mins?|miles?|km|kg|kilos?|"
                    r"stone|pounds|lbs|foot|feet|inch\w*|a side|times|percent|%|am|pm|o'clock|year-old|day|week|"
                    r"month|metres?|meters?|kids?|children|cats?|dogs?|stairs|steps|flights?|nights?))")
_SCORE = lazy(
    r"\b(?P<n>\d{1,2}(?:\.\d)?)\s*(?:/|out of|outta|of)\s*10\b"
    r"|(?:\b(?:it's|it is|its|pain is|pain's|score(?: is| of)?|about|around|maybe|like|solid|probably|roughly|"
    r"say|give it|i'd give it|rate it|at|been|only|just|mild,?|bad,?|terrible,?|more like|call it|"
    r"pain score(?: is| of)?(?: maybe| about| around)?)\s+)an?\s+(?P<m>\d{1,2})\b" + _NOT_SCORE_AFTER +
    r"|\bpain(?: score)?(?:'s| is)?(?: about| around| maybe| roughly)? (?P<p>\d{1,2})\b(?!\s*(?:/|out of))"
    + _NOT_SCORE_AFTER +
    r"|(?:^|[,;] )an? (?P<q>\d{1,2})\b(?= *(?:[,.;!?]|$| maybe| or so| i'd say| i think| at (?:most|worst|best)))"
    r"|\bmore like (?:an? )?(?P<r>\d{1,2})\b(?!\s*(?:/|out of))" + _NOT_SCORE_AFTER +
    r"|\bfrom an? \d{1,2} to an? (?P<t>\d{1,2})\b" + _NOT_SCORE_AFTER +
    r"|\ban? (?P<o>\d{1,2}) or (?:an? )?\d{1,2}\b" + _NOT_SCORE_AFTER +
    r"|\b(?:it's|it is|its|pain is|pain's|about|around)\s+an? (?:steady|constant|solid|good|strong|easy|mild|"
    r"high|low|firm|fair|dull|nagging) (?P<s>\d{1,2})\b(?= *(?:[,.;!?]|$| i'd say| i think| or so| now| most))"
    r"|\b(?:it's|it is|and|but|maybe|more like)\s+(?:about |around |roughly )?(?P<u>\d{1,2}) now\b"
    r"|\ban? (?P<c>\d{1,2})(?= (?:when|whenever|if|while|at rest|on the)\b)"
)
_SCORE_TALK = lazy(r"\b(?:score|rate|rated|out of 10|/10|out of ten)\b|\b\d{1,2}/10\b"
                   r"|\ban? \d{1,2}\b(?! ?(?:day|week|month|year|minute|hour|mile|k|stone|kg)s?\b)")
_CONDITION = lazy(r"\s*(?:out of 10 |/10 )?(?:when|whenever|if|while|at rest|moving|sitting|standing|lying|on)\b")
_CONDITION_BEFORE = lazy(r"\b(?:when|whenever|if|while|lying|sitting|standing|walking|moving|bending|resting)\b")
_NOW = lazy(r"\b(?:now|today|at the moment|currently|these days|this morning|more like|to an?)\b")
_BARE = lazy(r"^\D{0,20}?(?P<n>\d{1,3}(?:\.\d)?)\D{0,30}$"
             r"|^\D{0,20}?(?P<low>\d{1,2}) ?(?:or|-|to|and) ?(?:an? )?\d{1,2}\D{0,30}$")
# text2num leaves numbers below three as words (stack-notes: "two out of ten" would read as 10)
_SMALL = lazy(r"\b(?:zero|nil|nought|one|two)\b(?! (?:of (?:those|them|the|my)|another|more|thing|side|legs?|"
                    r"times?|way|or two|sec|(?:minute|hour|day|night|week|fortnight|month|year|kid|child)s?\b))")
_SMALL_VALUE = {"zero": "0", "nil": "0", "nought": "0", "one": "1", "two": "2"}


def _digits(text: str) -> str:
    """``text`` with zero, one and two as digits, where they are numbers."""
    return _SMALL.sub(lambda m: _SMALL_VALUE[m.group(0)], text)


def _age_in_shape(text: str) -> int | None:
    """An age said the way posts give it, outside a clause that names it ("55, retired postman",
    "Roofer, 45.", "a scaffolder (34)", "17 and pretty sure...", "58 next month" = 57, "now at 38")."""
    previous = ""
    for sentence in _SENTENCE.split(text):
        m = _AGE_SHAPE.search(_LABEL.sub("", sentence.strip()))
        after_month, previous = _MONTH_CUT.search(previous), sentence
        if m is None or after_month:
            continue  # "on Monday, Sept. 18.": a date cut at the month's full stop
        if m.group("p") and (_OTHER_BEFORE.search(sentence[:m.start()]) or _COUNTED.search(sentence[:m.start()])):
            continue  # "my husband (84)", "18 holes (73)"
        value = int(next(g for g in m.group("s", "j", "p", "t", "u", "v", "w", "x", "y", "z", "q") if g))
        if m.group("next"):
            value -= 1  # "58 next month": 57 today
        if 13 <= value <= 110:
            return value
    return None


def read_age(u: Utterance) -> int | None:
    """The speaker's own age in years."""
    shaped = _age_in_shape(u.text)
    for clause in u.clauses:
        for m in _AGE.finditer(clause):
            before = clause[:m.start()]
            if _NOT_SELF.search(before) or (m.group("b") and _THINGS_AGE.search(before)) or (
                    m.group(0).startswith("aged") and _EVENT_AGED.search(before)) or (
                    m.group(0).startswith("age") and _BACK_THEN.search(before)):
                continue  # "my son is 12", "my pillow is 15 years old", "leukaemia as a kid (age 6": not the writer now
            if m.group("k"):
                return _DECADES[m.group("k")] + _PART.get(m.group("part") or "", 0)
            value = int(next(g for g in m.group("a", "b", "c", "d", "e", "f", "g", "h", "i", "j") if g))
            if m.group("b") and value < 12:
                continue  # "picking up 1 year old": a child's age, not the writer's
            fixed = _CORRECTED.match(u.text[u.text.find(m.group(0)) + len(m.group(0)):])
            if fixed:
                value = int(fixed.group("n"))  # "I'm 63, no wait, typo, 36"
            if 1 <= value <= 120:
                return value
    return shaped


def read_severity(u: Utterance) -> int | None:
    """A 0-10 pain score when given as a score ("7 out of 10", "7/10", "it's only a 3"); of several,
    the one said of now ("10/10 last night but today more like 7", "from a 3 to a 7")."""
    found: list[tuple[bool, int, bool]] = []
    for clause in u.clauses:
        text = _digits(clause)
        for m in _SCORE.finditer(text):
            raw = next(g for g in m.group("n", "m", "p", "q", "r", "t", "o", "s", "u", "c") if g)
            if m.group("u") and not _SCORE_TALK.search(u.text):
                continue  # "it's 5 now" is a score only where scores are being given
            value = round(float(raw))
            if 0 <= value <= 10:
                said_now = bool(_NOW.search(text[max(0, m.start() - 25):m.start()])
                                or re.match(r"\s*now\b", text[m.end():]) or m.group("u"))
                cond = bool(_CONDITION.match(text[m.end():]) or _CONDITION_BEFORE.search(text[:m.start()]))
                found.append((said_now, value, cond))
    if not found:
        return None
    current = [v for is_now, v, _ in found if is_now]
    if current:
        return current[-1]
    if len({v for _, v, _ in found}) > 1 and all(cond for _, _, cond in found[:2]):
        return None  # "a 9 when I move and a 4 when I lie still": no one score for now (the dialogue asks)
    return found[0][1]


def bare_number(u: Utterance) -> float | None:
    """The one number in a short answer ("42", "about a 6", "I'm 63"); of a range, its lower bound
    ("6 or 7", "between 6 and 7", as "a 6 or a 7" in a story)."""
    m = _BARE.match(_digits(u.text))
    if m is None or len(u.text) > 60:
        return None
    return float(m.group("n") or m.group("low"))
