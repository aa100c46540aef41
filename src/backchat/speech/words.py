"""Text as a recogniser writes it: lower-case words, digits spelled out, known variants respelled."""

from __future__ import annotations

import re

from backchat.speech import vocabulary as vocab

__all__ = ["spell_number", "spoken_words"]

_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def spell_number(n: int) -> str:
    """``63`` -> ``"sixty three"`` (British "and" after hundreds)."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else " " + _ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return _ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + spell_number(rest))
    if n < 1_000_000:
        rest = n % 1000
        joiner = " and " if 0 < rest < 100 else " "
        return spell_number(n // 1000) + " thousand" + ("" if rest == 0 else joiner + spell_number(rest))
    return " ".join(_ONES[int(d)] for d in str(n))


def _spell_digits(match: re.Match[str]) -> str:
    whole, _, decimals = match.group(0).partition(".")
    spoken = spell_number(int(whole))
    if decimals:
        spoken += " point " + " ".join(_ONES[int(d)] for d in decimals)
    return f" {spoken} "


def spoken_words(text: str, respelled: dict[str, str] | None = None) -> list[str]:
    """Lower-case words as a recogniser writes them: digits spelled out, punctuation gone,
    known variants respelled (recorded in ``respelled`` when given)."""
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"(\d)\s*%", r"\1 percent", text)
    text = re.sub(r"(\d)\s*°\s*c?\b", r"\1 degrees", text)
    text = re.sub(r"\d+(?:\.\d+)?", _spell_digits, text)
    text = re.sub(r"[^\w'-]+|_", " ", text)  # letters of any script (a Korean model's words too)
    words: list[str] = []
    for token in text.split():
        token = token.strip("'-")
        fixed = vocab.RESPELL.get(token)
        if fixed is not None and respelled is not None:
            respelled[token] = fixed
        words.extend((fixed or token).replace("-", " ").split())
    return words
