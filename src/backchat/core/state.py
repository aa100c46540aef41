"""The engine's dialogue state: a plain record that can be copied, saved and restored."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from backchat.core.facts import FactValue

__all__ = ["Exchange", "DialogueState", "dump_state", "load_state"]


@dataclass(frozen=True)
class Exchange:
    """One line of the transcript."""

    role: str
    """'assistant' or 'user'."""
    text: str
    question: str | None


@dataclass
class DialogueState:
    """Where the interview is and what is known."""

    facts: dict[str, FactValue] = field(default_factory=dict)
    unknown: set[str] = field(default_factory=set)
    question: str = ""
    finished: bool = False
    failures: int = 0
    simpler_asked: bool = False
    choices_offered: bool = False


def dump_state(state: DialogueState) -> dict[str, Any]:
    """JSON-ready form."""
    return {
        "facts": {k: list(v) if isinstance(v, tuple) else v for k, v in state.facts.items()},
        "unknown": sorted(state.unknown), "question": state.question, "finished": state.finished,
        "failures": state.failures, "simpler_asked": state.simpler_asked,
        "choices_offered": state.choices_offered,
    }


def load_state(data: dict[str, Any]) -> DialogueState:
    """Back from :func:`dump_state`."""
    facts = {k: tuple(v) if isinstance(v, list) else v for k, v in data["facts"].items()}
    return DialogueState(facts=facts, unknown=set(data["unknown"]), question=data["question"],
                  finished=data["finished"], failures=data["failures"],
                  simpler_asked=data["simpler_asked"], choices_offered=data["choices_offered"])
