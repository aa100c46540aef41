"""The microphone: 16 kHz mono 16-bit blocks from sounddevice, cut into turns by a simple
energy endpointer: a turn ends after 0.5 s of silence once speech has started, or after
0.2 s once the recogniser says the words so far are already a whole expected answer
(:meth:`Microphone.answer_complete`; tuned on real recordings by ``bench/voice_gap.py``).

:class:`Endpointer` is pure (feed it blocks, it says what to emit and when the turn is
over); :class:`Microphone` drives it from a PortAudio input stream. Tests replace the
stream with a fake through ``stream_factory`` - the sounddevice edge is the only fake.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from backchat.speech.audio import dbfs, join
from backchat.speech.devices import input_device, load_sounddevice
from backchat.speech.errors import AudioDeviceError
from backchat.speech.ports import SPEECH_FORMAT, AudioChunk

__all__ = ["Endpointing", "Endpointer", "RawStream", "Microphone"]


@dataclass(frozen=True, slots=True)
class Endpointing:
    """How turns are found in the sound."""

    block_seconds: float = 0.03
    """Length of each block read from the device."""
    silence_seconds: float = 0.5
    """A turn ends after this much silence, once speech has started..."""
    answer_silence_seconds: float = 0.2
    """...or after this much, when the words so far are a whole expected answer (a yes, a
    number): a person who pauses mid-answer is still waited for."""
    min_speech_seconds: float = 0.09
    """Sound must stay loud this long to count as speech (coughs and clicks do not)."""
    pre_roll_seconds: float = 0.3
    """Audio kept from just before speech started (so the first sound is not cut)."""
    no_speech_seconds: float = 8.0
    """Give up when nobody has spoken for this long."""
    max_turn_seconds: float = 20.0
    """A turn never lasts longer than this."""
    threshold_dbfs: float = -45.0
    """Speech is at least this loud..."""
    margin_db: float = 12.0
    """...and this much louder than the measured noise floor."""


class Endpointer:
    """Finds one turn in a stream of blocks. Feed blocks to :meth:`push`."""

    def __init__(self, config: Endpointing = Endpointing()) -> None:
        self.config = config
        self.speaking = False
        """True once speech has started."""
        self.done = False
        """True when the turn is over (or nobody spoke)."""
        self.noise_dbfs: float | None = None
        """Running estimate of the noise floor."""
        self.complete = False
        """Set by the recogniser's side: the words so far are a whole expected answer."""
        self._ring: deque[AudioChunk] = deque()
        self._ring_seconds = 0.0
        self._loud = 0.0
        self._quiet = 0.0
        self._waited = 0.0
        self._spoken = 0.0

    @property
    def quiet_seconds(self) -> float:
        """How long it has been quiet since the last speech (0 before speech starts)."""
        return self._quiet if self.speaking else 0.0

    @property
    def threshold(self) -> float:
        """The level above which a block counts as speech."""
        noise = self.noise_dbfs if self.noise_dbfs is not None else -90.0
        return max(self.config.threshold_dbfs, noise + self.config.margin_db)

    def push(self, block: AudioChunk) -> list[AudioChunk]:
        """Take one block; returns the blocks of the turn to pass on (none while waiting)."""
        if self.done:
            return []
        level, seconds, cfg = dbfs(block), block.seconds, self.config
        loud = level > self.threshold
        if self.speaking:
            self._spoken += seconds
            self._quiet = 0.0 if loud else self._quiet + seconds
            hangover = cfg.answer_silence_seconds if self.complete else cfg.silence_seconds
            if self._quiet >= hangover or self._spoken >= cfg.max_turn_seconds:
                self.done = True
            return [block]
        self._waited += seconds
        self._ring.append(block)
        self._ring_seconds += seconds
        if loud:
            self._loud += seconds
            if self._loud >= cfg.min_speech_seconds:
                self.speaking = True
                self._spoken = self._ring_seconds
                emitted = list(self._ring)
                self._ring.clear()
                return emitted
        else:
            self._loud = 0.0
            self.noise_dbfs = level if self.noise_dbfs is None else (
                0.9 * self.noise_dbfs + 0.1 * level)
        while self._ring and self._ring_seconds - self._ring[0].seconds >= (
                cfg.pre_roll_seconds + self._loud):
            self._ring_seconds -= self._ring.popleft().seconds
        if self._waited >= cfg.no_speech_seconds:
            self.done = True
        return []


class RawStream(Protocol):
    """What :class:`Microphone` needs of ``sounddevice.RawInputStream``."""

    def start(self) -> None: ...

    def read(self, frames: int) -> tuple[Any, bool]: ...

    def stop(self) -> None: ...

    def close(self) -> None: ...


StreamFactory = Callable[..., RawStream]


class Microphone:
    """Turns of speech from a microphone.

    Args:
        device: device number or part of its name; None for the default microphone.
        endpointing: how turns are found.
        stream_factory: makes the input stream, called like ``sounddevice.RawInputStream``
            (samplerate, channels, dtype, blocksize); default: the real device.

    Raises:
        NoAudioLibraryError: PortAudio (libportaudio2) is not installed.
        NoInputDeviceError: there is no microphone.
    """

    def __init__(self, device: int | str | None = None, *,
                 endpointing: Endpointing = Endpointing(),
                 stream_factory: StreamFactory | None = None) -> None:
        self.endpointing = endpointing
        if stream_factory is None:
            sd = load_sounddevice()
            found = input_device(device, sd=sd)

            def open_device(**options: Any) -> RawStream:
                stream: RawStream = sd.RawInputStream(device=found.index, **options)
                return stream

            stream_factory = open_device
        self._factory = stream_factory
        self._stop = threading.Event()
        self._endpointer: Endpointer | None = None
        self.last_heard = False
        """Whether the last turn had speech in it (False: nobody spoke before the timeout)."""

    def stop(self) -> None:
        """End a running :meth:`listen` at the next block (callable from any thread)."""
        self._stop.set()

    def answer_complete(self, complete: bool) -> None:
        """Tell the running turn whether the words heard so far are a whole expected answer
        (from the thread that consumes :meth:`listen`; it ends sooner when they are)."""
        if self._endpointer is not None:
            self._endpointer.complete = complete

    def listen(self) -> Iterator[AudioChunk]:
        """Yield the blocks of one turn, from just before speech starts to its end."""
        self._stop.clear()
        endpointer = self._endpointer = Endpointer(self.endpointing)
        frames = int(SPEECH_FORMAT.rate * self.endpointing.block_seconds)
        try:
            stream = self._factory(samplerate=SPEECH_FORMAT.rate, channels=1, dtype="int16",
                                   blocksize=frames)
            stream.start()
        except AudioDeviceError:
            raise
        except Exception as exc:
            raise AudioDeviceError(f"The microphone cannot be opened ({exc}).") from None
        try:
            while not endpointer.done and not self._stop.is_set():
                try:
                    data, _overflowed = stream.read(frames)
                except Exception as exc:
                    raise AudioDeviceError(f"Reading the microphone failed ({exc}).") from None
                raw = bytes(data)
                if not raw:
                    break
                yield from endpointer.push(AudioChunk(raw[: len(raw) - len(raw) % 2]))
        finally:
            self.last_heard = endpointer.speaking
            try:
                stream.stop()
            finally:
                stream.close()

    def record(self) -> AudioChunk | None:
        """One whole turn, or None when nobody spoke."""
        blocks = list(self.listen())
        return join(blocks) if blocks and self.last_heard else None
