"""Fever: said as fever, chills or shivering, as "hot and cold", or as a temperature of 38 °C / 100.4 °F or more
(clinical.md); sweating from pain or a hot room, other people's fevers and fevers long ago state none.

Split out of :mod:`backchat.core.understand.symptoms`, which re-exports :func:`read_fever`.
"""

from __future__ import annotations

import re

from backchat.core.understand.lazy import lazy
from backchat.core.understand.lexicon import FEVERISH_NUMBER, recent, someone_else
from backchat.core.understand.polarities import settle
from backchat.core.understand.text import Polarity, Utterance

__all__ = ["read_fever"]

# hot and cold by turns: "boiling then freezing", "hot one minute and cold the next", "freezing then sweating"
_HOT_COLD = (r"\b(?:boiling|burning|roasting|hot|sweating|sweaty)\b(?: hot)?,? "
             r"(?:then|and then|one minute|and the next|the next)"
             r"[^.;]{0,15}\b(?:freezing|frozen|cold|shivery|shivering|icy)\b"
             r"|\b(?:freezing|cold|shivery|shivering)\b,? (?:then|and then|one minute)[^.;]{0,15}\b(?:boiling|burning|"
             r"roasting|hot|sweating|sweaty)\b"
             r"|\b(?:alternat\w*|switch\w*|flipp\w*|swing\w*) (?:between|from) (?:being )?(?:\w+ )?"
             r"(?:boiling|burning|roasting|hot|sweating|sweaty|freezing|cold)\b(?: hot| cold)? (?:and|to) (?:being )?"
             r"(?:boiling|burning|roasting|hot|sweating|sweaty|freezing|frozen|cold|shivery|shivering|icy)\b"
             r"(?: hot| cold)?(?! (?:packs?|compress\w*|water|showers?|baths?|therapy|treatment))")
_FEVER = lazy(
    r"\b(?:fever\w*|high (?:temperature|temp)|temperature|running a temp\w*|chills?|chilly|"
    r"shiver\w*|shaking|shakes|rigou?rs|hot and cold|burning up|sweats? and shiver\w*|"
    r"hot flushes and shiver\w*|teeth (?:were |are |was |kept |keep )?chatter\w*)\b"
    # night sweats alone are no fever (clinical.md): the screen asks
    r"|" + _HOT_COLD
)
# a cause that explains the shivering or the warmth without a fever
_NOT_FEVER = lazy(
    r"\b(?:(?:hot|cold|ice|heat)(?: and (?:hot|cold|ice|heat))? (?:packs?|compress\w*|therapy|treatment)|"
    r"hot water bottle|heat pad|heat pack|warm bath|hot bath|bath|shower|weather|room|"
    r"sauna|after (?:the gym|exercise|running)|menopaus\w*|hot flush\w*|heating|boiler|freezing|snow|"
    r"(?:after|from) (?:my |a |the |that )?(?:long |quick |short |hard |morning |evening )?"
    r"(?:run|jog|gym|workout|work ?out|training session|spin class|game|match|hike|bike ride)|"
    r"cold (?:house|room|outside|weather|day|night)|outside|air con\w*|degrees out|bus stop|sleet|rain|drizzle|"
    r"wind|touchline|sidelines?|pitch|"
    r"(?:from|with|because of|due to) (?:the )?pain|shaking (?:my|his|her) (?:head|hands?)|shaking hands|"
    r"(?:hands?|arms?|legs?|knees?|voice|head|fingers?) (?:are |is |keep |keeps )?shak\w*|"
    r"(?:after|since|from) (?:my |the |a )?(?:flu |covid |booster )?(?:jab|vaccin\w*|booster))\b"
)
_TEMP = lazy(
    r"(?<![\d.])(?P<value>\d{2,3}(?:\.\d)?)\s*(?:°|degrees?|deg|º)?\s*"
    r"(?P<unit>c\b|celsius|centigrade|f\b|fahrenheit)?"
)
# a degree sign gives the context only after a number ("38.5°"), not before one ("°40" is no reading),
# and only among words: "x40°" alone is no reading (found by the fuzz test)
_TEMP_CONTEXT = lazy(r"\b(?:temp\w*|fever\w*|thermometer|degrees?|hot(?! water| bath| pack| shower| tea)|"
                           r"measured|reading|celsius|fahrenheit|running (?:at |about |a )?(?="
                           + FEVERISH_NUMBER + r"))\b|\d\s*[°º]")


