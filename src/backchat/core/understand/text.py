"""Text preparation shared by the extractors: normalising, spelling, clauses, negation.

A :class:`Utterance` is the cleaned text split into clauses. Each extractor asks
:meth:`Utterance.mentions` for a pattern and gets back every match with its
polarity: ``pos`` (stated), ``neg`` (denied: a negation cue earlier in the same
clause) or ``unsure`` (hedged: "not sure if ..."). Clauses end at sentence
punctuation and at "but", "though", "however", so in "no numbness but it
tingles" the "no" does not reach "tingles".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from rapidfuzz.distance import DamerauLevenshtein
from text_to_num import alpha2digit

__all__ = ["MAX_CHARS", "Polarity", "Mention", "Utterance", "prepare", "normalise"]

MAX_CHARS = 4000
"""Only this much of one utterance is read (bounded time on huge input)."""

Polarity = Literal["pos", "neg", "unsure"]

# Domain words that people misspell; a token within a small edit distance of one of
# these is read as it. Short or common words are never corrected.
_VOCAB = (
    "numbness numb tingling tingles tingle tingly bladder bowels bowel fever feverish "
    "sciatica buttock buttocks shoulder shoulders weakness temperature shivering shivery "
    "chills incontinence incontinent lifting lifted twisted twisting bending gradually "
    "suddenly accident cancer steroids prednisolone weight thigh ankle spreads spreading "
    "shooting radiates needles lower middle injury stomach genitals urinate urine peeing "
    "sweating sweats hamstring lumbar spine spasm pain hurts aching"
).split()
_VOCAB_SET = frozenset(_VOCAB)
# Real words close to a domain word that must be left alone.
_PROTECTED = frozenset(
    "never ever fever fewer fiver lever ladder ladders lower lover power tower number numbers "
    "bolder border blabber thing tangle single mingle jingle bowl bowls bowling towel towels "
    "vowel below elbow sweater sweaty sweat weighs weighed height eight weigh weird whether "
    "wither either neither ankles thighs lifter lifts twister bender shouldn't middles "
    "needless needle spread spreads spine spines shiver chill chilly hurt hurting paint "
    "paine pains pained stomachs urinal injure injured injuries accidents "
    "later letter latter litter wetter butter matter hotter other others mother lifting".split()
)
# Short misspellings the edit distance can't safely catch.
_SHORT_FIXES = {
    "bak": "back", "bck": "back", "hurst": "hurts", "dont": "don't", "doesnt": "doesn't",
    "didnt": "didn't", "cant": "can't", "wont": "won't", "isnt": "isn't", "im": "i'm",
    "ive": "i've", "havent": "haven't", "hasnt": "hasn't", "wasnt": "wasn't",
    "arent": "aren't", "couldnt": "couldn't", "wouldnt": "wouldn't", "its": "it's",
    "legg": "leg", "legz": "legs", "nite": "night", "wen": "when", "thru": "through",
    "temp": "temperature", "tempreture": "temperature", "pee'ing": "peeing", "wk": "week",
    "wks": "weeks", "yrs": "years", "yr": "year", "mths": "months", "mnths": "months",
    "hrs": "hours", "ya": "yes", "yh": "yeah", "nah": "no", "u": "you", "r": "are",
    "b4": "before", "bum": "bum", "feaver": "fever", "fevre": "fever", "numbe": "numb",
    "nummness": "numbness", "tinglin": "tingling", "tinglng": "tingling",
}

_NEGATION = re.compile(
    r"\b(no|not|never|without|none|nothing|neither|nor|don't|doesn't|didn't|haven't|"
    r"hasn't|hadn't|isn't|aren't|wasn't|weren't|won't|denies|deny|free of|nope|nah|"
    r"no longer|absence of|negative for|zero)\b"
)
_PSEUDO_NEGATION = re.compile(
    r"\b(not only|not just|no doubt|not sure|no idea|don't know|didn't know|no better|"
    r"not better|no relief|doesn't help|don't help|doesn't ease|not eased|nothing helps|"
    r"can't|cannot|no position|not getting better|doesn't stop|won't stop|won't go|"
    r"doesn't go away|not going away|haven't been able|not able|don't think it's|"
    r"isn't eased|aren't helping|isn't helping|not helping|no matter|not comfortable)\b"
)
_UNSURE = re.compile(
    r"\b(not sure|unsure|no idea|don't know|dunno|not certain|can't tell|can't remember|"
    r"don't remember|hard to say|maybe|possibly|perhaps|might be|might have|may be|"
    r"could be|i guess|not that i know|not that i'm aware)\b"
)
_CLAUSE_BREAK = re.compile(
    r"(?<!\d)\.(?!\d)|[.;!?\n]{2,}|[;!?\n]+"
    r"|\s*\b(?:but|though|although|however|except|whereas|apart from|other than)\b\s*"
    r"|,\s*(?=(?:and\s+)?(?:i|i'm|i've|my|it|it's|its|the|now|then|also|there|this|that|"
    r"though|me|since|and now|so|plus)\b)"
    r"|\s+\band\b\s+(?=(?:i|i'm|i've|my|it|it's|now|then|also|there|this|that|since|"
    r"the pain|pain|yes|yeah|no)\b)"
)
_WORD = re.compile(r"[a-z][a-z']*")
_WEAK_AS_WEEK = re.compile(
    r"\b(a|one|two|three|four|five|six|\d+|last|this|per|couple of|few) weaks?\b"
)


def _strip_controls(text: str) -> str:
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat.startswith("C"):
            out.append("\n" if ch in "\n\r\u2028\u2029" else " ")
        else:
            out.append(ch)
    return "".join(out)


def normalise(text: str) -> str:
    """Lower-case, plain-quote, control-free text with fixed spellings and digits for numbers."""
    text = unicodedata.normalize("NFKC", text[:MAX_CHARS])
    text = _strip_controls(text).lower()
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = re.sub(r"[ \t]+", " ", text).strip()
    text = _WORD.sub(lambda m: _fix_word(m.group(0)), text)
    text = _WEAK_AS_WEEK.sub(lambda m: m.group(0).replace("weak", "week"), text)
    text = re.sub(r"\bpins\s*(?:&|\+|n|and)\s*needles\b", "pins and needles", text)
    text = re.sub(r"(\d),(\d)", r"\1.\2", text)  # 38,5 degrees
    try:
        text = alpha2digit(text, "en")
    except Exception:  # noqa: BLE001 - a third-party parser; the text is still usable as is
        pass
    return text


@lru_cache(maxsize=4096)
def _fix_word(word: str) -> str:
    if word in _SHORT_FIXES:
        return _SHORT_FIXES[word]
    if len(word) < 5 or word in _VOCAB_SET or word in _PROTECTED or "'" in word:
        return word
    limit = 1 if len(word) < 8 else 2
    best, best_d = word, limit + 1
    for candidate in _VOCAB:
        if abs(len(candidate) - len(word)) > limit or candidate[0] != word[0]:
            continue
        d = DamerauLevenshtein.distance(word, candidate, score_cutoff=limit)
        if d < best_d:
            best, best_d = candidate, d
    return best


@dataclass(frozen=True)
class Mention:
    """One match of a pattern, with the clause it sits in and its polarity."""

    text: str
    clause: str
    polarity: Polarity
    start: int


@dataclass(frozen=True)
class Utterance:
    """Prepared text: normalised, and split into clauses."""

    raw: str
    text: str
    clauses: tuple[str, ...]

    def mentions(self, pattern: re.Pattern[str]) -> list[Mention]:
        """Every match of ``pattern`` with its polarity, in order."""
        found = []
        for clause in self.clauses:
            for m in pattern.finditer(clause):
                found.append(Mention(m.group(0), clause, _polarity(clause, m.start()), m.start()))
        return found

    def has(self, pattern: re.Pattern[str]) -> bool:
        """True when the pattern matches anywhere."""
        return pattern.search(self.text) is not None

    @property
    def words(self) -> list[str]:
        """The words of the text."""
        return _WORD.findall(self.text)


def _polarity(clause: str, at: int) -> Polarity:
    before = clause[:at]
    if _UNSURE.search(before):
        return "unsure"
    cleaned = _PSEUDO_NEGATION.sub(" ", before)
    return "neg" if _NEGATION.search(cleaned) else "pos"


def prepare(text: str) -> Utterance:
    """Normalise ``text`` and split it into clauses."""
    norm = normalise(text)
    parts = [p.strip(" ,") for p in _CLAUSE_BREAK.split(norm) if p and p.strip(" ,")]
    return Utterance(raw=text, text=norm, clauses=tuple(parts) or ("",))
