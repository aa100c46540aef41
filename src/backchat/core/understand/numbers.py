"""Numbers as people say them: digits, small number words and fuzzy amounts.

Larger number words ("thirty five") are already digits after
:func:`backchat.core.understand.text.normalise` (text2num's ``alpha2digit``).
"""

from __future__ import annotations

__all__ = ["AMOUNT", "amount_value"]

_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1,
    "a couple of": 2, "a couple": 2, "couple of": 2, "couple": 2, "a few": 3, "few": 3,
    "several": 3, "a pair of": 2, "half a": 0.5, "half an": 0.5, "a good few": 3, "a good couple of": 2,
}

AMOUNT = (
    r"(?:\d+(?:\.\d+)?|a good few|a good couple of|a couple of|a couple|couple of|a few|few|several|a pair of|half an?|"
    r"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?)"
)
"""A regular expression for one amount (use inside a capturing group)."""


def amount_value(text: str) -> float | None:
    """The value of an amount matched by :data:`AMOUNT`, or None."""
    text = text.strip()
    if text in _WORDS:
        return float(_WORDS[text])
    try:
        return float(text)
    except ValueError:
        return None
