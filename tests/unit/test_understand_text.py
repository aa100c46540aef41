"""Text preparation: cleaning, spelling, clauses, and how far a negation or a hedge reaches."""

from __future__ import annotations

import pytest

from backchat.core.understand.text import MAX_CHARS, has_letters, normalise, polarity, prepare


def polarity_of(text: str, word: str) -> str:
    for clause in prepare(text).clauses:
        at = clause.find(word)
        if at >= 0:
            return polarity(clause, at)
    raise AssertionError(f"{word!r} not in the clauses of {text!r}")


def test_text_is_lower_cased_with_plain_quotes_and_no_control_characters() -> None:
    assert normalise("It DOESN\u2019T\x00 go\tdown") == "it doesn't go down"


def test_number_words_become_digits() -> None:
    assert normalise("just turned seventy two") == "just turned 72"
    assert normalise("ten out of ten") == "10 out of 10"


def test_missing_apostrophes_are_put_back() -> None:
    assert normalise("it doesnt hurt, im fine, thats all") == "it doesn't hurt, i'm fine, that's all"


def test_only_the_first_four_thousand_characters_are_read() -> None:
    assert len(normalise("a" * 100_000)) == MAX_CHARS


def test_but_starts_a_new_clause() -> None:
    assert prepare("no numbness but my foot tingles").clauses == ("no numbness", "my foot tingles")


def test_a_negation_does_not_reach_past_but() -> None:
    assert polarity_of("no numbness but it tingles", "numbness") == "neg"
    assert polarity_of("no numbness but it tingles", "tingles") == "pos"


def test_a_negation_carries_through_a_list() -> None:
    assert polarity_of("no numbness, tingling or weakness", "weakness") == "neg"
    assert polarity_of("no pins and needles or numbness", "numbness") == "neg"


def test_a_negation_stops_at_a_comma_that_starts_a_new_statement() -> None:
    assert polarity_of("started for no reason, goes into my right bum cheek", "right") == "pos"
    assert polarity_of("not really any numbness, maybe a bit of tingling", "tingling") == "pos"


def test_a_negation_stops_at_and_before_a_new_verb() -> None:
    assert polarity_of("i've not been eating much and lost a bit of weight", "lost") == "pos"
    assert polarity_of("no bladder and bowel problems", "bowel") == "neg"


def test_a_negation_reaches_only_a_few_words() -> None:
    far = "no doubt about it, i went to the shops on the bus and now my leg is numb"
    assert polarity_of(far, "numb") == "pos"


def test_phrases_that_only_look_negative_do_not_negate() -> None:
    assert polarity_of("for no reason at all my leg went numb", "numb") == "pos"
    assert polarity_of("doesn't matter how i lie, no position eases it", "no position") == "pos"


def test_not_sure_makes_a_mention_unsure_but_maybe_does_not() -> None:
    assert polarity_of("not sure about numbness", "numbness") == "unsure"
    assert polarity_of("maybe a bit of numbness", "numbness") == "pos"


def test_an_echoed_topic_answered_no_is_denied() -> None:
    assert prepare("fever? not really, i don't think so").clauses[0] == "no fever"


def test_i_dont_think_i_can_reads_as_i_cant() -> None:
    assert "i can't feel" in normalise("i dont think i can feel my toes")


@pytest.mark.parametrize("text", ["", "   ", "!!!", "🙂", "12.5"])
def test_text_without_letters_has_none(text: str) -> None:
    assert not has_letters(text)


@pytest.mark.parametrize("text", ["a", "É", "שלום", "腰"])
def test_letters_of_any_script_count(text: str) -> None:
    assert has_letters(text)


def test_a_run_on_clause_is_cut_into_pieces() -> None:
    clauses = prepare("numb " * 500).clauses
    assert len(clauses) > 1 and all(len(c) <= 300 for c in clauses)
