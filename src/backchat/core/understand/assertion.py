"""Doubt about a red-flag sign: said with a hedge, or not sure, in a clause of its own.

A red-flag sign that the text states only inside a hedged clause ("I think I might
have had a temperature", "possibly a bit of leaking") or only as something the
person is unsure of ("not sure if I've lost weight") is neither a fact nor nothing:
the reader puts it in :attr:`Reading.uncertain` and the engine asks one short
confirming question. The test is by construction: read the text again with the
hedged clauses left out (what is firmly said) and with the hedges taken out (what
may be said); a sign in the second reading but not the first is uncertain.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from backchat.core.facts import FactValue
from backchat.core.understand.lazy import lazy
from backchat.core.understand.lexicon import LONG_AGO
from backchat.core.understand.text import Utterance

__all__ = ["RED_SIGNS", "HEDGE", "doubtful_signs", "earlier_signs"]

RED_SIGNS = ("bladder_bowel", "saddle_numbness", "sexual_change", "bilateral", "neuro_deficit", "fever",
             "trauma", "cancer_history", "weight_loss", "night_pain", "immune", "chest_pain", "back_lump")
"""Screen facts whose True is a red flag."""

HEDGE = lazy(
    r"\b(?:maybe|might|may (?:have|be)|possibly|perhaps|could (?:be|have)|not sure (?:if|whether)|"
    r"unsure (?:if|whether)|don't know (?:if|whether)|can't tell (?:if|whether)|not certain|seems? like|"
    r"wonder(?:ing)? (?:if|whether)|hard to (?:say|tell)|possible)\b"
)
"""Words that put a sign in doubt ("I think" and "probably" lean to yes: they are kept as said)."""
_UNSURE_LEAD = lazy(
    r"\b(?:not (?:really |totally |100% )?sure|unsure|(?:i )?(?:don't|do not) know|not certain|"
    r"can't (?:tell|remember)|hard to (?:say|tell)|wonder(?:ing)?)\s*(?:if|whether|about|that)\s+"
)

Reader = Callable[[Utterance], dict[str, FactValue]]


# a clause that puts what comes next in doubt: "I might be imagining it, but my foot feels weaker"
_DOUBT_AHEAD = lazy(r"\b(?:(?:might|may|could) be imagining (?:it|things)|(?:it )?(?:might|may|could) be nothing|"
                    r"probably nothing|not sure if i'm imagining|maybe it's (?:just )?me)\b")


def _firm(u: Utterance) -> Utterance:
    """Each clause up to its first hedge ("both thighs hurt, pain is maybe a 5" keeps the thighs); a clause
    after one that doubts what comes next is left out whole."""
    cut = []
    for i, c in enumerate(u.clauses):
        if i and _DOUBT_AHEAD.search(u.clauses[i - 1]):
            cut.append("")
            continue
        marks = [m.start() for p in (HEDGE, _UNSURE_LEAD) for m in [p.search(c)] if m is not None]
        cut.append(c[:min(marks)].strip(" ,") if marks else c)
    clauses = tuple(cut) or ("",)
    return replace(u, text=" . ".join(clauses), clauses=clauses)


def _dehedged(u: Utterance) -> Utterance:
    clauses = tuple(re.sub(r"\s+", " ", HEDGE.sub(" ", _UNSURE_LEAD.sub(" ", _DOUBT_AHEAD.sub(" ", c)))).strip()
                    for c in u.clauses)
    return replace(u, text=" . ".join(clauses), clauses=clauses)


def doubtful_signs(u: Utterance, facts: dict[str, FactValue], read_signs: Reader) -> dict[str, FactValue]:
    """Red-flag signs that are possibly stated but not firmly; moves hedged ones out of ``facts``."""
    if not any(HEDGE.search(c) or _UNSURE_LEAD.search(c) for c in u.clauses):
        return {}
    firm = read_signs(_firm(u))
    maybe = read_signs(_dehedged(u))
    out: dict[str, FactValue] = {}
    for name in RED_SIGNS:
        if maybe.get(name) is True and firm.get(name) is not True:
            out[name] = True
            facts.pop(name, None)
    return out


# an earlier episode or a time well before this one: "the last time my back went", "after my first baby"
_EARLIER = lazy(
    r"\b(?:(?:the )?last time|the time before|my (?:last|previous|first|other) (?:flare[- ]?ups?|flares?|episodes?|"
    r"bouts?|attacks?)|previously|in the past|before my (?:op|operation|surgery)|"
    r"after (?:my|having my) (?:first |second |last )?(?:baby|child|pregnancy|op|operation|surgery))\b"
)
# what brings the story back to now: "this time", "now", "since Monday"
_NOW = lazy(r"\b(?:this time|now|these days|at the moment|currently|this (?:week|morning|flare\w*|episode|one)|"
            r"today|yesterday|last night|since|still)\b")
_PRESENT = lazy(r"\b(?:i've got|i have|i'm|i am|i've been|it's|it is|is|are|am|has been|have been|keeps?|"
                r"can't|cannot|won't|don't|doesn't|isn't)\b")
_PAST = lazy(r"\b(?:had|was|were|went|got|lost|felt|needed|became|came|did|took|\w+ed)\b")
_NOT_BEFORE = lazy(r"\b(?:never|didn't|did not|not) use(?:d)? to\b")
# what the person always has, not this episode's ("that's normal for me", "I always get that")
_BASELINE = lazy(r"\b(?:(?:that's|that is|which is|it's|this is|all) (?:quite |pretty |completely )?"
                 r"(?:normal|usual|standard|typical) "
                 r"for (?:me|us|my (?:job|age|work)|\w+s)|i always get (?:that|this|them)|from years of|"
                 r"(?:^|, )always (?:have|had|has|do|did)(?= *(?:[,.;!]|$))|(?:that's|which is) (?:quite |pretty )?"
                 r"normal(?= *(?:[,.;!]|$))|"
                 r"for (?:years|decades)|"
                 r"(?:old|long[- ]standing) (?:\w+ )?(?:injury|injuries|problem|condition))\b")
# what was, and is over: "my chest was sore for months, but that's all healed now"
_RESOLVED = lazy(r"^(?:(?:but|and|though)\s+)?(?:that's|that has|that is|it's|it has|which is|which has|"
                 r"that|it|which)\s+(?:all\s+|completely\s+|long\s+|since\s+|fully\s+)*"
                 r"(?:healed|cleared(?: up)?|resolved|gone(?: away)?|settled(?: down)?|sorted)(?:\s+(?:now|up))?\s*$")
_CONTRAST = lazy(r"\b(?:but|though|although|however|whereas)\s*$")
_SIGNS_OF_HISTORY = ("cancer_history", "immune")
"""Signs that are history by definition (clinical.md), or whose reader weighs the time itself (a transplant
in 2019 with tablets taken now)."""


def _earlier_clauses(u: Utterance) -> list[bool]:
    """Per clause: True when it tells of an earlier episode (a sentence opened by one, up to a turn to now)."""
    out: list[bool] = []
    at, earlier = 0, False
    for c in u.clauses:
        found = u.text.find(c, at)
        start = found if found >= 0 else at
        gap = u.text[at:start]
        if re.search(r"[.!?\n]", gap):
            earlier = False  # a new sentence
        if _CONTRAST.search(gap) or _NOW.search(c) or _PRESENT.search(c) or not _PAST.search(c):
            earlier = False  # "..., but this time", "..., I've got a temperature of 38.5", "..., it wakes me"
        if (LONG_AGO.search(c) or _EARLIER.search(c)) and not _NOT_BEFORE.search(c):
            earlier = not _NOW.search(c)  # "trouble peeing since yesterday, which never happened before"
        if _BASELINE.search(c) or _RESOLVED.match(c):  # "my legs ache after a day on my feet, that's normal for me"
            earlier = True
            if out and not re.search(r"[.!?\n]", gap):
                out[-1] = True
        out.append(earlier)
        at = start + len(c) if found >= 0 else at
    return out


def earlier_signs(u: Utterance, facts: dict[str, FactValue], read_signs: Reader) -> dict[str, FactValue]:
    """Red-flag signs stated only in clauses about an earlier episode ("the last time my back went I had
    numbness in both legs"): moved out of ``facts`` to be confirmed ("is that happening now?")."""
    flags = _earlier_clauses(u)
    if not any(flags) or not any(facts.get(name) is True for name in RED_SIGNS):
        return {}
    clauses = tuple(c for c, old in zip(u.clauses, flags, strict=True) if not old) or ("",)
    now = read_signs(replace(u, text=" . ".join(clauses), clauses=clauses))
    out: dict[str, FactValue] = {}
    for name in RED_SIGNS:
        if facts.get(name) is True and now.get(name) is not True and name not in _SIGNS_OF_HISTORY:
            out[name] = True
            facts.pop(name)
    return out
