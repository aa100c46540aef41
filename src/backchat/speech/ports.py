"""The speech layer's small interfaces: audio that carries its format, transcripts, and the
``Listener`` / ``Speaker`` protocols that front ends talk to.

Front ends (CLI, TUI) depend on this module only; the engines behind it
(:mod:`.sphinx_listener`, :mod:`.vosk_listener`, :mod:`.pyttsx3_speaker`) are chosen
by :mod:`.factory` and imported lazily, so importing this module loads no audio library.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from backchat.speech.errors import AudioFormatError

if TYPE_CHECKING:
    from backchat.speech.grammars import Constraint

__all__ = [
    "AudioFormat",
    "AudioChunk",
    "SPEECH_FORMAT",
    "Transcript",
    "Spoken",
    "Listener",
    "Speaker",
    "AudioInput",
]


@dataclass(frozen=True, slots=True)
class AudioFormat:
    """How raw PCM bytes are laid out. Little-endian signed integers (8-bit: unsigned)."""

    rate: int
    """Samples per second, per channel."""
    width: int
    """Bytes per sample: 1, 2, 3 or 4."""
    channels: int
    """Interleaved channels: 1 is mono."""

    def __post_init__(self) -> None:
        if self.rate <= 0 or self.width not in (1, 2, 3, 4) or self.channels <= 0:
            raise AudioFormatError(
                f"Unsupported audio format: {self.rate} Hz, {self.width} bytes per sample, "
                f"{self.channels} channels."
            )

    @property
    def frame_bytes(self) -> int:
        """Bytes in one frame (one sample of every channel)."""
        return self.width * self.channels

    @property
    def bytes_per_second(self) -> int:
        """Bytes in one second of audio."""
        return self.rate * self.frame_bytes

    def seconds(self, nbytes: int) -> float:
        """How long ``nbytes`` of audio in this format lasts."""
        return nbytes / self.bytes_per_second


SPEECH_FORMAT = AudioFormat(rate=16000, width=2, channels=1)
"""What both recognisers take: 16 kHz, 16-bit, mono."""


@dataclass(frozen=True, slots=True)
class AudioChunk:
    """Some audio, with the format it is in."""

    audio: bytes
    """Raw PCM, a whole number of frames."""
    format: AudioFormat = SPEECH_FORMAT
    """How ``audio`` is laid out."""

    def __post_init__(self) -> None:
        if len(self.audio) % self.format.frame_bytes:
            raise AudioFormatError(
                f"Audio of {len(self.audio)} bytes is not a whole number of "
                f"{self.format.frame_bytes}-byte frames."
            )

    @property
    def seconds(self) -> float:
        """Duration in seconds."""
        return self.format.seconds(len(self.audio))


@dataclass(frozen=True, slots=True)
class Transcript:
    """What a recogniser heard."""

    text: str
    """Lower-case words, no punctuation; empty when nothing usable was recognised."""
    confidence: float
    """0..1: how likely ``text`` is what was said (see each listener for how it is derived).
    Recognisers can be confidently wrong: read back and confirm answers that matter."""
    partial: bool = False
    """True for an interim result while the person is still speaking."""
    out_of_grammar: bool = False
    """True when speech was heard but did not match the phrases expected for the question;
    ``text`` then holds the recogniser's best guess (possibly empty)."""
    engine: str = ""
    """Which recogniser produced it ("pocketsphinx", "vosk", "scripted")."""
    complete: bool = False
    """On a partial: the words so far are already a whole expected answer (the turn may end
    after a shorter silence)."""


@dataclass(frozen=True, slots=True)
class Spoken:
    """The outcome of one prompt given to a :class:`Speaker`."""

    text: str
    """The prompt."""
    completed: bool
    """False when :meth:`Speaker.stop` cut it short or dropped it."""
    path: Path | None = None
    """The WAV file written (``speak_to`` mode), else None."""
    seconds: float = 0.0
    """Length of the synthesised audio."""


@runtime_checkable
class Listener(Protocol):
    """Speech in: turns audio into a :class:`Transcript`.

    ``constraint`` (from :func:`backchat.speech.grammars.build_constraint`) says what the
    current question expects; None means "anything" (the recogniser's full language model).
    A listener is used from one thread at a time.
    """

    @property
    def name(self) -> str:
        """The engine's name."""
        ...

    def has_word(self, word: str) -> bool:
        """True when the recogniser knows ``word`` (a lexicon for grammars)."""
        ...

    def transcribe(
        self, audio: AudioChunk | Iterable[AudioChunk], constraint: Constraint | None = None
    ) -> Transcript:
        """Recognise one complete utterance (any format; converted to 16 kHz mono)."""
        ...

    def stream(
        self, chunks: Iterable[AudioChunk], constraint: Constraint | None = None
    ) -> Iterator[Transcript]:
        """Recognise while audio arrives: partial transcripts, then exactly one final one."""
        ...

    def close(self) -> None:
        """Free the engine."""
        ...


@runtime_checkable
class Speaker(Protocol):
    """Speech out. Prompts are queued and spoken one at a time, in order."""

    def say(self, text: str) -> Future[Spoken]:
        """Queue ``text``; the future resolves when it has been spoken (or written)."""
        ...

    def stop(self) -> None:
        """Barge-in: cut the current prompt short at once and drop the queued ones."""
        ...

    def wait(self, timeout: float | None = None) -> bool:
        """Block until every queued prompt is done; False if ``timeout`` ran out first."""
        ...

    @property
    def speaking(self) -> bool:
        """True while a prompt is being synthesised or played."""
        ...

    def close(self) -> None:
        """Stop, and free the engine and the sound device."""
        ...


@runtime_checkable
class AudioInput(Protocol):
    """A source of speech turns, e.g. :class:`backchat.speech.microphone.Microphone`."""

    def listen(self) -> Iterator[AudioChunk]:
        """Yield 16 kHz mono chunks of one turn, from the start of speech to its end."""
        ...

    def stop(self) -> None:
        """Make a running :meth:`listen` end soon (from another thread)."""
        ...
