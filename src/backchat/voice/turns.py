"""Where each spoken turn comes from: WAV files (one per answer) or the microphone."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Protocol

from backchat.speech.audio import join, load_speech
from backchat.speech.ports import AudioChunk, AudioInput, Speaker

__all__ = ["TurnSource", "WavTurns", "MicrophoneTurns"]


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
