"""The recogniser constraint for each question, built once from the flow and kept.

Each listener restricts a constraint to the words its own dictionary knows (and keeps that
result), so the constraints here are built without a dictionary check.
"""

from __future__ import annotations

from backchat.core.flow import Flow, Question
from backchat.speech.grammars import Constraint, build_constraint

__all__ = ["ConstraintBook"]


class ConstraintBook:
    """Constraints per question id, plus one for yes/no confirmations; built lazily, cached."""

    def __init__(self, flow: Flow) -> None:
        self._flow = flow
        self._cache: dict[str, Constraint] = {}

    def _build(self, key: str, kind: str, examples: list[str]) -> Constraint:
        if key not in self._cache:
            self._cache[key] = build_constraint(kind, examples, label=key)
        return self._cache[key]

    def for_question(self, question: Question | None) -> Constraint:
        """What the question expects (free speech once the interview is over)."""
        if question is None:
            return self._build("after", "free", [])
        return self._build(question.id, question.kind, [*question.examples, *question.choices])

    def confirmation(self) -> Constraint:
        """"yes" / "no" (and the commands and red-flag phrases every question keeps)."""
        return self._build("confirm", "yes_no", ["yes that's right", "no that's wrong"])
