"""``backchat voice``: the whole intake by voice alone (speak, listen, read back, carry on).

Audio comes one turn at a time from a turn source: WAV files given with ``--audio-in``
(backchat finishes speaking before the next file is taken), or the microphone with barge-in.
Either way backchat never hears its own voice as the person's answer. The rules for each answer
(ask again, closed form, read-backs) are the voice dialogue's (:mod:`.dialogue`).
"""

from __future__ import annotations

from collections.abc import Callable

from backchat.core.conversation import Conversation
from backchat.core.flow import Question
from backchat.core.turn import Turn
from backchat.voice.constraints import ConstraintBook
from backchat.voice.dialogue import VoiceDialogue, VoiceStats
from backchat.voice.live import LiveHost, speak_turn
from backchat.voice.policy import CONFIDENCE_THRESHOLD
from backchat.voice.setup import VoiceParts

__all__ = ["run_voice_intake"]


def run_voice_intake(conv: Conversation, first: Turn, parts: VoiceParts, show: Callable[[str], None],
                     threshold: float = CONFIDENCE_THRESHOLD, stats: VoiceStats | None = None) -> int:
    """Hold the intake by voice until the audio runs out or the person says "stop"."""

    def fix(question: Question, text: str) -> None:
        turn = conv.correct(question.sets[0], text)
        host.say(turn.say)

    host = LiveHost(parts, lambda: conv.engine, show, fix)
    dialogue = VoiceDialogue(host, ConstraintBook.of(conv.engine.flow), threshold,
                             stats if stats is not None else VoiceStats())
    dialogue.book.warm_in_background()
    speak_turn(host, dialogue.book, first)
    turn = first
    while True:
        answer = dialogue.next_answer()
        if answer is None:
            if not turn.finished:
                show("(The audio input ended before the intake was finished.)")
            break
        if answer.stale:
            continue
        turn = conv.handle(answer.text, "spoken")
        if not speak_turn(host, dialogue.book, turn):
            break
        if turn.event == "quit":
            break
    if parts.speaker is not None:
        parts.speaker.wait(timeout=30)
    return 0
