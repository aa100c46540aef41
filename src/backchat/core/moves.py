"""The dialogue's state and its moves through the flow's state machine.

:class:`Moves` holds what an intake knows and where it is, and makes every move the safety
rules call for before the next question: end the interview on an emergency, confirm a sign
that may have been mentioned, ask the emergency screens after an urgent flag, advance along
the flow. :class:`~backchat.core.engine.Engine` adds the public API and the words.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from backchat.core.answering import merge_facts
from backchat.core.conditions import all_hold
from backchat.core.facts import FactValue
from backchat.core.flow import Flow, Question
from backchat.core.machine import ADVANCE, ESCALATE, RESUME_AT, REVISE, SCREEN, STEP_AWAY, Cursor, machine_for
from backchat.core.screening import (
    JOINT_CHECK,
    check_answer,
    check_prompt,
    confirm_prompt,
    confirmation,
    joint_check_prompt,
    needs_check,
    new_signs,
    next_step,
    satisfied,
    screens_for,
    story_values,
    waiting_checks,
)
from backchat.core.state import DialogueState as _State
from backchat.core.state import Exchange
from backchat.core.triage import Triage, triage, with_derived
from backchat.core.turn import Event, Outcome, Turn
from backchat.core.wording import asking, describe_facts

if TYPE_CHECKING:
    from backchat.core.understand import Reading

__all__ = ["Moves", "Clock"]

Clock = Callable[[], date]


_ANSWER_RANK = {"": 0, "unknown": 1, "no": 2, "yes": 3, "value": 4}
"""Of the answers to a check of several readings, the one that counts: a value given for any of them first."""


class Moves:
    """An intake's state, and the moves that keep it safe; the words come from the subclass."""

    def __init__(self, flow: Flow, clock: Clock = date.today) -> None:
        self.flow = flow
        self._clock = clock
        self._screens = screens_for(flow)
        self._machine = machine_for(flow)
        self._cursor = Cursor(self, flow.start)
        self._state = _State(question=self._cursor.state)
        self._undo: list[_State] = []
        self.transcript: list[Exchange] = []
        self._red_flag_facts = self._screens.red_flag_facts
        self._screened_facts = self._red_flag_facts | self._screens.screen_facts
        self._triaged: dict[bool, tuple[object, Triage]] = {}
        self._derived: tuple[object, dict[str, FactValue]] | None = None
        self._last_say = ""

    # -- the Judge protocol, used by the machine's guards ---------------------------------
    def holds_all(self, transition_index: int) -> bool:
        """True when every condition of flow transition ``transition_index`` holds."""
        t = self.flow.transitions[transition_index]
        return all_hold(t.when, self._full(), self._state.unknown)

    def _full(self) -> dict[str, FactValue]:
        """The facts with the derived ones, worked out once per state."""
        key = self._state.key()
        if self._derived is None or self._derived[0] != key:
            self._derived = (key, with_derived(self.flow, self._state.facts))
        return self._derived[1]

    def picks(self, outcome: str) -> bool:
        """True when triage picks ``outcome`` now."""
        return self._triage(final=True).level == outcome

    def _confirm_words(self) -> str:
        fact = self._state.confirming
        return confirm_prompt(self.flow, fact, self._state.pending.get(fact, True))

    def _triage(self, final: bool) -> Triage:
        key = self._state.key()
        kept = self._triaged.get(final)
        if kept is None or kept[0] != key:  # guards ask again and again per move, final or not
            kept = self._triaged[final] = (key, triage(self.flow, self._state.facts, self._state.unknown,
                                                       final=final, full=self._full()))
        return kept[1]

    def _satisfied(self, q: Question) -> bool:
        return satisfied(q, self._state, self._screens) and not self._needs_check(q)

    def _needs_check(self, q: Question) -> bool:
        """True when ``q``'s fact was read from elsewhere and keeps the level low (see screening)."""
        fact = q.sets[0]  # the cheap tests first: the progress walk asks this of every question, every turn
        if fact in self._screens.story_checked[:1]:
            return bool(story_values(q, self._state, self._screens))
        if fact not in self._screens.checked or fact in self._state.asked or fact not in self._state.facts:
            return False
        return needs_check(q, self._state, self._screens, self._full())

    def _checking(self) -> str:
        """The fact whose reading the open question checks ("" when none; a yes/no question
        with a reading to check is simply asked, see :meth:`_drop_unchecked`)."""
        q = self.flow.question(self._cursor.state) if self._cursor.state in self._screens.asked_in else None
        if q is None or q.kind == "yes_no" or self._state.confirming or self._state.finished \
                or self._state.checking_all:
            return ""
        return q.sets[0] if self._needs_check(q) else ""

    def _drop_unchecked(self, q: Question) -> None:
        """A yes/no question asked to check a reading: the answer decides, not the reading (a
        plain "no" must be able to clear a reading of "it is getting better")."""
        if q.kind == "yes_no" and self._needs_check(q):
            self._state.facts.pop(q.sets[0], None)

    def _asking(self, q: Question) -> str:
        """The question as put now: a check of what was read, or the question itself."""
        return self._check_prompt(q) if self._needs_check(q) else asking(q)

    def _check_prompt(self, q: Question) -> str:
        return check_prompt(q, self._state, story_values(q, self._state, self._screens))

    def _fire(self, trigger: str, target: str | None = None) -> bool:
        """Move the machine by one of its triggers (``target`` for the guarded moves)."""
        return bool(self._machine.events[trigger].trigger(self._cursor, target=target))

    def _move_to(self, target: str) -> None:
        """Go back (or on) to a place the dialogue has been, through the machine's hub."""
        self._fire(STEP_AWAY)
        moved = self._fire(RESUME_AT, target)
        assert moved, f"the flow has no state {target!r}"

    def _next_step(self, changed: dict[str, FactValue], note: str = "") -> Turn | None:
        """End the interview, confirm a sign, or ask an emergency screen, when one is due."""
        kind, target = next_step(self._state, self._screens, self._triage(final=False),
                                 self.flow, self._satisfied)
        if kind == "finish":
            self._state.pending.clear()
            self._fire(ESCALATE if self._cursor.state in self._screens.asked_in else REVISE)
            return self._finish(changed)
        if kind == "confirm":
            if not self._state.resume:
                self._state.resume = self._cursor.state
            self._move_to(self._screens.asker[target])
            self._state.confirming = target
            self._reset_attempts()
            return self._reply(f"{self._ack(changed, note)} {self._confirm_words()}".strip(), "ask", changed)
        if kind == "screen":
            first = self._cursor.state not in self._screens.emergency
            self._state.resume = ""
            self._fire(SCREEN, target)
            self._reset_attempts()
            if first:
                note = f"{note} Before I tell you what to do, a few quick safety questions.".strip()
            return self._reply(f"{self._ack(changed, note)} {asking(self.flow.question(target))}".strip(),
                               "ask", changed)
        return None

    def _confirmed(self, reading: Reading, before: _State) -> Turn:
        """The answer to a confirming question: yes takes the sign, no clears it, not sure as
        the screen's not-sure rule; anything else is asked once more, then taken as not sure."""
        fact = self._state.confirming
        changed = merge_facts(reading, self._state, self._red_flag_facts)
        said = confirmation(reading, fact, self._state.pending.get(fact, True))
        if not said and self._state.failures == 0 and fact not in changed:
            self._state.failures += 1
            return self._reply(f"Sorry, I didn't quite understand. {self._confirm_words()} "
                               "A yes or no is fine.", "reprompt", changed)
        self._undo.append(before)
        value = self._state.pending.pop(fact, True)
        self._state.confirming = ""
        if fact not in changed:
            if said in ("yes", "no"):
                self._state.facts[fact] = changed[fact] = value if said == "yes" else False
                self._state.unknown.discard(fact)
            else:
                self._state.unknown.add(fact)
        self._state.asked.add(fact)
        note = "" if said in ("yes", "no") or fact in changed else "I'll note that you're not sure."
        if (step := self._next_step(changed, note)) is not None:
            return step
        return self._resume(changed, note)

    def _checked(self, reading: Reading, free: Reading, q: Question, before: _State) -> Turn:
        """The answer to a check of a reading: yes (or the same value) keeps it and a new value
        replaces it, both as answered; no or not sure asks the question in full; anything else
        is asked once more, then the question is asked in full. Facts said on the way are kept.

        ``free`` is the same words read with no question: on the radiation question a bare "no"
        means "it doesn't spread", but to "I noted that it doesn't spread. Is that right?" it
        means the opposite."""
        story = story_values(q, self._state, self._screens)
        facts = story or [q.sets[0]]
        said = max((check_answer(f, reading, free, self._state.facts.get(f)) for f in (q.sets if story else facts)),
                   key=lambda a: _ANSWER_RANK[a])  # "no, it came on gradually" answers a check of "set off by lifting"
        if said != "value":
            reading = replace(reading, facts={k: v for k, v in reading.facts.items() if k not in facts})
        elif story and free.answer != "yes":
            self._forget_misread_start(story, set(reading.facts) | set(free.facts))
        changed = merge_facts(reading, self._state, self._red_flag_facts)
        new_signs(reading, q, self._state, self._screens)
        if changed or said:
            self._undo.append(before)
        if not said and self._state.failures == 0:
            self._state.failures += 1
            if (step := self._next_step(changed)) is not None:
                return step
            lead = self._ack(changed) or "Sorry, I didn't quite understand."
            return self._reply(f"{lead} {self._check_prompt(q)} A yes or no is fine.", "reprompt", changed)
        if said in ("value", "yes"):
            self._state.asked.update(f for f in q.sets if f in reading.facts)
            self._state.asked.update(facts)
        else:
            for f in facts:
                self._state.facts.pop(f, None)
        if (step := self._next_step(changed)) is not None:
            return step
        if said in ("value", "yes"):
            return self._advance(changed)
        self._reset_attempts()
        lead = {"no": "Sorry, I got that wrong.", "unknown": "That's all right."}.get(
            said, "Let me ask it another way.")
        return self._reply(f"{self._ack(changed)} {lead} {asking(q)}".strip(), "ask", changed)

    def _check_preview(self, reading: Reading, free: Reading, q: Question) -> str:
        """What an answer to a check would be understood as: a bare "no" there denies the
        reading, so it is never previewed (or read back by voice) as "it doesn't spread"."""
        said: str
        if self._state.checking_all:
            said = "value" if set(free.facts) & set(self._state.checking_all) else free.answer or ""
            reading = free
        else:
            said = check_answer(q.sets[0], reading, free, self._state.facts.get(q.sets[0]))
        if said == "value":
            return describe_facts(reading.facts if q.sets[0] in reading.facts else free.facts)
        return {"yes": "that's right", "no": "that's not right", "unknown": "you're not sure"}.get(said, "")

    def _resume(self, changed: dict[str, FactValue], note: str = "") -> Turn:
        """Carry on where the dialogue was before the confirming questions."""
        target = self._state.resume or self.flow.start
        if target not in {q.id for q in self.flow.questions}:  # the interview had ended
            self._fire(ESCALATE)
            return self._finish(changed)
        self._state.resume = ""
        self._move_to(target)
        q = self.flow.question(target)
        if self._satisfied(q):
            return self._advance(changed, note)
        return self._ask(q, self._ack(changed, note), changed)

    def _advance(self, changed: dict[str, FactValue], note: str = "") -> Turn:
        for _ in range(len(self.flow.questions) + 1):
            self._fire(ADVANCE)
            if self._cursor.state not in {q.id for q in self.flow.questions}:
                return self._finish(changed)
            if not self._satisfied(self.flow.question(self._cursor.state)):
                break
        self._reset_attempts()
        return self._ask(self.flow.question(self._cursor.state), self._ack(changed, note), changed)

    def _ask(self, q: Question, lead: str, changed: dict[str, FactValue]) -> Turn:
        """Put ``q`` to the person: the question, its check, or, when the first reading to check
        comes and others wait too, one joint check of them all (offered once per intake)."""
        if not self._state.checks_offered and self._needs_check(q):
            waiting = waiting_checks(self.flow, self._state, self._screens, self._full())
            if len(waiting) >= 2:
                self._state.checks_offered = True
                self._state.checking_all = tuple(waiting[:JOINT_CHECK])
                return self._reply(f"{lead} {joint_check_prompt(self._state.checking_all, self._state)}".strip(),
                                   "ask", changed)
        return self._reply(f"{lead} {self._asking(q)}".strip(), "ask", changed)

    def _check_story(self, q: Question, changed: dict[str, FactValue]) -> Turn:
        """The readings of a story told in answer to the first question, checked at once: the acknowledgement
        names only what the check itself does not list."""
        waiting = waiting_checks(self.flow, self._state, self._screens, self._full())
        joint = len(waiting) >= 2 and not self._state.checks_offered
        listed = set(waiting[:JOINT_CHECK] if joint else story_values(q, self._state, self._screens))
        return self._ask(q, self._ack({k: v for k, v in changed.items() if k not in listed}), changed)

    def _forget_misread_start(self, story: Iterable[str], restated: set[str]) -> None:
        """A story's start corrected at its check ("no, it came on gradually" to "set off by lifting"): what the story
        said of how it started and the answer did not say again goes."""
        for f in story:
            if f not in restated:
                self._state.facts.pop(f, None)

    def _checked_all(self, free: Reading, q: Question, before: _State) -> Turn:
        """The answer to a joint check (``free``: read with no question). A plain yes keeps every
        reading it listed as answered; a value given for one of them is taken as its answer;
        anything else leaves each to be checked on its own at its question."""
        listed = set(self._state.checking_all)
        start = self.flow.question(self.flow.start)
        story = listed & set(story_values(start, self._state, self._screens))
        self._state.checking_all = ()
        changed = merge_facts(free, self._state, self._red_flag_facts)
        new_signs(free, None, self._state, self._screens)
        self._undo.append(before)
        given = listed & set(free.facts)
        restated = set(free.facts) & set(start.sets)
        if story and restated and free.answer != "yes":
            self._forget_misread_start(story, restated)
            given |= story
        self._state.asked.update(listed if free.answer == "yes" and not set(changed) & listed else given)
        note = "" if free.answer == "yes" or given else "Then let me check them one at a time."
        if (step := self._next_step(changed, note)) is not None:
            return step
        if self._satisfied(q):
            return self._advance(changed, note)
        self._reset_attempts()
        return self._ask(q, self._ack(changed, note), changed)

    def _reset_attempts(self) -> None:
        self._state.failures = 0
        self._state.simpler_asked = False
        self._state.choices_offered = False

    def _finish(self, changed: dict[str, FactValue]) -> Turn:
        was, self._state.resume = self._state.resume, ""
        self._state.finished = True
        self._state.confirming = ""
        event: Event = "outcome"
        if was in {o.id for o in self.flow.outcomes}:  # a sign confirmed after the outcome
            event = "finished" if was == self._cursor.state else "revised"
        return self._outcome_turn(event, changed)

    # -- supplied by the engine (the words) ---------------------------------------------------
    def _ack(self, changed: dict[str, FactValue], note: str = "") -> str:
        raise NotImplementedError

    def _outcome_turn(self, event: Event, changed: dict[str, FactValue]) -> Turn:
        raise NotImplementedError

    def _reply(self, say: str, event: Event, changed: dict[str, FactValue] | None = None,
               outcome: Outcome | None = None, log: bool = True) -> Turn:
        raise NotImplementedError
