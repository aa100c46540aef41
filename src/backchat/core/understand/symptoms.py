"""Symptoms: numbness or weakness, the cauda equina screen, fever."""

from __future__ import annotations

import re

from backchat.core.understand.text import Polarity, Utterance

__all__ = ["read_numbness", "read_bladder_bowel", "read_fever", "settle"]

_SADDLE_PLACE = (r"(?:down below|down there|between my legs|(?:my |the )?(?:groin|genitals?|"
                 r"privates|private parts|crotch|perineum|back passage|anus|bottom area|"
                 r"saddle(?: area)?|inner thighs?|bits|penis|vagina|vulva|scrotum))")
_NUMB = re.compile(
    r"\b(?:numb\w*|tingl\w*|pins and needles|weak(?:ness|er|ened)?|giving way|gives? way|gave way|"
    r"buckl\w*|foot drop|drop foot|dead leg|lost (?:the )?feeling|no feeling|"
    r"can't feel (?:my )?(?:leg|foot|feet|toes)|can't lift my (?:foot|leg)|heavy legs?|"
    r"legs? (?:feel|feels|feeling) heavy|prickl\w*|electric(?:al)? (?:feeling|sensation))\b"
)
_SADDLE = re.compile(
    rf"\b(?:numb\w*|tingl\w*|pins and needles|no feeling|lost (?:the )?feeling|can't feel)\b"
    rf"[^.]{{0,25}}{_SADDLE_PLACE}|\bsaddle (?:numbness|anaesthesia|anesthesia)\b"
    rf"|{_SADDLE_PLACE}[^.]{{0,15}}\b(?:numb\w*|tingl\w*|feels? different|no feeling)\b"
)
_CES = re.compile(
    r"\b(?:incontinen\w*|wet (?:my|him|her)self|wetting (?:my|him|her)self|wet the bed|"
    r"leak\w*|dribbl\w*|"
    r"can't (?:control|hold|feel|tell)[^.]{0,20}\b(?:bladder|bowels?|pee|wee|urine|poo|poop|"
    r"wee|toilet|need to go)|"
    r"(?:trouble|difficult\w*|problems?|struggl\w*|hard|can't|cannot|unable|straining)"
    r"[^.]{0,12}\b(?:peeing|pee|weeing|wee|urinat\w*|passing (?:urine|water)|starting|stopping|"
    r"going to the (?:toilet|loo|bathroom))|"
    r"(?:bladder|bowels?|waterworks|toilet habits|peeing|weeing)[^.]{0,20}\b(?:changed|different|"
    r"problems?|issues?|trouble|funny|weird|not right|gone|stopped|accident\w*|control)|"
    r"(?:not|can't|cannot|don't|didn't) (?:feel|feeling|notice|know)\w* (?:when|if|that) "
    r"(?:my bladder|i need|i'm going|i've been|i have to)|"
    r"(?:feel\w*|feels) different when i wipe|can't feel (?:myself )?(?:when i )?wip\w*|"
    r"erection\w*|impoten\w*|ejaculat\w*|lost (?:my )?sensation|retention|"
    r"catheter|soiled|soiling|pooed myself|pooped myself|accidents? in my (?:pants|underwear))\b"
)
_CES_WORDS = re.compile(r"\b(?:bladder|bowels?|waterworks|peeing|pee|weeing|toilet|urine|"
                        r"poo|incontinen\w*|saddle)\b")
_FINE = re.compile(r"\b(?:fine|ok|okay|normal|alright|all right|no (?:problems?|issues?|change)|"
                   r"working|good|as usual|same as always|unchanged|nothing wrong)\b")
_FEVER = re.compile(
    r"\b(?:fever\w*|high (?:temperature|temp)|temperature|running a temp\w*|chills?|chilly|"
    r"shiver\w*|shaking|shakes|rigou?rs|hot and cold|burning up|sweats? and shiver\w*|"
    r"night sweats|sweating (?:at night|a lot|buckets)|clammy|hot flushes and shiver\w*)\b"
)
_NOT_FEVER = re.compile(
    r"\b(?:hot water bottle|heat pad|heat pack|warm bath|hot bath|bath|shower|weather|room|"
    r"sauna|after (?:the gym|exercise|running)|menopaus\w*|hot flush\w*)\b"
)
_TEMP = re.compile(
    r"(?<![\d.])(?P<value>\d{2,3}(?:\.\d)?)\s*(?:°|degrees?|deg|º)?\s*"
    r"(?P<unit>c\b|celsius|centigrade|f\b|fahrenheit)?"
)
_TEMP_CONTEXT = re.compile(r"\b(?:temp\w*|fever\w*|thermometer|degrees?|°|hot|measured|"
                           r"reading|celsius|fahrenheit)\b|°")


def settle(polarities: list[Polarity]) -> bool | None:
    """True if stated anywhere (stated beats denied: safer), False if only denied."""
    if "pos" in polarities:
        return True
    if "neg" in polarities:
        return False
    return None


def read_numbness(u: Utterance) -> bool | None:
    """Numbness, tingling or weakness (outside the saddle area)."""
    pols: list[Polarity] = []
    for m in u.mentions(_NUMB):
        if _SADDLE.search(m.clause) and not re.search(r"\b(?:legs?|foot|feet|toes)\b", m.clause):
            continue
        if re.search(r"\bweak(?:ness)?\b", m.text) and re.search(r"\b(?:bladder|stream|voice|"
                                                                  r"tea|coffee|joke)\b", m.clause):
            continue
        pols.append(m.polarity)
    return settle(pols)


def read_bladder_bowel(u: Utterance) -> bool | None:
    """Any cauda equina sign: bladder, bowel, saddle numbness, sexual function."""
    pols: list[Polarity] = []
    for pattern in (_SADDLE, _CES):
        for m in u.mentions(pattern):
            if m.polarity == "pos" and _FINE.search(m.clause[m.start:]) and not re.search(
                    r"\bnot (?:fine|ok|okay|normal|right)\b", m.clause):
                pols.append("neg")
            else:
                pols.append(m.polarity)
    if not pols:
        for m in u.mentions(_CES_WORDS):
            if m.polarity == "neg" or _FINE.search(m.clause):
                pols.append("neg")
    return settle(pols)


def read_fever(u: Utterance) -> bool | None:
    """Fever, chills, or a temperature of 38 °C / 100.4 °F or more."""
    pols: list[Polarity] = []
    for m in u.mentions(_FEVER):
        if _NOT_FEVER.search(m.clause) and m.text not in ("fever", "chills", "high temperature"):
            continue
        if m.text.startswith("temperature") and m.polarity == "pos":
            if _temperature(m.clause) is not None:
                continue  # a number decides
            if re.search(r"\b(?:normal|fine|ok|okay)\b", m.clause):
                pols.append("neg")
                continue
        pols.append(m.polarity)
    for clause in u.clauses:
        value = _temperature(clause)
        if value is not None:
            pols.append("pos" if value else "neg")
    return settle(pols)


def _temperature(clause: str) -> bool | None:
    """True for a feverish reading, False for a normal one, None when no reading is given."""
    for m in _TEMP.finditer(clause):
        value = float(m.group("value"))
        unit = (m.group("unit") or "").strip()
        context = _TEMP_CONTEXT.search(clause) is not None
        if unit.startswith("f") or (not unit and 95 <= value <= 110 and context):
            return value >= 100.4
        if unit.startswith("c") or (35 <= value <= 43 and (context or "." in m.group("value"))):
            return value >= 38.0
    return None
