"""The voice path for scripted dialogues (``backchat replay --voice``).

Each thing the script says is synthesised with pyttsx3 on espeak-ng, converted to 16 kHz mono,
and recognised by the real recogniser with the open question's constraint. When backchat would
read the answer back, the scripted patient answers truthfully, by voice too: "yes" when what was
heard means what was said, otherwise "no" and the answer again. An answer that cannot be
confirmed after three tries counts as "I don't know" (which never lowers the care level).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from backchat.core.engine import Engine
from backchat.core.flow import Flow
from backchat.speech.ports import AudioChunk, Listener, Transcript
from backchat.voice.constraints import ConstraintBook
from backchat.voice.readback import needs_readback, verdict

__all__ = ["VoiceHear", "HeardTurn", "Synthesize", "MAX_TRIES"]

MAX_TRIES = 3
Synthesize = Callable[[str], AudioChunk]
"""Text to speech audio (any format; the listener converts it)."""


@dataclass
class HeardTurn:
    """One scripted answer through the voice path."""

    said: str
    heard: str
    confidence: float
    tries: int
    confirmed: bool | None
    """True/False when read back and confirmed/not; None when no read-back was needed."""


@dataclass
class VoiceHear:
    """A replay ``hear`` function that goes through synthesis and recognition."""

    flow: Flow
    listener: Listener
    synthesize: Synthesize
    turns: list[HeardTurn] = field(default_factory=list)
    _audio: dict[str, AudioChunk] = field(default_factory=dict)
    _book: ConstraintBook | None = None

    def _speak(self, text: str) -> AudioChunk:
        if text not in self._audio:
            self._audio[text] = self.synthesize(text)
        return self._audio[text]

    def _recognise(self, text: str, engine: Engine, confirming: bool = False) -> Transcript:
        if self._book is None:
            self._book = ConstraintBook(self.flow)
        constraint = self._book.confirmation() if confirming else self._book.for_question(engine.question)
        return self.listener.transcribe(self._speak(text), constraint)

    def __call__(self, said: str, engine: Engine) -> str:
        """What the engine gets for what the script says."""
        if not said.strip():
            self.turns.append(HeardTurn(said, "", 1.0, 0, None))
            return ""
        heard = Transcript("", 0.0)
        for tries in range(1, MAX_TRIES + 1):
            heard = self._recognise(said, engine)
            if not heard.text:
                continue
            if not needs_readback(engine, heard):
                self.turns.append(HeardTurn(said, heard.text, heard.confidence, tries, None))
                return heard.text
            truthful = "yes" if _same_meaning(engine, heard.text, said) else "no"
            reply = self._recognise(truthful, engine, confirming=True)
            if verdict(engine, reply) == "yes":
                self.turns.append(HeardTurn(said, heard.text, heard.confidence, tries, True))
                return heard.text
        self.turns.append(HeardTurn(said, heard.text, heard.confidence, MAX_TRIES, False))
        return "i don't know"


def _same_meaning(engine: Engine, heard: str, said: str) -> bool:
    """True when the heard text would be understood as the said text is."""
    got, meant = engine.preview(heard), engine.preview(said)
    if got or meant:
        return got == meant
    return " ".join(heard.lower().split()) == " ".join(said.lower().split())
