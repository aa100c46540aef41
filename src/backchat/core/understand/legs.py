"""One leg or both: ``bilateral`` (pain, numbness or weakness in both legs is a cauda equina sign).

Split out of :mod:`backchat.core.understand.body`, which re-exports :func:`read_bilateral`.
"""

from __future__ import annotations

import re

from backchat.core.understand.lazy import lazy
from backchat.core.understand.lexicon import BUCKLE, LEG_WORD, recent
from backchat.core.understand.text import Utterance, polarity

__all__ = ["read_bilateral", "FINE", "DENIED_AFTER"]

_BOTH_SAID = lazy(r"\bboth (?:my |of my )?(?:legs|thighs|calves|feet|knees|shins|ankles)\b"
                        r"|\b(?:legs|feet|thighs|calves), both of them\b")
_BOTH_LEGS = lazy(
    _BOTH_SAID.pattern + r"|\b(?:my|the) legs\b|\blegs (?:are|feel|keep|have|giving|give|gave)\b"
    r"|\bdown (?:each|either) leg\b|\bboth sides (?:of my |into my |down my )?legs?\b|\bboth legs?\b"
    r"|\b(?:down|into) (?:the (?:backs?|fronts?|outsides?|sides?) of )?my (?:thighs|calves|shins)\b"  # "down my thighs"
    r"|\b(?:my|the small of my) (?:lower |low )?back and (?:both )?legs\b"  # "pain in my back and legs"
)
# "the legs" said of pain in general, not of this person's: "the physio said sciatica retreats up out of the legs first"
_GENERIC = lazy(r"\b(?:you|your|should|supposed|people|theory|textbook|in general|typically|usually|normally)\b")
_CONDITION = lazy(r"\b(?:arthrit\w*|replace\w*|gout|bunions?|fractur\w*|plaster|casts?|eczema|psoriasis|varicose|"
                  r"flat|plantar|fasciitis|click\w*|crack\w*|swell\w*|always|veins?|verrucas?|corns?|blisters?)\b")
_JOINTS = lazy(r"\b(?:knees|ankles)\b")  # named both without a symptom, a joint is no sign of the legs
FINE = lazy(r"\b(?:fine|ok|okay|normal|alright|all right|no problem\w*|good|strong)\b")
# the second leg joining the first: "into the other leg as well", "... left leg, now my right leg is numb too"
_OTHER_LEG_TOO = lazy(r"\b(?:the|my) other leg\b[^.]{0,40}\b(?:as well|too|also|now)\b"
                      r"|\b(?:into|down|in) (?:the|my) other leg\b")
_SECOND_SIDE = lazy(r"\b(?P<a>left|right) leg\b[^.]{0,80}?[.,;]?[^.]{0,40}?\b(?!(?P=a))(?:left|right) leg\b[^.]{0,40}"
                    r"\b(?:numb(?!er)\w*|tingl\w*|weak\w*|pins and needles)\b[^.]{0,20}\b(?:as well|too|also)\b")
# what makes "my legs" a symptom and not "lying with my legs up on a chair"
_LEG_SYMPTOM = lazy(r"\b(?:pain\w*|hurt\w*|ach\w*|sore|numb(?!er)\w*|tingl\w*|pins and needles|weak\w*|heavy|jelly|"
                          r"wobbl\w*|collaps\w*|giv(?:e|es|ing) (?:way|out)|gave (?:way|out)|" + BUCKLE + r"|shoot\w*|"
                          r"sciatica|burn\w*|cramp\w*|dead|"
                          r"throb\w*|stab\w*|electric|restless|twitch\w*|spread\w*|radiat\w*)")
_SPREAD_INTO = lazy(r"\b(?:down|into)\s+(?:(?:the |both )?(?:backs?|fronts?|sides?|outsides?|insides?) of\s+)?$")
_ONE_LEG = lazy(
    r"\b(?:just|only) (?:in |down )?(?:my |the )?(?:one )?(?:left |right )?leg\b"
    r"|\bone leg\b|\bsingle[- ]leg\b(?![- ](?:deadlift|squat|stance|balance|raise|press|exercise|curl|lunge|"
    r"bridge|hop|work)\w*)"
    r"|(?:\bonly (?:on )?(?:the |my )?(?:left|right)(?: side| one)?\b"
    r"|\bjust (?:the |my )?(?:left|right)(?: side| one)?\b(?! of\b))|\bnot both\b|\bnot the other\b"
    r"|\b(?:the other|my (?:left|right)|the (?:left|right)) (?:one|leg|foot|calf|shin|thigh)(?:'s| is) (?:\w+ )?"
    r"(?:fine|ok|okay|alright|normal)\b"
    # "tingling in my right shin, nothing on the left"
    r"|\b(?:leg|foot|calf|shin|thigh|knee|toes?)\b[^.]{0,60}\bnothing (?:on|in|down) the (?:left|right|other)\b"
)
_SIDE_ONLY = lazy(r"(?:only|just) ")
# "back pain low down", "my back hurts": the back's own symptom, not the legs' ("I had my legs waxed, back pain ...")
_BACK_SYMPTOM = lazy(r"\b(?:back|spine)(?:'s| is| has been)? (?:\w+ )?(?:pain\w*|ache\w*|aching|hurt\w*|sore|killing)\b"
                     r"|\b(?:pain|ache|aching|soreness|stiffness)\b(?: \w+){0,2}? (?:in|across) (?:my |the )?"
                     r"(?:lower |low |upper |middle |mid )?back\b(?! passage| and)"  # "just the ache in my lower back"
                     r"|\b(?:low|lower) down\b")


