"""The flow file's shape: questions, transitions, red flags, care rules, outcomes, advice.

A flow is data (``flows/*.yaml``). These frozen dataclasses are the one description of its
shape and the objects an intake runs on; importing them costs next to nothing. Each field's
rules (aliases, lengths, patterns, bounds, descriptions) are kept in its metadata, from which
:mod:`backchat.core.flow_schema` derives the pydantic models that validate a flow file and
give its JSON Schema (``flows/flow.schema.json``). Cross checks that need the whole flow
(unknown ids, unreachable questions, outcomes with no path) live in :mod:`backchat.core.loader`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = [
    "AnswerKind",
    "Level",
    "Condition",
    "Question",
    "Transition",
    "RedFlag",
    "CareRule",
    "OutcomeSpec",
    "AdviceItem",
    "Source",
    "Thresholds",
    "Flow",
    "END",
    "SHAPES",
]

AnswerKind = Literal["yes_no", "duration", "location", "radiation", "onset", "number", "free"]
Level = Literal["emergency", "urgent", "gp", "self_care"]

END = "end"
"""The transition target that means: the interview is over, triage picks the outcome."""

_shape = dataclass(frozen=True, kw_only=True, slots=True)


def _rules(**rules: Any) -> dict[str, Any]:
    """A field's rules for the schema: ``alias``, ``description``, ``min_length``, ``pattern``, ``gt``."""
    return rules


@_shape
class Condition:
    """A test on one fact, or ``any`` of several conditions.

    Exactly one test is given with ``fact``: ``is`` (equals), ``in`` (one of),
    ``contains`` (a list fact holds the item), ``ge``/``gt``/``le``/``lt``
    (numbers), ``known`` (stated or not), ``unknown`` (the person said they don't know).
    """

    fact: str | None = None
    is_: Any = field(default=None, metadata=_rules(alias="is"))
    in_: list[Any] | None = field(default=None, metadata=_rules(alias="in"))
    contains: str | None = None
    ge: float | None = None
    gt: float | None = None
    le: float | None = None
    lt: float | None = None
    known: bool | None = None
    unknown: bool | None = None
    any: list[Condition] | None = None

    def facts(self) -> set[str]:
        """Every fact this condition names."""
        if self.any is not None:
            return set().union(*(c.facts() for c in self.any))
        return {self.fact} if self.fact else set()

    def describe(self) -> str:
        """A short readable form, used in diagrams."""
        if self.any is not None:
            return " or ".join(c.describe() for c in self.any)
        for name, sign in (("is_", "=="), ("in_", "in"), ("contains", "has"), ("ge", ">="),
                           ("gt", ">"), ("le", "<="), ("lt", "<")):
            value = getattr(self, name)
            if value is not None:
                shown = str(value).lower() if isinstance(value, bool) else value
                return f"{self.fact} {sign} {shown}"
        if self.known is not None:
            return f"{self.fact} {'known' if self.known else 'not known'}"
        return f"{self.fact} {'unknown' if self.unknown else 'answered'}"


@_shape
class Source:
    """Where a rule or an advice item comes from."""

    title: str
    url: str = ""


@_shape
class Question:
    """One thing the intake asks."""

    id: str = field(metadata=_rules(pattern=r"^[a-z][a-z0-9_]*$"))
    prompt: str = field(metadata=_rules(min_length=1))
    preface: str = field(default="", metadata=_rules(description="A short why, said before a sensitive question."))
    reprompt: str = field(metadata=_rules(min_length=1, description="A shorter way to ask again."))
    simpler: str = field(default="", metadata=_rules(
        description="Simpler words, for a second try after 'I don't know'."))
    why: str = field(metadata=_rules(min_length=1, description="Why this is asked, in plain words."))
    kind: AnswerKind
    sets: list[str] = field(metadata=_rules(min_length=1, description="The facts an answer sets."))
    examples: list[str] = field(default_factory=list, metadata=_rules(description="Answers it understands."))
    choices: list[str] = field(default_factory=list, metadata=_rules(description="Offered after two failures."))
    label: str = field(default="", metadata=_rules(description="The part of the intake, shown as progress."))
    confirm: str = field(default="", metadata=_rules(
        description="A short yes/no question that checks a sign this question screens "
        "for, when the person may have mentioned it (a hedge, a possible match); default: "
        "'You mentioned <the sign> - is that happening to you now?'"))
    check: str = field(default="", metadata=_rules(
        description="A short question that checks a value of its first fact read from a story "
        "or another answer, with {fact} placeholders (\"Just to check, you've had this pain for "
        "{duration_days}. Is that right?\"); default: 'Just to check, I noted <the value>. Is "
        "that right?'. Yes/no questions are asked in full instead."))
    vague: list[str] = field(default_factory=list, metadata=_rules(
        description="Values of its first fact that do not answer it: the "
        "question is still asked when one of them is known (radiation 'leg': how far down?)."))


