"""A learned second opinion on each value the rules read from a story.

The rules (every other module here) read a story value by value. On text nobody tuned them
on they invent about one value in ten (README, "How well it works"), mostly where a word
belongs to someone else, to the past or to a figure of speech, and fixing those as pattern
classes has not carried to the next unseen set. The verifier is a logistic regression over
the words of the sentence that states a value (words, word pairs, and words paired with
the fact), trained on what the rules read from our blind story sets *before* each set was
tuned on (``scripts/verifier/``; weights in ``verifier.json``, no model fetched, pure Python
at run time). Trained on all the sets but one and scored on that one, each in turn, it doubts
about a third of the invented values and about 1% of the right ones; on the three blind sets
scored after it was built it took invented values down by 16-36% (README gives the figures).

It only ever takes away, never adds:

* a red-flag sign it doubts goes to :attr:`Reading.uncertain` (one confirming question;
  yes or not sure still escalates), so no sign is dropped;
* any other value it doubts is not written down, so its question is asked.

Only stories are checked (two sentences or more): a short answer to a question is read as said.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from functools import cache
from importlib import resources
from typing import Any

from backchat.core.facts import FactValue
from backchat.core.understand.lazy import lazy

__all__ = ["THRESHOLD", "THRESHOLDS", "threshold", "sentences", "features", "doubt", "weights"]

THRESHOLD = 0.6
"""A value whose probability of being right is below this is doubted. Chosen on sets 1-16 left out one at a
time: at 0.55 it doubted about 1% of right values there (``scripts/verifier/train.py --held-out``). Raised with every
other bar by 0.05 when the features of position, length and word pairs came (sets 1-24): the model doubts fewer right
values at the old bars (245 of 18,044, not 273), and at the new ones it doubts 712 of 1,309 invented values (54%)
and 280 right ones (1.6%), against 673 and 273 for the model before at the old bars."""
THRESHOLDS = {"trigger": 0.75, "onset": 0.75, "duration_days": 0.75, "improving": 0.75}
"""Higher bars for the facts the rules most often invent and whose question costs one turn. Not for a red-flag sign
(those are confirmed, not dropped), nor a fall or a knock, which with thin bones makes one (``_INJURY``). Chosen on
sets 1-19 left out one at a time (``train.py --held-out``): the verifier then doubts 496 of 1,055 invented values
instead of 443, and 203 of 15,046 right ones instead of 164."""
_INJURY = {("onset", "trauma"), ("trigger", "fall"), ("trigger", "accident")}


_EMERGENCY_BAR = 0.7
"""The bar for an emergency sign read from a story: doubted, it is confirmed by the very next question (yes or not sure
ends the interview in emergency care), so a doubt costs one turn, and a sign taken wrongly sends a person to A&E. Chosen
on sets 1-22 left out one at a time (``train.py --held-out``): it doubts 3 of the 632 emergency signs the rules read
rightly and 16 of the 37 they invent, against 0 and 13 at the general bar. On sets 1-24, with the features of position,
length and word pairs: 2 of 664 and 16 of 38, against 0 and 12."""
_EMERGENCY = {"bladder_bowel", "saddle_numbness", "sexual_change", "bilateral", "trauma", "chest_pain"}


def threshold(fact: str, value: Any) -> float:
    """The bar below which ``value`` of ``fact`` is doubted."""
    if fact in _EMERGENCY and value is True:
        return _EMERGENCY_BAR
    return THRESHOLD if (fact, value) in _INJURY else THRESHOLDS.get(fact, THRESHOLD)

_SPLIT = lazy(r"(?<=[.!?])\s+(?=[A-Z\"'(])")
_TOKEN = lazy(r"[a-z']+|\d+")

Items = list[tuple[str, Any]]
SentenceReader = Callable[[str], Items]
"""The (fact, value) items the rules read from one sentence on its own."""


def sentences(text: str) -> list[str]:
    """The story's sentences (a capital after an end mark starts one)."""
    return [s for s in _SPLIT.split(text) if s.strip()]


def features(fact: str, value: Any, stating: list[str], text: str) -> dict[str, float]:
    """What the model sees of one value: the fact and value, and the words of the sentences that
    state it (the whole text when no single sentence does), each word also paired with the fact and
    with the value (a word can tell against one value of a fact and not another: "from" before a
    lifting trigger, "since" before a duration), each pair of words also with the fact, whether the
    first sentence stating it opens or closes the story, and how long the story is. (Position, length
    and the fact's word pairs were added on sets 1-24 left out one at a time: at the same bars they
    doubt 670 of 1,309 invented values and 245 of 18,044 right ones, against 673 and 273 without.)"""
    out: dict[str, float] = {"fact:" + fact: 1.0, f"fv:{fact}={value}": 1.0,
                             "nsent": float(len(stating)), "nosent": float(not stating)}
    parts = sentences(text)
    at = parts.index(stating[0]) if stating and stating[0] in parts else -1
    band = "1-3" if len(parts) <= 3 else "4-6" if len(parts) <= 6 else "7+"
    out.update({"pos:first": float(at == 0), "pos:last": float(at == len(parts) - 1),
                f"{fact}|pos:first": float(at == 0), "len:" + band: 1.0, f"{fact}|len:{band}": 1.0})
    tokens = _TOKEN.findall(" ".join(stating or [text]).lower())
    for t in set(tokens):
        out["w:" + t] = 1.0
        out[f"{fact}|w:{t}"] = 1.0
        out[f"{fact}={value}|w:{t}"] = 1.0
    for a, b in set(zip(tokens, tokens[1:], strict=False)):
        out[f"b:{a}_{b}"] = 1.0
        out[f"{fact}|b:{a}_{b}"] = 1.0
    return out


@cache
def weights() -> tuple[float, Mapping[str, float]]:
    """The trained model: (intercept, weight of each feature)."""
    raw = resources.files("backchat.core.understand").joinpath("verifier.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    return float(data["intercept"]), dict(data["weights"])


def probability(fact: str, value: Any, stating: list[str], text: str) -> float:
    """How likely the value is right, by the model."""
    intercept, w = weights()
    z = intercept + sum(w.get(name, 0.0) * x for name, x in features(fact, value, stating, text).items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def items_of(facts: Mapping[str, FactValue]) -> Items:
    """One item per value, one per place of a list."""
    out: Items = []
    for fact, value in facts.items():
        if isinstance(value, list | tuple):
            out.extend((fact, v) for v in value)
        else:
            out.append((fact, value))
    return out


def doubt(text: str, facts: Mapping[str, FactValue], read_sentence: SentenceReader) -> Items:
    """The values of ``facts`` (read from ``text``) that the model doubts; none for a text of one sentence."""
    parts = sentences(text)
    if len(parts) < 2:
        return []
    per = [read_sentence(s) for s in parts]
    doubted: Items = []
    for fact, value in items_of(facts):
        stating = [s for s, got in zip(parts, per, strict=True) if (fact, value) in got]
        if probability(fact, value, stating, text) < threshold(fact, value):
            doubted.append((fact, value))
    return doubted
