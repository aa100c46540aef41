"""The outcome spoken in short parts, with "next", "repeat" and "stop" between them."""

from __future__ import annotations

import wave
from collections.abc import Callable
from datetime import date
from pathlib import Path

from backchat.core.engine import Engine
from backchat.core.flow import Flow
from backchat.core.turn import Turn
from backchat.speech.audio import silence
from backchat.speech.ports import AudioChunk
from backchat.speech.scripted import RecordingSpeaker, ScriptedListener
from backchat.voice.constraints import ConstraintBook
from backchat.voice.live import LiveHost, speak_turn
from backchat.voice.parts import BETWEEN_PARTS, part_command, spoken_parts
from backchat.voice.setup import VoiceParts


def gp_outcome(flow: Flow) -> tuple[Engine, Turn]:
    engine = Engine(flow, clock=lambda: date(2026, 11, 18))
    engine.start()
    turn = engine.handle("it came on gradually over two months, lower back, down to my foot")
    while not turn.finished:
        q = engine.question
        assert q is not None
        turn = engine.handle({"age": "55", "severity": "8"}.get(q.id, "no"))
    return engine, turn


class Turns:
    def next_turn(self) -> AudioChunk | None:
        return silence(0.1)


def test_the_longest_spoken_part_of_the_advice_is_at_most_20_seconds(flow: Flow, tmp_path: Path,
                                                                      espeak_wav: Callable[..., Path]) -> None:
    _, turn = gp_outcome(flow)
    parts = spoken_parts(turn)
    assert len(parts) > 5 and " ".join(parts).count("Get help straight away") == 1
    seconds = []
    for part in parts:
        with wave.open(str(espeak_wav(part))) as w:
            seconds.append(w.getnframes() / w.getframerate())
    assert max(seconds) <= 20.0


def test_next_repeat_and_stop_between_parts(flow: Flow) -> None:
    engine, turn = gp_outcome(flow)
    parts = spoken_parts(turn)
    speaker = RecordingSpeaker()
    host = LiveHost(VoiceParts(ScriptedListener(["next", "repeat", "stop"]), speaker, Turns()),
                    lambda: engine, lambda _: None, lambda q, t: None)
    assert speak_turn(host, ConstraintBook.of(flow), turn, show=False)
    assert speaker.spoken[:2] == [parts[0], BETWEEN_PARTS]
    assert speaker.spoken[2:4] == [parts[1], parts[1]]  # next, then repeat
    assert speaker.spoken[-1].startswith("Stopping there.")
    assert [part_command(w) for w in ("go on", "say that again", "that's enough", "banana")] == [
        "next", "repeat", "stop", ""]
