"""Where it hurts (location), how far it spreads (radiation), and one leg or both.

Radiation is the furthest point down the leg that the pain *or* numbness or
tingling reaches (clinical.md): a level word counts when a symptom or a spreading
word comes before it ("pain down my leg to the foot", "pins and needles in my
foot", "it goes past my knee"); "down my leg" with no level is ``leg`` (the engine
asks how far); the whole leg reaches the foot. "on my feet" or "5 foot 10" are no
level at all; ``none`` only when the spread is denied.
"""

from __future__ import annotations

import re

from backchat.core.facts import ordered_locations
from backchat.core.understand import concepts
from backchat.core.understand.lazy import lazy
from backchat.core.understand.lexicon import DISSOCIATED, recent
from backchat.core.understand.text import Mention, Utterance

__all__ = ["read_location", "read_radiation", "read_bilateral", "mentions_leg"]

# a side of the back (or of one buttock); the side of a leg is the leg's, not a place in the back
_SIDE_NOUN = (r"(?:hand )?(?:side|sided|buttock|bum|cheek|glute|hip|lower|upper|part|half|lumbar|kidney|flank|"
              r"of my back|neck|shoulder|shoulder ?blade)")
# "the left" said on its own, as in "lower back, the left, mostly"
_SIDE_ALONE = r"(?= *(?:[?,.;!]|$| one\b| side\b| hand side\b| mostly\b| mainly\b| more\b))"
_LEFT = lazy(rf"\bleft[- ]?{_SIDE_NOUN}\b|\bon (?:the|my) left\b|\b(?:lower|upper|low|bottom|top) left\b"
                   rf"|\bleft and right\b|\bleft or right\b|\blhs\b|\bthe left{_SIDE_ALONE}|(?:^|, )left(?= *[.,;!]|$)")
_RIGHT = lazy(rf"\bright[- ]?{_SIDE_NOUN}\b|\bon (?:the|my) right\b|\b(?:lower|upper|low|bottom|top) right\b"
                    rf"|\bleft and right\b|\bright and left\b|\brhs\b|\bthe right{_SIDE_ALONE}"
                    r"|(?:^|, )right(?= *[.,;!]|$)")
_LIMB_NEAR = lazy(r"\b(?:legs?|thighs?|knees?|calf|calves|shins?|ankles?|foot|feet|toes?|heels?|arms?|hands?|"
                        r"head|eyes?)\b")
_FINE_SIDE = lazy(r"^(?: one| leg)?(?:'s| is| are| feels?)? (?:\w+ )?(?:fine|ok|okay|alright|normal)\b")
_BOTH_SIDES = lazy(r"\bleft and right sides?\b")
"""Both sides said as two sides ("both sides" adds no side: stories/README.md)."""
_AREA_WORD = r"(?:lower|low|middle|mid|upper|top)"
_AREAS = (
    ("lower", lazy(r"\b(?:lower|low|bottom of (?:my|the)|base of (?:my|the)) (?:back|spine)\b"
                         r"|\blow (?:down )?(?:on|in|at|across) (?:the|my)\b|\blow (?:left|right)\b"
                         r"|\b(?:just )?(?:above|below|under|over|around|at) (?:my|the) (?:belt|waist\w*)\b"
                         r"|\b(?:across|right at|at) the bottom\b(?! of)"
                         r"|\blumbar\b|\bsmall of (?:my|the) back\b|\blower down\b|\blow down\b|\btailbone\b"
                         r"|\bl[1-5](?:/s1|/l[1-5])?\b|\blower (?:left|right)\b"
                         r"|\b(?:left|right) lower back\b"
                         rf"|\blower(?= (?:and|or|&) {_AREA_WORD}\b)"
                         r"|\b(?:upper|middle|mid|top) (?:and|or|&) lower\b"
                         r"|\blower(?= *(?:[?,.;!]|$| part\b(?! of (?:my|the) (?:leg|arm|stomach|tummy|belly))"
                         r"| bit\b| region\b| area\b| end\b))")),
    ("middle", lazy(r"\bmid(?:dle)?[- ]?back\b|\bmiddle of (?:my|the) back\b"
                          r"|\bmid(?:dle)? (?:of )?(?:my |the )?spine\b|\bthoracic\b"
                          r"|(?<!back )(?<!back, )(?<!back, right )(?<!back right )\b(?:in|at) the middle\b"
                          r"(?! of (?!(?:my|the) (?:back|spine)))|\bmid(?:dle)? part of (?:my|the) back\b"
                          rf"|\bmiddle(?= (?:and|or|&) {_AREA_WORD}\b)"
                          r"|\b(?:lower|upper|low) (?:and|or|&) middle\b"
                          r"|\bmiddle(?= *(?:[?,.;!]|$| part\b(?! of (?:my|the) (?:leg|arm|night|day))| bit\b))")),
    ("upper", lazy(r"\bupper (?:back|spine)\b|\bshoulder ?blades?\b"
                         r"|\btop of (?:my|the) back\b(?! pain| ache| problem)"
                         r"|\bbetween (?:my|the) shoulders\b"
                         rf"|\bupper(?= (?:and|or|&) {_AREA_WORD}\b)"
                         r"|\b(?:lower|middle|mid|low) (?:and|or|&) upper\b")),
    ("neck", lazy(r"\bneck\b")),
)
_BUTTOCK = lazy(r"\b(?:buttocks?|bum|butt|glutes?|backside|arse|ass|"
                      r"(?<!the )bottom(?! of| rung| step| stair| drawer| shelf| of the| bunk))\b")
