"""How the pain started: sudden, gradual or after an injury, and whether that injury was serious.

The events themselves (falls, accidents, lifts ...) and whose they are: :mod:`events`;
what set the pain off: :mod:`trigger`.
"""

from __future__ import annotations

import re

from backchat.core.understand import concepts
from backchat.core.understand.events import EVENT, FALL_OR_ACCIDENT, trigger_mentions
from backchat.core.understand.knocks import SIMILE_OF_A_BLOW, denied, knocked
from backchat.core.understand.lazy import lazy
from backchat.core.understand.lexicon import recent
from backchat.core.understand.onset_words import GRADUAL, SUDDEN
from backchat.core.understand.text import Utterance
from backchat.core.understand.trigger import read_trigger

__all__ = ["read_onset", "read_trigger", "read_trauma", "EVENT", "SUDDEN", "GRADUAL"]

_MAJOR = lazy(
    r"\b(?:ladder|step ?ladder|roof|scaffold\w*|height|balcony|horse|mare|pony|tree|loft|cliff|"
    r"(?:(?<!halfway )(?<!half way )(?<!part way )down|fell down|flight of|full flight of|whole flight of|bottom of) "
    r"(?:the |a )?(?:whole |entire |full )?"
    r"(?:stairs|staircase|flight(?! of (?:steps|two|three|\d)))|"
    r"motorbike|motorcycle|car(?! park)|van|lorry|truck|bus|road|traffic|high speed|\d+ ?(?:mph|kmh|km/h)|motorway|"
    r"(?:thrown|flung|catapulted) (?:off|over) (?:the |my )?(?:bike|handlebars)|over the handle ?bars|going fast|"
    r"at speed|dual carriageway|ambulance|a and e|a&e|rta|rear[- ]ended|run over|pile[- ]up|hit by|"
    r"knocked (?:off|down|over)|blow|hit me|struck me|landed on me|came down on me|"
    r"(?:spine|spinal|vertebra\w*|compression|compaction|wedge|back|lumbar) fractur\w*|fractured (?:a |my )?"
    r"(?:vertebra\w*|back|spine)|shattered (?:a |my )?(?:lower |upper )?(?:vertebra\w*|back|spine|something)|"
    r"broke (?:a|my) (?:vertebra\w*|back|spine)|cracked (?:a|my) vertebra\w*)\b"
)  # a fall that broke a bone was no minor one
# a fall that is low or from standing ("only a foot or so", "the bottom rung", "the last step")
_LOW = lazy(r"\b(?:only|just) (?:from )?(?:a|about a|a couple of|a few|two|2|one|1) (?:foot|feet|steps?|stairs?)"
                  r"|\b(?:a )?foot or so\b|\bbottom (?:rung|step|stair)"
                  r"|\blast (?:step|stair|(?:two|few|2|3) (?:steps|stairs))"
                  r"|\bcrash mat\b|\b(?:two|three|a few|2|3) (?:steps|stairs) on my (?:bottom|bum|backside)\b"
                  r"|\bcouple of (?:feet|steps)\b|\b(?:getting|got|stepp\w*) off (?:the|a) (?:bus|train)\b"
                  # a bike that was barely moving: "came off at about walking pace", "toppled over at the lights"
                  r"|\b(?:walking pace|(?:very |really )?slow(?:ly)? speed|low speed|barely moving|standstill|"
                  r"stationary|(?:at|stopped at) (?:the )?(?:traffic )?lights)\b")
# "over the last few weeks" says gradual only when it is the pain that came on over them
_GRADUAL_SPAN = lazy(
    r"\b(?:over (?:time|weeks|months|the (?:last|past) (?:few |couple of |\d+ )?(?:weeks|months|years|days))|"
    r"over a (?:few |couple of )?(?:weeks|months))\b"
)
# a vehicle named as where a slip happened, not what the person fell from or was hit by
_WHERE_A_VEHICLE_IS = lazy(r"\b(?:(?:on )?(?:the )?way (?:back )?to|walk\w* (?:back )?to|to|towards|into|in|at|by|near|"
                           r"behind|beside|getting (?:out of|into|in)|got (?:out of|into|in)) (?:the|my|our|a|his|her) "
                           r"(?:car|van|bus|lorry|truck|bike)\b")
