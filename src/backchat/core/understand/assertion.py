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
from backchat.core.understand.text import Utterance

__all__ = ["RED_SIGNS", "HEDGE", "doubtful_signs"]

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
