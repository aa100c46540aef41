"""The engine's dialogue state: a plain record that can be copied, saved and restored."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
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
    asked: set[str] = field(default_factory=set)
    """Facts the person gave in answer to the question that asks them (or corrected, or
    confirmed): only these let a red-flag screen be skipped when their sign is absent."""
    pending: dict[str, FactValue] = field(default_factory=dict)
    """Red-flag signs that may have been mentioned and still need a confirming question."""
    confirming: str = ""
    """The sign being confirmed now ("" when none)."""
    resume: str = ""
    """Where the dialogue carries on once the confirming questions are answered."""
    checking_all: tuple[str, ...] = ()
    """The facts read from elsewhere that the open joint check lists ("Just to check, I noted:
    ...; ... Is that right?"); empty when none is open."""
    checks_offered: bool = False
    """True once a joint check was asked (it is offered once per intake)."""

    def clone(self) -> DialogueState:
        """A copy that shares nothing mutable (fact values are immutable); far cheaper than deepcopy."""
        return replace(self, facts=dict(self.facts), unknown=set(self.unknown), asked=set(self.asked),
                       pending=dict(self.pending))

    def key(self) -> tuple[object, ...]:
        """What the care level depends on, as a hashable value (to reuse a triage)."""
        return tuple(self.facts.items()), frozenset(self.unknown)


def _to_json(facts: dict[str, FactValue]) -> dict[str, Any]:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in facts.items()}


def _from_json(data: dict[str, Any]) -> dict[str, FactValue]:
    return {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}


def dump_state(state: DialogueState) -> dict[str, Any]:
    """JSON-ready form."""
    return {
        "facts": _to_json(state.facts),
        "unknown": sorted(state.unknown), "question": state.question, "finished": state.finished,
        "failures": state.failures, "simpler_asked": state.simpler_asked,
        "choices_offered": state.choices_offered, "asked": sorted(state.asked),
        "pending": _to_json(state.pending),
        "confirming": state.confirming, "resume": state.resume,
        "checking_all": list(state.checking_all), "checks_offered": state.checks_offered,
    }


def load_state(data: dict[str, Any]) -> DialogueState:
    """Back from :func:`dump_state`."""
    return DialogueState(facts=_from_json(data["facts"]), unknown=set(data["unknown"]), question=data["question"],
                         finished=data["finished"], failures=data["failures"],
                         simpler_asked=data["simpler_asked"], choices_offered=data["choices_offered"],
                         asked=set(data.get("asked", ())), pending=_from_json(data.get("pending", {})),
                         confirming=data.get("confirming", ""), resume=data.get("resume", ""),
                         checking_all=tuple(data.get("checking_all", ())),
                         checks_offered=data.get("checks_offered", False))
