"""Speech in and out for backchat, behind small ports (:mod:`backchat.speech.ports`).

=====================  =================================================================
ports                  AudioFormat/AudioChunk, Transcript, Spoken; Listener/Speaker protocols
grammars, templates    what each question expects -> JSGF, Vosk phrase list, n-gram corpus
vocabulary, ngram      the word lists; a small ARPA bigram builder
audio                  WAV in/out, conversion to 16 kHz mono 16-bit (pure Python)
sphinx_listener        PocketSphinx (default; the only module importing pocketsphinx)
sphinx_stream          one PocketSphinx utterance decoded block by block while it is spoken
vosk_listener          Vosk with a user-supplied model (the only module importing vosk)
models                 finding and checking model folders (``backchat models``)
devices, microphone    sounddevice edge; energy endpointing of turns
pyttsx3_speaker        speech out (the only module importing pyttsx3)
synth_process          the parent side of the speech synthesis child process
scripted               in-memory twins for tests and replays
factory                make_listener / make_speaker / make_microphone
=====================  =================================================================

Importing this package loads no audio library; engines load when they are made.
"""

from __future__ import annotations

from backchat.speech.errors import (
    AudioDeviceError,
    AudioFormatError,
    GrammarError,
    ModelNotFoundError,
    NoAudioLibraryError,
    NoInputDeviceError,
    NoOutputDeviceError,
    RecognizerError,
    SpeechError,
    SpeechOutputError,
)
from backchat.speech.ports import (
    SPEECH_FORMAT,
    AudioChunk,
    AudioFormat,
    AudioInput,
    Listener,
    Speaker,
    Spoken,
    Transcript,
)

__all__ = [
    "SPEECH_FORMAT",
    "AudioChunk",
    "AudioFormat",
    "AudioInput",
    "Listener",
    "Speaker",
    "Spoken",
    "Transcript",
    "SpeechError",
    "AudioDeviceError",
    "AudioFormatError",
    "GrammarError",
    "ModelNotFoundError",
    "NoAudioLibraryError",
    "NoInputDeviceError",
    "NoOutputDeviceError",
    "RecognizerError",
    "SpeechOutputError",
]