def _said_symptom(clause: str) -> bool:
    """True when the clause states a leg symptom ("my legs aren't numb or weak" states none)."""
    return any(polarity(clause, s.start()) == "pos" for s in _LEG_SYMPTOM.finditer(clause))


# where the legs are put, not what they feel: "sat with my legs spread wide", "propping both knees up on a pillow"
_POSED_AFTER = lazy(r"^\s*(?:(?:spread|stretched|crossed|tucked|bent|propped|raised|kept|held) )?"
                    r"(?:wide|apart|out in front|up on|up against|spread\b|crossed\b"
                    r"|(?:\w+ )?(?:on|onto|off|out of|over) (?:the )?(?:floor|ground|bed|side of the bed|step|stairs?"
                    r"|sofa|pedals?)\b)")  # not "under me": a sign; "swung both feet onto the floor": a movement
_POSED_BEFORE = lazy(r"\b(?:propp\w*|rais\w*|elevat\w*|put\w*|rest\w*|tuck\w*|cross\w*|stretch\w*|spread\w*|"
                     r"hug\w*|pull\w*|swung|swing\w*|plant\w*|land\w* on|stood on|stand\w* on) (?:up )?(?:both )?"
                     r"(?:of )?(?:my )?$")
_TENDED = lazy(r"\b(?:shav\w*|wax\w*|dry|drying|dried|wash\w*|moisturi[sz]\w*|tanning|exfoliat\w*) "
               r"(?:my |both (?:my )?|both of my )?$")


# "both legs are definitely not involved", "both my legs are fine": the sign denied after it is named
_STILL_A_SIGN = r"(?! (?:working|moving|right|strong|able|responding|holding|supporting|the same))"
DENIED_AFTER = lazy(r"^\s*(?:are|were|is|was|feel|feels|felt|seem|seems)\s+(?:\w+ly\s+)?(?:(?:not|never)\b"
                    + _STILL_A_SIGN + r"|fine\b|ok\b|okay\b|normal\b|unaffected\b)"
                    r"|^\s*(?:aren't|weren't|isn't|wasn't)\b" + _STILL_A_SIGN)


def read_bilateral(u: Utterance) -> bool | None:
    """True for both legs, False for "only one leg", None when not said (or said to be fine)."""
    if any(m.polarity == "pos" and not FINE.search(m.clause) and not m.before.endswith("between ")
           and not DENIED_AFTER.match(m.after)
           and not re.search(r"\bcross(?:ed|es|ing)? $", m.before)  # "when I cross my legs": a posture
           and not _TENDED.search(m.before)  # "reaching down to shave my legs": something done to them
           and not _POSED_AFTER.match(m.after) and not _POSED_BEFORE.search(m.before)  # "legs spread wide"
           and not re.search(r"\b(?:inside|insides|inner) (?:of )?$", m.before)  # "the inside of both thighs": saddle
           and not (m.text == "the legs" and _GENERIC.search(m.clause))
           and (_said_symptom(_BACK_SYMPTOM.sub(" ", m.clause))  # "arthritis in both knees" is no sign of the legs
                or _SPREAD_INTO.search(m.before) or re.match(r"(?:down|into)\b", m.text)  # "it goes down both legs"
                or _BOTH_SAID.match(m.text) and not _CONDITION.search(m.clause)
                and not _JOINTS.search(m.text)) and recent(m.clause)  # "both my knees are worse than my back"
           for m in u.mentions(_BOTH_LEGS)):
        return True
    if any(m.polarity == "pos" and (_said_symptom(m.clause) or re.match(r"(?:into|down)\b", m.text))
           and recent(m.clause) for m in u.mentions(_OTHER_LEG_TOO)) \
            or _SECOND_SIDE.search(u.text):
        return True  # "it used to be just the left leg, but now the right leg is going numb as well"
    if any(m.polarity not in ("neg", "other") and (not _SIDE_ONLY.match(m.text) or LEG_WORD.search(m.clause))
           for m in u.mentions(_ONE_LEG)):
        return False  # "only on the left" is one leg where a leg is named ("my back hurts only on the right" is not)
    return None