_LANDED_ON = lazy(r"\b(?:landed|fell|fall|falling|sat down hard|slipped)\b[^,.]{0,20}$")
_SPREAD = lazy(
    r"\b(?:spread\w*|radiat\w*|shoot\w*|goes|going|go|went|travel\w*|runs?|running|down|into|"
    r"to|through|referr?\w*|sciatica|moves?|extends?|reach\w*|past|beyond|as far as|further)\b"
)
_PAIN = lazy(r"\b(?:pain\w*|hurt\w*|ache\w*|aching|sore\w*|sciatica|burn\w*|shoot\w*|"
                   r"stab\w*|throb\w*|cramp\w*|twinge\w*|electric|sharp|agony|killing)\b")
_SENSATION = lazy(r"\b(?:numb\w*|tingl\w*|pins and needles|weak\w*|dead|heavy|jelly|prickl\w*|lost feeling|"
                        r"no feeling|(?:can't|couldn't|cannot) lift|slaps?|drags?)\b")
_LEVELS = (
    ("foot", lazy(r"\b(?:foot|feet|toes?|heels?|soles?|instep)\b")),
    ("below_knee", lazy(r"\b(?:calf|calves|shin|shins|ankles?|lower leg|below (?:my |the )?knee"
                              r"|from the knees? down|(?:past|beyond) (?:my |the )?knees?|under (?:my |the )?knee"
                              r"|all the way down)\b")),
    ("thigh", lazy(r"\b(?:thighs?|hamstrings?|knees?|upper legs?)\b")),
    ("buttock", _BUTTOCK),
)
_BEYOND = lazy(r"(?:past|beyond|all the way down|from the knees? down)\b")
_NOT_A_LEVEL = lazy(r"\b(?:on|off) (?:my|your|his|her|their) feet\b|\b\d+ (?:foot|feet)\b"
                          r"|\b(?:a couple of|a few|couple of|few|two|a|one) (?:foot|feet)\b|\bfoot or so\b"
                          r"|\b(?:get|gets|got|getting|jump\w*|rose|rise|rising|struggl\w*|stagger\w*|come|came|"
                          r"back|help\w* me) to (?:my|your|his|her|their) feet\b"
                          r"|\bfoot (?:\d|of)\b|\bknee[- ]to[- ]chest\b|\bfoot the bill\b"
                          r"|\b(?:on|onto) (?:my|his|her|their) (?:knees|heels|toes|tiptoes)\b|\bfor my knees\b"
                          r"|\b(?:dropped|fell|sank|got down|went down) to (?:my|his|her|their) knees\b"
                          r"|\bknees up\b|\binner thighs?\b|\binsides? of (?:my |the |both )?thighs\b"
                          r"|\bbetween (?:my|the) (?:legs|thighs|knees)\b"
                          r"|\bpillow (?:under|between) (?:my )?knees\b")
