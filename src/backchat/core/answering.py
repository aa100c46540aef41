"""Applying one reading to the dialogue state: numbered choices, merging facts, yes / no / don't know.

Pure functions of the state; the engine calls them in this order for each answer.
"""

from __future__ import annotations

from collections.abc import Set
from datetime import date
from typing import TYPE_CHECKING, Literal

from backchat.core.facts import FactValue, ordered_locations
from backchat.core.flow import Question
from backchat.core.state import DialogueState

if TYPE_CHECKING:
    from backchat.core.understand import Reading

__all__ = ["pick_choice", "merge_facts", "apply_answer", "answer_facts", "DontKnow"]

DontKnow = Literal["", "simpler", "unknown"]


def pick_choice(reading: Reading, q: Question, state: DialogueState, today: date) -> Reading:
    """After choices were offered, "2" means the second choice."""
    if not (state.choices_offered and q.choices and reading.number is not None):
        return reading
    n = int(reading.number)
    if reading.number == n and 1 <= n <= len(q.choices) and q.kind != "number":
        from backchat.core.understand import read  # the reader is loaded with the first answer

        return read(q.choices[n - 1], today, q.id, q.kind)
    return reading


def merge_facts(reading: Reading, state: DialogueState, red_flag_facts: Set[str]) -> dict[str, FactValue]:
    """Take every fact the reading states; returns the ones that changed.

    Places add up ("lower back", later "and the left side") unless the location question is
    open or the person corrects themselves. A red flag once stated is not cleared by a plain
    "no" later on; only an explicit correction ("actually, ...") or "go back" clears it.
    """
    changed: dict[str, FactValue] = {}
    facts = state.facts
    for name, value in reading.facts.items():
        old = facts.get(name)
        if name == "location" and old is not None and not reading.correction and state.question != "location":
            assert isinstance(old, tuple) and isinstance(value, tuple)
            value = ordered_locations(set(old) | set(value))
        if old is True and value is False and name in red_flag_facts and not reading.correction:
            continue
        if old != value:
            facts[name] = value
            changed[name] = value
        state.unknown.discard(name)
    return changed


def apply_answer(reading: Reading, q: Question, state: DialogueState, changed: dict[str, FactValue],
                 red_flag_question: bool) -> DontKnow:
    """Apply a yes / no / don't know to the open question.

    Returns "simpler" when a red-flag question should be asked again in simpler words,
    "unknown" when the answer is recorded as not known, and "" otherwise.
    """
    primary = q.sets[0]
    if primary in reading.facts:
        return ""
    if reading.correction and changed:
        return ""  # "actually it's been two weeks" corrects an earlier answer, not this one
    value = answer_facts(reading, q).get(primary)  # a plain yes or no to a yes/no question
    if isinstance(value, bool):
        if state.facts.get(primary) is not True or value:
            if state.facts.get(primary) != value:
                changed[primary] = value
            state.facts[primary] = value
        return ""
    if reading.answer == "unknown":
        if red_flag_question and q.simpler and not state.simpler_asked:
            state.simpler_asked = True
            return "simpler"
        state.unknown.add(primary)
        return "unknown"
    return ""


def answer_facts(reading: Reading, q: Question | None) -> dict[str, FactValue]:
    """The facts an answer to ``q`` gives: every fact it states, and a plain yes or no to a
    yes/no question as that question's fact."""
    facts = dict(reading.facts)
    if q is not None and q.kind == "yes_no" and q.sets[0] not in facts and reading.answer in ("yes", "no"):
        facts[q.sets[0]] = reading.answer == "yes"
    return facts
