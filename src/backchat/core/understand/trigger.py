"""What set the pain off (lifting, bending, a fall ...), or "unknown" when the person says they do not know.

A trigger needs the person's own movement or event tied to the start of this episode
(:mod:`events` decides which events count); a chore named without the movement, a guess, a
habit or someone else's event leave it unset, and the dialogue asks.
"""

from __future__ import annotations

import re

from backchat.core.understand import concepts
from backchat.core.understand.events import (
    CHORE,
    FALL,
    MOVES,
    TRIGGER_PATTERNS,
    sentence_index,
    trigger_mentions,
)
from backchat.core.understand.knocks import denied, knocked
from backchat.core.understand.lazy import lazy
from backchat.core.understand.lexicon import PAIN, THIRD_PERSON, recent
from backchat.core.understand.onset_words import SUDDEN
from backchat.core.understand.text import Mention, Utterance
from backchat.core.understand.told import guessed

__all__ = ["read_trigger"]

Found = tuple[tuple[int, int, str, Mention], ...]

_NO_REASON = lazy(
    r"\b(?:no (?:real |obvious |particular |apparent )?(?:reason|cause)|"
    r"no (?:idea|clue) (?:why|what(?! (?:it|this|that) (?:is|was|could be|might be))|"
    r"how(?= *(?:[.,;!?]|$| (?:it|this|that|i) (?:started|began|happened|came on|did|hurt|injured|managed|got))))|"
    r"(?:don't|do not|dont) know (?:why|what (?:caused|started|set|brought|happened(?! to)|i did)|"
    r"how it (?:started|began|happened))|"
    r"(?:dunno|not sure|no idea|no clue) (?:why|what (?:caused|started|set off|brought on|triggered|did) it)|"
    r"nothing (?:i can think of|in particular|that i know|specific|happened)|"
    # "nothing I did that I know of", "not from anything I did", "without doing anything to it"
    r"nothing (?:that )?i did(?! (?:\w+ )?(?:help\w*|made|make\w*|work\w*|eas\w*|seem\w*|would|could|changed|to (?:"
    r"ease|help|stop|fix)))|not (?:from|due to|because of|after) anything (?:i did|in particular|specific)|"
    r"without (?:me )?(?:doing|lifting|twisting|injuring|hurting) anything|"
    r"it just (?:started|came on|happened|appeared)|"
    r"can't find (?:a|any) (?:reason|cause)|"
    r"(?:don't|do not|can't) remember (?:doing|knocking|hurting|banging) (?:it|anything)|"
    r"not sure (?:why|what caused|how it started|"
    r"what started)|out of the blue|(?:out of|from) nowhere|can't think (?:of|what)|"
    r"(?:didn't|did not|don't think i did|not that i did) (?:do )?anything|(?:haven't|have not|not) (?:got )?a clue|"
    r"nothing (?:\w+ )?(?:started|caused|set off|brought on|triggered) it|can't (?:link|pin|put) it (?:to|on|down to) "
    r"anything)\b"
)
_WEIGHT_TOPIC = lazy(r"\b(?:weight|lost|losing|thin|thinner|jeans|clothes|trousers|size|kg|kilos?|"
                           r"stone|pounds|eating|appetite|diet\w*)\b")
_PAIN_TOPIC = lazy(PAIN.pattern + r"|\bit\b|\bstarted\b|\bbegan\b|\bcame on\b")


