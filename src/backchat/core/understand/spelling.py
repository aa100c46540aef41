"""Spelling: domain words people misspell ("numbnes", "bladdder", "feaver", "sciatia").

A word is read as a domain word when one letter was added, dropped or swapped with
its neighbour ("tingeling", "sciatia", "wieght"); long words may also have one
letter typed wrong. Real English words near a domain word ("seats", "tinge",
"shopping", "weights") are left alone: inflections of a domain word are never
corrected, and the near neighbours that are words of their own are listed.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein, Indel

from backchat.core.understand.lazy import LazyPattern

__all__ = ["fix_word", "SHORT_FIXES"]

_VOCAB = (
    "numbness numb tingling tingles tingle tingly bladder bowels bowel fever feverish "
    "sciatica buttock buttocks shoulder shoulders weakness temperature shivering shivery osteoporosis "
    "chills incontinence incontinent lifting lifted twisted twisting bending gradually "
    "suddenly accident cancer steroids prednisolone weight thigh ankle spreads spreading "
    "shooting radiates needles lower middle injury stomach genitals urinate urine peeing "
    "sweating sweats hamstring lumbar spine spasm hurts aching"
).split()
_VOCAB_SET = frozenset(_VOCAB)
_UNKNOWN_ONLY = ("slipped", "tripped", "stumbled")
"""Domain words corrected towards from unknown words only ("sliped", not "sipped" or "ripped")."""

# Real words one edit away from a domain word, which must be left alone.
_PROTECTED = frozenset(
    "never ever fever fewer fiver lever ladder ladders lower lover power tower number numbers "
    "bolder border blabber thing tangle single mingle jingle bowl bowls bowling towel towels "
    "vowel below elbow sweater sweaty sweat weighs weighed height eight weigh weird whether "
    "wither either neither ankles thighs lifter lifts twister bender shouldn't middles "
    "needless needle spread spine spines supine shiver chill chilly hurt hurting paint "
    "paine pains pained stomachs urinal injure injured injuries accidents "
    "later letter latter litter wetter butter matter hotter other others mother "
    "seats seating tinge tinges acing shouting swearing hamstrung sweeting spinal "
    "lifter lifters twists bends bended spiny buttons button canner canners".split()
)

SHORT_FIXES = {
    "bak": "back", "bck": "back", "hurst": "hurts", "dont": "don't", "doesnt": "doesn't",
    "didnt": "didn't", "cant": "can't", "wont": "won't", "isnt": "isn't", "im": "i'm",
    "ive": "i've", "havent": "haven't", "hasnt": "hasn't", "wasnt": "wasn't",
    "arent": "aren't", "couldnt": "couldn't", "wouldnt": "wouldn't", "its": "it's",
    "thats": "that's", "whats": "what's", "theres": "there's", "youre": "you're",
    "werent": "weren't", "shouldnt": "shouldn't", "hadnt": "hadn't", "aint": "ain't",
    "legg": "leg", "legz": "legs", "nite": "night", "wen": "when", "thru": "through",
    "temp": "temperature", "tempreture": "temperature", "temprature": "temperature",
    "pee'ing": "peeing", "wk": "week", "wks": "weeks", "yrs": "years", "yr": "year",
    "mths": "months", "mnths": "months", "hrs": "hours", "ya": "yes", "yh": "yeah",
    "nah": "no", "u": "you", "r": "are", "b4": "before", "feaver": "fever", "fevre": "fever",
    "buttox": "buttocks", "fortnite": "fortnight", "fortnights": "fortnight",
    "numbe": "numb", "nummness": "numbness", "tinglin": "tingling", "tinglng": "tingling",
    # negations misspelt: a lost "not" turns a denial into a statement ("I havn't had any accidents")
    "havn't": "haven't", "havnt": "haven't", "hav'nt": "haven't", "did'nt": "didn't", "dident": "didn't",
    "does'nt": "doesn't", "dosen't": "doesn't", "dosent": "doesn't", "is'nt": "isn't",
    "was'nt": "wasn't", "could'nt": "couldn't", "has'nt": "hasn't", "had'nt": "hadn't", "gluts": "glutes",
}
"""Short or irregular misspellings and missing apostrophes the edit distance can't safely catch."""

