"""The course of the pain: is it getting better, and has it happened before (recurring episodes)."""

from __future__ import annotations

import re

from backchat.core.understand import concepts
from backchat.core.understand.lazy import lazy
from backchat.core.understand.lexicon import PAIN
from backchat.core.understand.symptoms import settle
from backchat.core.understand.text import Polarity, Utterance

__all__ = ["read_improving", "read_recurrent", "answer_improving", "answer_recurrent"]

_BETTER = lazy(
    r"\b(?:getting|got|gets|feeling|feels|slowly|much|a bit|bit|a little|definitely) better\b"
    r"|\b(?:improving|improved|easing|eased off|settling|settled|on the mend|less (?:painful|sore))\b"
)
_NOT_BETTER = lazy(
    r"\b(?:not (?:getting )?(?:any )?better|no better|not improving|hasn't improved|haven't improved|"
    r"isn't improving|not easing|hasn't eased|(?:getting|got|gets) worse|worse and worse|worsening|"
    r"the same|no change|no different|not (?:really )?changed|not shifting|won't shift|stuck)\b"
)
_SENSATION = lazy(r"\b(?:numb\w*|tingl\w*|pins and needles)\b")
_RECURRENT = lazy(
    r"\b(?:(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|\d+(?:st|nd|rd|th)) time|"
    r"again|keeps? (?:happening|going|coming back|recurring)|recurr\w*|comes? back|came back|"
    r"flare[- ]?ups?|flares? up|flared up|(?:every|each) (?:few )?(?:months|year|winter|summer)|"
    r"on and off|happened before|had (?:this|it) before|same as last (?:time|year|episode)|"
    r"(?:several|few|many|a couple of) times (?:before|a year|this year)|used to get this)\b"
)
_FIRST_TIME = lazy(r"\b(?:first time|never had (?:this|it|back pain) before|never before|"
                         r"not had (?:this|it) before|new for me|never happened before)\b")


_STILL = lazy(r"^(?:the same|no change|no different|stuck|no better)$")
_ANSWER_NO = lazy(r"^(?:\w+ )?(?:not (?:much|a lot|really|hugely|massively|very much|that much|noticeably)|"
                        r"hardly|barely|not that i can tell|if anything worse|worse)\b")
_ANSWER_YES = lazy(r"^(?:yes |yeah )?(?:slightly|a (?:tiny |little )?bit|a little|somewhat|marginally|a touch|"
                         r"a fraction|little by little|slowly|gradually|kind of|sort of|i think so|a tad)\b")


# an answer to "have you had this before?" that counts the times: "once, years ago", "a couple of times"
_ANSWER_TIMES = lazy(r"^(?:yes,? |yeah,? )?(?:just |only )?(?:once|twice|a few times|a couple of times|"
                           r"several times|many times|loads of times|(?:\w+|\d+) times)\b")


def answer_recurrent(u: Utterance) -> bool | None:
    """A short answer to "has this happened before?" that counts the times ("once, years ago")."""
    text = u.text.strip(" .!,")
    if len(text.split()) > 10 or re.search(r"\b(?:no|never|not)\b", text):
        return None
    return True if _ANSWER_TIMES.match(text) else None


def answer_improving(u: Utterance) -> bool | None:
    """A short answer to "is it getting better?" read for that question ("not much", "slightly")."""
    text = u.text.strip(" .!,")
    if len(text.split()) > 8:
        return None
    if _ANSWER_NO.match(text):
        return False
    if _ANSWER_YES.match(text):
        return True
    return None


def read_improving(u: Utterance) -> bool | None:
    """True when the pain is said to be easing, False when not improving or getting worse."""
    pols: list[Polarity] = []
    for m in u.mentions(_NOT_BETTER):
        if _SENSATION.search(m.clause) and not PAIN.search(m.clause):
            continue  # "the tingling is the same as before" is about the tingling, not the pain's course
        if _STILL.match(m.text) and m.polarity != "other":
            pols.append("neg")  # "not really, about the same": the hedge does not flip "the same"
            continue
        pols.append("neg" if m.polarity == "pos" else "pos")
    pols += ["neg" for p in concepts.worsening(u)[0] if p == "pos"]
    if not pols:
        for m in u.mentions(_BETTER):
            pols.append(m.polarity)
    if "neg" in pols:
        return False  # any word of not improving wins: the safer reading
    return True if "pos" in pols else None


def read_recurrent(u: Utterance) -> bool | None:
    """True for recurring episodes, False for a first episode."""
    if any(m.polarity == "pos" for m in u.mentions(_FIRST_TIME)):
        return False
    pols = [m.polarity for m in u.mentions(_RECURRENT)]
    return settle(pols)
