"""How the pain started (sudden, gradual, after an injury) and what set it off."""

from __future__ import annotations

import re

from backchat.core.understand.text import Utterance

__all__ = ["read_onset", "read_trigger", "read_trauma", "LONG_AGO"]

LONG_AGO = re.compile(
    r"\b(?:\d+ |many |several |a few |few |some |couple of |two |three |ten )?years ago\b|\byears back\b"
    r"|\blong (?:time )?ago\b|\bwhen i was (?:a |little|young|\d+|younger|at school|a kid)"
    r"|\bas a (?:kid|child|teenager)\b|\bin (?:19|20)\d\d\b|\bback in\b|\bages ago\b|\bdecades?\b"
    r"|\blast year\b|\byears before\b|\bused to\b"
)
_FALL = re.compile(
    r"\b(?:fell|fall(?:en|ing)?|slipped|slip|tripped|trip(?:ped)? over|tumbled|came off|"
    r"thrown off|landed (?:on|hard)|went flying|took a tumble)\b"
)
_ACCIDENT = re.compile(
    r"\b(?:accident|crash(?:ed)?|collision|collided|rear[- ]ended|hit by|knocked (?:off|down|over)|"
    r"rta|whiplash|run over|car (?:hit|went into)|shunt|pile[- ]up|kicked|punched|assault\w*|"
    r"hit (?:my|me in the) back|blow to (?:my|the) back|tackled?|tackle)\b"
)
_MAJOR = re.compile(
    r"\b(?:ladder|roof|scaffold\w*|height|stairs|staircase|steps|balcony|horse|tree|wall|"
    r"loft|cliff|motorbike|motorcycle|car|van|lorry|truck|bus|road|traffic|bike|cycling|"
    r"serious|bad|heavy|hard|big|nasty|high speed|motorway|ambulance|a and e|hospital|"
    r"rta|rear[- ]ended|run over|pile[- ]up|hit by|knocked (?:off|down|over)|kicked|punched|"
    r"assault\w*|tackled?|tackle|blow)\b"
)
_SUDDEN = re.compile(
    r"\b(?:sudden\w*|all at once|out of nowhere|out of the blue|in an instant|instantly|"
    r"straight away|immediately|came on (?:fast|quick\w*|sharp\w*)|(?:my back|it|something) "
    r"(?:went|gone|popped|pinged|clicked|snapped|twanged|locked|gave way|gave out|seized)|"
    r"felt (?:something|it|a) (?:go|pop|ping|click|snap|twinge|tweak|pull)|put my back out|"
    r"pulled (?:a|my) (?:muscle|back)|woke up with|one moment|just like that)\b"
)
_GRADUAL = re.compile(
    r"\b(?:gradual\w*|slowly|slow(?:ly)? (?:build|came|crept|creep)|crept|creeping|built up|"
    r"building up|bit by bit|over (?:time|the (?:last|past) (?:few |couple of )?(?:weeks|months|"
    r"years|days))|got worse and worse|getting (?:worse|steadily worse)|worse over|"
    r"little by little|over a (?:few |couple of )?(?:weeks|months)|came on slowly|"
    r"steadily|niggl\w* (?:for|that)|progressively)\b"
)
_TRIGGERS = (
    ("exercise", re.compile(
        r"\b(?:gym|work(?:ing)? ?out|workout|exercis\w*|(?:went|go|going|out|been) running|"
        r"(?:a|my|on a|long) run\b|jogging|jog|weights|weight ?lifting|weight training|"
        r"deadlifts?|squats?|squatting|training|trained|yoga|pilates|crossfit|spin class|hiit|"
        r"press[- ]ups?|sit[- ]ups?|burpees|bench press\w*|kettlebells?|marathon|5k|10k|"
        r"bootcamp|circuits)\b")),
    ("sport", re.compile(
        r"\b(?:football|soccer|rugby|tennis|golf\w*|cricket|netball|basketball|hockey|badminton|"
        r"squash|volleyball|baseball|boxing|martial arts|judo|karate|wrestling|skiing|"
        r"snowboarding|surfing|climbing|bouldering|match|game of|five[- ]a[- ]side|swimming|"
        r"padel|rowing|dancing|ballet|cycling|bowling|darts|skating)\b")),
    ("lifting", re.compile(
        r"\b(?:lift\w*|carr(?:y|ied|ying)|pick(?:ed|ing)? (?:up|it up|him up|her up|them up)|"
        r"picking|heav(?:y|ier) (?:box|bag|shopping|load|suitcase|thing)|moving (?:a |the )?"
        r"(?:box|boxes|furniture|sofa|couch|wardrobe|bed|fridge|table)|moved (?:a |the )?"
        r"(?:box|boxes|furniture|sofa|couch|wardrobe|bed|fridge|table)|hauling|hauled|"
        r"shifting (?:boxes|furniture)|lugging|lugged)\b")),
    ("bending", re.compile(
        r"\b(?:bent|bending|bend(?:ing)? (?:down|over)|bend|lean(?:ed|ing|t)? (?:over|forward|down)|"
        r"stoop\w*|reach(?:ed|ing)? (?:down|for|under)|tying my (?:shoe|lace)\w*|picking something up)\b")),
    ("twisting", re.compile(
        r"\b(?:twist\w*|turned (?:awkward\w*|round|around|quickly|sharply)|awkward (?:twist|turn)|"
        r"swung|swinging|swivel\w*|rotat\w*)\b")),
    ("sleeping", re.compile(
        r"\b(?:woke up with|woke (?:up )?(?:and|with)|when i woke|on waking|slept (?:funny|awkward\w*|"
        r"badly|wrong|on it|in a)|sleeping (?:funny|awkward\w*|wrong|position)|new mattress|"
        r"after sleeping|in my sleep|got up this morning|getting out of bed|got out of bed)\b")),
    ("other", re.compile(
        r"\b(?:garden\w*|digging|dug|weeding|hoover\w*|vacuum\w*|mopping|cleaning|housework|"
        r"sneez\w*|cough\w*|long drive|driving|drove|decorat\w*|painting|mowing|moving house|"
        r"moved house|long flight|shovel\w*|"
        r"diy|building work|ironing|cooking|childbirth|pregnan\w*|labour|hanging (?:washing|curtains)|"
        r"stretching|yawn\w*|reaching up)\b")),
)
_CAUSE = re.compile(
    r"\b(?:after|when|while|whilst|from|since|doing|did|was|been|started|began|caused|by|"
    r"during|then)\b")
