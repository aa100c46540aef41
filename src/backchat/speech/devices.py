"""The sound-device edge: the only module that imports ``sounddevice`` (PortAudio).

Finds the microphone and the output device, says clearly when the PortAudio library
(``libportaudio2``) or a device is missing, and plays audio so that a barge-in can stop
it within one block (50 ms). Every function takes an optional ``sd`` module, so tests can
pass a fake in place of ``sounddevice``.

PortAudio may print ALSA complaints on stderr when it starts; the import is done with
file descriptor 2 pointed at /dev/null for that moment. Check devices before a
full-screen UI starts (a UI drawing on stderr during those milliseconds would lose them).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from backchat.speech.audio import split, to_speech_format
from backchat.speech.errors import (
    AudioDeviceError,
    NoAudioLibraryError,
    NoInputDeviceError,
    NoOutputDeviceError,
)
from backchat.speech.ports import AudioChunk

__all__ = [
    "Device",
    "load_sounddevice",
    "input_device",
    "output_device",
    "SounddevicePlayer",
    "quiet_stderr",
]


@dataclass(frozen=True, slots=True)
class Device:
    """A sound device."""

    index: int
    """PortAudio's device number."""
    name: str
    """Its name."""
    channels: int
    """Input or output channels, as asked."""
    default_rate: float
    """Its default sample rate."""


@contextmanager
def quiet_stderr() -> Iterator[None]:
    """Point file descriptor 2 at /dev/null for the duration (C libraries' chatter)."""
    try:
        saved = os.dup(2)
    except OSError:  # pragma: no cover - no stderr at all
        yield
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)


def load_sounddevice() -> Any:
    """Import ``sounddevice``.

    Raises:
        NoAudioLibraryError: PortAudio (libportaudio2) or the package is missing.
    """
    try:
        with quiet_stderr():
            import sounddevice
    except OSError:
        raise NoAudioLibraryError(
            "Sound needs the PortAudio library, which is not installed: "
            "install it with: sudo apt-get install libportaudio2"
        ) from None
    except ImportError:
        raise NoAudioLibraryError(
            "The Python package sounddevice is missing: reinstall backchat (scripts/setup.sh)."
        ) from None
    return sounddevice


def _find(sd: Any, device: int | str | None, kind: str) -> Device | None:
    key = "max_input_channels" if kind == "input" else "max_output_channels"
    try:
        devices = list(sd.query_devices())
    except Exception:  # PortAudioError and friends: treat as "no device"
        return None
    usable = [(i, d) for i, d in enumerate(devices) if int(d.get(key, 0)) > 0]
    if device is not None:
        usable = [(i, d) for i, d in usable
                  if i == device or (isinstance(device, str) and device.lower()
                                     in str(d.get("name", "")).lower())]
    else:
        try:
            default = sd.default.device[0 if kind == "input" else 1]
        except Exception:
            default = -1
        usable.sort(key=lambda item: item[0] != default)
    if not usable:
        return None
    index, info = usable[0]
    return Device(int(info.get("index", index)), str(info.get("name", "")), int(info[key]),
                  float(info.get("default_samplerate", 0.0)))


def input_device(device: int | str | None = None, *, sd: Any = None) -> Device:
    """The microphone to use: ``device`` (number or part of its name), else the default.

    Raises:
        NoAudioLibraryError: PortAudio is missing.
        NoInputDeviceError: there is no such input device.
    """
    found = _find(sd if sd is not None else load_sounddevice(), device, "input")
    if found is None:
        which = f" called {device!r}" if device is not None else ""
        raise NoInputDeviceError(f"No microphone{which} was found: connect one, or answer "
                                 f"by typing.")
    return found


def output_device(device: int | str | None = None, *, sd: Any = None) -> Device:
    """The sound output to use: ``device`` (number or part of its name), else the default.

    Raises:
        NoAudioLibraryError: PortAudio is missing.
        NoOutputDeviceError: there is no such output device.
    """
    found = _find(sd if sd is not None else load_sounddevice(), device, "output")
    if found is None:
        which = f" called {device!r}" if device is not None else ""
        raise NoOutputDeviceError(f"No sound output device{which} was found: connect "
                                  f"speakers or headphones, or write the prompts to files "
                                  f"with --speak-to.")
    return found


class SounddevicePlayer:
    """Plays audio on an output device; :meth:`play` can be stopped within one block."""

    def __init__(self, device: int | str | None = None, *, sd: Any = None,
                 block_seconds: float = 0.05) -> None:
        self._sd = sd if sd is not None else load_sounddevice()
        self.device = output_device(device, sd=self._sd)
        self._block = block_seconds

    def play(self, audio: AudioChunk, stop: threading.Event) -> bool:
        """Play ``audio``; returns False when ``stop`` was set before the end."""
        pcm = to_speech_format(audio, audio.format.rate)
        try:
            stream = self._open(pcm.format.rate)
        except Exception:
            rate = int(self.device.default_rate) or 48000
            pcm = to_speech_format(audio, rate)
            stream = self._open(rate)
        try:
            stream.start()
            for block in split(pcm, self._block):
                if stop.is_set():
                    stream.abort()
                    return False
                stream.write(block.audio)
            stream.stop()  # waits until the last block has been heard
            return True
        except Exception as exc:
            raise AudioDeviceError(f"Playing sound failed ({exc}).") from None
        finally:
            stream.close()

    def _open(self, rate: int) -> Any:
        try:
            return self._sd.RawOutputStream(samplerate=rate, channels=1, dtype="int16",
                                            device=self.device.index)
        except Exception as exc:
            raise AudioDeviceError(f"The sound output cannot be opened ({exc}).") from None

    def close(self) -> None:
        """Nothing to free: a stream is opened for each prompt."""
