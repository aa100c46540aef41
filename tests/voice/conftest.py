"""Fixtures for the speech tests: real speech from espeak-ng, one shared PocketSphinx."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from backchat.speech.audio import load_speech
from backchat.speech.ports import AudioChunk
from backchat.speech.sphinx_listener import SphinxListener

Say = Callable[..., AudioChunk]


@pytest.fixture(scope="session")
def espeak_wav(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Path]:
    """Synthesise ``text`` with espeak-ng into a WAV file (22,050 Hz mono), cached."""
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed (sudo apt-get install espeak-ng)")
    folder = tmp_path_factory.mktemp("espeak")
    made: dict[tuple[str, str], Path] = {}

    def synthesise(text: str, voice: str = "en") -> Path:
        key = (text, voice)
        if key not in made:
            path = folder / f"{len(made):03d}.wav"
            # "--": text starting with "-" would otherwise be read as an option
            subprocess.run(["espeak-ng", "-v", voice, "-w", str(path), "--", text],
                           check=True, capture_output=True)
            made[key] = path
        return made[key]

    return synthesise


@pytest.fixture(scope="session")
def say(espeak_wav: Callable[..., Path]) -> Say:
    """Real speech: ``say("two days")`` is espeak-ng audio at 16 kHz mono."""
    return lambda text, voice="en": load_speech(espeak_wav(text, voice))


@pytest.fixture(scope="session")
def sphinx() -> SphinxListener:
    """One PocketSphinx listener for the whole session (it keeps compiled grammars)."""
    return SphinxListener()