_NO_REASON = re.compile(
    r"\b(?:no (?:reason|idea (?:why|what|how)|obvious (?:reason|cause)|clue (?:why|what|how))|"
    r"for no (?:reason|apparent reason)|(?:don't|do not|dont) know (?:why|what (?:caused|started|set)|"
    r"how it (?:started|began|happened))|nothing (?:i can think of|in particular|that i know|"
    r"specific|happened)|it just (?:started|came on|happened|appeared)|not sure (?:why|what caused|"
    r"how it started|what started)|out of the blue|can't think (?:of|what)|didn't do anything)\b"
)


def _recent(clause: str) -> bool:
    return LONG_AGO.search(clause) is None


def read_trauma(u: Utterance) -> bool | None:
    """True for a recent serious fall or accident, False when one is denied, else None."""
    for pattern in (_FALL, _ACCIDENT):
        for m in u.mentions(pattern):
            if m.polarity == "neg":
                continue
            if m.polarity == "pos" and _recent(m.clause) and _MAJOR.search(m.clause):
                return True
    denied = [m for p in (_FALL, _ACCIDENT) for m in u.mentions(p) if m.polarity == "neg"]
    if denied or re.search(r"\bno (?:injury|injuries|trauma|fall|accident)\b", u.text):
        return False
    return None


def read_trigger(u: Utterance) -> str | None:
    """What set the pain off, or None when not said."""
    if any(m.polarity == "pos" and _recent(m.clause) for m in u.mentions(_ACCIDENT)):
        return "accident"
    if any(m.polarity == "pos" and _recent(m.clause) for m in u.mentions(_FALL)):
        return "fall"
    for name, pattern in _TRIGGERS:
        for m in u.mentions(pattern):
            if m.polarity != "pos" or not _recent(m.clause):
                continue
            if name == "other" and not _CAUSE.search(m.clause[:m.start]):
                continue
            return name
    if u.has(_NO_REASON):
        return "unknown"
    return None


def read_onset(u: Utterance, trigger: str | None) -> str | None:
    """sudden, gradual or trauma, or None when the text does not say."""
    if trigger in ("fall", "accident"):
        return "trauma"
    gradual = any(m.polarity == "pos" for m in u.mentions(_GRADUAL))
    sudden = any(m.polarity == "pos" for m in u.mentions(_SUDDEN))
    if gradual and not sudden:
        return "gradual"
    if sudden:
        return "sudden"
    if trigger in ("lifting", "bending", "twisting", "sleeping"):
        return "sudden"
    if trigger == "other" and re.search(r"\bsneez\w*|\bcough\w*", u.text):
        return "sudden"
    return None
