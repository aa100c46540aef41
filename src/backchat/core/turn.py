"""What the engine gives back after each step, and the plain text of an outcome."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Literal

from backchat.core.facts import FactValue
from backchat.core.flow import AdviceItem, Flow, Question
from backchat.core.triage import Reason
from backchat.core.wording import fill_in, signs_said, sources_text

__all__ = ["Event", "Advice", "Progress", "Outcome", "Turn", "outcome_text", "make_outcome",
           "outcome_sources", "question_sources"]

Event = Literal[
    "ask",          # a new question
    "reprompt",     # the answer was not understood; asked again (with examples or choices)
    "simpler",      # "I don't know" to a red-flag question; asked again in simpler words
    "help", "why", "repeat", "undo", "restart", "quit",
    "sources",      # where the advice and the rules come from
    "off_topic",    # not about back pain; steered back
    "language",     # not English
    "empty",        # nothing was said
    "outcome",      # the interview is over: care level, reasons, advice
    "revised",      # after the outcome, a new fact changed the outcome
    "finished",     # after the outcome, nothing changed
]


@dataclass(frozen=True)
class Advice:
    """One advice item as shown to the person."""

    id: str
    title: str
    text: str
    sources: tuple[str, ...]

    @classmethod
    def of(cls, item: AdviceItem) -> Advice:
        """From the flow's advice item."""
        return cls(item.id, item.title, item.text, tuple(item.sources))


@dataclass(frozen=True)
class Progress:
    """Where the intake is: the section's name and how much is left, honestly counted."""

    section: str
    asked: int
    """Questions answered so far (said "not sure" counts)."""
    total: int
    """``asked`` plus the most questions that may still come."""
    left: tuple[int, int] = (0, 0)
    """The fewest and the most questions still to come, counting the open one."""
    skipped: tuple[str, ...] = ()
    """Questions that will not be asked (not needed, or the interview ended first)."""

    @property
    def left_text(self) -> str:
        """"last question", "3 questions to go", "2 or 3 questions to go", "a few more" or "all done"."""
        low, high = self.left
        if high == 0:
            return "all done"
        if high == 1:
            return "last question"
        if low == high:
            return f"{high} questions to go"
        if high - low == 1:
            return f"{low} or {high} questions to go"
        return f"{low} to {high} questions to go" if low > 1 else "a few more questions"


@dataclass(frozen=True)
class Outcome:
    """The end of an intake."""

    level: str
    title: str
    action: str
    reasons: tuple[Reason, ...]
    advice: tuple[Advice, ...]
    safety_net: str
    disclaimer: str


@dataclass(frozen=True)
class Turn:
    """The engine's reply to one step."""

    say: str
    """Everything to show or speak, as plain text."""
    event: Event
    question: str | None
    """The question now open (None when the interview is over)."""
    prompt: str
    """The open question's words alone ("" when none)."""
    facts: dict[str, FactValue]
    """The public facts so far, with ``red_flags`` (and ``outcome`` once finished)."""
    understood: dict[str, FactValue] = field(default_factory=dict)
    """The facts this step added or changed."""
    unknown: tuple[str, ...] = ()
    """Facts the person said they don't know."""
    to_check: tuple[str, ...] = ()
    """Facts read from a story or another answer that still wait for their check."""
    finished: bool = False
    outcome: Outcome | None = None
    progress: Progress = Progress("", 0, 0)
    red_flag_question: bool = False
    """True when the open question screens for a red flag (voice reads such answers back)."""
    choices: tuple[str, ...] = ()
    """Choices offered for the open question, when any."""


def outcome_text(flow: Flow, outcome: Outcome) -> str:
    """The outcome as plain text for line mode and speech."""
    lines = [outcome.title, "", outcome.action]
    if outcome.reasons:
        lines += ["", "Why:"] + [f"- {r.text}" for r in outcome.reasons]
    if outcome.advice:
        lines += ["", "What you can do:"] + [f"- {a.title}: {a.text}" for a in outcome.advice]
    if outcome.safety_net:
        lines += ["", "Get help straight away if things change:", outcome.safety_net]
    lines += ["", outcome.disclaimer]
    return "\n".join(lines)


def make_outcome(flow: Flow, level: str, reasons: tuple[Reason, ...],
                 advice: tuple[AdviceItem, ...],
                 facts: Mapping[str, FactValue] | None = None) -> Outcome:
    """The outcome for ``level``: the reasons at that level (all, if none), advice, safety-netting.

    Each reason is said about the person: its ``{fact}`` placeholders take their answers, and
    ``{signs}`` the signs its rule tests that they said yes to.
    """
    spec = flow.outcome(level)
    chosen = tuple(r for r in reasons if r.level == level) or reasons
    # sorted: Condition.facts() is a set, and the reason's wording must not change with the hash seed
    tested = {r.id: [f for c in r.when for f in sorted(c.facts())] for r in flow.red_flags}
    tested.update({r.id: [f for c in r.when for f in sorted(c.facts())] for r in flow.care_rules})
    said = {r.rule: {"signs": signs_said(facts or {}, tested.get(r.rule, []))} for r in chosen}
    return Outcome(
        level=level, title=spec.title, action=spec.action,
        reasons=tuple(replace(r, text=fill_in(r.text, facts or {}, said[r.rule])) for r in chosen),
        advice=tuple(Advice.of(a) for a in advice),
        safety_net=flow.safety_net if spec.safety_net else "",
        disclaimer=flow.disclaimer,
    )


def outcome_sources(flow: Flow, outcome: Outcome) -> str:
    """Where this outcome's reasons, advice and safety-netting come from, as plain text."""
    return sources_text(flow, advice=[a.id for a in outcome.advice],
                        rules=[r.rule for r in outcome.reasons], safety_net=bool(outcome.safety_net))


def question_sources(flow: Flow, question: Question) -> str:
    """Where the rules that this question's answer feeds come from, as plain text."""
    named = [(r.id, r.when) for r in flow.red_flags] + [(r.id, r.when) for r in flow.care_rules]
    rules = [rid for rid, when in named if any(set(question.sets) & c.facts() for c in when)]
    return sources_text(flow, rules=rules, rules_label="What this question checks for") or (
        "This question helps me tailor the advice; no rule rests on it alone. "
        "Once we've finished, \"sources\" shows where the advice comes from.")
