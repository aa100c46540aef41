"""The voice dialogue: one spoken answer at a time, made safe for a recogniser that mishears.

Used by every voice front end (``backchat voice``, ``backchat --voice``, ``backchat replay
--voice``), each through a small :class:`VoiceHost` (speak, listen, correct an earlier answer).
For each question :meth:`VoiceDialogue.next_answer` gives the words to hand the conversation:

1. Listen. An answer that is not usable (see :mod:`.policy`) is asked again more simply, then
   in closed form (yes or no; numbered choices), then counted as "I don't know" and the
   intake moves on; unknown never lowers the care level. The same three steps everywhere.
2. Read back what matters, once: an answer that would change the care level or the advice,
   or one heard with low confidence ("I heard: ... Is that right?"). A "no" to the read-back
   goes one step down the same ladder.
3. Plain "no"s to red-flag questions are confirmed together ("So: you said no to fever, night
   pain, ... Is that right?", each named by its question's label) once sixteen are waiting (all
   the screens of an intake, usually), before the list grows past ~17 s of speech, or before
   the answer that ends the intake; if that is denied, each is asked again on its own and corrected.
4. After a denied read-back, a red flag the answer named in passing (in the opening story) is
   asked about on its own ("Did you say: ...?") and kept when confirmed.
5. Before a question that can raise the care level (where it hurts) counts as unknown (moved
   on, or "I don't know"), each choice that would raise it is asked as yes or no.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Protocol

from backchat.core.engine import Engine
from backchat.core.flow import Question
from backchat.core.wording import describe_facts
from backchat.speech.ports import Transcript
from backchat.voice.closed_form import closed_prompt, from_closed_form
from backchat.voice.constraints import ConstraintBook
from backchat.voice.listen import Listen, Purpose
from backchat.voice.policy import CONFIDENCE_THRESHOLD, Trial, matters, raises_level, try_answer, volunteered_flags
from backchat.voice.readback import verdict

__all__ = ["JOINT_CHARS", "VoiceHost", "Answer", "VoiceStats", "VoiceDialogue", "BATCH_SIZE"]

BATCH_SIZE = 16
JOINT_CHARS = 300
"""Longest joint read-back in characters (about 17 s at espeak-ng's default rate)."""
DONT_KNOW = "i don't know"


def _joint(waiting: list[tuple[Question, str]]) -> str:
    """One read-back of many plain "no"s, each named by its question's short label."""
    named = [(q.label.rstrip("?").lower() if q.label else meaning) for q, meaning in waiting]
    return "So: you said no to " + ", ".join(named) + ". Is that right?"


class VoiceHost(Protocol):
    """What a front end gives the dialogue."""

    @property
    def engine(self) -> Engine:
        """The engine of the conversation (read only: answers go back through the front end)."""
        ...

    def say(self, text: str) -> None:
        """Show and speak a line (a read-back, "sorry")."""
        ...

    def listen(self, request: Listen, book: ConstraintBook) -> Transcript | None:
        """One turn heard with ``book``'s constraint for the request; None when input ended."""
        ...

    def correct(self, question: Question, text: str) -> None:
        """Change an earlier answer (after a denied joint read-back)."""
        ...


@dataclass(frozen=True)
class Answer:
    """The words to hand the conversation for the open question."""

    text: str
    heard: Transcript
    read_back: bool = False
    stale: bool = False
    """The open question changed meanwhile (typed over, or a correction ended the intake):
    hand nothing to the conversation."""


@dataclass
class VoiceStats:
    """What the dialogue did in one intake."""

    read_backs: int = 0
    """Read-back prompts ("I heard ... Is that right?" and joint ones)."""
    joint_read_backs: int = 0
    retries: int = 0
    """Questions asked again because the answer was not usable."""
    closed_forms: int = 0
    moved_on: int = 0
    """Answers counted as "I don't know" after the closed form failed too."""
    corrections: int = 0
    log: list[str] = field(default_factory=list)


@dataclass
class VoiceDialogue:
    """Takes spoken answers through the retry ladder, read-backs and joint confirmations."""

    host: VoiceHost
    book: ConstraintBook
    threshold: float = CONFIDENCE_THRESHOLD
    stats: VoiceStats = field(default_factory=VoiceStats)
    pending: list[tuple[Question, str]] = field(default_factory=list)
    """Plain "no"s to red-flag questions waiting for a joint read-back: (question, meaning)."""
    _moved_on: str = ""
    _commanded: str = ""
    _rescued: set[str] = field(default_factory=set)

    def next_answer(self) -> Answer | None:
        """The answer to the open question (or words for after the outcome); None: input ended."""
        engine = self.host.engine
        q = engine.question
        if q is None:
            heard = self.host.listen(Listen("answer", None), self.book)
            return None if heard is None else Answer(heard.text, heard)
        step: Purpose = "check" if engine.checking or engine.checking_all else "answer"
        last = Transcript("", 0.0)
        for _ in range(6):  # at most: answer, again, closed form, each with one read-back
            heard = self.host.listen(Listen(step, q), self.book)
            if heard is None:
                return None
            if engine.question is not q:
                return Answer("", heard, stale=True)
            last = heard
            if step == "closed":
                heard = from_closed_form(q, heard)
            trial = try_answer(engine, heard, self.threshold)
            first_try = step in ("answer", "check")
            if trial.command and (first_try and self._commanded != q.id or trial.turn.event == "quit"):
                self._commanded = q.id  # honoured once per question: a misheard answer is often "what?"
                return Answer(trial.text, heard)
            if trial.command:
                trial = replace(trial, usable=False)
            if not trial.usable:
                if step == "closed" or self._moved_on == q.id:
                    return self._move_on(q, heard)
                step = self._step_down(q, step, heard)
                continue
            if trial.unsure:  # "I don't know" where it hurts or how it started: ask about the sign itself
                sign = self._ask_signs(q, heard)
                if sign is not None:
                    return sign
            if trial.read_back == "now" and not self._confirmed(q, trial):
                if self._rescue_flags(q, trial.text):
                    return Answer("", heard, stale=True)
                if step == "closed":
                    return self._move_on(q, heard)
                step = self._step_down(q, step, heard, denied=True)
                continue
            return self._accept(q, trial, heard)
        return self._move_on(q, last)

    # -- the ladder ---------------------------------------------------------------------------
    def _step_down(self, q: Question, step: Purpose, heard: Transcript, denied: bool = False) -> Purpose:
        lead = "Sorry about that." if denied else "Sorry, I didn't catch that."
        why = "read-back denied" if denied else "not usable"
        self.stats.log.append(f"{q.id}: {step} heard {heard.text!r} ({heard.confidence:.2f}"
                              f"{', out of grammar' if heard.out_of_grammar else ''}): {why}")
        if step in ("answer", "check"):  # a check not heard: the question itself, more simply
            self.stats.retries += 1
            self.host.say(f"{lead} {q.simpler or q.reprompt}")
            return "again"
        self.stats.closed_forms += 1
        self.host.say(f"{lead} {closed_prompt(q)}")
        return "closed"

    def _move_on(self, q: Question, heard: Transcript) -> Answer:
        sign = self._ask_signs(q, heard)
        if sign is not None:
            return sign
        self.stats.moved_on += 1
        self._moved_on = q.id
        self.stats.log.append(f"{q.id}: moved on as not known")
        self._confirm_before_the_end(try_answer(self.host.engine, Transcript(DONT_KNOW, 1.0), self.threshold))
        if self.host.engine.question is not q:
            return Answer("", heard, stale=True)
        return Answer(DONT_KNOW, heard)

    def _ask_signs(self, q: Question, heard: Transcript) -> Answer | None:
        """Before a question that can raise the care level (where it hurts) is counted unknown:
        each choice that would raise it is asked on its own, as yes or no ("Is it between the
        shoulder blades?"), so that not being heard never hides a red flag."""
        engine = self.host.engine
        if q.kind == "yes_no" or self._moved_on == q.id or not matters(engine.flow, q):
            return None
        self._moved_on = q.id
        for choice in q.choices[:9]:
            if not raises_level(engine, choice):
                continue
            self.stats.closed_forms += 1
            self.host.say(f"Is it: {choice}? Please say yes or no.")
            reply = self.host.listen(Listen("confirm", q, choice, choice), self.book)
            if reply is None or engine.question is not q:
                return Answer("", heard, stale=True)
            if verdict(engine, reply) == "yes":
                self.stats.log.append(f"{q.id}: {choice!r} confirmed as a sign on its own")
                trial = try_answer(engine, Transcript(choice, 1.0), self.threshold)
                return replace(self._accept(q, replace(trial, read_back="none"), heard), read_back=True)
        return None

    def _confirm_before_the_end(self, trial: Trial) -> None:
        """Confirm the waiting plain "no"s before an answer that ends the intake (not before an
        emergency: nothing they could change would raise it, and it must be said at once)."""
        outcome = trial.turn.outcome
        top = self.host.engine.flow.outcomes[0].id
        if self.pending and trial.turn.finished and (outcome is None or outcome.level != top):
            self.confirm_pending()

    def _confirmed(self, q: Question, trial: Trial) -> bool:
        self.stats.read_backs += 1
        self.host.say(f"I heard: {trial.meaning}. Is that right?")
        reply = self.host.listen(Listen("confirm", q, trial.meaning, trial.text), self.book)
        return reply is not None and verdict(self.host.engine, reply) == "yes"

    def _rescue_flags(self, q: Question, text: str) -> bool:
        """After a denied read-back: each red flag the answer named besides the question's own is
        asked about on its own ("Did you say: ...?") and recorded when confirmed, so a sign said
        in passing (in the opening story) is not lost with the rest. True: the open question changed."""
        engine = self.host.engine
        for flag_q, fact in volunteered_flags(engine, q, text):
            if flag_q.id in self._rescued:
                continue
            self._rescued.add(flag_q.id)
            meaning = describe_facts({fact: True})
            self.stats.read_backs += 1
            self.host.say(f"Did you say: {meaning}?")
            reply = self.host.listen(Listen("confirm", flag_q, meaning, "yes"), self.book)
            if reply is not None and verdict(engine, reply) == "yes":
                self.stats.log.append(f"{q.id}: kept the red flag {fact} said in passing")
                self.host.correct(flag_q, "yes")
                if self.host.engine.question is not q:
                    return True
        return False

    def _accept(self, q: Question, trial: Trial, heard: Transcript) -> Answer:
        if trial.read_back == "later":
            if self.pending and len(_joint([*self.pending, (q, trial.meaning)])) > JOINT_CHARS:
                self.confirm_pending()  # the list would take too long to say: confirm what is waiting
                if self.host.engine.question is not q:
                    return Answer("", heard, stale=True)
            self.pending.append((q, trial.meaning))
        if len(self.pending) >= BATCH_SIZE:
            self.confirm_pending()
        else:
            self._confirm_before_the_end(trial)
        if self.host.engine.question is not q:
            return Answer("", heard, stale=True)
        return Answer(trial.text, heard, read_back=trial.read_back == "now")

    # -- plain "no"s, confirmed together ------------------------------------------------------
    def confirm_pending(self) -> None:
        """Read back the waiting plain "no"s together; ask each again if that is denied."""
        waiting, self.pending = self.pending, []
        if not waiting:
            return
        self.stats.read_backs += 1
        self.stats.joint_read_backs += 1
        self.host.say(_joint(waiting))
        together = tuple(q.id for q, _ in waiting)
        reply = self.host.listen(Listen("confirm_all", None, together=together), self.book)
        if reply is not None and verdict(self.host.engine, reply) == "yes":
            return
        for question, _ in waiting:
            if self.host.engine.finished:
                break  # a corrected answer ended the intake (an emergency)
            self._recheck(question)

    def _recheck(self, q: Question) -> None:
        self.host.say(q.simpler or q.reprompt)
        heard = self.host.listen(Listen("recheck", q), self.book)
        if heard is None:
            return
        reading = heard.text if heard.text else DONT_KNOW
        answer = verdict(self.host.engine, heard)
        meaning = {"yes": "yes", "no": "no"}.get(answer, "you're not sure")
        self.stats.read_backs += 1
        self.host.say(f"I heard: {meaning}. Is that right?")
        reply = self.host.listen(Listen("confirm", q, meaning), self.book)
        if reply is None or verdict(self.host.engine, reply) != "yes" or answer not in ("yes", "no"):
            reading = DONT_KNOW
        self.stats.corrections += 1
        self.host.correct(q, reading)

