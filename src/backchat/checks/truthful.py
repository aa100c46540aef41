"""A truthful patient: a story opens the real intake, then every later question gets a true answer.

This is the end-to-end check of issue 9: what matters is not whether the story's words were
read right, but where the person ends. The story text is the first answer; each later
question is answered in plain words from the story's annotation (``facts``, then
``answers`` for what the text leaves open), and anything unstated takes the benign default
(every red-flag screen "no", age 40, duration 5 days, severity 5, improving yes, recurrent
no, radiation none, location lower). Confirming questions ("You mentioned ... is that
happening to you now?") are answered from the same truth; so is a joint check of what the
story was read as ("Just to check, I noted: ...": yes only when every reading is true).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from backchat.core.engine import Engine
from backchat.core.facts import CATALOGUE, FactValue
from backchat.core.flow import Flow, Question

__all__ = ["StoryResult", "DEFAULTS", "truth_of", "answer_for", "joint_answer", "run_story", "run_text", "unsaid"]

MAX_TURNS = 60

DEFAULTS: Mapping[str, FactValue] = {
    "age": 40, "duration_days": 5, "severity": 5, "improving": True, "recurrent": False,
    "radiation": "none", "location": ("lower",),
}
"""What a person whose story leaves something open would truthfully say (every screen: no)."""

_TRIGGER = {
    "lifting": "when I was lifting something", "bending": "when I bent down",
    "twisting": "when I twisted round", "fall": "after I slipped and fell over",
    "accident": "after a car crash", "sport": "playing football", "exercise": "after a workout at the gym",
    "sleeping": "I woke up with it", "other": "while I was doing some housework",
    "unknown": "I don't know what set it off",
}
_ONSET = {"sudden": "it came on suddenly", "gradual": "it came on gradually",
          "trauma": "it started with a fall"}
_PLACE = {"lower": "my lower back", "middle": "the middle of my back",
          "upper": "between my shoulder blades", "buttock": "my buttock", "neck": "my neck",
          "left": "on the left side", "right": "on the right side"}
_REACH = {"none": "no, it stays in my back", "buttock": "just into my buttock",
          "thigh": "down into my thigh, not past the knee", "below_knee": "down my leg to my calf",
          "foot": "all the way down my leg to my foot", "leg": "down my leg"}


@dataclass(frozen=True)
class StoryResult:
    """Where one truthful patient ended."""

    level: str | None
    """The care level given, or None when the intake did not finish."""
    turns: int
    asked: tuple[str, ...] = ()
    """The questions asked after the story, in order (a question asked twice is listed twice)."""
    transcript: tuple[tuple[str, str], ...] = field(default=(), repr=False)
    """(what the patient said, what backchat said), turn by turn."""
    unsaid: tuple[str, ...] = ()
    """Values the record holds at the end that the person never said: ``fact=value``, one per value."""
    recorded: int = 0
    """Values the record holds at the end (one per value of a list)."""


def truth_of(facts: Mapping[str, Any], answers: Mapping[str, Any] | None = None,
             red_flags: Sequence[str] = ()) -> dict[str, FactValue]:
    """The whole truth about one person: defaults, then the story's facts, then its answers.

    A story annotated with ``minor_trauma`` states thin bones or long-term steroids (the
    corpus convention), which the bones question asks as ``fragile_bones``.
    """
    truth: dict[str, FactValue] = dict(DEFAULTS)
    if "minor_trauma" in red_flags:
        truth["fragile_bones"] = True
    for source in (facts, answers or {}):
        for name, value in source.items():
            truth[name] = tuple(value) if isinstance(value, list) else value
    if truth.get("neuro_deficit") is True:
        truth.setdefault("numbness_or_weakness", True)
    return truth


def unsaid(record: Mapping[str, FactValue], truth: Mapping[str, FactValue]) -> tuple[list[str], int]:
    """The values in ``record`` that the truthful person never said (a screen they were not asked counts as the "no"
    they would give; "not sure" of how it started is said), and how many values it holds."""
    out: list[str] = []
    count = 0
    for fact, value in record.items():
        said = truth.get(fact, False if fact in CATALOGUE and CATALOGUE[fact].kind == "bool" else None)
        values = value if isinstance(value, tuple | list) else (value,)
        count += len(values)
        if fact == "trigger" and value == "unknown" and said is None:
            continue
        held = said if isinstance(said, tuple | list) else (said,)
        out += [f"{fact}={v}" for v in values if v not in held]
    return out, count


def _yes(value: FactValue | None) -> str:
    return "yes" if value is True else "no"


def answer_for(q: Question, truth: Mapping[str, FactValue], confirming: str | None = None) -> str:
    """A plain, true answer to ``q`` (or to the confirming question about ``confirming``)."""
    if confirming is not None:
        return _yes(truth.get(confirming))
    fact = q.sets[0]
    value = truth.get(fact)
    if q.kind == "yes_no":
        return _yes(value)
    if q.kind == "onset":
        onset, trigger = truth.get("onset"), truth.get("trigger")
        said = [words[v] for words, v in ((_ONSET, onset), (_TRIGGER, trigger))
                if isinstance(v, str) and v in words]
        return ", ".join(said) if said else "I'm not sure, it just started"
    if q.kind == "location":
        places = value if isinstance(value, tuple) else ("lower",)
        return ", ".join(_PLACE[p] for p in places if p in _PLACE) or "my lower back"
    if q.kind == "radiation":
        reach = _REACH.get(str(value), _REACH["none"])
        if truth.get("bilateral") is True:
            reach = "down both legs" if value in (None, "none", "leg") else f"{reach}, in both legs"
        return reach
    if q.kind == "duration" and isinstance(value, int):
        return f"{value} days" if value != 1 else "1 day"
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    spec = CATALOGUE.get(fact)
    return "I'm not sure" if spec is None or value is None else str(value)


def _same(a: FactValue | None, b: FactValue | None) -> bool:
    if isinstance(a, tuple | list) and isinstance(b, tuple | list):
        return sorted(map(str, a)) == sorted(map(str, b))
    return a == b


def joint_answer(engine: Engine, truth: Mapping[str, FactValue]) -> str:
    """The true answer to a joint check: yes only when every reading it lists is the truth."""
    return "yes" if all(_same(engine.facts.get(f), truth.get(f)) for f in engine.checking_all) else "no"


def run_text(flow: Flow, text: str, truth: Mapping[str, FactValue], today: date,
             hear: Callable[[str, Engine], str] | None = None) -> StoryResult:
    """Open the real engine with ``text``, then answer every question truthfully from ``truth``;
    ``hear`` stands between what the patient says and what the engine gets (the voice path)."""
    engine = Engine(flow, clock=lambda: today)
    engine.start()
    said = text
    asked: list[str] = []
    log: list[tuple[str, str]] = []
    for turns in range(1, MAX_TURNS + 1):
        turn = engine.handle(said if hear is None else hear(said, engine))
        log.append((said, turn.say))
        if turn.finished:
            wrong, count = unsaid(engine.facts, truth)
            return StoryResult(turn.outcome.level if turn.outcome else engine.state, turns,
                               tuple(asked), tuple(log), tuple(wrong), count)
        q = engine.question
        assert q is not None
        asked.append(q.id)
        said = joint_answer(engine, truth) if engine.checking_all else answer_for(q, truth, engine.confirming)
    return StoryResult(None, MAX_TURNS, tuple(asked), tuple(log))


def run_story(flow: Flow, story: Mapping[str, Any], today: date,
              hear: Callable[[str, Engine], str] | None = None) -> StoryResult:
    """Run one annotated story (``text``, ``facts``, optional ``answers`` and ``today``)."""
    truth = truth_of(story.get("facts") or {}, story.get("answers") or {}, story.get("red_flags") or ())
    when = story.get("today", today)
    return run_text(flow, str(story["text"]), truth, when if isinstance(when, date) else today, hear)
