"""Spelling: common misspellings of the words that matter are fixed, real words are left alone."""

from __future__ import annotations

import pytest

from backchat.core.understand.spelling import fix_word


@pytest.mark.parametrize(("typed", "meant"), [
    ("numbnes", "numbness"), ("bladdder", "bladder"), ("feaver", "fever"), ("sciatia", "sciatica"),
    ("tingeling", "tingling"), ("gradualy", "gradually"), ("wieght", "weight"), ("bak", "back"),
])
def test_a_misspelt_domain_word_is_fixed(typed: str, meant: str) -> None:
    assert fix_word(typed) == meant


@pytest.mark.parametrize("word", ["shopping", "shifting", "weights", "steroid", "seats", "tinge",
                                  "shouting", "never", "lower", "ladder", "listed", "sending"])
def test_a_real_word_near_a_domain_word_is_left_alone(word: str) -> None:
    assert fix_word(word) == word


def test_short_words_are_never_guessed_at() -> None:
    assert fix_word("numm") == "numm"
