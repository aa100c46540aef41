"""What the recogniser listens for on each question, derived from what the engine understands.

One phrase source: the candidate phrases (the answer kind's templates, the question's examples
and choices, the red-flag and command phrases) are kept only when
:func:`backchat.core.understand.read` yields what they stand for: a fact the question sets (or
yes / no / "I don't know"), a red flag, or a command. So nothing is offered to the recogniser that
the engine would then not understand. The exception: the large answer kinds (:data:`LARGE_KINDS`:
durations, places, how it started) keep their whole template grammar, since a sample of it missed
common answers; tests measure how much of it the engine reads (62-87 %). Built lazily per
question, cached; each listener restricts a constraint to the words its dictionary knows.
"""

from __future__ import annotations

import re
from datetime import date
from typing import ClassVar

from backchat.background import start_daemon
from backchat.core.flow import Flow, Question
from backchat.core.understand import read
from backchat.speech import vocabulary as vocab
from backchat.speech.grammars import Constraint, build_constraint
from backchat.voice.closed_form import NUMBER_WORDS, closed_answers
from backchat.voice.listen import Listen

__all__ = ["ConstraintBook", "understood_as", "SCALE_TEMPLATES", "PART_WORDS"]

SAMPLE = 400
"""Phrases drawn from a large answer kind's templates (all of them when there are fewer)."""
SCALE_TEMPLATES: tuple[str, ...] = (
    "[about | around | maybe | roughly | probably | i'd say] [a] <n> [out of ten]",
    "[it's | it is] [about | around] [a] <n> [out of ten]",
)
"""A pain scale 0-10 in every form: "six", "about a six", "two out of ten"."""
PART_WORDS: tuple[str, ...] = ("next", "go on", "carry on", "continue", "repeat", "repeat that",
                               "say that again", "stop", "that's enough")
"""What the advice, spoken part by part, listens for between parts."""
LARGE_KINDS = frozenset({"duration", "location", "radiation", "onset"})
"""Answer kinds whose phrases are too many to list: their template grammar is used whole."""
CHECK_WORDS = ("yes", "no", "yes that's right", "no that's wrong", "that's right", "correct")
"""What a check of a reading listens for besides the question's own answers."""
FEW_COMMANDS = ("stop", "repeat", "repeat that", "go back", "help")
"""The commands a closed form listens for."""
_SCALE = r"\b0 to (\d+)\b"
_DAY = date(2026, 1, 7)  # any date: relative dates are still read as dates


def understood_as(question: Question | None, phrase: str) -> str | None:
    """What the engine reads ``phrase`` as on ``question``: "answer", "red_flag", "command", or None."""
    reading = read(phrase, _DAY, question.id if question else None, question.kind if question else None)
    if reading.command is not None:
        return "command"
    if question is not None and (set(reading.facts) & set(question.sets) or reading.answer == "unknown"
                                 or (question.kind == "yes_no" and reading.answer in ("yes", "no"))):
        return "answer"
    if any(value is True for value in reading.facts.values()):
        return "red_flag"
    if question is None and (reading.facts or reading.answer):
        return "answer"
    return None


def scale_of(q: Question) -> int | None:
    """The top of a number question's scale ("from 0 to 10"), if it has one."""
    found = re.search(_SCALE, q.prompt) if q.kind == "number" else None
    return int(found.group(1)) if found else None


