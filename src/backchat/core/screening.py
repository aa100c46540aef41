"""Safety that does not depend on understanding: which red-flag questions must still be asked.

* A red-flag screen question is skipped only when the person stated that very sign, or answered
  it (to the question itself, a correction, or a confirming question). A volunteered denial or
  an inference ("it came on while bending", so no accident) never skips it.
* A sign that may have been mentioned (``Reading.uncertain``) is confirmed with one short
  question before the dialogue moves on; it is never dropped and never taken as said. So is
  an urgent sign read from a story (``held_to_confirm``: several sentences, or 20 words): stories are
  where signs are misread, and a misread story must not send someone to urgent care. An
  emergency sign stated ends the interview at once; one the reader doubts (hedged, of an earlier
  episode, or told only at one remove: quoted advice, a condition, long ago; or in a story, the
  learned verifier's doubt) is confirmed first, by the very next question.
* The emergency screens are the questions whose own answer can make the level an emergency;
  an urgent flag found early still lets them be asked first.
* A fact that decides the care level in any other way (how long, where, how far it spreads,
  whether it is getting better, whether it happened before, age) is *checked*: read from a
  story or from an answer to another question, it skips its own question only when it raises
  the level to a GP visit or beyond urgent (a rule that names it holds). A reading that keeps
  the level low is checked ("Just to check, you've had this pain for 3 days. Is that right?"),
  so a misread story can add a question but never lower the outcome; so is one that raises it
  only to urgent ("I noted between your shoulder blades"), so a misread place does not send
  anyone to urgent care. How it started, read from a story told in answer to the first question
  (``story_values``), is checked the same way, first: a misread story must not write "set off by
  lifting" in a record where the person never said it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from typing import TYPE_CHECKING, Literal

from backchat.core.conditions import all_hold
from backchat.core.facts import CATALOGUE, FactValue
from backchat.core.flow import Condition, Flow, Question
from backchat.core.machine import emergency_screens
from backchat.core.state import DialogueState
from backchat.core.triage import DERIVED_FROM, Triage
from backchat.core.wording import asking, checked_words, describe_fact, fill_in

if TYPE_CHECKING:
    from backchat.core.understand import Reading

__all__ = ["Screens", "Step", "screens_for", "is_story", "story_values", "satisfied", "note_answered", "new_signs",
           "next_step", "held_to_confirm", "confirmation", "confirm_prompt", "needs_check", "check_prompt",
           "waiting_checks", "joint_check_prompt", "JOINT_CHECK", "check_answer"]

JOINT_CHECK = 4
"""Most readings one joint check lists (a longer list is hard to follow, above all by voice)."""

Step = tuple[Literal["", "finish", "confirm", "screen"], str]
"""What the dialogue must do next before anything else, and the fact or question it concerns."""


@dataclass(frozen=True)
class Screens:
    """What a flow screens for, worked out once per flow."""

    red_flag_facts: frozenset[str]
    """Every fact a red-flag rule names."""
    screen_facts: frozenset[str]
    """Yes/no facts that a red flag names, or whose answer decides whether a red-flag question
    is asked (numbness decides the nerve-sign follow-up): never skipped on an inference."""
    emergency: tuple[str, ...]
    """The emergency screen questions, in flow order."""
    asker: dict[str, str]
    """For each screen fact, the question that asks it."""
    asked_in: frozenset[str]
    """Every question id (the states where the dialogue is still asking)."""
    checked: Mapping[str, tuple[tuple[Condition, ...], ...]]
    """For each checked fact (the first fact of a question other than the first one, not a
    screen, that a rule above the default level names), the conditions of those rules."""
    checked_urgent: Mapping[str, tuple[tuple[Condition, ...], ...]] = dataclass_field(default_factory=dict)
    """Of ``checked``, the rules at the urgent level ("pain between the shoulder blades"): a reading
    that raises the level only through them is checked too, so a misread story cannot send someone
    to urgent care by where it hurts."""
    story_checked: tuple[str, ...] = ()
    """The facts of the first question (how it started): read from a story told in answer to it, they are checked
    with the person like any other reading, so a misread story does not write "set off by lifting" in the record."""
    confirmed_first: frozenset[str] = frozenset()
    """Signs that raise an urgent (not an emergency) red flag and have a confirming question: read
    from free words (a story, or an answer to another question), each is confirmed before it
    counts, so a misread story cannot send someone to urgent care. Emergency signs stated end at once."""


def _is_bool(fact: str) -> bool:
    spec = CATALOGUE.get(fact)
    return spec is not None and spec.kind == "bool"


def screens_for(flow: Flow) -> Screens:
    """The flow's screens (built on first use and kept with the flow)."""
    found = flow.runtime.get("screens")
    if isinstance(found, Screens):
        return found
    named = {f for rf in flow.red_flags for c in rf.when for f in c.facts()}
    signs = {f for f in named if _is_bool(f)}
    red_questions = {q.id for q in flow.questions if set(q.sets) & signs}
    gates = {f for t in flow.transitions if t.to in red_questions for c in t.when
             for f in c.facts() if _is_bool(f)}
    screen_facts = signs | gates
    asker: dict[str, str] = {}
    for q in flow.questions:  # a question that asks the fact first wins over one that also sets it
        asker.setdefault(q.sets[0], q.id)
    for q in flow.questions:
        for fact in q.sets:
            asker.setdefault(fact, q.id)
    raising = [(r.when, r.level) for r in flow.red_flags if r.level != flow.default_outcome]
    raising += [(r.when, r.level) for r in flow.care_rules if r.level != flow.default_outcome]
    checked: dict[str, tuple[tuple[Condition, ...], ...]] = {}
    checked_urgent: dict[str, tuple[tuple[Condition, ...], ...]] = {}
    for q in flow.questions:
        fact = q.sets[0]
        if q.id == flow.start or fact in screen_facts:
            continue  # the first question's story is checked by story_values; screens are always asked
        naming = [(tuple(when), level) for when, level in raising
                  if fact in {DERIVED_FROM.get(f, f) for c in when for f in c.facts()}]
        if naming:
            checked.setdefault(fact, tuple(when for when, _ in naming))
            checked_urgent.setdefault(fact, tuple(when for when, level in naming if flow.rank(level) == 1))
    emergency = {f for rf in flow.red_flags if flow.rank(rf.level) == 0 for c in rf.when for f in c.facts()}
    confirmed_first = frozenset(f for f in signs - emergency
                                if f in asker and flow.question(asker[f]).confirm)
    built = Screens(frozenset(named), frozenset(screen_facts), emergency_screens(flow),
                    {f: asker[f] for f in sorted(screen_facts) if f in asker},
                    frozenset(q.id for q in flow.questions), checked, checked_urgent,
                    story_checked=_story_checked(flow, screen_facts), confirmed_first=confirmed_first)
    flow.runtime["screens"] = built
    return built


