"""Build the speech ports: an explicit factory over the two recognisers and the one
synthesiser, importing each engine only when it is asked for."""

from __future__ import annotations

import os
from typing import Literal

from backchat.speech.errors import RecognizerError
from backchat.speech.microphone import Microphone
from backchat.speech.ports import Listener, Speaker

__all__ = ["ENGINES", "RecogniserName", "make_listener", "make_speaker", "make_microphone"]

RecogniserName = Literal["pocketsphinx", "vosk"]
ENGINES: tuple[RecogniserName, ...] = ("pocketsphinx", "vosk")


def make_listener(engine: str = "pocketsphinx", *,
                  model: str | os.PathLike[str] | None = None) -> Listener:
    """A recogniser: PocketSphinx (bundled model, the default) or Vosk (``model``, else
    ``$BACKCHAT_VOSK_MODEL``, else a folder under ``models/`` or the data folder).

    Raises:
        RecognizerError: unknown engine, or the engine cannot load.
        ModelNotFoundError: no complete Vosk model.
    """
    if engine in ("pocketsphinx", "sphinx"):
        from backchat.speech.sphinx_listener import SphinxListener

        return SphinxListener()
    if engine == "vosk":
        from backchat.speech.vosk_listener import VoskListener

        return VoskListener(model)
    raise RecognizerError(f"Unknown speech engine {engine!r}: use pocketsphinx or vosk.")


def make_speaker(*, rate: int | None = None, voice: str | None = None,
                 speak_to: str | os.PathLike[str] | None = None) -> Speaker:
    """Speech out with pyttsx3 on espeak-ng; ``speak_to`` writes WAV files instead.

    Raises:
        SpeechOutputError: espeak-ng or the voice is missing.
        NoOutputDeviceError, NoAudioLibraryError: no way to play sound (without speak_to).
    """
    from backchat.speech.pyttsx3_speaker import Pyttsx3Speaker

    return Pyttsx3Speaker(rate=rate, voice=voice, speak_to=speak_to)


def make_microphone(device: int | str | None = None) -> Microphone:
    """The microphone (default device, or a device number or part of its name).

    Raises:
        NoAudioLibraryError: PortAudio (libportaudio2) is missing.
        NoInputDeviceError: there is no microphone.
    """
    return Microphone(device)
