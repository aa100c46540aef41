"""The flow file's schema: questions, transitions, red flags, care rules, outcomes, advice.

A flow is data (``flows/*.yaml``); these pydantic models describe it and are
exported as JSON Schema next to the flows (``flows/flow.schema.json``). Cross
checks that need the whole flow (unknown ids, unreachable questions, outcomes
with no path) live in :mod:`backchat.core.loader`.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

__all__ = [
    "AnswerKind",
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
]

AnswerKind = Literal["yes_no", "duration", "location", "radiation", "onset", "number", "free"]
Level = Literal["emergency", "urgent", "gp", "self_care"]

END = "end"
"""The transition target that means: the interview is over, triage picks the outcome."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True, defer_build=True)


class Condition(_Model):
    """A test on one fact, or ``any`` of several conditions.

    Exactly one test is given with ``fact``: ``is`` (equals), ``in`` (one of),
    ``contains`` (a list fact holds the item), ``ge``/``gt``/``le``/``lt``
    (numbers), ``known`` (stated or not), ``unknown`` (the person said they don't know).
    """

    fact: str | None = None
    is_: Any = Field(default=None, alias="is")
    in_: list[Any] | None = Field(default=None, alias="in")
    contains: str | None = None
    ge: float | None = None
    gt: float | None = None
    le: float | None = None
    lt: float | None = None
    known: bool | None = None
    unknown: bool | None = None
    any: list[Condition] | None = None

    @model_validator(mode="after")
    def _one_test(self) -> Condition:
        if self.any is not None:
            if self.fact is not None:
                raise ValueError("give either 'any' or 'fact', not both")
            if not self.any:
                raise ValueError("'any' needs at least one condition")
            return self
        if self.fact is None:
            raise ValueError("a condition needs 'fact' (or 'any')")
        tests = [n for n in ("is_", "in_", "contains", "ge", "gt", "le", "lt", "known", "unknown")
                 if getattr(self, n) is not None]
        if len(tests) != 1:
            raise ValueError("a condition on a fact needs exactly one test: is, in, contains, "
                             "ge, gt, le, lt, known or unknown")
        return self

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


class Source(_Model):
    """Where a rule or an advice item comes from."""

    title: str
    url: str = ""


class Question(_Model):
    """One thing the intake asks."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    prompt: str = Field(min_length=1)
    preface: str = Field(default="", description="A short why, said before a sensitive question.")
    reprompt: str = Field(min_length=1, description="A shorter way to ask again.")
    simpler: str = Field(default="", description="Simpler words, for a second try after 'I don't know'.")
    why: str = Field(min_length=1, description="Why this is asked, in plain words.")
    kind: AnswerKind
    sets: list[str] = Field(min_length=1, description="The facts an answer sets.")
    examples: list[str] = Field(default_factory=list, description="Answers it understands.")
    choices: list[str] = Field(default_factory=list, description="Offered after two failures.")
    label: str = Field(default="", description="The part of the intake, shown as progress.")
    confirm: str = Field(
        default="", description="A short yes/no question that checks a sign this question screens "
        "for, when the person may have mentioned it (a hedge, a possible match); default: "
        "'You mentioned <the sign> - is that happening to you now?'")
    vague: list[str] = Field(
        default_factory=list, description="Values of its first fact that do not answer it: the "
        "question is still asked when one of them is known (radiation 'leg': how far down?).")


class Transition(_Model):
    """From one question to the next; the first whose conditions all hold is taken."""

    from_: str = Field(alias="from")
    to: str
    when: list[Condition] = Field(default_factory=list)


class RedFlag(_Model):
    """A red flag: when it holds, it forces a care level and (usually) ends the interview."""

    id: str
    flag: str | None = Field(
        default=None, description="The public red flag this rule raises (default: its id; "
        "rules whose flag is not one of the public red flags raise none, only a reason).")
    level: Level
    when: list[Condition] = Field(min_length=1)
    if_unknown: Level | None = Field(
        default=None,
        description="The care level when a fact this rule names was answered 'I don't know'.")
    ends_interview: bool = True
    reason: str = Field(min_length=1)
    unknown_reason: str = ""
    sources: list[str] = Field(min_length=1)


    @property
    def public_flag(self) -> str:
        """The red flag this rule raises."""
        return self.flag or self.id


class CareRule(_Model):
    """A rule that is not a red flag but still raises the care level."""

    id: str
    level: Level
    when: list[Condition] = Field(min_length=1)
    reason: str = Field(min_length=1)
    sources: list[str] = Field(min_length=1)


class OutcomeSpec(_Model):
    """A care level and what to tell the person."""

    id: Level
    title: str
    action: str = Field(description="What to do now.")
    safety_net: bool = Field(default=True, description="Add the safety-netting text.")


class AdviceItem(_Model):
    """One piece of self-care advice, chosen by the facts."""

    id: str
    title: str
    text: str
    outcomes: list[Level] = Field(min_length=1)
    when: list[Condition] = Field(default_factory=list)
    unless: list[Condition] = Field(default_factory=list)
    sources: list[str] = Field(min_length=1)


class Thresholds(_Model):
    """Duration bands (ACP 2017: acute under 4 weeks, chronic over 12)."""

    subacute_from_days: int = Field(gt=0)
    chronic_from_days: int = Field(gt=0)


class Flow(_Model):
    """A whole intake flow."""

    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    version: str
    title: str
    greeting: str
    disclaimer: str
    safety_net: str
    safety_net_sources: list[str] = Field(min_length=1)
    start: str
    thresholds: Thresholds
    sources: dict[str, Source]
    questions: list[Question] = Field(min_length=1)
    transitions: list[Transition] = Field(min_length=1)
    red_flags: list[RedFlag] = Field(default_factory=list)
    care_rules: list[CareRule] = Field(default_factory=list)
    outcomes: list[OutcomeSpec] = Field(min_length=1, description="Highest care level first.")
    default_outcome: Level = "self_care"
    advice: list[AdviceItem] = Field(default_factory=list)
    _runtime: dict[str, Any] = PrivateAttr(default_factory=dict)

    @property
    def runtime(self) -> dict[str, Any]:
        """Objects built from this flow once and shared by its intakes (its state machine)."""
        return self._runtime

    def question(self, qid: str) -> Question:
        """The question with this id (KeyError when there is none)."""
        for q in self.questions:
            if q.id == qid:
                return q
        raise KeyError(qid)

    def outcome(self, oid: str) -> OutcomeSpec:
        """The outcome with this id (KeyError when there is none)."""
        for o in self.outcomes:
            if o.id == oid:
                return o
        raise KeyError(oid)

    def rank(self, level: str) -> int:
        """0 for the highest care level; larger is lower."""
        return [o.id for o in self.outcomes].index(level)  # type: ignore[arg-type]