_LEG = lazy(r"\b(?:legs?|sciatica|thighs?|calf|calves|shins?|ankles?|foot|feet|knees?)\b")
_NO_SPREAD = lazy(
    r"\b(?<!not )(?:stays?|staying) (?:in )?(?:my |the )?(?:lower |low )?back\b"
    r"|\bno (?:leg pain|pain (?:in|down) (?:my |the )?legs?|sciatica)\b"
    r"|\bdoes(?:n't| not) (?:go|spread|radiate|travel|move|shoot)\b"
    r"|\bnot (?:going |spreading |radiating |shooting )?(?:down|into) (?:my |the |either )?legs?\b"
    r"|\bdoesn't go anywhere\b|\bnowhere else\b|\bit stays put\b"
    r"|\bnothing (?:goes )?(?:down|in|into) (?:my |the |either )?legs?\b"
    r"|\blegs? (?:is|are) (?:\w+ )?(?:fine|ok|okay|alright|normal)\b"
    r"|\b(?:just|only) (?:in )?(?:the |my )?(?:one )?(?:spot|place|area)\b"
)
_BOTH_SAID = lazy(r"\bboth (?:my |of my )?(?:legs|thighs|calves|feet|knees|shins|ankles)\b"
                        r"|\b(?:legs|feet|thighs|calves), both of them\b")
_BOTH_LEGS = lazy(
    r"\bboth (?:my |of my )?(?:legs|thighs|calves|feet|knees|shins|ankles)\b|\b(?:legs|feet), both of them\b"
    r"|\b(?:my|the) legs\b|\blegs (?:are|feel|keep|have|giving|give|gave)\b"
    r"|\bdown (?:each|either) leg\b|\bboth sides (?:of my |into my |down my )?legs?\b"
    r"|\bboth legs?\b"
)
_FINE = lazy(r"\b(?:fine|ok|okay|normal|alright|all right|no problem\w*|good|strong)\b")
# what makes "my legs" a symptom and not "lying with my legs up on a chair"
_LEG_SYMPTOM = lazy(r"\b(?:pain\w*|hurt\w*|ach\w*|sore|numb\w*|tingl\w*|pins and needles|weak\w*|heavy|jelly|"
                          r"wobbly|giving way|gave way|give way|buckl\w*|shoot\w*|sciatica|burn\w*|cramp\w*|dead|"
                          r"throb\w*|stab\w*|electric|restless|twitch\w*|down|into|spread\w*)")
_ONE_LEG = lazy(
    r"\b(?:just|only) (?:in |down )?(?:my |the )?(?:one )?(?:left |right )?leg\b"
    r"|\bone leg\b|\bsingle leg\b|\bonly (?:on )?(?:the |my )?(?:left|right)(?: side| one)?\b"
    r"|\bjust (?:the |my )?(?:left|right)(?: side| one)?\b|\bnot both\b|\bnot the other\b"
    r"|\b(?:the other|my (?:left|right)|the (?:left|right)) (?:one|leg)(?:'s| is) (?:\w+ )?"
    r"(?:fine|ok|okay|alright|normal)\b"
)


def read_location(u: Utterance) -> tuple[str, ...] | None:
    """Where the pain is; None when no place is named."""
    found: set[str] = set()
    for name, pattern in _AREAS:
        if any(m.polarity not in ("neg", "other") for m in u.mentions(pattern)):
            found.add(name)
    for name, pattern in (("left", _LEFT), ("right", _RIGHT)):
        if any(m.polarity not in ("neg", "other") and not _FINE_SIDE.match(m.after) and not _of_a_limb(m)
               for m in u.mentions(pattern)):
            found.add(name)
    if any(m.polarity not in ("neg", "other") for m in u.mentions(_BOTH_SIDES)):
        found.update(("left", "right"))
    if any(_buttock_pain(m) for m in u.mentions(_BUTTOCK)):
        found.add("buttock")
    return ordered_locations(found) or None


def _of_a_limb(m: Mention) -> bool:
    """True when the side belongs to a leg, a foot or the head ("the back of my knee on the right")."""
    if re.search(r"\b(?:back|spine|buttock|bum|cheek|hip|kidney|flank|neck|shoulder|blade|lower|upper)\b",
                 m.text):
        return False
    near = m.before[-30:].rsplit(",", 1)[-1] + " " + m.after[:20].split(",", 1)[0]
    return _LIMB_NEAR.search(near) is not None and not re.search(r"\b(?:back|spine)\b", near)


