"""Whose a clause is: a stretch of a sentence whose subject is a person other than the writer.

A story is full of other people: "Mum (80) had a fall last week so I've been doing the lifting at
hers", "DH did his back in playing golf", "my husband had the other end and he's fine". What their
stretch of a sentence says (a fall, an age, a sign) is theirs, not the writer's. The test is by
construction, as for a hedge (:mod:`assertion`): read the text again with those stretches left out;
a fact that is there only in the full reading came from someone else and is not written.

A stretch is cut where a new statement starts (a comma, "and", "so", "because", "when" ...). It is
someone else's when it opens on another person ("Mum", "my FIL", "DH", "our dog", "he", "she", and
"they" after one of them) and says nothing of the writer ("my dog pulled me over" is the writer's fall;
"my friend who dragged me to the class can't walk" is still the friend's). This is the one test of
another person: :mod:`subjects` reads its slots again on this cut too.
A stretch that opens on no subject ("and cracked her hip", "since a fall") belongs to the one before it;
an aside in brackets ("(she turned 6, ...)") ends at its bracket. "We" brings the writer back.

A sentence of general knowledge is nobody's ("sciatica usually causes pain down the leg"): it is left out the
same way (:func:`drop_general`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from backchat.core.facts import FactValue
from backchat.core.understand.lazy import lazy
from backchat.core.understand.lexicon import WRITER
from backchat.core.understand.text import Utterance

__all__ = ["OWN_SLOTS", "others_left_out", "drop_others", "general_left_out", "drop_general"]

OWN_SLOTS = ("trigger", "onset", "trauma", "age")
"""Slots read again without the other people's stretches (with the red-flag signs)."""

_KIN = (r"(?:mum|mom|mother|dad|father|sister|brother|wife|husband|hubby|hubs|aunt|auntie|uncle|gran|granny|grandad|"
        r"grandma|grandpa|grandmother|grandfather|nan|nana|nanna|friend|mate|son|daughter|partner|kid|kids|child|"
        r"children|boy|girl|baby|toddler|cousin|niece|nephew|boyfriend|girlfriend|fiance|fiancee|neighbour|neighbor|"
        r"colleague|flatmate|housemate|roommate|boss|dog|cat|puppy|parents?|other half|in-laws?|"
        r"(?:brother|sister|mother|father|son|daughter)-in-law|fil|mil|bil|sil|dh|dw|ds|dd|oh|grandson|"
        r"granddaughter|grandkids?|twins?|stepdad|stepmum|stepson|stepdaughter)")
_LEAD = r"^(?:(?:so|and|anyway|well|also|then|plus|because|cos|as|since|when|after|while|oh and|now|but)\s+)*"
_OTHER_OPENS = lazy(
    _LEAD + r"(?:(?:my|our|his|her|their|the)\s+(?:[\w'-]+\s+){0,2}?" + _KIN + r"|"
    r"(?!oh\b)" + _KIN + r"(?:\s+(?:and|&)\s+(?:(?:my|the|our)\s+)?" + _KIN + r")?"  # "wife and kids all down with"
    r"(?=\s*(?:\(\s*\d+\s*\)\s*)?(?:'s\s+\w+|had|has|have|was|were|is|did|does|fell|fall|got|"
    r"slipped|tripped|broke|went|came|took|needed|needs|said|says|thinks|thought|just|also|all|both|passed|died|"
    r"was diagnosed|is diagnosed|battled|fought|survived)\b)|"
    r"he|she|he's|she's|he'd|she'd|someone|somebody)\b(?:\s*\(\s*\d+\s*\))?"
)
_THEY = lazy(_LEAD + r"(?:they|they're|they've|they'd)\b")
_SHARED = lazy(r"^\s*(?:'s\s+)?(?:and|&|\+)\s+(?:i|me|myself)\b")  # "my husband and I were putting up shelves"
# the writer in the stretch: "my dog pulled me over", "someone went into the back of my car"
_I = r"i|i'm|i've|i'd|i'll|me|my|myself|mine"
# who they are, told by the writer: "my friend who dragged me to the class can't walk properly" is the friend's
_WHO_ME = lazy(r"^\s*(?:who|that)\s+(?:\w+\s+){1,2}?(?:me|us)"
               r"(?:\s+(?:to|into|along to|out to)\s+(?:the\s+|a\s+)?\w+)?\b")
