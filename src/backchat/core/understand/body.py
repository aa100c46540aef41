"""Where it hurts (location), how far it spreads (radiation), and one leg or both."""

from __future__ import annotations

import re

from backchat.core.facts import ordered_locations
from backchat.core.understand.text import Utterance

__all__ = ["read_location", "read_radiation", "read_bilateral", "mentions_leg"]

_SIDE_NOUN = (r"(?:hand )?(?:side|sided|leg|buttock|bum|cheek|glute|hip|thigh|knee|calf|shin|"
              r"ankle|foot|toes?|heel|lower|upper|part|half|lumbar|kidney|flank|of my back)")
_LEFT = re.compile(rf"\bleft[- ]?{_SIDE_NOUN}\b|\bon (?:the|my) left\b|\bto the left\b"
                   r"|\bleft and right\b|\bleft or right\b|\blhs\b")
_RIGHT = re.compile(rf"\bright[- ]?{_SIDE_NOUN}\b|\bon (?:the|my) right\b|\bto the right\b"
                    r"|\bleft and right\b|\bright and left\b|\brhs\b")
_BOTH_SIDES = re.compile(r"\b(?:both|either|each) sides?\b|\bacross (?:my|the) (?:lower )?back\b"
                         r"|\bside to side\b|\ball across\b")
_AREAS = (
    ("lower", re.compile(r"\b(?:lower|low|bottom of (?:my|the)|base of (?:my|the)) (?:back|spine)\b"
                         r"|\blumbar\b|\bsmall of (?:my|the) back\b|\blower down\b|\btailbone\b"
                         r"|\bl[1-5](?:/s1|/l[1-5])?\b|\blower (?:left|right)\b"
                         r"|\b(?:left|right) lower back\b")),
    ("middle", re.compile(r"\bmid(?:dle)?[- ]?back\b|\bmiddle of (?:my|the) back\b"
                          r"|\bmid(?:dle)? (?:of )?(?:my |the )?spine\b|\bthoracic\b")),
    ("upper", re.compile(r"\bupper (?:back|spine)\b|\bshoulder ?blades?\b|\btop of (?:my|the) back\b"
                         r"|\bbetween (?:my|the) shoulders\b")),
    ("neck", re.compile(r"\bneck\b")),
)
_BUTTOCK = re.compile(r"\b(?:buttocks?|bum|butt|glutes?|backside|arse|ass|bottom(?! of))\b")
_SPREAD = re.compile(
    r"\b(?:spread\w*|radiat\w*|shoot\w*|goes|going|go|went|travel\w*|runs?|running|down|into|"
    r"to|through|referr?\w*|sciatica|moves?|extends?|reach\w*)\b"
)
_PAIN = re.compile(r"\b(?:pain\w*|hurt\w*|ache\w*|aching|sore\w*|sciatica|burn\w*|shoot\w*|"
                   r"stab\w*|throb\w*|cramp\w*|twinge\w*|electric|sharp)\b")
