"""Amounts as digits, words and fuzzy phrases."""

from __future__ import annotations

import re

import pytest

from backchat.core.understand.numbers import AMOUNT, amount_value


@pytest.mark.parametrize(("text", "value"), [
    ("3", 3.0), ("2.5", 2.5), ("a", 1.0), ("an", 1.0), ("one", 1.0), ("twelve", 12.0),
    ("a couple of", 2.0), ("a few", 3.0), ("several", 3.0), ("half a", 0.5),
])
def test_an_amount_has_a_value(text: str, value: float) -> None:
    assert re.fullmatch(AMOUNT, text)
    assert amount_value(text) == value


def test_something_that_is_not_an_amount_has_no_value() -> None:
    assert amount_value("lots") is None
