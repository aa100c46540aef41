"""What a spoken answer is worth, decided by trying it on a copy of the engine.

A recogniser mishears, so before an answer counts the voice dialogue asks two things:

* **is it usable?** Nothing heard, words the engine would not understand, or a low-confidence
  "I don't know" on a question that matters (one whose facts feed a red flag or a care rule)
  is not an answer: the dialogue asks again, more simply, then in closed form.
* **does it need a read-back?** Only when it would change the care level or the advice
  (tried on a copy of the engine, as if the intake ended now), or when the confidence is
  low. A plain "no" to a red-flag question changes nothing and is confirmed later, together
  with the other plain "no"s.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from backchat.core.answering import answer_facts
from backchat.core.engine import Engine
from backchat.core.flow import Flow, Question
from backchat.core.triage import select_advice, triage
from backchat.core.turn import Turn
from backchat.core.understand import read
from backchat.speech.ports import Transcript

__all__ = ["CONFIDENCE_THRESHOLD", "Trial", "try_answer", "care_signature", "matters", "ReadBack",
           "volunteered_flags", "raises_level"]

CONFIDENCE_THRESHOLD = 0.6
ReadBack = Literal["none", "now", "later"]
"""No read-back; read back at once; confirm together with other plain "no"s."""

_NOT_UNDERSTOOD = frozenset({"reprompt", "empty", "off_topic", "language"})


@dataclass(frozen=True)
class Trial:
    """One answer tried on a copy of the engine."""

    text: str
    turn: Turn
    """What the engine would reply."""
    command: bool
    """The words are a command ("repeat", "go back", "stop"): acted on at once."""
    unsure: bool
    """The words mean "I don't know"."""
    usable: bool
    """The engine would take it as an answer (or a command)."""
    read_back: ReadBack
    meaning: str
    """What the answer would be understood as, in plain words."""


def care_signature(engine: Engine) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """The care level, red flags and advice the facts so far would give if the intake ended now."""
    flow = engine.flow
    facts, unknown = engine.facts, set(engine.unknown)
    found = triage(flow, facts, unknown, final=True)
    advice = select_advice(flow, found.level, facts, unknown)
    return found.level, tuple(sorted(found.red_flags)), tuple(a.id for a in advice)


def _rule_facts(flow: Flow) -> frozenset[str]:
    names: set[str] = set()
    for conds in [*(f.when for f in flow.red_flags), *(r.when for r in flow.care_rules)]:
        for cond in conds:
            names |= cond.facts()
    return frozenset(names)


_MATTERS: dict[int, frozenset[str]] = {}


def matters(flow: Flow, question: Question) -> bool:
    """True when the question's answer can set or clear a red flag or a care rule
    (how it started and where it hurts included)."""
    facts = _MATTERS.get(id(flow))
    if facts is None:
        facts = _MATTERS[id(flow)] = _rule_facts(flow)
    return bool(set(question.sets) & facts)


def _copy(engine: Engine) -> Engine:
    return Engine.restore(engine.flow, engine.snapshot(), engine.today)


def try_answer(engine: Engine, heard: Transcript, threshold: float = CONFIDENCE_THRESHOLD) -> Trial:
    """What ``heard`` would do to the intake, without changing it."""
    text = heard.text.strip()
    q = engine.question
    reading = read(text, engine.today(), q.id if q else None, q.kind if q else None)
    command = reading.command is not None
    unsure = reading.answer == "unknown" and not reading.facts
    copy = _copy(engine)
    turn = copy.handle(text)
    if command or engine.finished or q is None:
        return Trial(text, turn, command, unsure, bool(text), "none", "")
    usable = bool(text) and turn.event not in _NOT_UNDERSTOOD and turn.event != "simpler"
    low = heard.confidence < threshold or heard.out_of_grammar
    if unsure and low and matters(engine.flow, q):
        usable = False  # a doubtful "I don't know" is not an answer where it could hide a flag
    meaning = engine.preview(text) or text
    read_back: ReadBack = "none"
    if usable:
        if low or care_signature(copy) != care_signature(engine):
            read_back = "now"
        elif engine.is_red_flag_question(q) and q.kind == "yes_no" and reading.answer == "no":
            read_back = "later"
    return Trial(text, turn, command, unsure, usable, read_back, meaning)


def volunteered_flags(engine: Engine, q: Question, text: str) -> list[tuple[Question, str]]:
    """The red-flag screens ``text`` says yes to besides ``q``'s own facts, not yet known:
    (the screen's question, its fact)."""
    reading = read(text, engine.today(), q.id, q.kind)
    found = []
    for fact, value in answer_facts(reading, q).items():
        if value is not True or fact in q.sets or fact in engine.facts:
            continue
        owner = next((o for o in engine.flow.questions if o.kind == "yes_no" and o.sets[0] == fact), None)
        if owner is not None and engine.is_red_flag_question(owner):
            found.append((owner, fact))
    return found


def raises_level(engine: Engine, text: str) -> bool:
    """True when ``text`` as the answer to the open question would raise the care level."""
    copy = _copy(engine)
    copy.handle(text)
    flow = engine.flow
    return flow.rank(care_signature(copy)[0]) < flow.rank(care_signature(engine)[0])