def _buttock_pain(m: Mention) -> bool:
    """True when the buttock is where the pain is (not where it spreads, a fall's landing or numbness)."""
    if m.polarity == "neg" or _SPREAD.search(m.before[-30:]) or _LANDED_ON.search(m.before):
        return False
    return not (_SENSATION.search(m.clause) or re.search(r"\bfeel\b", m.clause)) or bool(_PAIN.search(m.clause))


def read_radiation(u: Utterance, answering: bool = False) -> str | None:
    """The furthest level the pain spreads to, "none", or None when not said (``answering``: the
    text answers "how far does it spread?", so a level named alone is where it reaches: "my calf")."""
    order = ("none", "buttock", "leg", "thigh", "below_knee", "foot")
    same_way = re.search(r"\b(?:pain|it) (?:goes|spreads|runs|does) (?:the same way|there too|as well)\b",
                         u.text) is not None
    best: str | None = None
    for clause in u.clauses:
        blocked = [(m.start(), m.end()) for m in _NOT_A_LEVEL.finditer(clause)]
        sub = Utterance(raw=clause, text=clause, clauses=(clause,))
        for name, pattern in _LEVELS:
            for m in sub.mentions(pattern):
                if m.polarity != "pos" or any(s <= m.start < e for s, e in blocked):
                    continue
                if not (answering or _pain_reaches(m, same_way, buttock=name == "buttock")):
                    continue
                if not recent(clause) or DISSOCIATED.search(clause):
                    continue  # "my knee is sore from an old football injury, that's a separate thing"
                if name == "buttock" and _SENSATION.search(clause) and not re.search(
                        r"\b(?:left|right|one|a|my) (?:buttock|bum cheek|cheek|glute|side)\b|\bbuttock\b", clause):
                    continue  # "my bum feels numb": the saddle (read as a cauda equina sign), not one buttock
                if best is None or order.index(name) > order.index(best):
                    best = name
    whole = concepts.leg_spread(u)
    if whole is not None and (best is None or order.index(whole) > order.index(best)):
        best = whole
    if best is None and (_NO_SPREAD.search(u.text) or concepts.spread_denied(u)):
        return "none"
    return best


def _pain_reaches(m: Mention, same_way: bool, buttock: bool) -> bool:
    """True when pain, numbness or a spreading word is said of the level ("pain down to my calf",
    "the back of my left thigh has been sore", "my right buttock tingles")."""
    if _BEYOND.match(m.text):
        return True  # "past the knee", "all the way down" say a spread by themselves
    after = m.after[:30].split(",", 1)[0]
    if (_PAIN.search(after) or _SENSATION.search(after)) and not _LANDED_ON.search(m.before):
        return True
    before = m.before
    pains = [x.end() for x in _PAIN.finditer(before)]
    feelings = [x.end() for x in _SENSATION.finditer(before)]
    spreads = [x.end() for x in _SPREAD.finditer(before)]
    if feelings and (not pains or max(feelings) > max(pains)):
        return not buttock or same_way  # numbness reaching a level counts (one buttock tingling is not spread)
    if buttock:  # pain in one buttock reaches it (clinical.md); "landed on my bum" does not
        return (bool(spreads) and max(spreads) > len(before) - 30) or bool(pains)
    return bool(pains) or bool(spreads)


def read_bilateral(u: Utterance) -> bool | None:
    """True for both legs, False for "only one leg", None when not said."""
    if any(m.polarity == "pos" and not _FINE.search(m.clause) and not m.before.endswith("between ")
           and (_LEG_SYMPTOM.search(m.clause) or _BOTH_SAID.match(m.text)) and recent(m.clause)
           for m in u.mentions(_BOTH_LEGS)):
        return True
    if any(m.polarity not in ("neg", "other") for m in u.mentions(_ONE_LEG)):
        return False
    return None


def mentions_leg(u: Utterance) -> bool:
    """True when a leg (or part of one) is mentioned."""
    return u.has(_LEG)
