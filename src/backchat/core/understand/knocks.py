"""Knocks and falls told in a few words: a knock to the back that is not a fall (its own injury, onset trauma,
an "other" trigger), and a fall said not to have happened."""

from __future__ import annotations

import re

from backchat.core.understand.lazy import lazy
from backchat.core.understand.lexicon import THIRD_PERSON, recent
from backchat.core.understand.text import Mention, Utterance

__all__ = ["knocked", "denied", "HITS_WITHOUT_A_BLOW", "SIMILE_OF_A_BLOW"]

_KNOCK = lazy(r"\b(?:bump\w*|bang\w*|knock\w*|whack\w*|smack\w*|hit|jolt\w*) (?:my (?:lower |upper )?back|myself)\b"
              r"|\bcaught (?:my (?:lower |upper |mid )?back|the (?:middle|bottom|top|small) of my back) on\b"
              r"|\bsat down (?:hard|heavily)\b|\bjolted down\b|\bcame down (?:hard )?on (?:my|the) "
              r"(?:back|bum|tailbone|coccyx)\b"
              # a tackle taken at rugby or football: "got tackled awkwardly", "took a heavy tackle", "in a tackle"
              r"|\b(?:got|get|was|been|being) tackled\b|\b(?:took|take|taking|had|got|in|after|since|from) (?:a|the) "
              r"(?:\w+ ){0,2}?tackle\b(?! box| bag| shop)")


def denied(m: Mention) -> bool:
    """A fall or accident said not to have happened ("didn't fall", not the "didn't fall far" of a small one)."""
    return m.polarity == "neg" and not re.match(r"\s*(?:far|hard|very far|that far|from (?:high|any height)|badly)\b",
                                                m.after)


def knocked(u: Utterance) -> bool:
    """True when the speaker's own back took a knock this episode (not long ago, not someone else's)."""
    return any(m.polarity == "pos" and recent(m.clause) and not THIRD_PERSON.search(m.before[-40:])
               and not _HIT_WITHOUT_A_BLOW.search(m.before[-40:]) for m in u.mentions(_KNOCK))


# the pain is what hit: "a stab of pain hit my low back", "this stabbing ache smacked my back"
HITS_WITHOUT_A_BLOW = (r"(?:pain|ache|twinge|spasm|spasms|agony|sciatica|cramp|stitch|sensation|burning|stabbing|jolt|"
                       r"shock|lightning|electricity|current|bolt|wave|"
                  r"water|shower|spray|jets?|sun|sunshine|heat|wind|breeze|draught|draft|air|rain|steam)")
"""What can "hit me" or "hit my back" without a blow: the pain itself, or water, sun or wind (a shower's
jets on a sore back) (also :mod:`events`)."""
_HIT_WITHOUT_A_BLOW = lazy(r"\b" + HITS_WITHOUT_A_BLOW + r"(?: \w+){0,2}? $")

_BLOWS = r"(?:hit|kicked|punched|struck|whacked|smacked|run over|knocked|landed on|came down on)"
SIMILE_OF_A_BLOW = (r"\b(?:feels?|felt|feeling|looks?|looked) (?:like|as if|as though) (?:[\w']+ ){0,3}?"
                    r"(?:been |got |gets )?(?:just )?" + _BLOWS +
                    r"|\b(?:like|as if|as though) (?:someone |somebody |something |(?:a|an|the) (?:\w+ ){1,3}?|"
                    r"i'd been |i had been )?(?:had |has |'d )?(?:just |suddenly |literally |really )?" + _BLOWS)
"""A blow in a simile, not a blow: "felt as if a hammer had struck me", "feels like it got kicked by a mule",
"like I'd been hit by a bus", "like a bolt of lightning had hit me" (:mod:`events` and :mod:`onset`)."""