def read_trigger(u: Utterance, asked: bool = False) -> str | None:
    """What set the pain off, or None when not said (``asked``: the answer to "how did it start")."""
    found = _at_the_moment_it_went(u, trigger_mentions(u, asked))
    names = [f[2] for f in found]
    if "accident" in names and names[0] == "fall":
        return "accident"  # "knocked over by a car … went down hard": the collision, not the fall, is the cause
    if names and names[0] == "fall" and knocked(u) and any(denied(m) for m in u.mentions(FALL)):
        return "other"  # "didn't really fall, just jolted down onto my heels"
    if names and names[0] in ("twisting", "bending", "lifting") and any(
            f[2] == "sport" and sentence_index(u, f[3].clause) == sentence_index(u, found[0][3].clause)
            and not _NOT_PLAYING.search(f[3].text + f[3].after[:30]) for f in found):
        return "sport"  # "I twisted to hit a backhand at tennis": the movement was part of the game
    if names and names[0] == "exercise" and found[0][3].text.startswith("train") \
            and any(not THIRD_PERSON.search(m.before[-40:]) for m in u.mentions(_SPORT)):
        return "sport"  # "I play football for my school. Went up for a header at training": the game's training
    if found and names[0] in MOVES and knocked(u) and not asked:
        return None  # "turned round and caught my back on the worktop": the knock, not the turn, hurt it
    if found:  # a chore alone leaves the trigger unsaid; "moved house, carried boxes" is lifting
        return names[0] if names[0] != CHORE else next((n for n in names if n in MOVES), "other" if asked else None)
    if knocked(u):
        return "other" if asked else None  # "bumped my back on the worktop": onset trauma, no trigger (stories/README)
    doing = _hurt_doing(u)
    if doing is not None:
        return doing
    for m in u.mentions(_NO_REASON):
        if _about_pain(m, u.text):
            return "unknown"
    return None


def _at_the_moment_it_went(u: Utterance, found: Found) -> Found:
    """The mentions with the one told in the sentence where the back went first: "went back to the gym
    on Monday. Felt fine. On Tuesday I bent down to get the baby and my back seized" is bending."""
    if not found or found[0][0] == -1:
        return found  # a fall or an accident comes first whatever else is said
    went = {sentence_index(u, m.clause) for m in u.mentions(SUDDEN) if m.polarity == "pos"}
    if not went or sentence_index(u, found[0][3].clause) in went:
        return found
    at = next((f for f in found if f[2] != CHORE and sentence_index(u, f[3].clause) in went), None)
    return found if at is None else (at, *(f for f in found if f is not at))


def _hurt_doing(u: Utterance) -> str | None:
    """"hurt my back doing X": the trigger class that names X, else None (nothing guessed)."""
    for m in concepts.hurt_doing(u):
        if not recent(m.clause) or THIRD_PERSON.search(m.before[-40:]) or _NOT_MY_BACK.match(m.text):
            continue  # "does back pain from ..." is a question about back pain, not "did my back in"
        if guessed(m.before + m.text + " "):
            return None  # "I think I hurt my back doing sit-ups": a guess at the cause (stories/README)
        what = m.after.split(",")[0][:60]
        phrase = m.text.rsplit(" ", 1)[-1] + " " + what
        for name, pattern in TRIGGER_PATTERNS:
            if pattern.search(phrase) or pattern.search(_ING.get(phrase.split()[0], "")):
                return None if name == CHORE else name
        return None  # an X no class names ('putting the bins out') is not guessed: the dialogue asks
    return None


_NOT_MY_BACK = lazy(r"^do (?!my\b)")
# a game named but not played in the movement: the kit carried ("getting my kayak off the roof rack")
_NOT_PLAYING = lazy(r"^\w+ (?:off|onto|on to|into|out of|up onto|down from|from)\b")
_SPORT = dict(TRIGGER_PATTERNS)["sport"]
_ING = {"lift": "lifting", "bend": "bending", "twist": "twisting", "carry": "carrying", "garden": "gardening",
        "play": "match", "run": "jogging", "move": "moving house", "pick": "picking", "sleep": "slept funny",
        "reach": "reaching up", "turn": "twisting", "stretch": "stretching", "train": "training",
        "push": "pushing box", "pull": "pulling box", "shovel": "shoveling", "dig": "digging",
        "hoover": "hoovering", "clean": "cleaning", "sneeze": "sneezing", "cough": "coughing", "fall": "fell",
        "slip": "slipped"}


def _about_pain(m: Mention, text: str) -> bool:
    """True when a "no reason" phrase is about the pain, not something else ("lost weight for no reason")."""
    own = m.text + m.after.split(",", 1)[0][:20]
    if re.search(r"\b(?:it|this|pain|started|began|came on)\b", own):
        return True
    before = (text[:text.find(m.clause)] + " " if m.clause in text else "") + m.before
    before = before[-60:]
    pain = [x.end() for x in _PAIN_TOPIC.finditer(before)]
    other = [x.end() for x in _WEIGHT_TOPIC.finditer(before)]
    return not other or (bool(pain) and max(pain) > max(other))