# a stretch that opens on the writer's pain: "and it's been sore since", "the pain started"
_OWN_OPENS = lazy(r"^(?:(?:and|so|then|but|also|now|anyway)\s+)*(?:it|it's|its|this|there|that's|the pain|pain|back|"
                  r"mine)\b")
_BREAK = lazy(r",\s*|\s*\((?!\s*\d+\s*\))\s*|(?<!\d)\s*\)\s*|\s+-\s+"  # "(she turned 6)" is an aside; "Mum (80)" is not
              r"|\s+(?=(?:and|so|because|cos|when|while|then|as|since|after|but)\s)")


def _stretches(clause: str) -> list[tuple[int, int]]:
    """The stretches of a clause between the places where a new statement may start."""
    spans, at = [], 0
    for m in _BREAK.finditer(clause):
        if m.start() > at:
            spans.append((at, m.start()))
        at = m.end()
    spans.append((at, len(clause)))
    return spans


def _others(clause: str, before: bool) -> list[tuple[int, int]]:
    """The stretches of ``clause`` that are someone else's (``before``: the clause before ended on one)."""
    out: list[tuple[int, int]] = []
    theirs = False
    for start, end in _stretches(clause):
        part = clause[start:end].strip()
        opens = _OTHER_OPENS.match(part) or (before and _THEY.match(part))
        if opens and not _SHARED.match(part[opens.end():]):
            theirs = WRITER.search(_WHO_ME.sub("", part[opens.end():])) is None
        else:  # a stretch with no subject of its own ("and cracked her hip", "since a fall") is still theirs
            theirs = theirs and _OWN_OPENS.match(part) is None and WRITER.search(part) is None
        if theirs:
            out.append((start, end))
        if clause[end:].lstrip().startswith(")"):
            theirs = False  # an aside in brackets ends there: "(she's 11 months) and leaned over"
        before = theirs
    return out


def others_left_out(u: Utterance) -> Utterance | None:
    """The utterance with every stretch said of someone else left out, or None when there is none.
    The text keeps its sentences (other readers count them)."""
    clauses: list[str] = []
    text, at, theirs = u.text, 0, False
    for clause in u.clauses:
        spans = _others(clause, theirs)
        theirs = bool(spans) and spans[-1][1] == len(clause)
        where = text.find(clause, at)
        for start, end in reversed(spans):
            clause = clause[:start] + clause[end:]
            if where >= 0:
                text = text[:where + start] + text[where + end:]
        clauses.append(re.sub(r"\s+", " ", clause).strip(" ,"))
        at = where + len(clause) if where >= 0 else at
    if text == u.text and tuple(clauses) == u.clauses:
        return None
    return replace(u, text=re.sub(r"[ \t]+", " ", text), clauses=tuple(clauses) or ("",))


Reader = Callable[[Utterance], dict[str, FactValue]]


def drop_others(u: Utterance, facts: dict[str, FactValue], read_facts: Reader, signs: tuple[str, ...]) -> None:
    """Leave out of ``facts`` what only someone else's stretches say: a slot of :data:`OWN_SLOTS` read
    otherwise without them takes that reading (none when there is none); a red-flag sign in ``signs``
    found only with them is dropped (plainly someone else's: the screen question is still asked)."""
    if not any(name in facts for name in (*OWN_SLOTS, *signs)):
        return
    mine = others_left_out(u)
    if mine is None:
        return
    _keep_what_remains(facts, read_facts(mine), OWN_SLOTS, signs)


