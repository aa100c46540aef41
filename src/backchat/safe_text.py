"""One output filter for text that reaches a terminal: control characters are shown, never run.

Stored or typed text (a patient's answers, a flow's wording) may hold bytes a
terminal would obey: ESC sequences that clear the screen or set the title, BEL,
NUL, C1 controls, bidirectional overrides that reorder what a clinician reads.
:func:`for_terminal` turns each of them into a visible escape such as ``\\x1b``
or ``\\u202e``; newlines and tabs are kept. Files written to disk keep the text
exactly as typed: use this only where text is printed to a terminal.
"""

from __future__ import annotations

import functools
import re

__all__ = ["for_terminal"]

# Bidi embedding/override/isolate controls and marks, plus the other invisible
# format characters a terminal may act on or that hide text from a reader.
_BIDI_AND_FORMAT = (
    "\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)


@functools.cache
def _pattern() -> re.Pattern[str]:
    c0 = "\x00-\x08\x0b-\x1f"  # every C0 control except \t (\x09) and \n (\x0a)
    del_c1 = "\x7f-\x9f"
    return re.compile(f"[{c0}{del_c1}{_BIDI_AND_FORMAT}\u2028\u2029\ud800-\udfff]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"


def for_terminal(text: str) -> str:
    """``text`` with every control character shown as a visible escape (``\\x1b``, ``\\u202e``).

    Newlines and tabs pass through; ``\\r`` is shown (it would overwrite the line).
    A backslash is left alone, so the result is for reading, not for parsing back.
    """
    return _pattern().sub(_visible, text)
