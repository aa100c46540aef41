"""In-memory twins of the speech ports, for tests and replays: a listener that returns
prepared answers and a speaker that records prompts. No audio library is loaded."""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future

from backchat.speech.errors import RecognizerError, SpeechOutputError
from backchat.speech.grammars import Constraint
from backchat.speech.ports import AudioChunk, Spoken, Transcript

__all__ = ["ScriptedListener", "RecordingSpeaker"]


class ScriptedListener:
    """Returns the given replies in order, whatever the audio.

    A reply given as text becomes a transcript with ``confidence``; it is marked
    ``out_of_grammar`` when the question is closed and the text is not an expected phrase.
    ``calls`` records the constraint of each call.
    """

    def __init__(self, replies: Iterable[str | Transcript], *, confidence: float = 1.0) -> None:
        self._replies: deque[str | Transcript] = deque(replies)
        self._confidence = confidence
        self.calls: list[Constraint | None] = []

    @property
    def name(self) -> str:
        """The engine's name."""
        return "scripted"

    def has_word(self, word: str) -> bool:
        """Every word is known."""
        return True

    def transcribe(
        self, audio: AudioChunk | Iterable[AudioChunk], constraint: Constraint | None = None
    ) -> Transcript:
        """The next reply."""
        if not isinstance(audio, AudioChunk):
            for _ in audio:
                pass
        self.calls.append(constraint)
        if not self._replies:
            raise RecognizerError("The scripted listener has no replies left.")
        reply = self._replies.popleft()
        if isinstance(reply, Transcript):
            return reply
        off = constraint is not None and constraint.closed and constraint.match(reply) is None
        return Transcript(reply, self._confidence, out_of_grammar=bool(reply) and off,
                          engine=self.name)

    def stream(
        self, chunks: Iterable[AudioChunk], constraint: Constraint | None = None
    ) -> Iterator[Transcript]:
        """Consume the chunks, then yield the next reply."""
        yield self.transcribe(chunks, constraint)

    def close(self) -> None:
        """Nothing to free."""


class RecordingSpeaker:
    """Records prompts instead of speaking them; each is done at once."""

    def __init__(self) -> None:
        self.spoken: list[str] = []
        self.stops = 0
        self._closed = False
        self._lock = threading.Lock()

    def say(self, text: str) -> Future[Spoken]:
        """Record ``text``."""
        with self._lock:
            if self._closed:
                raise SpeechOutputError("The speaker has been closed.")
            self.spoken.append(text)
        future: Future[Spoken] = Future()
        future.set_result(Spoken(text, True))
        return future

    def stop(self) -> None:
        """Count the barge-in."""
        self.stops += 1

    def wait(self, timeout: float | None = None) -> bool:
        """Always idle."""
        return True

    @property
    def speaking(self) -> bool:
        """Never speaking."""
        return False

    def close(self) -> None:
        """Refuse further prompts."""
        with self._lock:
            self._closed = True
