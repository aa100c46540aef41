"""The voice path for scripted dialogues (``backchat replay --voice``).

Each thing the script says is synthesised with pyttsx3 on espeak-ng, converted to 16 kHz mono,
and recognised by the real recogniser, through the same voice dialogue as a live intake (ask
again, closed form, read-backs, joint confirmations). The scripted patient answers every extra
question truthfully, by voice too: "yes" to a read-back that means what was said, otherwise "no";
the number of the choice that means what was said; the same answer again when asked again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from backchat.core.engine import Engine
from backchat.core.flow import Flow, Question
from backchat.core.understand import read
from backchat.speech.ports import AudioChunk, Listener, Transcript
from backchat.voice.closed_form import NUMBER_WORDS
from backchat.voice.constraints import ConstraintBook
from backchat.voice.dialogue import VoiceDialogue, VoiceStats
from backchat.voice.listen import Listen

__all__ = ["VoiceHear", "HeardTurn", "Synthesize", "truthful_reply"]

Synthesize = Callable[[str], AudioChunk]
"""Text to speech audio (any format; the listener converts it)."""


@dataclass
class HeardTurn:
    """One scripted answer through the voice path."""

    said: str
    heard: str
    confidence: float
    read_back: bool
    """True when the answer was read back (and confirmed)."""


def _yes_no(engine: Engine, q: Question, said: str) -> str:
    reading = read(said, engine.today(), q.id, q.kind)
    value = reading.facts.get(q.sets[0])
    if value is True or reading.answer == "yes":
        return "yes"
    if value is False or reading.answer == "no":
        return "no"
    return "i don't know"


def _own_facts(engine: Engine, q: Question, text: str) -> dict[str, object]:
    reading = read(text, engine.today(), q.id, q.kind)
    facts: dict[str, object] = {k: v for k, v in reading.facts.items() if k in q.sets}
    if q.kind == "yes_no" and q.sets[0] not in facts and reading.answer in ("yes", "no"):
        facts[q.sets[0]] = reading.answer == "yes"
    return facts


def _agrees(engine: Engine, q: Question, heard: str, meant: str) -> bool:
    """True when ``heard`` states what ``meant`` states about the question's own facts."""
    want, got = _own_facts(engine, q, meant), _own_facts(engine, q, heard)
    return bool(want) and all(got.get(k) == v for k, v in want.items())


def truthful_reply(engine: Engine, request: Listen, said: str, answers: dict[str, str]) -> str:
    """What a truthful patient who said ``said`` (and ``answers`` before, by question) replies."""
    q = request.question
    if request.purpose == "parts":
        return "next"
    if request.purpose == "confirm_all":
        return "yes" if all(_yes_no(engine, engine.flow.question(i), answers.get(i, "")) == "no"
                            for i in request.together) else "no"
    if q is None:
        return said
    if request.purpose == "recheck":
        return answers.get(q.id, said)
    if request.purpose == "confirm":
        meant = answers.get(q.id, said)
        if request.meaning in ("yes", "no", "you're not sure"):  # a recheck read back
            truth = {"i don't know": "you're not sure"}.get(_yes_no(engine, q, meant), _yes_no(engine, q, meant))
            return "yes" if truth == request.meaning else "no"
        if _agrees(engine, q, request.heard, meant):
            return "yes"
        truth = engine.preview(meant) or " ".join(meant.lower().split())
        return "yes" if request.meaning == truth else "no"
    if request.purpose == "closed":
        if q.kind == "yes_no":
            return _yes_no(engine, q, said)
        for i, choice in enumerate(q.choices[:9]):
            if _agrees(engine, q, choice, said):
                return NUMBER_WORDS[i + 1]
        return "i don't know"
    return said


@dataclass
class _ScriptedHost:
    """The voice host of a replay: the scripted patient speaks, the real recogniser hears."""

    owner: VoiceHear
    engine: Engine
    said: str = ""

    def say(self, text: str) -> None:
        """Prompts are not spoken in a replay."""

    def listen(self, request: Listen, book: ConstraintBook) -> Transcript | None:
        reply = truthful_reply(self.engine, request, self.said, self.owner.answers)
        return self.owner.listener.transcribe(self.owner.speak(reply), book.for_request(request))

    def correct(self, question: Question, text: str) -> None:
        self.engine.correct(question.sets[0], text)


@dataclass
class VoiceHear:
    """A replay ``hear`` function that goes through synthesis, recognition and the voice dialogue."""

    flow: Flow
    listener: Listener
    synthesize: Synthesize
    turns: list[HeardTurn] = field(default_factory=list)
    answers: dict[str, str] = field(default_factory=dict)
    """What the patient said to each question (for rechecks)."""
    stats: VoiceStats = field(default_factory=VoiceStats)
    audio: dict[str, AudioChunk] = field(default_factory=dict)
    _dialogue: VoiceDialogue | None = None
    _host: _ScriptedHost | None = None

    def speak(self, text: str) -> AudioChunk:
        """The patient's words as audio (cached: the same words give the same audio)."""
        if text not in self.audio:
            self.audio[text] = self.synthesize(text)
        return self.audio[text]

    def __call__(self, said: str, engine: Engine) -> str:
        """What the engine gets for what the script says."""
        if self._host is None or self._dialogue is None:
            self._host = _ScriptedHost(self, engine)
            self._dialogue = VoiceDialogue(self._host, ConstraintBook.of(self.flow), stats=self.stats)
        self._host.engine, self._host.said = engine, said
        if not said.strip():
            self.turns.append(HeardTurn(said, "", 1.0, False))
            return ""
        q = engine.question
        if q is not None:
            self.answers[q.id] = said
        answer = self._dialogue.next_answer()
        if answer is None or answer.stale:
            return ""
        self.turns.append(HeardTurn(said, answer.text, answer.heard.confidence, answer.read_back))
        return answer.text
