"""The ports, the in-memory twins, the factory and the module rules."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import backchat.speech
from backchat.errors import BackchatError, SpeechError
from backchat.speech import errors as speech_errors
from backchat.speech.errors import RecognizerError, SpeechOutputError
from backchat.speech.factory import make_listener
from backchat.speech.grammars import build_constraint
from backchat.speech.ports import SPEECH_FORMAT, AudioChunk, Listener, Speaker, Transcript
from backchat.speech.scripted import RecordingSpeaker, ScriptedListener

SPEECH = Path(backchat.speech.__file__).parent
ENGINES = {"vosk": "vosk_listener", "pocketsphinx": "sphinx_listener",
           "pyttsx3": "pyttsx3_speaker", "sounddevice": "devices"}


def test_audio_chunks_carry_their_format() -> None:
    chunk = AudioChunk(bytes(32000))
    assert chunk.format == SPEECH_FORMAT and chunk.seconds == 1.0
    assert SPEECH_FORMAT.bytes_per_second == 32000 and SPEECH_FORMAT.frame_bytes == 2


def test_scripted_listener_and_recording_speaker() -> None:
    listener = ScriptedListener(["since yesterday", "purple", Transcript("no", 0.4)])
    assert isinstance(listener, Listener)
    closed = build_constraint("duration")
    first = listener.transcribe(AudioChunk(b""), closed)
    assert first == Transcript("since yesterday", 1.0, engine="scripted")
    assert listener.transcribe(AudioChunk(b""), closed).out_of_grammar
    assert list(listener.stream([AudioChunk(b"")], None)) == [Transcript("no", 0.4)]
    assert listener.calls == [closed, closed, None]
    with pytest.raises(RecognizerError, match="no replies left"):
        listener.transcribe(AudioChunk(b""))

    speaker = RecordingSpeaker()
    assert isinstance(speaker, Speaker)
    assert speaker.say("Hello").result().completed and speaker.wait()
    speaker.stop()
    speaker.close()
    with pytest.raises(SpeechOutputError):
        speaker.say("again")
    assert speaker.spoken == ["Hello"] and speaker.stops == 1


def test_factory_refuses_unknown_engines() -> None:
    with pytest.raises(RecognizerError, match="Unknown speech engine 'whisper'"):
        make_listener("whisper")


def test_speech_errors_share_the_base_class() -> None:
    classes = [getattr(speech_errors, n) for n in speech_errors.__all__]
    assert all(issubclass(c, SpeechError) and issubclass(c, BackchatError) for c in classes)


def test_every_module_is_small_typed_and_exports_what_it_names() -> None:
    for info in pkgutil.iter_modules([str(SPEECH)]):
        module = importlib.import_module(f"backchat.speech.{info.name}")
        source = (SPEECH / f"{info.name}.py").read_text(encoding="utf-8")
        assert len(source.splitlines()) <= 400, info.name
        assert "from __future__ import annotations" in source, info.name
        assert all(hasattr(module, name) for name in module.__all__), info.name


def test_each_engine_is_imported_by_one_module_only() -> None:
    for path in SPEECH.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                     [node.module] if isinstance(node, ast.ImportFrom) and node.module else [])
            for name in names:
                top = name.split(".")[0]
                if top in ENGINES:
                    assert path.stem == ENGINES[top], f"{path.name} imports {top}"


def test_importing_the_package_loads_no_audio_library() -> None:
    code = ("import sys, backchat.speech, backchat.speech.factory, backchat.speech.grammars\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in "
            f"{sorted(ENGINES)!r}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"
