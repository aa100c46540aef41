"""PocketSphinx on real (synthetic) speech: espeak-ng audio through the real recogniser."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from backchat.speech.audio import from_samples, samples, silence, split, to_speech_format
from backchat.speech.grammars import build_constraint
from backchat.speech.ports import AudioChunk, AudioFormat, Listener, Transcript
from backchat.speech.sphinx_listener import SphinxListener

from .conftest import Say


@pytest.mark.parametrize(("kind", "said"), [
    ("yes_no", "not really"),
    ("yes_no", "i think so"),
    ("yes_no", "i don't know"),
    ("duration", "since yesterday"),
    ("duration", "about two weeks"),
    ("onset", "when i lifted a box"),
])
def test_closed_answers_are_recognised(sphinx: SphinxListener, say: Say, kind: str,
                                       said: str) -> None:
    heard = sphinx.transcribe(say(said), build_constraint(kind))
    assert heard == Transcript(said, heard.confidence, engine="pocketsphinx")
    assert heard.confidence > 0.5


@pytest.mark.parametrize(("kind", "said"), [
    ("yes_no", "my legs are numb"),
    ("duration", "i can't control my bladder"),
])
def test_red_flags_are_heard_on_any_question(sphinx: SphinxListener, say: Say, kind: str,
                                             said: str) -> None:
    constraint = build_constraint(kind)
    heard = sphinx.transcribe(say(said), constraint)
    assert heard.text == said
    assert constraint.match(heard.text) == "red_flag"


@pytest.mark.parametrize("said", ["the weather is nice today", "banana"])
def test_speech_outside_the_grammar_is_flagged(sphinx: SphinxListener, say: Say,
                                               said: str) -> None:
    heard = sphinx.transcribe(say(said), build_constraint("yes_no"))
    assert heard.out_of_grammar
    assert heard.confidence < 0.2


def test_open_answer_with_the_domain_vocabulary(sphinx: SphinxListener, say: Say) -> None:
    said = "it came on suddenly two days ago when i lifted a box"
    heard = sphinx.transcribe(say(said), build_constraint("free"))
    assert {"suddenly", "two", "days", "lifted", "box"} <= set(heard.text.split())
    assert not heard.out_of_grammar and 0.0 < heard.confidence <= 1.0


def test_no_constraint_uses_the_general_model(sphinx: SphinxListener, say: Say) -> None:
    heard = sphinx.transcribe(say("about two weeks"))
    assert heard.text and 0.0 <= heard.confidence <= 1.0 and not heard.out_of_grammar


def test_stream_gives_partials_then_one_final(sphinx: SphinxListener, say: Say) -> None:
    results = list(sphinx.stream(split(say("since yesterday"), 0.1), build_constraint("duration")))
    assert results[-1].text == "since yesterday" and not results[-1].partial
    assert all(r.partial for r in results[:-1])
    assert results[:-1], "expected at least one partial result"


def test_any_format_is_converted(sphinx: SphinxListener, say: Say) -> None:
    speech = say("i think so")
    mono = samples(to_speech_format(speech, 44100))
    stereo = AudioChunk(from_samples(v for v in mono for _ in (0, 1)).audio,
                        AudioFormat(44100, 2, 2))
    assert sphinx.transcribe(stereo, build_constraint("yes_no")).text == "i think so"

    def pieces() -> Iterator[AudioChunk]:
        yield from split(speech, 0.25)

    assert sphinx.transcribe(pieces(), build_constraint("yes_no")).text == "i think so"


def test_silence_gives_an_empty_transcript(sphinx: SphinxListener) -> None:
    heard = sphinx.transcribe(silence(1.0), build_constraint("yes_no"))
    assert heard.text == "" and heard.confidence == 0.0 and not heard.out_of_grammar


def test_dictionary_and_protocol(sphinx: SphinxListener) -> None:
    assert isinstance(sphinx, Listener)
    assert sphinx.name == "pocketsphinx"
    assert sphinx.has_word("sciatica") and sphinx.has_word("calf")
    assert not sphinx.has_word("zzxqv")


def test_compiled_searches_are_bounded(say: Say) -> None:
    listener = SphinxListener(max_searches=2)
    speech = say("i think so")
    for examples in (["a"], ["b"], ["c"], ["a"]):  # the first is evicted, then rebuilt
        assert listener.transcribe(speech, build_constraint("yes_no", examples)).text == "i think so"
    listener.close()
