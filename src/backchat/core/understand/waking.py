"""Waking up in a story: how they slept set the pain off ("woke up with it", "woke up and my back was locked"),
or the waking only says when something else happened ("woke when the baby cried", "woke, went to the loo, and
that is when the pain hit")."""

from __future__ import annotations

from backchat.core.understand import concepts
from backchat.core.understand.lazy import lazy
from backchat.core.understand.text import Mention, Utterance

__all__ = ["waking_is_a_time"]

_WOKEN_BY = lazy(r"^\s*(?:early |suddenly )?(?:when|because|as|to the sound of) (?:the|my|our|a|his|her) (?:\w+ )?"
                 r"(?:baby|kids?|child|boy|girl|toddler|son|daughter|dog|cat|alarm|phone|husband|wife|partner|neighbours?)\b")
# a waking said with nothing of its own ("I woke up", "when I woke"), unlike "woke up with it"
_BARE_WAKING = lazy(r"(?:woke up|when i woke|on waking|woke (?:up )?and)$")
# what the waking found: "woke up and my back was locked", "when I woke, my lower back was achy" (before any getting up)
_WOKE_SORE = lazy(r"^(?:(?!\b(?:and|then|,) (?:got|get) (?:up|out)\b|\bstood\b|\bwent\b)[^.!?]){0,60}?"
                  r"\b(?:back|spine|pain\w*|ache\w*|aching|achy|sore|stiff\w*|locked|agony|spasm\w*|hurt\w*|"
                  r"crick\w*|twinge\w*|seized|knot\w*|with|like (?:this|that)|straighten|could(?:n't| hardly| barely) "
                  r"(?:move|get out of bed|get up))\b")


def waking_is_a_time(u: Utterance, m: Mention) -> bool:
    """True when the "sleeping" mention ``m`` is a waking that only dates what followed: someone or
    something woke them, or the sentence finds no pain on waking before they got up."""
    rest = _rest_of_sentence(u, m)
    return bool(_WOKEN_BY.match(m.after) or _BARE_WAKING.search(m.text)
                and (not _WOKE_SORE.match(rest) or _STILL.match(rest)))


# "woke and it was still hurting", "woke up and my back was still sore": the pain went on, it did not start
_STILL = lazy(r"^(?:(?!\b(?:and|then|,) (?:got|get) (?:up|out)\b)[^.!?]){0,40}?\b(?:still|again|no better|worse)\b")


def _rest_of_sentence(u: Utterance, m: Mention) -> str:
    """What follows the mention in its sentence, across clause breaks."""
    sentence = concepts.sentence_holding(u, m.clause)
    at = sentence.find(m.clause)
    return m.after if at < 0 else sentence[at + m.start + len(m.text):]
