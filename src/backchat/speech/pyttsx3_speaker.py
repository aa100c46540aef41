"""Speech out with pyttsx3 on espeak-ng: the only module that imports ``pyttsx3``.

Design, following the measured traps of pyttsx3 2.99:

* The engine is not thread-safe, ``runAndWait()`` may return before synthesis ends,
  only one queued utterance is processed per ``runAndWait()``, ``say()`` after a
  ``save_to_file()`` writes into the old file, ``say()`` plays through ``aplay`` (whose
  errors land on the terminal) and every save prints "Audio saved to ...". So the engine
  lives in a **child process** whose stdout and stderr go to /dev/null, talking JSON lines
  over its stdin and a private copy of its stdout. It only ever uses ``save_to_file()``,
  one prompt per ``runAndWait()``, and waits for the ``finished-utterance`` callback.
* In this process, **one worker thread** fed by a queue sends each prompt to the child,
  then either keeps the WAV (``speak_to`` mode: numbered files ``0001.wav``...) or plays it
  through the sound device in 50 ms blocks, so :meth:`Pyttsx3Speaker.stop` (barge-in)
  silences it within one block and drops the queued prompts.
* A missing espeak-ng library or sound output device is detected when the speaker is made
  and reported as one clear sentence (:class:`SpeechOutputError`, :class:`NoOutputDeviceError`).
"""

from __future__ import annotations

import json
import os
import queue
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from backchat.background import start_daemon
from backchat.errors import BackchatError
from backchat.speech.audio import read_wav
from backchat.speech.errors import SpeechOutputError
from backchat.speech.ports import AudioChunk, Spoken
from backchat.speech.synth_process import SynthProcess

__all__ = ["Pyttsx3Speaker", "Player", "CHILD_COMMAND"]

CHILD_COMMAND = (sys.executable, "-c",
                 "from backchat.speech.pyttsx3_speaker import _child_main; _child_main()")
"""How the synthesis process is started."""

class Player(Protocol):
    """Plays audio; :class:`backchat.speech.devices.SounddevicePlayer` is the real one."""

    def play(self, audio: AudioChunk, stop: threading.Event) -> bool:
        """Play ``audio``; False when ``stop`` was set before the end."""
        ...

    def close(self) -> None:
        """Free the device."""
        ...


@dataclass(slots=True)
class _Job:
    text: str
    future: Future[Spoken]
    generation: int


