"""``backchat voice``: the whole intake by voice alone (speak, listen, read back, carry on).

Half-duplex: backchat finishes speaking before it listens, so it never hears its own voice
as the person's answer. Audio comes one turn at a time from a :class:`TurnSource` (the
microphone, or WAV files given with ``--audio-in``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from backchat.core.turn import Turn
from backchat.handsfree.constraints import ConstraintBook
from backchat.handsfree.readback import CONFIDENCE_THRESHOLD, needs_readback, readback_prompt, verdict
from backchat.session import Conversation
from backchat.speech.audio import join, load_speech
from backchat.speech.ports import AudioChunk, AudioInput, Listener, Speaker

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
    """Turns from a microphone with endpointing (a turn ends when the person stops talking)."""

    def __init__(self, microphone: AudioInput) -> None:
        self._mic = microphone

    def next_turn(self) -> AudioChunk | None:
        """Listen for one turn."""
        chunks = list(self._mic.listen())
        return join(chunks) if chunks else AudioChunk(b"")


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
        """Print, and speak to the end (so the microphone never hears it)."""
        self.show(text)
        if self.speaker is not None:
            self.speaker.say(text)
            self.speaker.wait()


def run_voice_intake(conv: Conversation, first: Turn, io: VoiceIO) -> int:
    """Hold the intake by voice until the audio runs out or the person says "stop"."""
    book = ConstraintBook(conv.engine.flow, io.listener)
    engine = conv.engine
    io.say(first.say)
    turn = first
    while True:
        audio = io.source.next_turn()
        if audio is None:
            if not turn.finished:
                io.show("(The audio input ended before the intake was finished.)")
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
            return 0
