"""Text to audio for replays: pyttsx3 on espeak-ng writing WAV files, read back as 16 kHz mono."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager

from backchat.speech.audio import load_speech
from backchat.speech.errors import SpeechOutputError
from backchat.speech.factory import make_speaker
from backchat.speech.ports import AudioChunk
from backchat.voice.replay_voice import Synthesize

__all__ = ["wav_synthesizer"]

SYNTH_TIMEOUT = 30.0


@contextmanager
def wav_synthesizer(rate: int | None = None, voice: str | None = None) -> Iterator[Synthesize]:
    """A synthesiser that speaks into WAV files in a private temporary folder."""
    with tempfile.TemporaryDirectory(prefix="backchat-voice-") as folder:
        speaker = make_speaker(rate=rate, voice=voice, speak_to=folder)
        try:
            def synthesize(text: str) -> AudioChunk:
                spoken = speaker.say(text).result(timeout=SYNTH_TIMEOUT)
                if spoken.path is None:
                    raise SpeechOutputError(f"Speech synthesis wrote nothing for {text!r}.")
                return load_speech(spoken.path)

            yield synthesize
        finally:
            speaker.close()
