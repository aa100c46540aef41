"""The recogniser constraint for each question, built once from the flow and kept."""

from __future__ import annotations

from collections.abc import Callable

from backchat.core.flow import Flow, Question
from backchat.speech.grammars import Constraint, build_constraint
from backchat.speech.ports import Listener

__all__ = ["ConstraintBook"]


class ConstraintBook:
    """Constraints per question id, plus one for yes/no confirmations.

    Built lazily and cached; when the listener can tell which words it knows
    (``has_word``), phrases with unknown words are dropped or respelled.
    """

    def __init__(self, flow: Flow, listener: Listener | None = None) -> None:
        self._flow = flow
        has_word = getattr(listener, "has_word", None)
        self._lexicon: Callable[[str], bool] | None = has_word if callable(has_word) else None
        self._cache: dict[str, Constraint] = {}

    def _build(self, key: str, kind: str, examples: list[str]) -> Constraint:
        if key not in self._cache:
            self._cache[key] = build_constraint(kind, examples, lexicon=self._lexicon, label=key)
        return self._cache[key]

    def for_question(self, question: Question | None) -> Constraint | None:
        """What the question expects (None once the interview is over: anything goes)."""
        if question is None:
            return self._build("after", "free", [])
        return self._build(question.id, question.kind, [*question.examples, *question.choices])

    def confirmation(self) -> Constraint:
        """"yes" / "no" (and the commands and red-flag phrases every question keeps)."""
        return self._build("confirm", "yes_no", ["yes that's right", "no that's wrong"])