class Pyttsx3Speaker:
    """Speech out. Prompts queue up and are spoken (or written) one at a time, in order.

    Args:
        rate: speaking rate in words per minute (espeak-ng's default is about 175).
        voice: a voice id, name or language ("gmw/en-us", "English (America)", "en-us").
        speak_to: a folder: write each prompt there as a numbered WAV instead of playing.
        player: what plays the audio (default: the sound device); unused with ``speak_to``.
        start_timeout: seconds to wait for the synthesis process to start.
        child_command: how to start the synthesis process (default :data:`CHILD_COMMAND`).

    Raises:
        SpeechOutputError: espeak-ng (libespeak-ng1) or the voice is missing.
        NoOutputDeviceError: no sound output device (only when not ``speak_to``).
        NoAudioLibraryError: PortAudio is missing (only when not ``speak_to``).
    """

    def __init__(self, *, rate: int | None = None, voice: str | None = None,
                 speak_to: str | os.PathLike[str] | None = None, player: Player | None = None,
                 start_timeout: float = 15.0,
                 child_command: Sequence[str] = CHILD_COMMAND) -> None:
        self._folder = Path(speak_to) if speak_to is not None else None
        self._player: Player | None = None
        if self._folder is None:
            if player is None:
                from backchat.speech.devices import SounddevicePlayer

                player = SounddevicePlayer()
            self._player = player
            scratch = tempfile.TemporaryDirectory(prefix="backchat-speech-")
            self._scratch: tempfile.TemporaryDirectory[str] | None = scratch
            self._workdir = Path(scratch.name)
            self._counter = 0
        else:
            try:
                self._folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise SpeechOutputError(f"Cannot write prompts to {self._folder} "
                                        f"({exc.strerror or exc}).") from None
            self._scratch = None
            self._workdir = self._folder
            numbers = [int(p.stem) for p in self._folder.glob("*.wav") if p.stem.isdigit()]
            self._counter = max(numbers, default=0)
        self._child = SynthProcess(child_command, rate, voice, start_timeout)
        self._child.start()
        self.voice = self._child.voice
        """The id of the voice in use."""
        self.voices = self._child.voices
        """Ids of the voices espeak-ng offers."""
        self._queue: queue.Queue[_Job | None] = queue.Queue()
        self._state = threading.Condition()
        self._generation = 0
        self._pending = 0
        self._current: _Job | None = None
        self._stop_event = threading.Event()
        self._closed = False
        self._thread = start_daemon(self._work, "backchat-speech-out")

    def __enter__(self) -> Pyttsx3Speaker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def say(self, text: str) -> Future[Spoken]:
        """Queue ``text``; the future gives the :class:`Spoken` outcome."""
        future: Future[Spoken] = Future()
        with self._state:
            if self._closed:
                raise SpeechOutputError("The speaker has been closed.")
            if not text.strip():
                future.set_result(Spoken(text, True))
                return future
            self._pending += 1
            self._queue.put(_Job(text, future, self._generation))
        return future

    def stop(self) -> None:
        """Barge-in: silence the current prompt at once and drop the queued ones."""
        with self._state:
            self._generation += 1
            self._stop_event.set()
            dropped: list[_Job] = []
            keep_sentinel = False
            while True:
                try:
                    job = self._queue.get_nowait()
                except queue.Empty:
                    break
                if job is None:
                    keep_sentinel = True
                else:
                    dropped.append(job)
            if keep_sentinel:
                self._queue.put(None)
            self._pending -= len(dropped)
            self._state.notify_all()
        for job in dropped:
            job.future.set_result(Spoken(job.text, False))

    def wait(self, timeout: float | None = None) -> bool:
        """Block until every queued prompt is done; False if ``timeout`` ran out first."""
        with self._state:
            return self._state.wait_for(lambda: self._pending == 0, timeout)

    @property
    def speaking(self) -> bool:
        """True while a prompt is being synthesised or played."""
        with self._state:
            return self._current is not None

    def close(self) -> None:
        """Stop, end the worker and the synthesis process, free the device."""
        with self._state:
            if self._closed:
                return
            self._closed = True
        self.stop()
        self._queue.put(None)
        self._thread.join(timeout=5)
        self._child.stop()
        if self._player is not None:
            self._player.close()
        if self._scratch is not None:
            self._scratch.cleanup()

    # -- the worker ------------------------------------------------------------------------

    def _work(self) -> None:
        while True:
            job = self._queue.get()
            if job is None:
                return
            with self._state:
                if job.generation != self._generation:
                    self._pending -= 1
                    self._state.notify_all()
                    job.future.set_result(Spoken(job.text, False))
                    continue
                self._current = job
                self._stop_event = stop = threading.Event()
            try:
                job.future.set_result(self._speak(job.text, stop))
            except BackchatError as exc:
                job.future.set_exception(exc)
            except Exception as exc:  # keep the worker alive whatever happens
                job.future.set_exception(SpeechOutputError(f"Speech output failed ({exc})."))
            finally:
                with self._state:
                    self._current = None
                    self._pending -= 1
                    self._state.notify_all()

    def _speak(self, text: str, stop: threading.Event) -> Spoken:
        self._counter += 1
        path = self._workdir / f"{self._counter:04d}.wav"
        if not self._child.synthesize(text, path, stop):
            return Spoken(text, False)
        audio = read_wav(path)
        if self._folder is not None:
            return Spoken(text, True, path, audio.seconds)
        path.unlink(missing_ok=True)
        assert self._player is not None
        completed = self._player.play(audio, stop)
        return Spoken(text, completed, None, audio.seconds)