class ConstraintBook:
    """Constraints per question id and purpose; built lazily, cached."""

    _books: ClassVar[dict[int, tuple[Flow, ConstraintBook]]] = {}

    @classmethod
    def of(cls, flow: Flow) -> ConstraintBook:
        """The shared book of ``flow`` (building a question's constraint reads every phrase once)."""
        kept = cls._books.get(id(flow))
        if kept is None or kept[0] is not flow:
            kept = cls._books[id(flow)] = (flow, cls(flow))
        return kept[1]

    def warm(self) -> None:
        """Build every question's constraint now (e.g. on a background thread at start)."""
        for question in self._flow.questions:
            self.for_question(question)
            if question.id == self._flow.start:
                self.opening(question)

    def warm_in_background(self) -> None:
        """:meth:`warm` on a daemon thread: a question's first turn then does not wait for it."""
        start_daemon(self.warm, "backchat-grammars")

    def __init__(self, flow: Flow) -> None:
        self._flow = flow
        self._cache: dict[str, Constraint] = {}
        self._shared: tuple[tuple[str, ...], tuple[str, ...]] | None = None
        self._answers: dict[str, list[str]] = {}

    def _everywhere(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The red-flag and command phrases the engine understands as such."""
        if self._shared is None:
            flags = tuple(p for p in vocab.RED_FLAG_PHRASES if understood_as(None, p) == "red_flag")
            commands = tuple(p for p in vocab.COMMANDS if understood_as(None, p) in ("command", "answer"))
            self._shared = (flags, commands)
        return self._shared

    def _build(self, key: str, kind: str, phrases: list[str], garbage: bool, few: bool = False) -> Constraint:
        if key not in self._cache:
            flags, commands = self._everywhere()
            if few:  # short answers: "what", "sorry" sound too like "one", "two"
                commands = tuple(c for c in commands if c in FEW_COMMANDS)
            self._cache[key] = build_constraint(kind, phrases, templates=(), red_flags=flags,
                                                commands=commands, garbage=garbage, label=key)
        return self._cache[key]

    def answer_phrases(self, q: Question) -> list[str]:
        """The answers offered to the recogniser for ``q``: each one understood as an answer to it."""
        if q.id not in self._answers:
            self._answers[q.id] = self._derive(q)
        return list(self._answers[q.id])

    def _derive(self, q: Question) -> list[str]:
        top = scale_of(q)
        if top is not None:
            numbers = " | ".join(NUMBER_WORDS[: top + 1]) if top <= 10 else "<number>"
            templates = tuple(t.replace("<n>", f"({numbers})") for t in SCALE_TEMPLATES)
            candidates = build_constraint("number", (), templates=templates, red_flags=(), commands=()).phrases(SAMPLE)
        else:
            base = build_constraint(q.kind, [*q.examples, *q.choices], red_flags=(), commands=())
            candidates = [*base.phrases(SAMPLE), *(" ".join(p.lower().split()) for p in (*q.examples, *q.choices))]
        return [p for p in dict.fromkeys(candidates) if understood_as(q, p) == "answer"]

    def _templated(self, q: Question) -> Constraint:
        """A large answer kind (durations, places, how it started): the kind's whole template
        grammar, as a sample of it would miss common answers; its phrases are checked by tests."""
        flags, commands = self._everywhere()
        return build_constraint(q.kind, [*q.examples, *q.choices], red_flags=flags, commands=commands, label=q.id)

    def for_question(self, question: Question | None) -> Constraint:
        """What the question expects (free speech once the interview is over)."""
        if question is None:
            if "after" not in self._cache:
                self._cache["after"] = build_constraint("free", [], label="after")
            return self._cache["after"]
        if question.kind == "free":
            return self._cache.setdefault(question.id, build_constraint("free", question.examples, label=question.id))
        key = question.id
        if key not in self._cache:
            if question.kind in LARGE_KINDS:
                self._cache[key] = self._templated(question)
                return self._cache[key]
            return self._build(key, question.kind, self.answer_phrases(question), question.kind in ("yes_no", "number"))
        return self._cache[key]

    def opening(self, question: Question) -> Constraint:
        """The first answer of an intake, where people tell their story (with any red flag in
        it): the domain n-gram, seeded with the question's examples and choices, not its grammar."""
        key = f"{question.id}:open"
        if key not in self._cache:
            self._cache[key] = build_constraint("free", [*question.examples, *question.choices], label=key)
        return self._cache[key]

    def closed(self, question: Question) -> Constraint:
        """The closed form: yes / no / I don't know, or the numbers of the choices."""
        answers = closed_answers(question)
        if not answers:
            return self.for_question(question)
        return self._build(f"{question.id}:closed", "yes_no", answers, True, few=True)

    def confirmation(self) -> Constraint:
        """"yes" / "no" (and the commands and red-flag phrases every question keeps)."""
        return self._build("confirm", "yes_no", list(CHECK_WORDS), True)

    def check(self, question: Question) -> Constraint:
        """A check of a reading ("Just to check, you've had this pain for 3 days. Is that
        right?"): yes or no, or the answer to the question itself ("no, about three weeks")."""
        key = f"{question.id}:check"
        if key not in self._cache:
            if question.kind in LARGE_KINDS:
                flags, commands = self._everywhere()
                self._cache[key] = build_constraint(question.kind, [*question.examples, *question.choices,
                                                                    *CHECK_WORDS],
                                                    red_flags=flags, commands=commands, label=key)
            else:
                return self._build(key, question.kind, [*self.answer_phrases(question), *CHECK_WORDS], True)
        return self._cache[key]

    def parts(self) -> Constraint:
        """Between two parts of the advice: next, repeat, stop."""
        return self._build("parts", "yes_no", list(PART_WORDS), True)

    def for_request(self, request: Listen) -> Constraint:
        """The constraint for one listening request of the voice dialogue."""
        if request.purpose == "parts":
            return self.parts()
        if request.purpose in ("confirm", "confirm_all"):
            return self.confirmation()
        if request.purpose == "check" and request.question is not None:
            return self.check(request.question)
        if request.question is None:
            return self.for_question(None)
        if request.purpose == "answer" and request.question.id == self._flow.start:
            return self.opening(request.question)
        if request.purpose == "closed":
            return self.closed(request.question)
        if request.purpose == "recheck":
            return self.closed(request.question) if request.question.kind == "yes_no" else \
                self.for_question(request.question)
        return self.for_question(request.question)
