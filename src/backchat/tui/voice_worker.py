"""Hands-free voice in the terminal app (``backchat --voice``): a thin adapter around the voice
dialogue of :mod:`backchat.voice`, the same one ``backchat voice`` uses.

The UI thread owns the conversation. One thread runs the dialogue: it speaks each turn
the app shows (an outcome part by part), listens, and hands the final words back with
``call_from_thread`` (``submit_text(text, "spoken")``); read-backs and "sorry" lines are shown
through the same door. The app drives the adapter; the adapter knows the app only through the
small :class:`VoiceApp` interface (no import of the app module). Typing always still works; a
key press while backchat speaks cuts it short.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any, Literal, Protocol

from textual.css.query import NoMatches

from backchat.background import start_daemon
from backchat.core.conversation import Conversation
from backchat.core.flow import Question
from backchat.core.turn import Turn
from backchat.errors import SpeechError
from backchat.speech.ports import Speaker
from backchat.voice.constraints import ConstraintBook
from backchat.voice.dialogue import VoiceDialogue
from backchat.voice.live import LiveHost, speak_turn
from backchat.voice.setup import VoiceParts

__all__ = ["VoiceApp", "VoiceFrontEnd"]

State = Literal["off", "listening", "thinking", "speaking"]


class _Lines(Protocol):
    def say(self, speaker: Any, text: str) -> None:
        """Add a line to the conversation."""


class _Status(Protocol):
    state: Any
    partial: str


class VoiceApp(Protocol):
    """What the adapter needs from the app."""

    conv: Conversation
    turn: Turn
    turn_observers: list[Callable[[Turn], None]]

    @property
    def main_screen(self) -> _Lines:
        """Where conversation lines go."""

    @property
    def voice_status(self) -> _Status:
        """The listening / thinking / speaking line with the partial transcript."""

    def submit_text(self, text: str, source: Any = ...) -> Turn:
        """Hand recognised words to the conversation."""

    def correct_answer(self, question: Question, text: str) -> None:
        """Change an earlier answer (after a denied joint read-back)."""

    def call_from_thread(self, callback: Callable[..., Any], *args: Any) -> Any:
        """Run ``callback`` on the UI thread and wait for it."""


def _show_line(app: VoiceApp, text: str) -> None:
    app.main_screen.say("assistant", text)


def _set_voice(app: VoiceApp, state: State, partial: str) -> None:
    app.voice_status.state = state
    app.voice_status.partial = partial


class _Stopped(Exception):
    """The app is closing."""


class VoiceFrontEnd:
    """Speaks turns and listens for answers for one app."""

    def __init__(self, app: VoiceApp, parts: VoiceParts) -> None:
        self.app = app
        self.parts = parts
        self._turns: queue.Queue[Turn | None] = queue.Queue()
        self._stopping = False
        self._done = threading.Event()
        self._done.set()  # no worker yet
        self.ended = False
        """True once the audio input ran out (or failed): typing carries on."""
        self.host = LiveHost(parts, lambda: app.conv.engine, self._show, self._fix,
                             partial=lambda text: self._post(_set_voice, app, "listening", text),
                             stopping=lambda: self._stopping, show_heard=False)
        self.dialogue = VoiceDialogue(self.host, ConstraintBook.of(app.conv.engine.flow))

    @property
    def speaker(self) -> Speaker | None:
        """The speaker, or None when prompts are only shown."""
        return self.parts.speaker

    def announce(self) -> None:
        """Say in the conversation which recogniser, model and devices are used."""
        _show_line(self.app, self.parts.announce)
        for notice in self.parts.notices:
            _show_line(self.app, notice)

    def start(self) -> None:
        """Start the worker; it speaks the open turn, then listens."""
        self.app.turn_observers.append(self.on_turn)
        self._turns.put(self.app.turn)
        self.dialogue.book.warm_in_background()
        self._done.clear()
        start_daemon(self._run, "voice-listener")

    def on_turn(self, turn: Turn) -> None:
        """A turn is on screen (UI thread): the worker speaks it, then listens."""
        if not self._stopping and not self.ended:
            self._turns.put(turn)

    def barge_in(self) -> None:
        """A key was pressed: stop speaking at once."""
        speaker = self.speaker
        if speaker is not None and (speaker.speaking or self.app.voice_status.state == "speaking"):
            speaker.stop()

    def close(self) -> None:
        """Stop listening and speaking, and free the ports (the app is closing)."""
        self._stopping = True
        self._turns.put(None)
        if self.parts.microphone is not None:
            self.parts.microphone.stop()
        if self.speaker is not None:
            self.speaker.stop()
        self._done.wait(1.0)
        self.parts.close()

    # -- the worker thread ----------------------------------------------------------------
    def _post(self, callback: Callable[..., object], *args: object) -> Any:
        if self._stopping:
            raise _Stopped
        try:
            return self.app.call_from_thread(callback, *args)
        except (RuntimeError, NoMatches) as exc:  # the app is no longer running, or its screen is being torn down
            raise _Stopped from exc

    def _show(self, text: str) -> None:
        self._post(_show_line, self.app, text)

    def _fix(self, question: Question, text: str) -> None:
        self._post(self.app.correct_answer, question, text)

    def _latest(self) -> Turn:
        turn = self._turns.get()
        while not self._turns.empty():  # typed over meanwhile: only the newest counts
            turn = self._turns.get()
        if turn is None or self._stopping:
            raise _Stopped
        return turn

    def _run(self) -> None:
        try:
            while True:
                turn = self._latest()
                if self.speaker is not None:
                    self._post(_set_voice, self.app, "speaking", "")
                if not speak_turn(self.host, self.dialogue.book, turn, show=False):
                    self._post(self._ended, "(The audio input has ended; carry on by typing.)")
                    return
                if turn.event == "quit" or not self._turns.empty():
                    continue
                self._post(_set_voice, self.app, "listening", "")
                answer = self.dialogue.next_answer()
                if answer is None:
                    self._post(self._ended, "(The audio input has ended; carry on by typing.)")
                    return
                self._post(_set_voice, self.app, "thinking", answer.heard.text)
                if not answer.stale and self._turns.empty():
                    self._post(self.app.submit_text, answer.text, "spoken")
        except _Stopped:
            pass
        except SpeechError as exc:
            try:
                self._post(self._ended, f"{exc} Carrying on in text.")
            except _Stopped:
                pass
        finally:
            self._done.set()

    def _ended(self, why: str) -> None:
        self.ended = True
        _set_voice(self.app, "off", "")
        _show_line(self.app, why)