def _child_main() -> None:
    """The synthesis process: pyttsx3 on espeak-ng, driven by JSON lines on stdin."""
    channel = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)  # "Audio saved to ..." and any C library output go nowhere
    os.dup2(null, 2)

    def reply(**message: Any) -> None:
        channel.write(json.dumps(message) + "\n")

    engine: Any = None
    settings: dict[str, Any] = {}
    busy: Callable[[], bool] = _never_busy  # until the engine is made
    done = threading.Event()
    for line in sys.stdin:
        request = json.loads(line)
        op = request.get("op")
        if op == "quit":
            break
        if op == "init":
            try:
                import pyttsx3

                engine = pyttsx3.init()
            except Exception as exc:
                text = str(exc)
                kind = "no_espeak" if "espeak" in text.lower() or isinstance(exc, OSError) else ""
                reply(ok=False, error=kind, message=text)
                break
            voices = {str(v.id): v for v in engine.getProperty("voices")}
            wanted = request.get("voice")
            chosen: str | None = str(engine.getProperty("voice"))
            if wanted:
                chosen = _match_voice(str(wanted), voices)
                if chosen is None:
                    english = sorted(v for v in voices if "/en" in v)
                    reply(ok=False, error="voice", message=f"there is no voice {wanted!r} "
                          f"(English voices: {', '.join(english)})")
                    break
                engine.setProperty("voice", chosen)
            if request.get("rate"):
                engine.setProperty("rate", int(request["rate"]))
            # set once, the rate was sometimes lost before the first prompt (2 of 6 runs): set again for each
            settings = {"voice": chosen if wanted else None,
                        "rate": int(request["rate"]) if request.get("rate") else None}
            engine.connect("finished-utterance", lambda **_: done.set())
            busy = _espeak_busy()
            reply(ok=True, voice=chosen, voices=sorted(voices))
        elif op == "synth":
            try:
                for name, value in settings.items():
                    if value is not None:
                        engine.setProperty(name, value)
                ok = _synthesize(engine, done, request["text"], request["path"], busy)
                reply(id=request["id"], ok=ok, message="" if ok else "no audio was produced")
            except Exception as exc:
                reply(id=request["id"], ok=False, message=str(exc))


SYNTH_TRIES = 2
"""How many times a prompt is synthesised before "no audio" is reported (see :func:`_synthesize`)."""


def _synthesize(engine: Any, done: threading.Event, text: str, path: str,
                busy: Callable[[], bool]) -> bool:
    """Write ``text`` to the WAV ``path`` and wait for it; True if it holds audio.

    ``runAndWait()`` stops espeak-ng if it still reports itself busy, and under load it can
    still be busy with the last prompt for a moment after that prompt's ``finished-utterance``:
    the next prompt then comes out as a WAV header with no audio (seen once in CI, not
    reproduced in 440 runs under load here). So each prompt waits until espeak-ng is idle,
    and one that still comes out empty is synthesised once more.
    """
    for _ in range(SYNTH_TRIES):
        done.clear()
        engine.save_to_file(text, path)
        engine.runAndWait()
        finished = done.wait(30)
        deadline = time.monotonic() + 2
        while busy() and time.monotonic() < deadline:
            time.sleep(0.005)
        if finished and os.path.getsize(path) > 44:
            return True
    return False


def _espeak_busy() -> Callable[[], bool]:
    """Whether espeak-ng (under pyttsx3) is still synthesising; never busy if unknown."""
    try:
        from pyttsx3.drivers import _espeak
    except Exception:
        return _never_busy
    return lambda: bool(_espeak.IsPlaying())


def _never_busy() -> bool:
    return False


def _match_voice(wanted: str, voices: dict[str, Any]) -> str | None:
    """The id of the voice called ``wanted`` (id, name, id without family, or language)."""
    key = wanted.strip().lower()
    for vid, voice in voices.items():
        names = {vid.lower(), vid.lower().split("/")[-1], str(voice.name).lower()}
        if key in names:
            return vid
    for vid, voice in voices.items():
        if key in [str(lang).lower() for lang in (voice.languages or [])]:
            return vid
    return None
