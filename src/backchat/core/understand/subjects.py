"""Which: the subject of each piece of a clause, and a reading without the pieces about something else.

A value is this episode's only when the words that give it are said of the writer's own back.
"a rung gave way" (a thing), "both my legs have ached since yesterday" (another sign), "went to
A&E last night" (a visit) each hold words a slot reads ("gave way", "since yesterday"), but not
about the writer's back pain. The test is by construction, the shape of
:mod:`backchat.core.understand.assertion`: each clause is cut into pieces (at commas, "and", "so",
"when", "who"), each piece's subject is found at its start, and the text is read again with the
pieces about a thing (and, for how long, another sign or a visit) left out. A value that is there
only in the full reading was read from such a piece. What is said of another person ("my friend
can't walk properly") is left out first by the one person test, :func:`whose.others_left_out`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import Literal

from backchat.core.facts import FactValue
from backchat.core.understand.assertion import RED_SIGNS
from backchat.core.understand.lazy import lazy
from backchat.core.understand.lexicon import BODY, PAIN
from backchat.core.understand.text import Utterance
from backchat.core.understand.whose import others_left_out

__all__ = ["Subject", "piece_subject", "without", "said_elsewhere"]

Subject = Literal["thing", "sign", "visit"]
Reader = Callable[[Utterance], dict[str, FactValue]]

# where one piece of a clause ends and the next (with a subject of its own) may begin
_PIECE = lazy(r",|;|:|\s-\s|(?<=\d[fm])\s+"
              r"|\band (?:then |now )?(?=(?:i|i'm|i've|my|the|a|an|it|it's|there|she|he|they|both|his|her|their)\b)"
              r"|\b(?:so|when|while|whereas|which|because|as)\b(?=\s+(?:i|i'm|i've|my|the|a|an|it|there|she|"
              r"he|they|both|can't|can|had|has|have|was|is|dragged|\w+ed)\b)")
# words before the subject: links, and a time said first ("since last night I've had ...")
_TIME = (r"(?:(?:ever )?since|for|over|in|about|around)?\s*(?:(?:the |this )?(?:last|past) (?:few |couple of )?"
         r"(?:nights?|days?|weeks?|weekend|fortnight|months?)|yesterday|today|tonight|last night|"
         r"this (?:morning|afternoon|evening|week|weekend)|(?:a|an|\d+|a few|a couple of) (?:days?|weeks?|months?) ago"
         r"|(?:on |last )?(?:monday|"
         r"tuesday|wednesday|thursday|friday|saturday|sunday)|then)")
_LEAD = lazy(r"^(?:\s*(?:(?:and|so|then|now|also|plus|anyway|though|but|well|oh|when|while|who)\b|" + _TIME
             + r")[,\s]*)+")
# another sign than the back pain as the subject: the legs, numbness, a temperature, the chest, the bladder
_SIGN_SUBJECT = lazy(
    r"^(?:(?:both|my|the|his|her|one|each)\s+)*(?:(?:of\s+)?(?:my|the)\s+)?(?:left |right |lower |upper |big |"
    r"little |whole |outer |inner )*(?:legs?|thighs?|knees?|calf|calves|shins?|ankles?|foot|feet|toes?|heels?|"
    r"arms?|hands?|fingers?|chest|temp|temperature|fever|"
    r"bladder|bowels?|wee|pee|stream|flow|leaking|dribbling)\b(?!\s+(?:and|&)\s+(?:my\s+|the\s+)?(?:lower\s+|low\s+)?back)"
    r"|^there(?:'s| is| was)\s+(?:a\s+|some\s+)?(?:\w+\s+){0,2}(?:band|pressure|tightness)\s+(?:across|in|round|"
    r"around)\s+(?:my\s+|the\s+)?chest\b"
    r"|^i(?:'ve| have)?\s+(?:been|had|felt)\s+(?:\w+\s+){0,4}?(?:feverish|shivery|hot and cold|accidents?|"
    r"leak\w*|numb\w*|tingl\w*)\b"
    r"|^[\d.]+\s*(?:°|degrees?\b)?\s*(?:c\b|f\b)?\s*(?:this|last|yesterday|today|on)\b"  # "38.2 this morning"
)
# something done to the writer: the subject is another, the event is the writer's
_ON_WRITER = lazy(r"\b(?:asked|told|got|made|had|wanted) (?:me|us) to\b|"
                  r"\b(?:into|hit|hitting|knocked|pushed|pulled|landed on|fell on|onto|on top of|at)\s+"
                  r"(?:the back of\s+|the side of\s+)?(?:me|us|my|our)\b")
_BACK = lazy(r"\b(?:back|spine|sciatica)\b")
_FOUND_IT = lazy(r"(?:i\s+)?(?:only\s+|first\s+)?(?:noticed|found|spotted|discovered)\s+(?:it|this|the lump|a lump)\b")
_LUMP = lazy(r"\b(?:lump|swelling|bump|cyst|mole|growth)\b")
# the leg's pain told as coming from the back: "it starts in my lower back", "shoots down from my back", sciatica
_FROM_THE_BACK = lazy(r"\b(?:start\w*|begin\w*|began|comes?|coming|radiat\w*|shoot\w*|travel\w*|runs?|spread\w*)"
                      r"\s+(?:\w+\s+)?(?:from|in|out of)\s+(?:my |the )?(?:lower |low |bad )?back\b|\bsciatica\b")
_LIMB = lazy(r"\b(?:legs?|thighs?|knees?|calf|calves|shins?|ankles?|foot|feet|toes?|heels?|bum|buttocks?)\b")
# what a leg or a foot belongs to when it is not the writer's ("the chair leg", "the table foot")
# a household thing of the writer's as the subject: "our roof started leaking", "my boiler packed in"
_OWNED_THING = lazy(r"^(?:our|my|his|her|their)\s+(?:[a-z]+\s+)?(?:roof|ceiling|taps?|pipes?|boiler|radiators?|tank|"
                    r"gutters?|washing machine|dishwasher|fridge|freezer|shower|bath|sink|toilet|"
                    r"cistern|kettle|hose|tent|loft)\b")
_THING_WORD = lazy(r"chair|table|stool|bed|ladder|sofa|couch|bench|desk|step|steps|stair|shelf|cot|trolley|piano")
_CLINICIAN = lazy(r"(?:my |the |a )?(?:gp|doctor|doc|physio|physiotherapist|chiro\w*|osteo\w*|consultant|surgeon|"
                  r"nurse|dentist|specialist|midwife|paramedic|pharmacist)\s+(?:saw|seen|examined|checked|looked|"
                  r"said|told|thought|thinks|reckons|gave|put|sent|referred|prescribed|signed|diagnosed)\b")
_VISIT = lazy(r"(?:i\s+|we\s+)?(?:went|been|got|go|ended up)\s+(?:to|into|down to|in)\s+(?:the\s+|my\s+|a\s+)?"
              r"(?:a&e|a and e|er|gp|doctors?|doctor's|hospital|urgent care|walk-in\w*|physio|osteo\w*|chiro\w*|"
              r"clinic|pharmac\w*)\b|(?:i\s+)?(?:saw|seen|rang|called|phoned|visited)\s+(?:the\s+|my\s+|a\s+)?"
              r"(?:a&e|gp|doctor|physio|osteo\w*|chiro\w*|111|nhs 111|pharmacist|nurse|consultant|specialist)\b")
# a thing as the subject: a determiner and a noun that is no body part, pain or person ("a rung gave way")
_THING_SUBJECT = lazy(r"^(?:a|an|the|one|this|that)\s+(?:(?P<pre>[a-z]+)\s+(?=[a-z]+\s+[a-z]+\s+))?"
                      r"(?:(?P<mod>(?!(?:round|around|near|by|under|over|on|in|at|of|to|itself|it|is|was|has|had|"
                      r"are|were)\b)[a-z]+)\s+)?"
                      r"(?P<noun>(?!(?:itself|it|themselves|them|is|was|has|had|are|were)\b)[a-z]+)\s+"
                      r"(?:gave|gives|sagged|sags|tipped|cracked|buckled|wobbled|toppled|went|came|broke|snapped|"
                      r"leak\w*|dripp\w*|overflow\w*|fell|slipped|collapsed|was|is|had|has)\b")
_NOT_A_THING = lazy(r"^(?:pain\w*|ache|aching|back|spine|middle|bottom|top|base|side|centre|center|area|spot|"
                    r"bit|rest|whole|left|right|lower|upper|worst|same|next|other|first|last|problem|"
                    r"trouble|thing|issue|day|night|week|morning|time|doctor|gp|physio|numbness|tingling|"
                    r"weakness|feeling|sciatica|muscle|muscles|disc|nerve|leg|legs|foot|knee|hip|hips|burning|"
                    r"shooting|sensation|discomfort|cramp|cramps|pins|spot|patch|niggle|twinge|stabbing|throbbing|"
                    r"pulling|has|had|have|was|is|been|"
                    # the signs themselves: "the temperature went up to 39", "the stream is weak"
                    r"temperature|temp|fever|chills?|shivers?|shakes|sweats?|leak\w*|dribbl\w*|incontinence|accidents?|"
                    r"wee|pee|urine|bladder|bowels?|stream|flow|numb\w*|tingl\w*|weight|appetite|night|nights|sleep|"
                    r"stiffness|soreness|agony|spasms?|lump|swelling|bump|sciatic|sensation|skin|groin|bum|bottom)$")


def _pieces(clause: str) -> list[tuple[int, int]]:
    cuts = [0] + [m.start() for m in _PIECE.finditer(clause)] + [len(clause)]
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


@lru_cache(maxsize=1024)
def piece_subject(piece: str, before: str = "") -> Subject | None:
    """What one piece of a clause is said of when not the writer's back: a thing, another sign, a visit
    (``before``: the text before the piece, for what "it" points back to)."""
    head = _LEAD.sub("", piece.strip(" ,;-")).strip()
    if _VISIT.match(head):
        return "visit"  # "went to A&E last night", "saw the physio 2 weeks ago for my knee": when they were seen
    if not head or re.match(r"(?:i|i'm|i'd|me|my back|my spine|it|it's|this|that)\b", head) and not re.match(
            r"i(?:'ve| have)?\s+(?:been|had|felt)\b", head):
        return None
    if _ON_WRITER.search(head):
        return None  # "a van went into the back of us", "a shelf came down and hit me": the writer's own
    if _FOUND_IT.match(head) and _LUMP.search(before):
        return "thing"  # "a swelling near my spine ... spotted it a fortnight ago": when the swelling was found
    if _OWNED_THING.match(head):
        return "thing"  # "our roof started leaking": a thing of the writer's
    thing = _THING_SUBJECT.match(head)
    if thing and (not _NOT_A_THING.match(thing.group("noun")) and not BODY.fullmatch(thing.group("noun"))
                  and not PAIN.fullmatch(thing.group("noun"))
                  or any(_THING_WORD.fullmatch(thing.group(g) or "") for g in ("pre", "mod"))):
        return "thing"  # "a rung gave way", "the chair leg gave way"
    if _CLINICIAN.match(head):
        return "visit"  # "my GP saw me 3 days ago": when they were seen, not when the pain began
    if _SIGN_SUBJECT.match(head) and not _BACK.search(head):
        return "sign"  # "both my legs have ached since yesterday"; not "my knee buckles since my back went"
    return None


def without(u: Utterance, kinds: frozenset[Subject]) -> Utterance:
    """The utterance with every piece whose subject is of ``kinds`` left out."""
    clauses = []
    sciatica = _FROM_THE_BACK.search(u.text) is not None  # the leg's pain is the back's: its time is the episode's

    def cut(piece: str, before: str) -> bool:
        kind = piece_subject(piece, before)
        return kind in kinds and not (kind == "sign" and sciatica and PAIN.search(piece) and _LIMB.search(piece))

    for i, clause in enumerate(u.clauses):
        pieces = _pieces(clause)
        earlier = " ".join(u.clauses[max(0, i - 2):i])
        kept = [clause[a:b] for a, b in pieces if not cut(clause[a:b], earlier + " " + clause[:a])]
        if len(kept) == len(pieces):
            clauses.append(clause)
            continue
        clauses.append(re.sub(r"\s+", " ", " ".join(kept)).strip(" ,;") if kept else "")
    kept_clauses = tuple(c for c in clauses if c) or ("",)
    return replace(u, text=" . ".join(kept_clauses), clauses=kept_clauses)


_THING: frozenset[Subject] = frozenset({"thing"})
_ELSEWHERE: frozenset[Subject] = frozenset({"thing", "sign", "visit"})
# red-flag signs of the body: said of a thing ("the tap has been dribbling") they are asked about; a crash told by
# its things ("the airbag went off", "the car's written off") and a lump (itself a thing) are not of them
_BODY_SIGNS = tuple(name for name in RED_SIGNS if name not in ("trauma", "back_lump", "cancer_history", "immune"))
# slots read again without the stretches about another person and the pieces about a thing (their value must come
# from the writer's own)
_OWN_SLOTS = ("numbness_or_weakness", "neuro_deficit", "radiation", "age")


def said_elsewhere(u: Utterance, facts: dict[str, FactValue], read_facts: Reader) -> dict[str, FactValue]:
    """Drop values read only from stretches about another person (:func:`whose.others_left_out`), pieces about
    a thing or (for how long) another sign or a visit; returns the red-flag signs read only from a piece about
    a thing, to be asked about."""
    mine = others_left_out(u) or u
    cut = without(mine, _THING)
    uncertain: dict[str, FactValue] = {}
    readings: dict[tuple[str, ...], dict[str, FactValue]] = {}

    def reading(v: Utterance) -> dict[str, FactValue]:
        if v.clauses not in readings:
            readings[v.clauses] = read_facts(v)
        return readings[v.clauses]

    if cut.clauses != u.clauses and any(name in facts for name in (*_OWN_SLOTS, "location")):
        own = reading(cut)
        if "age" in facts and "age" in own and own["age"] != facts["age"]:
            facts["age"] = own["age"]  # "the mattress is 15 years old and I'm 38": the writer's own
        for name in _OWN_SLOTS:
            if name in facts and name not in own:
                if name == "neuro_deficit" and reading(mine).get(name) is True:
                    uncertain[name] = True  # "a rung gave way": a thing's, but a weak leg is asked, never dropped
                del facts[name]
        where, own_where = facts.get("location"), own.get("location")
        if isinstance(where, tuple) and isinstance(own_where, tuple):
            kept = tuple(place for place in where if place in own_where)
            if kept and kept != where:
                facts["location"] = kept  # "the old mattress had a dip on the left side" gives the back no side
    things = without(u, _THING)
    if things.clauses != u.clauses and any(facts.get(name) is True for name in _BODY_SIGNS):
        own = reading(things)
        for name in _BODY_SIGNS:
            if facts.get(name) is True and own.get(name) is not True:
                uncertain[name] = facts.pop(name)  # a red sign said of a thing is asked about, never dropped
    if "duration_days" in facts:
        apart = without(mine, _ELSEWHERE)
        if apart.clauses != u.clauses:
            days = reading(apart).get("duration_days")
            if days is None:
                del facts["duration_days"]
            else:
                facts["duration_days"] = days
    return uncertain