def read_fever(u: Utterance) -> bool | None:
    """Fever, chills, or a temperature of 38 °C / 100.4 °F or more (now, not long ago)."""
    pols: list[Polarity] = []
    for m in u.mentions(_FEVER):
        if not recent(m.clause) or re.search(r"\bhad (?:a )?(?:fever|temperature) then\b", m.clause) \
                or _SEASONS_AGO.search(m.clause):
            continue  # "I had covid last year and had a fever then"
        if _SOMEONE_ELSE.search(m.before) or _OTHERS_FIRST.search(m.before) or someone_else(m.before) \
                or _GOING_ROUND.search(m.clause):
            continue  # "my son has had a fever all week", "both kids have had a temperature", "a bug going round"
        if m.text not in ("fever", "chills", "high temperature") and m.polarity == "pos" and (
                _NOT_FEVER.search(re.sub(_HOT_COLD, " ", m.clause)) and not _EVEN.search(m.clause)
                or not _DESPITE.search(m.clause) and (_EXPLAINED_NEXT.search(_neighbour(u, m.clause, 1))
                                                      or _HEAT_NEXT.search(_neighbour(u, m.clause, 1)))
                or not m.text.startswith("temp") and _CAUSE_BEFORE.search(_neighbour(u, m.clause, -1))):
            continue  # "cold from the bus stop"; "woke up drenched in sweat, but that's just the heating";
            # "the house got freezing, I was shivering"; "had my booster, felt a bit feverish for a day"
        if m.text.startswith("temp") and _WEATHER.search(m.before[-12:] + m.text + m.after[:40]):
            continue  # "the temp climbed past twenty", "the temperature dropped overnight": the weather's
        if m.text.startswith("temperature") and m.polarity == "neg" and _MEASURED.search(m.before + m.text):
            continue  # "haven't checked my temperature" denies nothing
        if m.text.startswith("temperature") and m.polarity == "pos":
            if _temperature(m.clause) is not None:
                continue  # a number decides
            if _MEASURED.search(m.before + m.text):
                continue  # "I checked my temperature" states no fever: its reading decides
            if re.search(r"\b(?:normal|fine|ok|okay)\b", m.clause):
                pols.append("neg")
                continue
        pols.append(m.polarity)
    for i, clause in enumerate(u.clauses):
        value = None if _OUTDOORS.search(clause) else _temperature(clause)  # "it was 38 degrees in the garden"
        digit = re.search(r"\d{2}", clause)  # the reading, not the "4" of "my 4 year old ran 40"
        part = re.split(r"[,;]\s*", clause[:digit.start()])[-1] if digit else ""  # "..., both kids ran 39"
        if value is not None and recent(clause) and not _SEASONS_AGO.search(clause) and not (
                digit and (_SOMEONE_ELSE.search(clause[:digit.start()])
                                                                    or _OTHERS_FIRST.search(part)
                                                                    or someone_else(clause[:digit.start()]))):
            pols.append("pos" if value else "neg")
        if _MEASURED.search(clause) and value is None:
            after = " ".join(u.clauses[i + 1:i + 2])  # "I checked my temperature. It's normal."
            read_out = _READ_OUT.match(after)  # "my mate took my temp and it said 101"
            if read_out and recent(clause) and re.search(r"\bmy temp", clause):
                value = _temperature(clause + " " + after)
                if value is not None:
                    pols.append("pos" if value else "neg")
            if re.match(r"^\s*(?:it's|it is|it was|which was|and it's|and it was)?\s*(?:normal|fine|ok|okay)\b",
                        after):
                pols.append("neg")
    return settle(pols)


# a clause just before that gives the cold or the feverish feeling a plain cause
_CAUSE_BEFORE = lazy(r"\b(?:power cut|heating|boiler|(?:house|flat|room|bedroom|office)(?:'s| is| was| got| has been) "
                     r"(?:\w+ )?(?:freezing|cold|icy)|jab|booster|vaccin\w*)\b")


def _neighbour(u: Utterance, clause: str, step: int) -> str:
    """The clause ``step`` away (-1 before, 1 after) from ``clause`` in the same sentence ("" across a
    sentence's end or past the text's edge)."""
    if clause not in u.clauses:
        return ""
    i = u.clauses.index(clause) + step
    if not 0 <= i < len(u.clauses):
        return ""
    first, second = (u.clauses[i], clause) if step < 0 else (clause, u.clauses[i])
    at = u.text.find(first)
    if at < 0:
        return ""
    end = at + len(first)
    nxt = u.text.find(second, end)
    gap = u.text[end:nxt] if nxt >= 0 else u.text[end:end + 4]
    return "" if re.search(r"[.!?\n]", gap) else u.clauses[i]


# a next clause that puts the sweat or shiver down to something plain: "but that's just the heating"
_EXPLAINED_NEXT = lazy(r"^(?:that's|thats|that is|that was|it's|its|it was|which is|which was)(?: just| only| probably|"
                       r" all| definitely)? (?:\w+ )?(?:the|from|because|down to|due to|cos)\b")


# other people as the clause's subject, with no "my": "kids have all had a fever", "the whole house has had flu"
_OTHERS_FIRST = lazy(r"^(?:both |all |the |all the |all 3 |all three |the whole |whole )?"
                     r"(?:kids|children|boys|girls|twins|family|house|household|everyone|everybody|grandkids)\b"
                     r"(?! and i\b)[^,.;]*$")
