"""What a story tells that is not this episode's: the person's baseline and what came before
the problem they are writing about.

"My toes go numb in the cold, always have, it's Raynaud's. Different issue: my lower back ...":
the numb toes are told, but they are neither this episode's numbness nor how far its pain
spreads. Only numbness and spread are read without these clauses; red-flag signs in them are
never dropped (:mod:`backchat.core.understand.assertion` asks about them instead).
"""

from __future__ import annotations

from backchat.core.understand import concepts
from backchat.core.understand.lazy import lazy
from backchat.core.understand.text import Utterance

__all__ = ["set_aside"]


def set_aside(u: Utterance) -> set[str]:
    """The clauses told before the person turns to this problem ("The new thing is my lower back",
    "Different issue: ..."): what they tell of (numb toes in the cold, an old numb patch) is not this episode."""
    aside: set[str] = set()
    for i, clause in enumerate(u.clauses):
        if _NEW_PROBLEM.search(clause):
            aside.update(set(u.clauses[:i]) - set(u.clauses[i:]))
            break
    aside.update(c for c in u.clauses if _GONE_THEN.search(c))  # "took weeks before the pins and needles would clear"
    for clause in u.clauses:  # "I get cramp in my calves at night, always have": the person's baseline
        if _ALWAYS.search(clause):
            sentence = concepts.sentence_holding(u, clause)
            aside.update(c for c in u.clauses if c in sentence and not _NEW_PROBLEM.search(c))
    return aside


_NEW_PROBLEM = lazy(r"\b(?:the|my) new (?:thing|problem|issue|bit)\b|\b(?:a |another )?(?:different|separate) "
                    r"(?:issue|thing|problem)\b"
                    r"|\b(?:the |my )?(?:lower |upper |low |middle )?(?:back|back pain|back ?ache) is "
                    r"(?:new|the new)\b")
_ALWAYS = lazy(r"(?:^|, )always (?:have|had|has|do|did)(?= *(?:[,.;!]|$))|\b(?:that's|which is|it's) "
               r"(?:quite |pretty |completely )?normal(?: for me\b|(?= *(?:[,.;!]|$)))")
# a sign told as having cleared in an earlier bout: "it took a year for the pins and needles in my foot to clear"
_GONE_THEN = lazy(r"\btook (?:\w+ ){0,3}(?:for|before) [^,.;]{0,50}\b(?:to|would) "
                  r"(?:go away|go|settle|clear|fade|wear off|"
                  r"come back)\b")
