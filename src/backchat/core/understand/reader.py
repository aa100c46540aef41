"""Read one utterance for every fact at once, optionally as the answer to a question."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from backchat.core.facts import FactValue
from backchat.core.understand import (
    answers,
    assertion,
    body,
    course,
    duration,
    numbers_facts,
    onset,
    screens,
    subjects,
    symptoms,
    verifier,
    whose,
)
from backchat.core.understand.answers import Command, YesNo
from backchat.core.understand.lazy import lazy
from backchat.core.understand.text import Utterance, has_letters, prepare

__all__ = ["Reading", "read"]

_CORRECTION = lazy(
    r"^(?:actually|sorry|correction|i meant|i mean|no wait|wait|oh wait|let me correct|"
    r"change (?:that|my answer)|scratch that|on second thought)\b"
)


@dataclass(frozen=True)
class Reading:
    """What one utterance says."""

    text: str
    facts: dict[str, FactValue] = field(default_factory=dict)
    """Every fact the text states (public and screen facts)."""
    answer: YesNo | None = None
    """A yes / no / not sure at the start of the answer."""
    number: float | None = None
    """The one number of a short answer."""
    hedged: bool = False
    command: Command | None = None
    correction: bool = False
    other_language: bool = False
    on_topic: bool = True
    empty: bool = False
    uncertain: dict[str, FactValue] = field(default_factory=dict)
    """Red-flag signs that may be stated but whose reading is doubtful (a hedge, a possible match,
    a clause that may be about the past or someone else): the engine asks one confirming question.
    A sign is never in both ``facts`` and ``uncertain``."""


def read(text: str, today: date | None, question: str | None = None, kind: str | None = None, *,
         verify: bool = True) -> Reading:
    """Read ``text``; ``question``/``kind`` give the question it answers, if any. ``today`` is the
    message date (None when unknown: a weekday then gives no duration). A story (no question, or
    the opening one) is then checked by the :mod:`verifier` (``verify=False``: the rules alone)."""
    reading = _read(text, today, question, kind)
    if not verify or question not in (None, "onset") or not reading.facts:
        return reading
    doubted = verifier.doubt(text, reading.facts, lambda s: verifier.items_of(_read(s, today, None, None).facts))
    checked = _without(reading, doubted) if doubted else reading
    # a story left with nothing at all would be answered "Sorry, I didn't quite understand": the rules stand
    return checked if checked.facts or checked.uncertain else reading


def _without(reading: Reading, doubted: verifier.Items) -> Reading:
    """``reading`` less the values the verifier doubts: a red-flag sign becomes uncertain (one confirming
    question, asked before anything else; yes or not sure escalates), any other value is not written
    down (its question is asked). An emergency sign is no exception: left out one set at a time, the
    verifier doubted none of the 632 emergency signs the rules read rightly from sets 1-22 and 13 of the
    37 they invented (``train.py --held-out``), and an invented one ends the interview in an emergency."""
    facts, uncertain = dict(reading.facts), dict(reading.uncertain)
    for name, value in doubted:
        if name in assertion.RED_SIGNS and value is True:
            uncertain[name] = facts.pop(name)
        elif isinstance(facts.get(name), tuple):
            kept = tuple(v for v in facts[name] if v != value)  # type: ignore[union-attr]
            if kept:
                facts[name] = kept
            else:
                del facts[name]
        else:
            facts.pop(name, None)
    if facts.get("numbness_or_weakness") is None and facts.get("neuro_deficit") is True:
        facts["numbness_or_weakness"] = True
    return replace(reading, facts=facts, uncertain=uncertain)


def _read(text: str, today: date | None, question: str | None, kind: str | None) -> Reading:
    """:func:`read` without the verifier."""
    u = prepare(text)
    if not u.text.strip(" .,!?-_*#~"):
        command = answers.read_command(u) if u.text.strip() else None
        return Reading(text=text, empty=command is None, command=command)
    command = answers.read_command(u)
    if command is not None:
        return Reading(text=text, command=command)
    asked = kind == "onset" or question == "onset"
    facts = _read_facts(u, today, asked=asked)
    whose.drop_others(u, facts, lambda v: _read_facts(v, today, asked=asked), assertion.RED_SIGNS)
    whose.drop_general(u, facts, lambda v: _read_facts(v, today, asked=asked), assertion.RED_SIGNS)
    assertion.denied_next(u, facts, lambda v: _read_facts(v, today, asked=False))
    assertion.denied_list(u, facts, lambda v: _read_facts(v, today, asked=False))
    uncertain = subjects.said_elsewhere(u, facts, lambda v: _read_facts(v, today, asked=False))
    uncertain.update(assertion.doubtful_signs(u, facts, lambda v: _read_facts(v, today, asked=False)))
    uncertain.update(assertion.earlier_signs(u, facts, lambda v: _read_facts(v, today, asked=False)))
    uncertain.update(assertion.signs_at_a_remove(u, facts, lambda v: _read_facts(v, today, asked=False), question))
    uncertain.update(assertion.signs_in_jest(u, facts, lambda v: _read_facts(v, today, asked=False), question))
    if facts.get("bladder_bowel") is False and question != "bladder_bowel" and not symptoms.both_denied(u):
        del facts["bladder_bowel"]  # a partial denial in a story ("peeing seems fine")

    def put(name: str, value: FactValue | None) -> None:
        if value is not None:
            facts[name] = value

    if not has_letters(text):
        # numbers and signs alone state nothing, except as the answer to the question asked ("38.5")
        for name in [n for n in facts if n != question]:
            del facts[name]
    answer = answers.read_yes_no(u)
    number = numbers_facts.bare_number(u)
    if kind == "duration" and "duration_days" not in facts:
        put("duration_days", duration.bare_days(u))
    if question == "age" and "age" not in facts and number is not None and 1 <= number <= 120:
        facts["age"] = int(number)
    if question == "severity" and "severity" not in facts and number is not None and 0 <= number <= 10:
        facts["severity"] = round(number)
    if question == "recurrent" and "recurrent" not in facts:
        put("recurrent", course.answer_recurrent(u))
    if question == "improving" and "improving" not in facts:
        put("improving", course.answer_improving(u))
    if question == "onset" and answer == "unknown" and "trigger" not in facts:
        facts["trigger"] = "unknown"
    correction = _CORRECTION.match(u.text) is not None
    if kind == "radiation" and "radiation" not in facts:
        put("radiation", body.read_radiation(u, answering=True))
    if kind == "radiation" and question not in (None, "radiation") and not correction and (
            answer == "no" and "radiation" not in facts or facts.get("radiation") == "none"):
        # at "how far down your leg?" a no ("no, not that far") names no level: it is as unclear
        # as "not sure" and never erases the spread already said ("down my leg" stays `leg`)
        facts.pop("radiation", None)
        answer = "unknown"
    if kind == "radiation" and "radiation" not in facts:
        if answer == "no":
            facts["radiation"] = "none"  # a plain no answers "does it spread?"
        elif re.search(r"\bboth\b", u.text) and "bilateral" not in facts:
            facts["bilateral"] = True
    return Reading(
        text=text,
        facts=facts,
        answer=answer,
        number=number,
        hedged=answers.is_hedged(u),
        correction=correction,
        other_language=answers.other_language(u),
        on_topic=bool(facts) or bool(uncertain) or answer is not None or answers.about_back_pain(u)
        or (question is not None and answers.answer_like(u)),
        uncertain=uncertain,
    )


def _read_facts(u: Utterance, today: date | None, asked: bool) -> dict[str, FactValue]:
    """Every fact the prepared text states (``asked``: it answers "how did it start")."""
    facts: dict[str, FactValue] = {}

    def put(name: str, value: FactValue | None) -> None:
        if value is not None:
            facts[name] = value

    trigger = onset.read_trigger(u, asked=asked)
    put("onset", onset.read_onset(u, trigger))
    put("trigger", trigger)
    put("trauma", onset.read_trauma(u))
    put("location", body.read_location(u))
    put("radiation", body.read_radiation(u))
    put("bilateral", body.read_bilateral(u))
    put("numbness_or_weakness", symptoms.read_numbness(u))
    put("neuro_deficit", symptoms.read_deficit(u))
    put("bladder_bowel", symptoms.read_bladder_bowel(u))
    put("saddle_numbness", symptoms.read_saddle(u))
    put("sexual_change", symptoms.read_sexual(u))
    put("fever", symptoms.read_fever(u))
    put("duration_days", duration.read_duration(u, today))
    put("age", numbers_facts.read_age(u))
    put("severity", numbers_facts.read_severity(u))
    put("night_pain", screens.read_night_pain(u))
    put("weight_loss", screens.read_weight_loss(u))
    put("cancer_history", screens.read_cancer_history(u))
    put("immune", screens.read_immune(u))
    put("fragile_bones", screens.read_fragile_bones(u))
    put("chest_pain", screens.read_chest_pain(u))
    put("back_lump", screens.read_back_lump(u))
    put("improving", course.read_improving(u))
    put("recurrent", course.read_recurrent(u))
    if facts.get("neuro_deficit") is True:
        facts["numbness_or_weakness"] = True
    return facts
