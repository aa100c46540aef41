"""Hands-free voice in the terminal app (``backchat --voice``): speech in and out around the same UI.

The UI thread owns the conversation. :class:`VoiceFrontEnd` speaks every turn on the speaker's own
worker, and asks one thread worker to listen. With WAV input it waits until backchat has finished
speaking; with a microphone it listens at once, and talking over backchat stops the speech and
drops what was heard meanwhile (so it never hears itself). It streams one turn through the recogniser, shows
the partial transcript, and hands the final words back with ``app.call_from_thread``. Red-flag
answers and answers heard with low confidence are read back and count only after "yes".
Typing always still works; a key press while backchat speaks cuts it short.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, cast

from backchat.core.turn import Turn
from backchat.errors import SpeechError
from backchat.speech.ports import AudioChunk, AudioInput, Listener, Speaker, Transcript
from backchat.voice.constraints import ConstraintBook
from backchat.voice.loop import MicrophoneTurns, TurnSource, WavTurns
from backchat.voice.readback import CONFIDENCE_THRESHOLD, needs_readback, readback_prompt, verdict

if TYPE_CHECKING:
    from backchat.speech.grammars import Constraint
    from backchat.tui.app import BackchatApp

__all__ = ["VoiceSettings", "VoiceParts", "VoiceFrontEnd", "open_voice"]


@dataclass(frozen=True)
class VoiceSettings:
    """The voice options of ``backchat --voice`` (the same as ``backchat voice``)."""

    engine: str = "auto"
    vosk_model: Path | None = None
    audio_in: tuple[Path, ...] = ()
    speak_to: Path | None = None
    voice_rate: int | None = None
    voice_name: str | None = None
    mic_device: str | None = None

    @classmethod
    def from_options(cls, kw: dict[str, Any]) -> VoiceSettings:
        """From the click options of :func:`backchat.cli.voice.voice_options`."""
        return cls(engine=kw.get("engine") or "auto", vosk_model=kw.get("vosk_model"),
                   audio_in=tuple(kw.get("audio_in") or ()), speak_to=kw.get("speak_to"),
                   voice_rate=kw.get("voice_rate"), voice_name=kw.get("voice_name"),
                   mic_device=kw.get("mic_device"))


@dataclass
class VoiceParts:
    """Built ports: what listens, what speaks (None: prompts shown only), where turns come from."""

    listener: Listener
    speaker: Speaker | None
    source: TurnSource
    announce: str = "Voice is on."
    """The sentence shown first: which recogniser, model and devices are used."""
    notices: list[str] = field(default_factory=list)
    """Sentences about missing pieces (e.g. no sound output)."""
    microphone: AudioInput | None = None
    """Stopped on quit, so a running listen ends."""


class _StreamingMic:
    """Microphone turns, streamed chunk by chunk so the partial transcript is live."""

    def __init__(self, microphone: AudioInput) -> None:
        self._turns = MicrophoneTurns(microphone)
        self.microphone = microphone

    def next_turn(self) -> AudioChunk | None:
        """One whole turn (the :class:`TurnSource` way)."""
        return self._turns.next_turn()

    barge_in = True

    def stream_turn(self, speaker: Speaker | None = None) -> Iterator[AudioChunk]:
        """One turn's chunks, as they arrive. Talking over backchat stops its speech at once;
        what was heard while it was still speaking is dropped (it may be its own voice)."""
        for chunk in self.microphone.listen():
            if speaker is not None and speaker.speaking:
                speaker.stop()
                continue
            yield chunk


def open_voice(settings: VoiceSettings) -> VoiceParts:
    """Make the listener, the audio source and the speaker, like ``backchat voice`` does.

    Raises:
        SpeechError: no recogniser or no audio input (the message says what to do). A missing
            sound output is not an error: the parts then have no speaker and a notice says why.
    """
    from backchat.cli.voice import choose_listener  # noqa: PLC0415 - loads click only when used
    from backchat.speech.factory import make_microphone, make_speaker  # noqa: PLC0415

    listener, heard_with = choose_listener(settings.engine, settings.vosk_model)
    microphone: AudioInput | None = None
    try:
        if settings.audio_in:
            source: TurnSource = WavTurns(list(settings.audio_in))
            source_name = f"{len(settings.audio_in)} WAV file(s), one per answer"
        else:
            microphone = make_microphone(settings.mic_device)
            source = _StreamingMic(microphone)
            source_name = f"the microphone ({getattr(microphone, 'name', 'default')})"
    except BaseException:
        listener.close()
        raise
    notices: list[str] = []
    speaker: Speaker | None
    try:
        speaker = make_speaker(rate=settings.voice_rate, voice=settings.voice_name, speak_to=settings.speak_to)
        out_name = f"WAV files in {settings.speak_to}" if settings.speak_to else "the speakers"
    except SpeechError as exc:
        speaker = None
        notices.append(f"{exc} The questions will be shown as text.")
        out_name = "text on screen only"
    announce = f"Listening with {heard_with}; answers from {source_name}; speaking to {out_name}."
    return VoiceParts(listener, speaker, source, announce, notices, microphone)


@dataclass(frozen=True)
class _Request:
    """Listen once: for an answer, or for yes/no to a read-back."""

    generation: int
    kind: Literal["answer", "confirm"]
    constraint: Constraint | None
    heard: Transcript | None = None
    """The answer being confirmed (``kind == "confirm"``)."""


class _Stopped(Exception):
    """The app is closing."""


class VoiceFrontEnd:
    """Speaks turns and listens for answers for one :class:`BackchatApp`."""

    def __init__(self, app: BackchatApp, parts: VoiceParts, threshold: float = CONFIDENCE_THRESHOLD) -> None:
        self.app = app
        self.parts = parts
        self.threshold = threshold
        self.book = ConstraintBook(app.conv.engine.flow)
        self._lock = threading.Condition()
        self._request: _Request | None = None
        self._generation = 0
        self._stopping = False
        self._done = threading.Event()
        self._done.set()  # no worker yet
        self._listener_closed = False
        self.ended = False
        """True once the audio input ran out (or failed): typing carries on."""

    # -- UI thread ----------------------------------------------------------------------------
    @property
    def speaker(self) -> Speaker | None:
        """The speaker, or None when prompts are only shown."""
        return self.parts.speaker

    def announce(self) -> None:
        """Say in the conversation which recogniser, model and devices are used."""
        self.app.main_screen.say("assistant", self.parts.announce)
        for notice in self.parts.notices:
            self.app.main_screen.say("assistant", notice)

    def start(self) -> None:
        """Speak the open turn and start the listening worker (once the first turn is shown)."""
        self.app.turn_observers.append(self.on_turn)
        self._done.clear()
        self.app.run_worker(self._run, name="voice-listener", group="voice", thread=True, exit_on_error=False)
        self.on_turn(self.app.turn)

    def on_turn(self, turn: Turn) -> None:
        """A turn is on screen: speak it, then listen for the answer."""
        if self._stopping:
            return
        self._speak(turn.say)
        if turn.event != "quit" and not self.ended:
            self._ask("answer", self.book.for_question(self.app.conv.engine.question))

    def say(self, text: str) -> None:
        """Show and speak a line that is not a turn (a read-back, "sorry")."""
        self.app.main_screen.say("assistant", text)
        self._speak(text)

    def barge_in(self) -> None:
        """A key was pressed: stop speaking at once."""
        speaker = self.speaker
        if speaker is not None and (speaker.speaking or self.app.voice_status.state == "speaking"):
            speaker.stop()

    def close(self) -> None:
        """Stop listening and speaking, and free the ports (the app is closing)."""
        with self._lock:
            self._stopping = True
            self._request = None
            self._lock.notify_all()
        mic = self.parts.microphone
        if mic is not None:
            mic.stop()
        if self.speaker is not None:
            self.speaker.stop()
            self.speaker.close()
        if self._done.wait(1.0):
            self._close_listener()  # else the worker closes it when it ends

    def _speak(self, text: str) -> None:
        if self.speaker is None or not text:
            return
        try:
            self.speaker.say(text)
        except SpeechError as exc:
            self.parts.speaker = None
            self.app.main_screen.say("assistant", f"{exc} The questions will be shown as text.")
            return
        self.app.voice_status.state = "speaking"

    def _ask(self, kind: Literal["answer", "confirm"], constraint: Constraint | None,
             heard: Transcript | None = None) -> None:
        with self._lock:
            self._generation += 1
            self._request = _Request(self._generation, kind, constraint, heard)
            self._lock.notify_all()

    def _set_state(self, state: Literal["listening", "thinking", "speaking"], partial: str) -> None:
        status = self.app.voice_status
        status.state = state
        status.partial = partial

    def _heard(self, request: _Request, heard: Transcript) -> None:
        """The final words of one turn (on the UI thread)."""
        if self._stopping or request.generation != self._generation:
            return  # typed over, or the app is closing: the answer is for an old question
        engine = self.app.conv.engine
        if request.kind == "confirm" and request.heard is not None:
            if verdict(engine, heard) == "yes":
                self.app.submit_text(request.heard.text, "spoken")
            else:
                self.say("Sorry about that. Please say your answer again.")
                self._ask("answer", self.book.for_question(engine.question))
            return
        if not heard.text:
            q = engine.question
            self.say("Sorry, I didn't catch that. " + (q.reprompt if q else "You can say start again, or stop."))
            self._ask("answer", self.book.for_question(engine.question))
            return
        if needs_readback(engine, heard, self.threshold):
            self.say(readback_prompt(engine, heard))
            self._ask("confirm", self.book.confirmation(), heard)
            return
        self.app.submit_text(heard.text, "spoken")

    def _ended(self, why: str) -> None:
        self.ended = True
        self.app.voice_status.state = "off"
        self.app.main_screen.say("assistant", why)

    # -- the listening worker (a thread) -----------------------------------------------------
    def _post(self, callback: Callable[..., object], *args: object) -> None:
        if self._stopping:
            raise _Stopped
        try:
            self.app.call_from_thread(callback, *args)
        except RuntimeError as exc:  # the app is no longer running
            raise _Stopped from exc

    def _take(self) -> _Request:
        with self._lock:
            while self._request is None and not self._stopping:
                self._lock.wait()
            if self._stopping or self._request is None:
                raise _Stopped
            request, self._request = self._request, None
            return request

    def _chunks(self) -> Iterable[AudioChunk] | None:
        source = self.parts.source
        stream_turn = getattr(source, "stream_turn", None)
        if callable(stream_turn):
            return cast("Iterable[AudioChunk]", stream_turn(self.speaker))
        audio = source.next_turn()
        return None if audio is None else [audio]

    def _run(self) -> None:
        try:
            while True:
                request = self._take()
                speaker = self.speaker
                barge_in = getattr(self.parts.source, "barge_in", False)
                while speaker is not None and not barge_in and not speaker.wait(0.05):  # half-duplex
                    if self._stopping:
                        raise _Stopped
                if request.generation != self._generation:
                    continue
                self._post(self._set_state, "listening", "")
                chunks = self._chunks()
                if chunks is None:
                    self._post(self._ended, "(The audio input has ended; carry on by typing.)")
                    return
                final = Transcript("", 0.0)
                for heard in self.parts.listener.stream(chunks, request.constraint):
                    if self._stopping:
                        raise _Stopped
                    if heard.partial:
                        self._post(self._set_state, "listening", heard.text)
                    else:
                        final = heard
                self._post(self._set_state, "thinking", final.text)
                self._post(self._heard, request, final)
        except _Stopped:
            pass
        except SpeechError as exc:
            try:
                self._post(self._ended, f"{exc} Carrying on in text.")
            except _Stopped:
                pass
        finally:
            self._done.set()
            if self._stopping:
                self._close_listener()

    def _close_listener(self) -> None:
        with self._lock:
            if self._listener_closed:
                return
            self._listener_closed = True
        self.parts.listener.close()
