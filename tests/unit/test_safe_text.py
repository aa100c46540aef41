"""for_terminal: control characters reach a terminal as visible text, never as commands."""

from __future__ import annotations

import pytest

from backchat.safe_text import for_terminal


def test_plain_text_newlines_and_tabs_pass_through() -> None:
    text = "My back hurts.\n\tSince Monday — 7/10, café ü 你好"
    assert for_terminal(text) == text


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b#8", "\\x1b#8"),  # DECALN: fills the screen with E
        ("\x1b]0;pwned\x07", "\\x1b]0;pwned\\x07"),  # sets the window title
        ("\x1b[2J", "\\x1b[2J"),  # clears the screen
        ("a\x00b", "a\\x00b"),
        ("over\rwrite", "over\\x0dwrite"),
        ("del\x7f", "del\\x7f"),
        ("c1\x9b31m", "c1\\x9b31m"),  # 8-bit CSI
        ("\u202eevil", "\\u202eevil"),  # right-to-left override
        ("iso\u2066late\u2069", "iso\\u2066late\\u2069"),
        ("zero\u200bwidth", "zero\\u200bwidth"),
    ],
)
def test_control_characters_are_shown_visibly(raw: str, shown: str) -> None:
    assert for_terminal(raw) == shown


def test_no_control_character_survives_any_byte() -> None:
    every = "".join(chr(c) for c in range(0x100)) + "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    out = for_terminal(every)
    leftovers = {c for c in out if (ord(c) < 0x20 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F}
    assert leftovers == set()
    assert "\u202e" not in out and "\x1b" not in out
