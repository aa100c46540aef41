"""Fuzzing the reader: any text at all is read without an exception, in bounded time, and text
with no letters in it never yields a fact."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backchat.core.understand import read
from backchat.core.understand.text import has_letters, prepare

TODAY = date(2026, 11, 18)
FAST = settings(max_examples=60, deadline=timedelta(milliseconds=500),
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
QUESTIONS = st.sampled_from([(None, None), ("fever", "yes_no"), ("age", "number"), ("severity", "number"),
                             ("duration", "duration"), ("onset", "onset"), ("radiation", "radiation")])
WORDS = st.sampled_from(["no", "not", "numb", "leg", "legs", "both", "fever", "38.5", "since", "monday",
                         "fell", "lifted", "back", "lower", "left", "pain", "weeks", "2", "ago", "i'm",
                         "but", ",", ".", "?", "bum", "bladder", "cancer", "weight", "lost", "night",
                         "[bold]", "[/]", "🙂", "\u202e", "\x00", "toes", "knee", "very", "and"])
NO_LETTERS = st.text(alphabet=st.characters(blacklist_categories=("Lu", "Ll", "Lt", "Lm", "Lo")), max_size=300)


@FAST
@given(text=st.text(max_size=500), question=QUESTIONS)
def test_any_unicode_text_is_read_without_an_exception(text: str, question: tuple[str | None, str | None]) -> None:
    read(text, TODAY, question=question[0], kind=question[1], verify=False)


@FAST
@given(text=st.text(alphabet=st.characters(whitelist_categories=("Cc", "Cf", "Zs", "Zl", "Zp")), max_size=300))
def test_control_and_format_characters_alone_give_nothing(text: str) -> None:
    reading = read(text, TODAY, verify=False)
    assert reading.facts == {}


@FAST
@given(text=NO_LETTERS)
def test_text_with_no_letters_never_yields_a_fact(text: str) -> None:
    assert not has_letters(text)
    assert read(text, TODAY, verify=False).facts == {}


@FAST
@given(words=st.lists(WORDS, max_size=60))
def test_jumbled_domain_words_are_read_without_an_exception(words: list[str]) -> None:
    text = " ".join(words)
    reading = read(text, TODAY, verify=False)
    assert all(isinstance(k, str) for k in reading.facts)


MARKUP = st.sampled_from(["[bold]", "[/bold]", "[/]", "[i]", "[/i]", "[red]", "[/red]", "[dim]", "[reverse]",
                          "[link=https://example.org]", "[on blue]", "<b>", "</b>", "**", "__", "`", "\x1b[31m"])


@FAST
@given(parts=st.lists(st.one_of(MARKUP, st.just("x"), NO_LETTERS.map(lambda t: t[:10])), max_size=30))
def test_markup_around_nothing_gives_no_facts(parts: list[str]) -> None:
    assert read("".join(parts), TODAY, verify=False).facts == {}


@settings(max_examples=8, deadline=timedelta(seconds=1),
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example])
@given(unit=st.text(min_size=1, max_size=20), repeat=st.integers(min_value=1_000, max_value=100_000))
def test_long_inputs_up_to_100_kb_take_bounded_time(unit: str, repeat: int) -> None:
    text = (unit * repeat)[:100_000]
    read(text, TODAY, verify=False)
    assert len(prepare(text).text) <= 4_000 * 3  # cut before the work starts