_SIMILE = lazy(SIMILE_OF_A_BLOW)
_CAME_ON = lazy(r"\b(?:came on|come on|coming on|crept|built|build\w*|developed gradually)\b")
_DONE_BY_ANYONE = lazy(r"^(?:knocked|(?:ran|went|walked|crashed|ploughed|smashed) into|clipped me|hit by)")
_VEHICLE = lazy(r"\b(?:car|van|bus|lorry|truck|taxi|vehicle|driver|motor ?bike|motorcycle|moped|scooter|bike|"
                r"cyclist|tractor|road|horse|cow|bull|roundabout|junction|motorway|dual carriageway|traffic)s?\b")


def read_trauma(u: Utterance) -> bool | None:
    """True for a recent serious fall or accident, False when one is denied, else None."""
    fell = False  # a fall or accident the person tells
    for _, _, name, m in trigger_mentions(u, asked=True):
        fell = fell or name in ("fall", "accident")
        sentence = concepts.sentence_holding(u, m.clause)
        if name == "accident" and _DONE_BY_ANYONE.search(m.text) and not _VEHICLE.search(sentence):
            continue  # knocked over by a dog, run into by a child: a fall from standing, not a road accident
        if name == "fall":
            sentence = _WHERE_A_VEHICLE_IS.sub(" ", sentence)  # "slipped walking over to the van": a slip
            sentence = _SIMILE.sub(" ", sentence)  # "sat down hard, as if a brick had struck me": a feeling
        if name == "accident" or (name == "fall" and _MAJOR.search(sentence) and not _LOW.search(sentence)):
            return True
    if any(denied(m) and not (fell and _HOW_ONE_LANDED.match(m.after)) for _, p in FALL_OR_ACCIDENT
           for m in u.mentions(p)) \
            or re.search(r"\bno (?:injury|injuries|trauma|fall|falls|accident|accidents)\b", u.text):
        return False
    return None


_HOW_ONE_LANDED = lazy(r"\s*(?:on|onto) (?:my|the)\b")  # "didn't fall on my behind" (after a fall told): only how


# sudden wording other than "go" ("my back went"), which in a story of episodes only tells another one
_SUDDEN_WORD = lazy(r"\b(?:pop|ping|click|snap|lock|seiz|spasm|twang|crick|crack|twing|let go|gave (?:way|out)|"
                    r"sudden|instant|immediately|straight away|felt (?:a|it|something))")
# "what if I suddenly can't pee", "I just want it gone": a fear or a wish, not how it began
_NOT_SAID = lazy(r"(?:(?<!as )\bif\b[^,.]{0,25}|\b(?:want|wants|wanted|need|needs|get|see how)\s+)$")
_EPISODES = lazy(r"\b(?:again|(?:every|each) (?:\w+ )?(?:winter|summer|year|month|time)|"
                 r"(?:second|third|fourth|fifth|\d+(?:st|nd|rd|th)) time|same thing|happened before|this time)\b")


def read_onset(u: Utterance, trigger: str | None) -> str | None:
    """sudden, gradual or trauma, or None when the text does not say."""
    if trigger in ("fall", "accident") or knocked(u):
        return "trauma"
    gradual = any(m.polarity == "pos" and recent(m.clause) for m in u.mentions(GRADUAL)) or any(
        m.polarity == "pos" and _CAME_ON.search(m.before) for m in u.mentions(_GRADUAL_SPAN))
    sudden = any(m.polarity == "pos" and recent(m.clause) and not _NOT_SAID.search(m.before)
                 for m in u.mentions(SUDDEN)) \
        or "pos" in concepts.sudden_onset(u)  # "it locked as I stood up, years ago" is history
    if sudden and not _SUDDEN_WORD.search(u.text) and _EPISODES.search(u.text):
        sudden = False  # "it went again yesterday", "my back goes every winter": one more episode
    if gradual and not sudden:
        return "gradual"
    if sudden:
        return "sudden"
    return None  # "hurt my back lifting X" names the trigger only (stories/README.md)
