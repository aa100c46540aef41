"""Errors of the speech layer; each derives from :class:`backchat.errors.SpeechError`.

Hierarchy::

    SpeechError                     (backchat.errors) speech in or out cannot be used
    ├── AudioFormatError            audio that backchat cannot read or convert
    ├── ModelNotFoundError          a speech model is missing or incomplete
    ├── RecognizerError             a recogniser failed to load, to compile a grammar or to decode
    ├── GrammarError                a grammar cannot be built from the data given
    ├── SpeechOutputError           speech synthesis (pyttsx3 on espeak-ng) cannot be used
    └── AudioDeviceError            a sound library or sound device is missing
        ├── NoAudioLibraryError     the PortAudio library (libportaudio2) is not installed
        ├── NoInputDeviceError      there is no microphone
        └── NoOutputDeviceError     there is no sound output device

Every message is one plain sentence a person can act on.
"""

from __future__ import annotations

from backchat.errors import SpeechError

__all__ = [
    "SpeechError",
    "AudioFormatError",
    "ModelNotFoundError",
    "RecognizerError",
    "GrammarError",
    "SpeechOutputError",
    "AudioDeviceError",
    "NoAudioLibraryError",
    "NoInputDeviceError",
    "NoOutputDeviceError",
]


class AudioFormatError(SpeechError):
    """Audio that backchat cannot read or convert (not a PCM WAV file, odd sample width...)."""


class ModelNotFoundError(SpeechError):
    """A speech model is missing or incomplete."""


class RecognizerError(SpeechError):
    """A recogniser failed to load, to compile a grammar or to decode."""


class GrammarError(SpeechError):
    """A grammar cannot be built from the data given (unknown answer kind, bad template)."""


class SpeechOutputError(SpeechError):
    """Speech synthesis (pyttsx3 on espeak-ng) cannot be used."""


class AudioDeviceError(SpeechError):
    """A sound library or a sound device is missing."""


class NoAudioLibraryError(AudioDeviceError):
    """The PortAudio library (libportaudio2) is not installed."""


class NoInputDeviceError(AudioDeviceError):
    """There is no microphone (no input device)."""


class NoOutputDeviceError(AudioDeviceError):
    """There is no sound output device."""