@_shape
class Transition:
    """From one question to the next; the first whose conditions all hold is taken."""

    from_: str = field(metadata=_rules(alias="from"))
    to: str
    when: list[Condition] = field(default_factory=list)


@_shape
class RedFlag:
    """A red flag: when it holds, it forces a care level and (usually) ends the interview."""

    id: str
    flag: str | None = field(default=None, metadata=_rules(
        description="The public red flag this rule raises (default: its id; "
        "rules whose flag is not one of the public red flags raise none, only a reason)."))
    level: Level
    when: list[Condition] = field(metadata=_rules(min_length=1))
    if_unknown: Level | None = field(default=None, metadata=_rules(
        description="The care level when a fact this rule names was answered 'I don't know'."))
    ends_interview: bool = True
    reason: str = field(metadata=_rules(min_length=1))
    unknown_reason: str = ""
    sources: list[str] = field(metadata=_rules(min_length=1))

    @property
    def public_flag(self) -> str:
        """The red flag this rule raises."""
        return self.flag or self.id


@_shape
class CareRule:
    """A rule that is not a red flag but still raises the care level."""

    id: str
    level: Level
    when: list[Condition] = field(metadata=_rules(min_length=1))
    reason: str = field(metadata=_rules(min_length=1))
    sources: list[str] = field(metadata=_rules(min_length=1))


@_shape
class OutcomeSpec:
    """A care level and what to tell the person."""

    id: Level
    title: str
    action: str = field(metadata=_rules(description="What to do now."))
    safety_net: bool = field(default=True, metadata=_rules(description="Add the safety-netting text."))


@_shape
class AdviceItem:
    """One piece of self-care advice, chosen by the facts."""

    id: str
    title: str
    text: str
    outcomes: list[Level] = field(metadata=_rules(min_length=1))
    when: list[Condition] = field(default_factory=list)
    unless: list[Condition] = field(default_factory=list)
    sources: list[str] = field(metadata=_rules(min_length=1))


@_shape
class Thresholds:
    """Duration bands (ACP 2017: acute under 4 weeks, chronic over 12)."""

    subacute_from_days: int = field(metadata=_rules(gt=0))
    chronic_from_days: int = field(metadata=_rules(gt=0))


@_shape
class Flow:
    """A whole intake flow."""

    name: str = field(metadata=_rules(pattern=r"^[a-z][a-z0-9_]*$"))
    version: str
    title: str
    greeting: str
    disclaimer: str
    safety_net: str
    safety_net_sources: list[str] = field(metadata=_rules(min_length=1))
    start: str
    thresholds: Thresholds
    sources: dict[str, Source]
    questions: list[Question] = field(metadata=_rules(min_length=1))
    transitions: list[Transition] = field(metadata=_rules(min_length=1))
    red_flags: list[RedFlag] = field(default_factory=list)
    care_rules: list[CareRule] = field(default_factory=list)
    outcomes: list[OutcomeSpec] = field(metadata=_rules(min_length=1, description="Highest care level first."))
    default_outcome: Level = "self_care"
    advice: list[AdviceItem] = field(default_factory=list)
    _runtime: dict[str, Any] = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def runtime(self) -> dict[str, Any]:
        """Objects built from this flow once and shared by its intakes (its state machine)."""
        return self._runtime

    def question(self, qid: str) -> Question:
        """The question with this id (KeyError when there is none)."""
        index: dict[str, Question] | None = self._runtime.get("questions")
        if index is None:
            index = self._runtime["questions"] = {}
            for q in self.questions:
                index.setdefault(q.id, q)  # the first of a duplicated id, as a search would find
        return index[qid]

    def outcome(self, oid: str) -> OutcomeSpec:
        """The outcome with this id (KeyError when there is none)."""
        for o in self.outcomes:
            if o.id == oid:
                return o
        raise KeyError(oid)

    def rank(self, level: str) -> int:
        """0 for the highest care level; larger is lower (ValueError for a level with no outcome)."""
        ranks: dict[str, int] | None = self._runtime.get("ranks")
        if ranks is None:
            ranks = self._runtime["ranks"] = {o.id: i for i, o in enumerate(self.outcomes)}
        if level not in ranks:
            raise ValueError(f"{level!r} is not a care level of this flow")
        return ranks[level]


SHAPES: tuple[type, ...] = (Condition, Source, Question, Transition, RedFlag, CareRule, OutcomeSpec,
                            AdviceItem, Thresholds, Flow)
"""Every shape of a flow, each after those it names (the order the schema is derived in)."""