_SUFFIXES = ("s", "es", "ed", "d", "ing", "y")


def _inflection(word: str, candidate: str) -> bool:
    """True when one word is the other plus an ending ("weights"/"weight", "steroid"/"steroids").

    A dropped letter of a double "ss" is a typo, not a singular ("numbnes").
    """
    if len(word) > len(candidate):
        return any(word == candidate + s for s in _SUFFIXES)
    return any(candidate == word + s for s in _SUFFIXES) and not candidate.endswith("ss")


_MODULES = ("body", "symptoms", "screens", "onset", "course", "duration", "concepts", "lexicon", "numbers_facts")


@cache
def domain_words() -> tuple[str, ...]:
    """Every whole word the extractors' patterns name (built once, on first use).

    The lexicon is derived from the concept vocabulary itself, so a word added to a
    pattern is corrected towards at once. A stem written as ``buckl\\w*`` gives the completions
    the lemmatiser knows ("buckled", "buckling"), so "buckeled" is corrected too.
    """
    import importlib  # noqa: PLC0415 - the extractors import this module: read them lazily

    from backchat.core.understand.lemmas import known  # noqa: PLC0415

    words: set[str] = set(_VOCAB) | set(_UNKNOWN_ONLY)
    for name in _MODULES:
        module = importlib.import_module(f"backchat.core.understand.{name}")
        for value in vars(module).values():
            sources = [value.pattern] if isinstance(value, (re.Pattern, LazyPattern)) else []
            if isinstance(value, dict):
                sources += [v for v in value.values() if isinstance(v, str)]
            for src in sources:
                plain = re.sub(r"\\[a-zA-Z]", " ", str(src).replace("\\w", "#"))
                words.update(m.group(0) for m in re.finditer(r"(?<![a-z#])[a-z]{5,}(?![a-z#(\[?])", plain))
                stems = {m.group(1) for m in re.finditer(r"(?<![a-z#])([a-z]{4,})#\*", plain)}
                words.update(w for stem in stems for w in (stem + e for e in _ENDINGS) if known(w))
    return tuple(sorted(words))


_ENDINGS = ("ed", "ing", "es", "e", "s")
"""What a pattern's stem ("buckl\\w*") is completed with to give whole words to correct towards
("buckled", "buckling"): only completions the lemmatiser knows as English words."""


def _near_domain_word(word: str) -> str | None:
    """The domain word one edit away (two for long words) from an unknown word, if just one is nearest."""
    from backchat.core.understand.lemmas import known  # noqa: PLC0415

    if known(word):
        return None
    limit = 2 if len(word) >= 9 else 1
    found = process.extract(word, domain_words(), scorer=DamerauLevenshtein.distance, score_cutoff=limit, limit=3)
    best = [w for w, score, _ in found if w[0] == word[0] and score == min(f[1] for f in found)]
    if len(best) > 1:  # of words as near, the one with the very same letters ("buckeld": buckled, not bucked)
        best = [w for w in best if sorted(w) == sorted(word)] or [  # or a double letter typed once: "sliped"
            w for w in best if any(w == word[:i] + word[i] + word[i:] for i in range(len(word)))]
    return best[0] if len(best) == 1 else None


@lru_cache(maxsize=8192)
def fix_word(word: str) -> str:
    """``word`` with its spelling fixed, or unchanged."""
    if word in SHORT_FIXES:
        return SHORT_FIXES[word]
    if len(word) < 5 or word in _VOCAB_SET or word in _PROTECTED or "'" in word:
        return word
    fixed = _near_domain_word(word)
    if fixed is not None:
        return fixed
    for candidate in _VOCAB:
        if abs(len(candidate) - len(word)) > 1 or candidate[0] != word[0]:
            continue
        if _inflection(word, candidate):
            continue
        if DamerauLevenshtein.distance(word, candidate, score_cutoff=1) > 1:
            continue
        if len(word) != len(candidate):
            return candidate  # one letter added or dropped
        if sorted(word) == sorted(candidate):
            return candidate  # two neighbouring letters swapped
        if len(word) >= 8 and Indel.distance(word, candidate) == 2:
            return candidate  # one letter wrong in a long word
    return word
