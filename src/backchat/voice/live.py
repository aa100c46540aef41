"""The voice dialogue on real ports (a listener, a speaker, a turn source), for every live front end.

:class:`LiveHost` is the :class:`~backchat.voice.dialogue.VoiceHost` of ``backchat voice`` and of
``backchat --voice``; each front end gives it small callbacks (show a line, show a partial
transcript, correct an answer) and, for the terminal app, runs it on a worker thread.
:func:`speak_turn` speaks one turn, an outcome part by part with "next", "repeat", "stop".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import cast

from backchat.core.engine import Engine
from backchat.core.flow import Question
from backchat.core.turn import Turn
from backchat.errors import SpeechError
from backchat.speech.ports import AudioChunk, Transcript
from backchat.voice.constraints import ConstraintBook
from backchat.voice.listen import Listen
from backchat.voice.parts import BETWEEN_PARTS, part_command, spoken_parts
from backchat.voice.setup import VoiceParts

__all__ = ["LiveHost", "speak_turn"]


def _nothing(_: str) -> None:
    return None


@dataclass
class LiveHost:
    """Speak and listen with real ports for one conversation."""

    parts: VoiceParts
    engine_of: Callable[[], Engine]
    show: Callable[[str], None]
    """Show a line of the conversation (read-backs, "sorry"; and "(heard) ..." lines)."""
    fix: Callable[[Question, str], None]
    """Correct an earlier answer (after a denied joint read-back)."""
    partial: Callable[[str], None] = _nothing
    """Show a partial transcript while the person speaks."""
    stopping: Callable[[], bool] = lambda: False
    show_heard: bool = True
    spoken: list[str] = field(default_factory=list)

    @property
    def engine(self) -> Engine:
        """The conversation's engine."""
        return self.engine_of()

    def speak(self, text: str) -> None:
        """Speak only (the text is already on screen). Without barge-in, speak to the end."""
        speaker = self.parts.speaker
        if speaker is None or not text:
            return
        self.spoken.append(text)
        try:
            speaker.say(text)
        except SpeechError as exc:
            self.parts.speaker = None
            self.show(f"{exc} The questions will be shown as text.")
            return
        if not getattr(self.parts.source, "barge_in", False):
            while not speaker.wait(0.05):
                if self.stopping():
                    speaker.stop()
                    return

    def say(self, text: str) -> None:
        """Show and speak."""
        self.show(text)
        self.speak(text)

    def correct(self, question: Question, text: str) -> None:
        """Hand a corrected answer to the front end."""
        self.fix(question, text)

    def listen(self, request: Listen, book: ConstraintBook) -> Transcript | None:
        """One turn through the recogniser; None when the audio input has ended."""
        constraint = book.for_request(request)
        source = self.parts.source
        stream_turn = getattr(source, "stream_turn", None)
        if not callable(stream_turn):  # a whole recording: decoded at once
            audio = source.next_turn()
            if audio is None:
                return None
            return self._heard(self.parts.listener.transcribe(audio, constraint))
        chunks = cast("Iterable[AudioChunk]", stream_turn(self.parts.speaker))
        final = Transcript("", 0.0)
        hint = getattr(self.parts.microphone, "answer_complete", None)
        for heard in self.parts.listener.stream(chunks, constraint):
            if heard.partial:
                if callable(hint):  # a whole expected answer: the turn may end sooner
                    hint(heard.complete)
                self.partial(heard.text)
            else:
                final = heard
        return self._heard(final)

    def _heard(self, final: Transcript) -> Transcript:
        if self.show_heard:
            self.show(f"> (heard) {final.text or '...'}")
        return final


def speak_turn(host: LiveHost, book: ConstraintBook, turn: Turn, show: bool = True) -> bool:
    """Speak ``turn`` (shown too when ``show``); an outcome part by part. False: input ended."""
    pieces = spoken_parts(turn)
    if len(pieces) == 1:
        (host.say if show else host.speak)(turn.say)
        return True
    if show:
        host.show(turn.say)
    i = 0
    while i < len(pieces):
        host.speak(pieces[i])
        if i == len(pieces) - 1:
            break
        if i == 0:
            host.speak(BETWEEN_PARTS)
        heard = host.listen(Listen("parts", None), book)
        if heard is None:
            return False
        what = part_command(heard.text)
        if what == "stop":
            host.speak("Stopping there. Everything is on the screen.")
            break
        if what != "repeat":
            i += 1
    return True
