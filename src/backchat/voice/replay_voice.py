"""The voice path for scripted dialogues (``backchat replay --voice``).

Each thing the script says is synthesised with pyttsx3 on espeak-ng, converted to 16 kHz mono,
and recognised by the real recogniser, through the same voice dialogue as a live intake (ask
again, closed form, read-backs, joint confirmations). The scripted patient answers every extra
question truthfully, by voice too: "yes" to a read-back that means what was said, otherwise "no";
the number of the choice that means what was said; the same answer again when asked again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from backchat.core.answering import answer_facts
from backchat.core.engine import Engine
from backchat.core.facts import FactValue
from backchat.core.flow import Flow, Question
from backchat.core.understand import read
from backchat.speech.audio import load_speech, write_wav
from backchat.speech.ports import AudioChunk, Listener, Transcript
from backchat.voice.closed_form import NUMBER_WORDS
from backchat.voice.constraints import ConstraintBook
from backchat.voice.dialogue import VoiceDialogue, VoiceStats
from backchat.voice.listen import Listen

__all__ = ["VoiceHear", "HeardTurn", "Synthesize", "truthful_reply", "disk_cached"]

Synthesize = Callable[[str], AudioChunk]
"""Text to speech audio (any format; the listener converts it)."""


def disk_cached(synthesize: Synthesize, folder: Path, voice: str) -> Synthesize:
    """``synthesize`` with its WAVs kept in ``folder`` (by voice and words), for benchmarks run again."""
    folder.mkdir(parents=True, exist_ok=True)

    def speak(text: str) -> AudioChunk:
        path = folder / (hashlib.sha1(f"{voice}\n{text}".encode()).hexdigest()[:20] + ".wav")
        if path.exists():
            return load_speech(path)
        chunk = synthesize(text)
        write_wav(path, chunk)
        return chunk

    return speak


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


def _same(got: object, want: object) -> bool:
    if isinstance(got, tuple) and isinstance(want, tuple):
        return bool(got) and set(got) <= set(want)
    return got == want


def _true_of(engine: Engine, q: Question, heard: str, meant: str, truth: Mapping[str, FactValue] | None) -> bool:
    """True when a truthful patient who said ``meant`` accepts ``heard`` read back: nothing in it
    is wrong (``truth``, when known, decides what ``meant`` does not say) and, except for the
    opening story and a choice they picked or were asked about, it holds the whole answer."""
    def facts(text: str) -> dict[str, FactValue]:
        return answer_facts(read(text, engine.today(), q.id, q.kind), q)

    got, want = facts(heard), facts(meant)
    if not got:
        return False
    if heard in q.choices:  # a choice's wording is coarse ("after a fall or a knock"): its main fact decides
        got = {q.sets[0]: got[q.sets[0]]} if q.sets[0] in got else got
    for name, value in got.items():
        expected = want.get(name, truth.get(name) if truth is not None else None)
        if expected is None and truth is not None and isinstance(value, bool):
            expected = False  # a screen the patient's truth does not name is a "no"
        if not _same(value, expected):
            return False
    whole = q.id == engine.flow.start or heard in q.choices  # a choice they picked or were asked about
    return whole or all(_same(want[k], got.get(k)) or want[k] == got.get(k) for k in want if k in q.sets)


def _agrees(engine: Engine, q: Question, heard: str, meant: str) -> bool:
    """True when ``heard`` states what ``meant`` states about the question's own facts."""
    want, got = _own_facts(engine, q, meant), _own_facts(engine, q, heard)
    return bool(want) and all(got.get(k) == v for k, v in want.items())


def truthful_reply(engine: Engine, request: Listen, said: str, answers: dict[str, str],
                   truth: Mapping[str, FactValue] | None = None,
                   plain: Callable[[Question], str] | None = None) -> str:
    """What a truthful patient who said ``said`` (and ``answers`` before, by question) replies;
    ``truth``: the whole truth about them, when known (a read-back may name what they did not say);
    ``plain``: their short plain answer to a question asked again (else they say the same again)."""
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
    if request.purpose == "again" and plain is not None:
        return plain(q)  # asked again more simply: the plain answer, not the whole story again
    if request.purpose == "confirm":
        meant = answers.get(q.id, said)
        if request.meaning in ("yes", "no", "you're not sure"):  # a recheck read back
            said_as = {"i don't know": "you're not sure"}.get(_yes_no(engine, q, meant), _yes_no(engine, q, meant))
            return "yes" if said_as == request.meaning else "no"
        if _true_of(engine, q, request.heard, meant, truth):
            return "yes"
        meaning = engine.preview(meant) or " ".join(meant.lower().split())
        return "yes" if request.meaning == meaning else "no"
    if request.purpose == "closed":
        if q.kind == "yes_no":
            return _yes_no(engine, q, said)
        choices = q.choices[:9]
        picked = next((i for i, c in enumerate(choices) if _agrees(engine, q, c, said)), None)
        if picked is None:  # no choice says it all: the first that is true of them
            picked = next((i for i, c in enumerate(choices) if _true_of(engine, q, c, said, truth)), None)
        return "i don't know" if picked is None else NUMBER_WORDS[picked + 1]
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
        reply = truthful_reply(self.engine, request, self.said, self.owner.answers, self.owner.truth,
                               self.owner.plain)
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
    truth: Mapping[str, FactValue] | None = None
    """The whole truth about the patient, when known (a story's annotation)."""
    plain: Callable[[Question], str] | None = None
    """The patient's short plain answer to a question asked again, when known."""
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
