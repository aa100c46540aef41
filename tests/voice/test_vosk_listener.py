"""The Vosk listener, with a fake ``vosk`` module (no model can be downloaded here)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from backchat.speech.audio import split
from backchat.speech.errors import ModelNotFoundError
from backchat.speech.grammars import build_constraint
from backchat.speech.models import VOSK_ENV
from backchat.speech.ports import Listener
from backchat.speech.vosk_listener import VoskListener

from .conftest import Say
from .fakes import FakeVosk, make_vosk_model, words


@pytest.fixture
def model(tmp_path: Path) -> Path:
    return make_vosk_model(tmp_path / "vosk-model-small-en-us-0.15")


def test_loads_from_an_explicit_folder_with_logging_quiet(model: Path) -> None:
    fake = FakeVosk()
    listener = VoskListener(model, backend=fake)
    assert fake.log_level == -3 and fake.loaded == [str(model)]
    assert isinstance(listener, Listener) and listener.name == "vosk"


def test_model_from_the_environment_or_the_models_folder(model: Path, tmp_path: Path) -> None:
    fake = FakeVosk()
    VoskListener(environ={VOSK_ENV: str(model)}, dirs=[], backend=fake)
    VoskListener(environ={}, dirs=[tmp_path], backend=fake)
    assert fake.loaded == [str(model), str(model)]


def test_missing_incomplete_or_unloadable_model(tmp_path: Path, model: Path) -> None:
    with pytest.raises(ModelNotFoundError, match="No Vosk model found"):
        VoskListener(environ={}, dirs=[tmp_path / "empty"], backend=FakeVosk())
    broken = make_vosk_model(tmp_path / "broken", skip=("am/final.mdl",))
    with pytest.raises(ModelNotFoundError, match="incomplete: am/final.mdl missing"):
        VoskListener(broken, backend=FakeVosk())
    with pytest.raises(ModelNotFoundError, match=r"Vosk could not load the model in .* "
                       r"\(Failed to create a model\)"):
        VoskListener(model, backend=FakeVosk(fail=True))


def test_closed_questions_use_a_phrase_grammar_with_unk(model: Path, say: Say) -> None:
    fake = FakeVosk([words(("since", 1.0), ("yesterday", 0.8))])
    listener = VoskListener(model, backend=fake)
    heard = listener.transcribe(say("since yesterday"), build_constraint("duration"))
    grammar = fake.grammars[-1]
    assert grammar is not None and json.loads(grammar)[-1] == "[unk]"
    assert "since yesterday" in json.loads(grammar)
    assert heard.text == "since yesterday" and heard.confidence == pytest.approx(0.9)
    assert not heard.out_of_grammar and fake.fed == len(say("since yesterday").audio)


def test_unknown_speech_is_out_of_grammar(model: Path, say: Say) -> None:
    fake = FakeVosk([words(("[unk]", 1.0)), words(("two", 1.0), ("banana", 1.0))])
    listener = VoskListener(model, backend=fake)
    first = listener.transcribe(say("banana"), build_constraint("yes_no"))
    assert first.text == "" and first.out_of_grammar and first.confidence == 0.0
    second = listener.transcribe(say("banana"), build_constraint("duration"))
    assert second.out_of_grammar and second.confidence == pytest.approx(0.5)


def test_open_questions_and_no_constraint_use_the_full_model(model: Path, say: Say) -> None:
    fake = FakeVosk([words(("it", 0.9), ("hurts", 0.7)), {"text": "it hurts"}])
    listener = VoskListener(model, backend=fake)
    heard = listener.transcribe(say("it hurts"), build_constraint("free"))
    assert heard.text == "it hurts" and heard.confidence == pytest.approx(0.8)
    assert listener.transcribe(say("it hurts")).text == "it hurts"
    assert fake.grammars == [None, None]


def test_static_graph_models_check_the_phrases_themselves(tmp_path: Path, say: Say) -> None:
    big = make_vosk_model(tmp_path / "big", static=True)
    fake = FakeVosk([words(("nope", 1.0)), words(("purple", 1.0))])
    listener = VoskListener(big, backend=fake)
    assert not listener.transcribe(say("nope"), build_constraint("yes_no")).out_of_grammar
    assert listener.transcribe(say("purple"), build_constraint("yes_no")).out_of_grammar
    assert fake.grammars == [None, None]


def test_grammar_words_the_model_lacks_are_left_out(model: Path, say: Say) -> None:
    fake = FakeVosk([words(("yes", 1.0))], vocabulary={"yes", "no", "repeat"})
    listener = VoskListener(model, backend=fake)
    listener.transcribe(say("yes"), build_constraint("yes_no"))
    grammar = fake.grammars[-1]
    assert grammar is not None
    assert set(json.loads(grammar)) == {"yes", "no", "repeat", "[unk]"}


def test_stream_gives_partials_then_the_final(model: Path, say: Say) -> None:
    fake = FakeVosk([words(("since", 0.9), ("yesterday", 0.9))])
    listener = VoskListener(model, backend=fake)
    results = list(listener.stream(split(say("since yesterday"), 0.1),
                                   build_constraint("duration")))
    assert [r.text for r in results if r.partial] == ["since", "since yes"]
    assert results[-1].text == "since yesterday" and not results[-1].partial


@pytest.mark.vosk
@pytest.mark.skipif(not os.environ.get(VOSK_ENV), reason=f"set {VOSK_ENV} to a Vosk model")
def test_a_real_vosk_model(say: Say) -> None:
    listener = VoskListener()
    heard = listener.transcribe(say("since yesterday"), build_constraint("duration"))
    assert heard.text == "since yesterday"