def _story_checked(flow: Flow, screen_facts: set[str]) -> tuple[str, ...]:
    first = flow.question(flow.start)
    return () if first.kind == "yes_no" or set(first.sets) & screen_facts else tuple(first.sets)


def is_story(text: str) -> bool:
    """Several sentences, or 20 words (what a recogniser hears has no full stops): a story, not a single statement."""
    return _STORY.search(text.strip()) is not None or len(text.split()) >= STORY_WORDS


def story_values(q: Question, state: DialogueState, screens: Screens) -> list[str]:
    """The facts of ``q`` that a story gave and the person has not yet confirmed (the first question only)."""
    if not screens.story_checked or q.sets[0] != screens.story_checked[0]:
        return []
    if any(f in state.asked or f in state.unknown for f in q.sets):
        return []
    return [f for f in q.sets if f in state.facts and state.facts[f] not in q.vague]


def satisfied(q: Question, state: DialogueState, screens: Screens) -> bool:
    """True when ``q`` needs no asking: answered, not known to the person, or its sign stated."""
    primary = q.sets[0]
    if primary in state.unknown:
        return True
    if primary in state.facts and state.facts[primary] in q.vague:
        return False
    if primary not in screens.screen_facts:  # any fact it asks for answers it ("lifting a box")
        for fact in q.sets:
            if fact in state.facts:
                return True
        return False
    return state.facts.get(primary) is True or primary in state.asked


def needs_check(q: Question, state: DialogueState, screens: Screens, full: Mapping[str, FactValue]) -> bool:
    """True when ``q``'s fact is known but was never answered to ``q`` itself, and what is known
    keeps the level low or raises it only to urgent: the reading is checked with the person before
    the question is passed (a reading that sets a GP visit or an emergency is taken as said).

    ``full`` is the facts with the derived ones (``with_derived``)."""
    if story_values(q, state, screens):
        return True
    fact = q.sets[0]
    rules = screens.checked.get(fact)
    if rules is None or fact not in state.facts or fact in state.asked or fact in state.unknown:
        return False
    if state.facts[fact] in q.vague:
        return False  # asked in full anyway
    holding = [when for when in rules if all_hold(when, full, frozenset())]
    return all(when in screens.checked_urgent.get(fact, ()) for when in holding)  # low, or urgent only


def check_answer(fact: str, reading: Reading, free: Reading, value: FactValue | None) -> str:
    """What an answer to a check says: "value" (a value for the fact, the same or new), "yes",
    "no", "unknown", or "" (none of these)."""
    if fact in free.facts:
        return "value"  # "it goes down to my knee", "lower back, left side"
    if free.answer == "no":  # "no, about three weeks" corrects; a bare "no" denies the reading
        return "value" if fact in reading.facts and reading.facts[fact] != value else "no"
    if free.answer in ("yes", "unknown"):
        return free.answer
    return "value" if fact in reading.facts else ""


