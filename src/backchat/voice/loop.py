"""``backchat voice``: the whole intake by voice alone (speak, listen, read back, carry on).

Audio comes one turn at a time from a :class:`TurnSource`: WAV files given with
``--audio-in`` (backchat finishes speaking before the next file is taken), or the microphone
with barge-in (see :class:`MicrophoneTurns`). Either way backchat never hears its own voice as
the person's answer.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from backchat.core.conversation import Conversation
from backchat.core.turn import Turn
from backchat.speech.audio import join, load_speech
from backchat.speech.ports import AudioChunk, AudioInput, Listener, Speaker
from backchat.voice.constraints import ConstraintBook
from backchat.voice.readback import CONFIDENCE_THRESHOLD, needs_readback, readback_prompt, verdict

__all__ = ["TurnSource", "WavTurns", "MicrophoneTurns", "VoiceIO", "run_voice_intake"]


class TurnSource(Protocol):
    """Where each spoken turn comes from."""

    def next_turn(self) -> AudioChunk | None:
        """The next turn's audio, or None when there is no more."""


class WavTurns:
    """One WAV file per turn (any rate and channels; converted)."""

    def __init__(self, paths: Sequence[Path]) -> None:
        self._paths: Iterator[Path] = iter(paths)

    def next_turn(self) -> AudioChunk | None:
        """The next file's audio."""
        path = next(self._paths, None)
        return None if path is None else load_speech(path)


class MicrophoneTurns:
    """Turns from a microphone with endpointing (a turn ends when the person stops talking).

    With a ``speaker``, listening starts while backchat is still speaking (barge-in): as soon
    as the person starts talking the speech stops at once, and whatever was heard while
    backchat was speaking is dropped, since it may be backchat's own voice. The answer is
    what is said after that.
    """

    barge_in = True

    def __init__(self, microphone: AudioInput, speaker: Speaker | None = None) -> None:
        self._mic = microphone
        self._speaker = speaker

    def next_turn(self) -> AudioChunk | None:
        """Listen for one turn."""
        kept: list[AudioChunk] = []
        for chunk in self._mic.listen():
            if self._speaker is not None and self._speaker.speaking:
                self._speaker.stop()
                continue
            kept.append(chunk)
        return join(kept) if kept else AudioChunk(b"")


@dataclass
class VoiceIO:
    """The ports a voice intake uses, and where its transcript lines go."""

    listener: Listener
    speaker: Speaker | None
    """None when there is no sound output: prompts are only printed."""
    source: TurnSource
    show: Callable[[str], None]
    threshold: float = CONFIDENCE_THRESHOLD

    def say(self, text: str) -> None:
        """Print and speak. Without barge-in, speak to the end before listening."""
        self.show(text)
        if self.speaker is not None:
            self.speaker.say(text)
            if not getattr(self.source, "barge_in", False):
                self.speaker.wait()

    def finish(self) -> None:
        """Let the last words be spoken."""
        if self.speaker is not None:
            self.speaker.wait(timeout=30)


def run_voice_intake(conv: Conversation, first: Turn, io: VoiceIO) -> int:
    """Hold the intake by voice until the audio runs out or the person says "stop"."""
    book = ConstraintBook(conv.engine.flow)
    engine = conv.engine
    io.say(first.say)
    turn = first
    while True:
        audio = io.source.next_turn()
        if audio is None:
            if not turn.finished:
                io.show("(The audio input ended before the intake was finished.)")
            io.finish()
            return 0
        heard = io.listener.transcribe(audio, book.for_question(engine.question))
        io.show(f"> (heard) {heard.text or '...'}")
        if not heard.text:
            q = engine.question
            io.say("Sorry, I didn't catch that. " + (q.reprompt if q else "You can say start again, or stop."))
            continue
        if needs_readback(engine, heard, io.threshold):
            io.say(readback_prompt(engine, heard))
            reply_audio = io.source.next_turn()
            if reply_audio is None:
                io.show("(The audio input ended before the answer was confirmed.)")
                return 0
            reply = io.listener.transcribe(reply_audio, book.confirmation())
            io.show(f"> (heard) {reply.text or '...'}")
            if verdict(engine, reply) != "yes":
                io.say("Sorry about that. Please say your answer again.")
                continue
        turn = conv.handle(heard.text, "spoken")
        io.say(turn.say)
        if turn.event == "quit":
            io.finish()
            return 0
