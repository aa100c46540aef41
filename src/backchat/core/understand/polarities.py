"""Many readings of one sign in a text, settled into one answer."""

from __future__ import annotations

from backchat.core.understand.text import Polarity

__all__ = ["settle"]


def settle(polarities: list[Polarity]) -> bool | None:
    """True if stated anywhere (stated beats denied: safer), False if only denied."""
    if "pos" in polarities:
        return True
    if "neg" in polarities:
        return False
    return None