# the next clause puts sweating or warmth down to a hot room: "night sweats, but the heating's stuck on full"
_HEAT_NEXT = lazy(r"\b(?:heating|(?<!like a )radiators?|sauna|heatwave|heat wave|menopaus\w*|hot flush\w*|"
                  r"(?:room|bedroom|house|flat)(?:'s| is| was| has been) (?:\w+ )?"
                  r"(?:hot|warm|boiling|roasting|stifling|like a sauna))\b")
_SEASONS_AGO = lazy(r"(?<!since )(?<!the )(?<!this )\blast (?:winter|summer|spring|autumn|christmas|month)\b"
                    r"|(?<!since )\b(?:\w+ )?months ago\b")  # "a temperature last winter", not "since last month"
_GOING_ROUND = lazy(r"\bgoing (?:round|around)\b")
"""An illness that is about ("a bug going round the office with fevers"): other people's, unless told as caught."""
# cold in spite of warmth: "shivering even after a hot bath", "shaking with cold under the duvet even (though the
# house was warm)" (the clause ends at "though"), "hot and shivery under two blankets with the heating on full"
_EVEN = lazy(r"\beven (?:after|with|in|under|when|though|wrapped)\b|\beven\s*$"
             r"|\bunder (?:two|three|four|extra|all the|a pile of|a stack of) (?:blankets|duvets|covers|quilts)\b")
_DESPITE = lazy(r"\b(?:even|despite|although)\s*$")  # the clause ends where "though ..." began: a contrast follows
_READ_OUT = lazy(r"^\s*(?:and )?(?:it|which|the thermometer)(?:'s| is| was| said| says| read| reads| showed| shows| "
                 r"came (?:out |back )?(?:at|as)| got to)\b")
_OUTDOORS = lazy(r"\b(?:heatwave|heat wave|in the (?:garden|sun|shade|car park|room|studio)|hot yoga|bikram|sauna|"
                 r"steam room|outside|out there|weather|forecast|"
                 r"sunny|scorching|roasting|sweltering|on the beach|degrees out)\b")
_WEATHER = lazy(r"\b(?:the|outside|air|room|water|weather|sea|oven|fridge|freezer) temp(?:erature)?s?\b(?: \w+)?? "
                r"(?:warm\w*|cool\w*|dropp?\w*|fell|falls?|plummet\w*|climb\w*|soar\w*|went (?:up|down)|"
                r"rose|outside|inside|in the (?:house|room|office|car)|was (?:below|above|freezing|minus))\b")
_MEASURED = lazy(r"\b(?:check\w*|took|take|taking|taken|measur\w*|test\w*|monitor\w*) (?:my |the )?temp\w*")


_SOMEONE_ELSE = lazy(
    r"\b(?:my|our|his|her|their)\s+(?:\w+\s+)?(?:son|daughter|kids?|child|children|boy|girl|baby|toddler|"
    r"husband|wife|partner|mum|mom|dad|mother|father|brother|sister|friend|colleague|dog|cat|"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ]?(?:year|yr|month)[- ]?olds?|little one|youngest|"
    r"eldest|oldest|twins?|grandson|granddaughter|grandchild|grandkids?|nephew|niece|pupil|patient)\b[^,.;]*$")


def _tied(clause: str, at: int) -> bool:
    """A temperature word in the list item that holds the number at ``at``, or in the item before it
    unless denied there: "a temperature, 39 last night" is a reading; in "healthy, 39, no fever" the 39
    is an age."""
    items = list(re.finditer(r"[^,;]+", clause))
    i = next((k for k, item in enumerate(items) if item.start() <= at < item.end()), 0)
    if _TEMP_CONTEXT.search(clause[items[i].start():items[i].end()] if items else clause):
        return True
    before = items[i - 1].group() if i > 0 else ""
    return _TEMP_CONTEXT.search(before) is not None and not re.search(r"(?:no|not|never)|n't", before)


def _temperature(clause: str) -> bool | None:
    """True for a feverish reading, False for a normal one, None when no reading is given."""
    for m in _TEMP.finditer(clause):
        if re.search(r"\b(?:i'm|i am|im|aged?|turned|turning)\s*$", clause[:m.start()]):
            continue  # "I'm 42" is an age
        value = float(m.group("value"))
        unit = (m.group("unit") or "").strip()
        context = _tied(clause, m.start()) and re.search(r"[a-z]{2}", clause) is not None
        if (unit.startswith("f") and 90 <= value <= 115) or (not unit and 95 <= value <= 110 and context):
            return value >= 100.4
        if (unit.startswith("c") and 30 <= value <= 45) or (35 <= value <= 43 and (context or "." in m.group("value"))):
            return value >= 38.0
    return None
