"""Word roots: "went" → "go", "struggled" → "struggle", "woken" → "wake", whatever the tense.

The lemmatiser (simplemma, which ships its English dictionary) is imported and
loaded on first use, not at import: :func:`backchat.core.understand.warmup.warm` loads it ahead of time (a front
end calls it in a background thread while the greeting is shown). Words whose
dictionary root would lose what they mean here keep their own form ("left" is a
side, not "leave"; "worse" is not "wrong"), and negations and pronouns are kept
as they are so that the assertion rules read the same words in both forms.
"""

from __future__ import annotations

import logging
import re
import threading
from functools import lru_cache
from typing import Any

from backchat.core.understand.lazy import lazy

__all__ = ["lemma", "lemma_text", "known", "load", "ready"]

log = logging.getLogger(__name__)

_KEEP = frozenset(
    "left right worse worst better best lower upper less least more most bent calves shot "
    "no not never nothing none nor neither without i me my mine myself we us our you he him his she her "
    "they them their it its this that these those as us was were is am are be been being had has have "
    "felt feel feeling legs feet "
    "cant can't couldn't wouldn't didn't don't doesn't isn't wasn't weren't haven't hasn't hadn't won't "
    "nobody ago since years sore sores back backs bum bottom wee pee poo need needed needs".split()
)
_OWN = {
    "gone": "go", "shot": "shoot",
    "bent": "bend", "calves": "calf", "legs": "leg", "feet": "foot", "felt": "feel", "feeling": "feel",
    "woken": "wake", "woke": "wake", "waking": "wake", "lain": "lie", "lay": "lie", "lying": "lie",
    "weeing": "wee", "weed": "wee", "wees": "wee", "peeing": "pee", "peed": "pee", "pees": "pee",
    "pooing": "poo", "pooed": "poo", "backs": "back", "needed": "need", "needs": "need",
    "tingly": "tingle", "tingled": "tingle", "tingles": "tingle", "tingling": "tingle",
    "numbed": "numb", "numbing": "numb",
}
_WORD = lazy(r"[a-z]+")
_lock = threading.Lock()
_module: Any = None


def load() -> None:
    """Load the lemmatiser now (see :func:`backchat.core.understand.warmup.warm`)."""
    _lemmatiser()


def _lemmatiser() -> Any:
    global _module  # noqa: PLW0603 - one lazily imported module, loaded once per process
    with _lock:
        if _module is None:
            import simplemma  # noqa: PLC0415 - heavy (its dictionary); loaded on first use only

            simplemma.lemmatize("went", lang="en")  # loads the English dictionary
            _module = simplemma
        return _module


def ready() -> bool:
    """True once the lemmatiser is loaded."""
    return _module is not None


@lru_cache(maxsize=16384)
def lemma(word: str) -> str:
    """The root of one lower-case word."""
    if word in _OWN:
        return _OWN[word]
    if word in _KEEP or len(word) < 3:
        return word
    root = str(_lemmatiser().lemmatize(word, lang="en"))
    return root.lower() if root.isalpha() else word


def lemma_text(text: str) -> str:
    """``text`` with every plain word (no apostrophe) replaced by its root."""
    return re.sub(r"(?<!['\w])[a-z]+(?!['\w])", lambda m: lemma(m.group(0)), text)


@lru_cache(maxsize=16384)
def known(word: str) -> bool:
    """True when ``word`` is an English word the dictionary knows (in any inflection)."""
    return bool(_lemmatiser().is_known(word, lang="en"))