def _keep_what_remains(facts: dict[str, FactValue], own: dict[str, FactValue], slots: tuple[str, ...],
                       signs: tuple[str, ...]) -> None:
    """``facts`` as the text left without the stretches set aside reads them (``own``): a slot takes that reading
    ("Mum had a fall ... mine came on gradually": the writer's own words), or none when there is none (the dialogue
    asks); a sign in ``signs`` found only in what was set aside is dropped (its screen question is still asked)."""
    for name in slots:
        if name in facts and own.get(name) != facts[name]:
            if name in own:
                facts[name] = own[name]
            else:
                facts.pop(name)
    for name in signs:
        if facts.get(name) is True and own.get(name) is not True:
            facts.pop(name)


# a sentence of general knowledge, nobody's own: "back pain is among the most common reasons to see a GP", "apparently
# most disc problems happen near the base of the spine", "sciatica usually causes pain down the leg"
_GENERAL = lazy(r"\b(?:usually|typically|generally|commonly|most common|the (?:vast )?majority|most people|people "
                r"(?:with|who)|anyone (?:with|who)|everyone|americans|apparently|in general|according to|studies|"
                r"is where|tends? to|can cause|causes|occurs?)\b")
# not general after all: the writer's own pain ("it", "these", a past event: "my back went", "was", "twinged"), or
# another person's (:func:`drop_others` reads that)
_NOT_GENERAL = lazy(r"\b(?:it|it's|its|these|that's|mine|same as|\w+ed|went|got|had|was|were|felt|woke|came|did|"
                    r"he|she|he's|she's|his|her|they|they're)\b")
_STATED = lazy(r"\b(?:is|are|causes?|occurs?|tends?|affects?|happens?|gets?|can|will|may|might)\b")
# what the sciatic nerve is and what "you will feel": "The sciatic nerve goes from the base of the spine to the foot",
# "Sciatica is pain that follows this nerve", "you will feel tingling down your legs to your toes"
_ANATOMY = lazy(r"^\W*(?:the sciatic(?:a)? nerve|sciatica (?:is|refers|occurs|happens|means)|this (?:long )?nerve)\b"
                r"|\byou(?:'ll| will| may| might| can| could) (?:feel|get|experience|notice)\b")
_FIRST_PERSON = lazy(rf"\b(?:{_I})\b")  # the writer alone: a textbook's "we" and "our" are anyone's
GENERAL_SLOTS = ("location", "radiation", "trigger", "onset", "duration_days", "numbness_or_weakness")
"""Slots read again without the sentences of general knowledge (with the red-flag signs)."""


def general_left_out(u: Utterance) -> Utterance | None:
    """The utterance without its sentences of general knowledge (a general word and a verb in the present; no word of
    the writer's or another person's, no "it", no past event; 30 words at most), or None when there is none."""
    sentences = re.split(r"(?<=[.!?:])\s+", u.text)
    general = [s for s in sentences if _GENERAL.search(s) and _STATED.search(s)
               and not WRITER.search(s) and not _NOT_GENERAL.search(s.replace("this is where", ""))
               and len(s.split()) <= 30]
    general += [s for s in sentences if _ANATOMY.search(s) and not _FIRST_PERSON.search(s) and len(s.split()) <= 45]
    if not general:
        return None
    text = u.text
    for sentence in general:
        text = text.replace(sentence, " ")
    clauses = tuple(c for c in u.clauses if not any(c in sentence for sentence in general))
    return replace(u, text=re.sub(r"[ \t]+", " ", text), clauses=clauses or ("",))


def drop_general(u: Utterance, facts: dict[str, FactValue], read_facts: Reader, signs: tuple[str, ...]) -> None:
    """Leave out of ``facts`` what only sentences of general knowledge say, as :func:`drop_others` does for other
    people: "back pain is among the most common reasons to see a GP" says nothing of where the writer's pain is."""
    if not any(name in facts for name in (*GENERAL_SLOTS, *signs)):
        return
    mine = general_left_out(u)
    if mine is None:
        return
    _keep_what_remains(facts, read_facts(mine), GENERAL_SLOTS, signs)