def check_prompt(q: Question, state: DialogueState, facts: Sequence[str] = ()) -> str:
    """The short question that checks a reading of ``q``'s fact; a yes/no question is simply
    asked (its own words are as short, and "no" would be ambiguous)."""
    if q.kind == "yes_no":
        return asking(q)
    if q.check:
        return fill_in(q.check, state.facts)
    said = ", ".join(describe_fact(f, state.facts[f]) for f in (facts or q.sets[:1]))
    return f"Just to check, I noted {said}. Is that right?"


def waiting_checks(flow: Flow, state: DialogueState, screens: Screens, full: Mapping[str, FactValue]) -> list[str]:
    """Every fact whose reading waits for a check, in the order the flow asks them."""
    out: list[str] = []
    for q in flow.questions:
        if q.sets[0] not in out and needs_check(q, state, screens, full):
            out.extend(story_values(q, state, screens) or [q.sets[0]])
    return out


def joint_check_prompt(facts: Iterable[str], state: DialogueState) -> str:
    """One check of several readings ("Just to check, I noted: ...; ... Is that right?")."""
    said = "; ".join(checked_words(f, state.facts[f]) for f in facts if f in state.facts)
    return f"Just to check, I noted: {said}. Is that right?"


def note_answered(reading: Reading, q: Question, state: DialogueState, screens: Screens, yes_no_taken: bool) -> None:
    """Record the facts the person gave in answer to ``q`` itself."""
    if q.sets[0] in screens.story_checked and is_story(reading.text) and not reading.correction:
        return  # the story's reading of how it started is checked, not taken as answered
    for fact in q.sets:
        if fact in reading.facts:
            state.asked.add(fact)
    if yes_no_taken:
        state.asked.add(q.sets[0])


def new_signs(reading: Reading, q: Question | None, state: DialogueState, screens: Screens) -> None:
    """Queue each red-flag sign the reading was unsure of, unless it is settled already."""
    for fact, value in reading.uncertain.items():
        if value is not True or fact not in screens.asker or fact in reading.facts:
            continue
        if state.facts.get(fact) is True or fact in state.unknown or fact in state.pending:
            continue
        if q is not None and fact == q.sets[0] and reading.answer not in ("yes", "no"):
            continue  # the open question itself is asked again (or noted as not sure)
        if q is not None and q.sets[0] in reading.uncertain and state.facts.get(fact) is False and fact in state.asked:
            continue  # a hedged answer given again, with a sign in it already denied: not asked again
        state.pending[fact] = value


def held_to_confirm(reading: Reading, q: Question | None, screens: Screens) -> Reading:
    """The reading with each urgent sign it read from a story (several sentences) moved to
    ``uncertain``, to be confirmed by one short question: a story's asides (other people, old
    history, things that are not symptoms) are where signs are misread. A sign said in one short
    sentence (under ``STORY_WORDS`` words), in answer to its own question, or in a correction
    counts at once."""
    if not is_story(reading.text) or reading.correction:
        return reading
    held = {f: v for f, v in reading.facts.items() if v is True and f in screens.confirmed_first
            and (q is None or f not in q.sets)}
    if not held:
        return reading
    return replace(reading, facts={k: v for k, v in reading.facts.items() if k not in held},
                   uncertain={**reading.uncertain, **held})


_STORY = re.compile(r"[.!?]\s+\S|\n\s*\S")
"""A sentence ends and another follows: the text is a story, not a single statement."""
STORY_WORDS = 20
"""So many words make a story too, with no sentence end: what a recogniser hears has no full stops."""


def confirm_prompt(flow: Flow, fact: str, value: FactValue) -> str:
    """The one short question that confirms a sign that may have been mentioned."""
    q = flow.question(screens_for(flow).asker[fact])
    if q.confirm:
        return q.confirm
    return f"You mentioned {describe_fact(fact, value)}. Is that happening to you now?"


def next_step(state: DialogueState, screens: Screens, found: Triage, flow: Flow,
              is_satisfied: Callable[[Question], bool]) -> Step:
    """What comes before the next question: an emergency ends the interview at once; a sign
    to confirm is asked next; an urgent flag lets each emergency screen not yet answered be
    asked, then ends the interview."""
    if found.ends_interview and flow.rank(found.level) == 0:
        return "finish", ""
    if state.pending:
        return "confirm", next(iter(state.pending))
    if found.ends_interview:
        for qid in screens.emergency:
            if not is_satisfied(flow.question(qid)):
                return "screen", qid
        return "finish", ""
    return "", ""


def confirmation(reading: Reading, fact: str, value: FactValue) -> Literal["yes", "no", "unknown", ""]:
    """The answer to "You mentioned ... is that happening to you now?" ("" when there is none)."""
    if fact in reading.facts:
        return "yes" if reading.facts[fact] == value else "no"
    if reading.answer in ("yes", "no", "unknown"):
        return reading.answer
    return ""