_SENSATION = re.compile(r"\b(?:numb\w*|tingl\w*|pins and needles|weak\w*|dead)\b")
_LEVELS = (
    ("foot", re.compile(r"\b(?:foot|feet|toes?|heels?|soles?|instep)\b")),
    ("below_knee", re.compile(r"\b(?:calf|calves|shin|shins|ankles?|lower leg|below (?:my |the )?knee"
                              r"|past (?:my |the )?knee|under (?:my |the )?knee|all the way down)\b")),
    ("thigh", re.compile(r"\b(?:thighs?|hamstrings?|knees?|back of (?:my|the) legs?|upper legs?|"
                         r"groin|hip|hips)\b")),
    ("buttock", _BUTTOCK),
)
_LEG = re.compile(r"\b(?:legs?|sciatica|thighs?|calf|calves|shins?|ankles?|foot|feet|knees?)\b")
_NO_SPREAD = re.compile(
    r"\b(?:stays?|staying|just|only|purely|all|mainly|mostly) (?:in )?(?:my |the )?(?:lower |low )?back\b"
    r"|\bno (?:leg pain|pain (?:in|down) (?:my |the )?legs?|sciatica)\b"
    r"|\bdoes(?:n't| not) (?:go|spread|radiate|travel|move|shoot)\b"
    r"|\bnot (?:going |spreading |radiating |shooting )?(?:down|into) (?:my |the |either )?legs?\b"
    r"|\bdoesn't go anywhere\b|\bnowhere else\b|\bit stays put\b|\blegs? (?:is|are) fine\b"
    r"|\b(?:just|only) (?:in )?(?:the |my )?(?:one )?(?:spot|place|area)\b"
)
_BOTH_LEGS = re.compile(
    r"\bboth (?:my |of my )?(?:legs|thighs|calves|feet|knees|shins|ankles)\b"
    r"|\b(?:my|the) legs\b|\blegs (?:are|feel|keep|have|giving|give|gave)\b"
    r"|\bdown (?:each|either) leg\b|\bboth sides (?:of my |into my |down my )?legs?\b"
    r"|\bboth legs?\b"
)
_FINE = re.compile(r"\b(?:fine|ok|okay|normal|alright|all right|no problem\w*|good)\b")
_ONE_LEG = re.compile(
    r"\b(?:just|only) (?:my |the |in my |in the |down my |down the |one )?(?:left |right )?leg\b"
    r"|\bone leg\b|\bsingle leg\b|\bonly (?:on )?(?:the |my )?(?:left|right)(?: side| one)?\b"
    r"|\bjust (?:the |my )?(?:left|right)(?: side| one)?\b|\bnot both\b|\bnot the other\b"
)


def read_location(u: Utterance) -> tuple[str, ...] | None:
    """Where the pain is; None when no place is named."""
    found: set[str] = set()
    for name, pattern in _AREAS:
        if any(m.polarity != "neg" for m in u.mentions(pattern)):
            found.add(name)
    for name, pattern in (("left", _LEFT), ("right", _RIGHT)):
        if any(m.polarity != "neg" for m in u.mentions(pattern)):
            found.add(name)
    if any(m.polarity != "neg" for m in u.mentions(_BOTH_SIDES)):
        found.update(("left", "right"))
    for m in u.mentions(_BUTTOCK):
        before = m.clause[:m.start]
        if m.polarity != "neg" and not _SPREAD.search(before[-30:]):
            found.add("buttock")
    return ordered_locations(found) or None


def read_radiation(u: Utterance) -> str | None:
    """The furthest level the pain spreads to, "none", or None when not said."""
    best: str | None = None
    order = ("none", "buttock", "thigh", "below_knee", "foot")
    for clause in u.clauses:
        if _SENSATION.search(clause) and not _PAIN.search(clause) and not _SPREAD.search(clause):
            continue
        leg_context = _SPREAD.search(clause) or _PAIN.search(clause) or _LEG.search(clause)
        if not leg_context:
            continue
        sub = Utterance(raw=clause, text=clause, clauses=(clause,))
        for name, pattern in _LEVELS:
            hits = [m for m in sub.mentions(pattern) if m.polarity == "pos"]
            if name == "buttock":
                hits = [m for m in hits if _SPREAD.search(m.clause[:m.start][-30:])]
            if name == "thigh" and any("hip" in m.text or "groin" in m.text for m in hits):
                hits = [m for m in hits if "hip" not in m.text and "groin" not in m.text]
            if hits and (best is None or order.index(name) > order.index(best)):
                best = name
                break
    if best is None and _NO_SPREAD.search(u.text):
        return "none"
    return best


def read_bilateral(u: Utterance) -> bool | None:
    """True for both legs, False for "only one leg", None when not said."""
    if any(m.polarity == "pos" and not _FINE.search(m.clause) for m in u.mentions(_BOTH_LEGS)):
        return True
    if any(m.polarity != "neg" for m in u.mentions(_ONE_LEG)):
        return False
    return None


def mentions_leg(u: Utterance) -> bool:
    """True when a leg (or part of one) is mentioned."""
    return u.has(_LEG)
