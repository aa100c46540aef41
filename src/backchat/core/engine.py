"""The dialogue engine: pure, deterministic, driven by any front end.

``Engine.start()`` gives the first prompt; ``Engine.handle(text)`` reads what the
person said and gives the next :class:`~backchat.core.turn.Turn`. Every utterance
is read for every fact (mixed initiative), but a red-flag question is skipped only when
its sign was stated (:mod:`backchat.core.screening`). An emergency sign said at any time
ends the interview at once; an urgent one first lets the emergency screens be asked. A
sign that may have been mentioned, or an urgent one read from a story, gets one confirming
question. Commands (help, why, repeat, back, restart, quit) work anywhere. Every move goes
through the flow's state machine (:mod:`backchat.core.machine`). No I/O: the clock is injected, and the state can
be saved with :meth:`Engine.snapshot` and brought back with :meth:`Engine.restore`.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from backchat.core.answering import answer_facts, apply_answer, merge_facts, pick_choice
from backchat.core.facts import CATALOGUE, FactValue
from backchat.core.flow import Flow, Question
from backchat.core.machine import RESTART, REVISE
from backchat.core.moves import Clock, Moves
from backchat.core.progress import estimate, greeting
from backchat.core.screening import (
    held_to_confirm,
    joint_check_prompt,
    new_signs,
    note_answered,
    waiting_checks,
)
from backchat.core.state import DialogueState as _State
from backchat.core.state import Exchange, dump_state, load_state
from backchat.core.triage import public_facts, select_advice
from backchat.core.turn import Event, Outcome, Turn, make_outcome, outcome_sources, outcome_text, question_sources
from backchat.core.wording import HELP, acknowledge, asking, describe_facts, taken_back

if TYPE_CHECKING:
    from backchat.core.understand import Reading

__all__ = ["Engine", "Exchange"]


def read(text: str, today: date | None, question: str | None = None, kind: str | None = None) -> Reading:
    """What ``text`` says (:func:`backchat.core.understand.read`, its verifier for a question's answer only)."""
    from backchat.core.understand import read as understand

    return understand(text, today, question, kind, verify=question is not None)



class Engine(Moves):
    """One intake, from greeting to outcome."""

    # -- reading the state ---------------------------------------------------------------
    @property
    def question(self) -> Question | None:
        """The open question, or None once the interview is over."""
        if self._state.finished:
            return None
        return self.flow.question(self._cursor.state)

    @property
    def state(self) -> str:
        """The machine's current state: a question id or an outcome id."""
        return self._cursor.state

    @property
    def finished(self) -> bool:
        """True once an outcome has been given."""
        return self._state.finished

    @property
    def facts(self) -> dict[str, FactValue]:
        """Every fact known (public and screen facts)."""
        return dict(self._state.facts)

    @property
    def unknown(self) -> tuple[str, ...]:
        """Facts the person said they don't know."""
        return tuple(sorted(self._state.unknown))

    def public_facts(self) -> dict[str, FactValue]:
        """The public facts, ``red_flags``, and ``outcome`` once finished."""
        out = public_facts(self.flow, self._state.facts, self._full())
        if self._state.finished:
            out["outcome"] = self._cursor.state
        return out

    def today(self) -> date:
        """The engine's date (its injected clock), for reading relative dates."""
        return self._clock()

    @property
    def confirming(self) -> str | None:
        """The red-flag sign being confirmed now (the open question asks about it), or None."""
        return self._state.confirming or None

    @property
    def checking(self) -> str | None:
        """The fact whose reading from the story (or another answer) the open question checks
        ("Just to check, ... Is that right?"), or None."""
        return self._checking() or None

    @property
    def checking_all(self) -> tuple[str, ...]:
        """The facts the open joint check lists ("Just to check, I noted: ..."), or ()."""
        return self._state.checking_all

    def is_red_flag_question(self, question: Question | None = None) -> bool:
        """True when the question's answer feeds a red-flag rule (or decides one is asked)."""
        q = question or self.question
        return q is not None and not self._screened_facts.isdisjoint(q.sets)

    # -- driving it ----------------------------------------------------------------------
    def start(self) -> Turn:
        """Greet and ask the first question."""
        q = self.flow.question(self._cursor.state)
        return self._reply(f"{greeting(self.flow)}\n\n{asking(q)}", "ask")

    def handle(self, text: str) -> Turn:
        """Read one utterance and reply."""
        self.transcript.append(Exchange("user", text, None if self._state.finished else self.state))
        q = self.question
        reading = read(text, self._clock(), q.id if q else None, q.kind if q else None)
        if reading.command is not None:
            return self._command(reading.command)
        if self._state.finished:
            return self._after_outcome(reading)
        assert q is not None
        if reading.empty:
            return self._reply(f"I didn't catch anything. {q.reprompt}", "empty")
        if reading.other_language and not reading.facts:
            return self._reply("Sorry, I can only understand English for now. " + q.reprompt,
                               "language")
        before = self._state.clone()
        if self._state.confirming:
            return self._confirmed(reading, before)
        if self._state.checking_all:
            return self._checked_all(read(text, self._clock()), q, before)
        if self._checking():
            return self._checked(reading, read(text, self._clock()), q, before)
        self._drop_unchecked(q)
        reading = held_to_confirm(pick_choice(reading, q, self._state, self._clock()), q, self._screens)
        changed = merge_facts(reading, self._state, self._red_flag_facts)
        corrects_other = reading.correction and bool(changed)
        if corrects_other:  # "actually it's been two weeks" answers the fact it corrects
            self._state.asked.update(changed)
        dont_know = apply_answer(reading, q, self._state, changed, self.is_red_flag_question(q))
        note_answered(reading, q, self._state, self._screens, q.kind == "yes_no" and not corrects_other
                      and reading.answer in ("yes", "no") and q.sets[0] in self._state.facts)
        new_signs(reading, q, self._state, self._screens)
        if changed or dont_know or self._state.pending or self._satisfied(q):
            self._undo.append(before)
        if dont_know != "simpler" and (step := self._next_step(changed)) is not None:
            return step
        if dont_know == "simpler":
            return self._reply(f"That's all right. Let me ask it another way: {q.simpler}", "simpler", changed)
        if self._satisfied(q):
            return self._advance(changed, note="I'll note that you're not sure. "
                                 if dont_know == "unknown" else "")
        if changed:  # a story's reading of how it started is checked next; any other answer is asked again
            return self._check_story(q, changed) if self._needs_check(q) else self._reply(
                f"{self._ack(changed)} {q.reprompt}", "ask", changed)
        if reading.answer == "yes" and q.kind != "yes_no":
            return self._reply(q.reprompt, "reprompt")  # "yes" to "does it spread?": how far?
        return self._not_understood(q, on_topic=reading.on_topic)

    def correct(self, fact: str, text: str) -> Turn:
        """Change a fact from a free answer (the side panel's correction); re-triages.

        Every fact the owning question sets is taken from the answer ("down both legs to my
        feet" corrects how far it spreads and that both legs are affected), and any other fact
        the answer states is kept too, so a red flag said here still escalates.
        """
        self.transcript.append(Exchange("user", text, fact))
        owner = next((q for q in self.flow.questions if fact in q.sets), None)
        reading = read(text, self._clock(), owner.id if owner else None,
                       owner.kind if owner else None)
        values = answer_facts(reading, owner)
        asked = set(owner.sets) if owner else {fact}
        if not asked & set(values):
            label = CATALOGUE[fact].label if fact in CATALOGUE else fact
            return self._reply(f"Sorry, I couldn't understand that as an answer about {label}. "
                               f"{self._open_prompt()}", "reprompt")
        self._undo.append(self._state.clone())
        changed: dict[str, FactValue] = {}
        for name, value in values.items():
            if self._state.facts.get(name) != value:
                changed[name] = value
            self._state.facts[name] = value
            self._state.unknown.discard(name)
        self._state.asked |= asked & set(values)
        return self._retriage(changed)

    def revisit(self, question_id: str) -> Turn:
        """Go back to a question already answered (or the open one) and ask it again.

        A question not reached yet is refused: jumping ahead would skip the questions between.
        """
        q = self.flow.question(question_id)
        if not self._satisfied(q) and (self._state.finished or q.id != self.state):
            return self._reply(f"We haven't got to that question yet. {self._open_prompt()}".strip(),
                               "ask", log=False)
        self._undo.append(self._state.clone())
        for fact in q.sets:
            self._state.facts.pop(fact, None)
            self._state.unknown.discard(fact)
            self._state.asked.discard(fact)
        self._state.finished = False
        self._state.confirming = self._state.resume = ""
        self._move_to(q.id)
        self._reset_attempts()
        return self._reply(asking(q), "ask")

    def undo(self) -> Turn:
        """Take back the last answer."""
        return self._command("back")

    def restart(self) -> Turn:
        """Forget everything and start again."""
        return self._command("restart")

    def preview(self, text: str) -> str:
        """What an answer would be understood as, in plain words ("" when nothing)."""
        q = self.question
        reading = read(text, self._clock(), q.id if q else None, q.kind if q else None)
        if reading.command is not None:
            return ""
        if q is not None and (self._state.checking_all or self._checking()):
            return self._check_preview(reading, read(text, self._clock()), q)
        facts = answer_facts(reading, q)
        if q is not None and not facts and reading.answer == "unknown":
            return "you're not sure"
        return describe_facts(facts)

    # -- saving and restoring --------------------------------------------------------------
    def state_snapshot(self) -> dict[str, Any]:
        """The current state alone (no undo stack, no transcript): small, whatever the length so far."""
        return {"flow": self.flow.name, "flow_version": self.flow.version, "state": self._cursor.state,
                **dump_state(self._state)}

    @property
    def undo_stack(self) -> tuple[_State, ...]:
        """The states "go back" returns to, oldest first (read-only view for a recorder)."""
        return tuple(self._undo)

    def snapshot(self) -> dict[str, Any]:
        """Everything needed to carry on later, as JSON-ready data."""
        return {
            **self.state_snapshot(),
            "undo": [dump_state(s) for s in self._undo],
            "transcript": [e.__dict__ for e in self.transcript],
        }

    @classmethod
    def restore(cls, flow: Flow, data: dict[str, Any], clock: Clock = date.today) -> Engine:
        """An engine that carries on from a :meth:`snapshot`."""
        engine = cls(flow, clock)
        engine._state = load_state(data)
        engine._undo = [load_state(s) for s in data.get("undo", [])]
        engine.transcript = [Exchange(**e) for e in data.get("transcript", [])]
        engine._move_to(data["state"])
        return engine

    def current(self) -> Turn:
        """The open question (or the outcome) again, without changing anything."""
        if self._state.finished:
            return self._outcome_turn("outcome", {})
        return self._reply(self._open_prompt(), "ask", log=False)

    # -- internals ---------------------------------------------------------------------------
    def _open_prompt(self, preface: bool = True) -> str:
        """The open question as put now (a confirming question, a joint check, a check, or the
        question itself, with its preface unless ``preface`` is False)."""
        q = self.question
        if q is None:
            return ""
        if self._state.confirming:
            return self._confirm_words()
        if self._state.checking_all:
            return joint_check_prompt(self._state.checking_all, self._state)
        if self._checking():
            return self._check_prompt(q)
        return asking(q) if preface else q.prompt

    def _not_understood(self, q: Question, on_topic: bool = True) -> Turn:
        self._state.failures += 1
        event: Event = "reprompt" if on_topic else "off_topic"
        lead = "Sorry, I didn't quite understand." if on_topic else (
            "I can only help with back pain, so let's carry on.")
        if self._state.failures == 1 or not q.choices and self._state.failures == 2:
            examples = " or ".join(f'"{e}"' for e in q.examples[:2])
            hint = f" For example: {examples}." if examples else ""
            return self._reply(f"{lead} {q.reprompt}{hint}", event)
        if self._state.failures == 2 and q.choices:
            self._state.choices_offered = True
            listed = "; ".join(f"{i}. {c}" for i, c in enumerate(q.choices, 1))
            return self._reply(f"Let me make it easier. You can answer with one of these: {listed}. "
                               "(Saying the number is fine.)", "reprompt")
        self._undo.append(self._state.clone())
        self._state.unknown.add(q.sets[0])
        if (step := self._next_step({})) is not None:
            return step
        return self._advance({}, note="Let's leave that one for now.")

    def _retriage(self, changed: dict[str, FactValue]) -> Turn:
        if self._state.finished:
            if self._fire(REVISE):
                return self._outcome_turn("revised", changed)
            return self._outcome_turn("finished", changed)
        if (step := self._next_step(changed)) is not None:
            return step
        return self._reply(f"{self._ack(changed)} {self._open_prompt()}".strip(), "ask", changed)

    def _after_outcome(self, reading: Reading) -> Turn:
        before = self._state.clone()
        changed = merge_facts(reading, self._state, self._red_flag_facts)
        new_signs(reading, None, self._state, self._screens)
        if self._state.pending:  # a sign that may have been mentioned: confirm it, then re-triage
            self._undo.append(before)
            self._state.finished = False
            self._state.resume = self._cursor.state
            return self._next_step(changed) or self._resume(changed)
        if not changed:
            return self._reply("We've finished this intake. Say \"go back\" to change your last "
                               "answer, \"start again\" for a new one, or \"quit\".", "finished")
        self._undo.append(before)
        return self._retriage(changed)

    def _command(self, command: str) -> Turn:
        q = self.question
        if command == "help":
            return self._reply(f"{HELP}\n\n{self._open_prompt()}".strip(), "help")
        if command == "why":
            why = q.why if q else "I gave this advice because of the reasons listed above."
            return self._reply(f"{why}\n\n{q.reprompt if q else ''}".strip(), "why")
        if command == "repeat":
            if self._state.finished:
                return self._outcome_turn("repeat", {})
            return self._reply(self._open_prompt(), "repeat")
        if command == "sources":
            return self._sources()
        if command == "quit":
            return self._reply("Goodbye, and take care.", "quit")
        if command == "restart":
            self._state = _State()
            self._undo.clear()
            self._fire(RESTART)
            return self._reply(f"Let's start again.\n\n{self._open_prompt()}", "restart")
        if not self._undo:
            return self._reply(f"There's nothing to go back to yet. {self._open_prompt()}", "undo")
        undone = self._state
        self._state = self._undo.pop()
        self._move_to(self._state.question or self.flow.start)
        return self._reply(f"{taken_back(undone, self._state)} {self._open_prompt()}".strip(), "undo")

    def _sources(self) -> Turn:
        """Where the result (or the open question's rules) comes from: shown only on request."""
        if (q := self.question) is not None:
            return self._reply(f"{question_sources(self.flow, q)}\n\n{q.reprompt}", "sources")
        level = self._cursor.state
        advice = select_advice(self.flow, level, self._state.facts, self._state.unknown)
        outcome = make_outcome(self.flow, level, self._triage(final=True).reasons, advice)
        return self._reply(outcome_sources(self.flow, outcome), "sources")

    def _ack(self, changed: dict[str, FactValue], note: str = "") -> str:
        return acknowledge(changed, note)

    def _outcome_turn(self, event: Event, changed: dict[str, FactValue]) -> Turn:
        level = self._cursor.state
        found = self._triage(final=True)
        advice = select_advice(self.flow, level, self._state.facts, self._state.unknown)
        outcome = make_outcome(self.flow, level, found.reasons, advice, self._state.facts)
        lead = {"revised": "Thanks, that changes my advice.", "finished": "Thanks, I've noted "
                "that; it doesn't change my advice."}.get(event, "")
        say = outcome_text(self.flow, outcome)
        if lead:
            say = f"{lead}\n\n{say}"
        return self._reply(say, event, changed, outcome=outcome)

    def _reply(self, say: str, event: Event, changed: dict[str, FactValue] | None = None,
               outcome: Outcome | None = None, log: bool = True) -> Turn:
        self._state.question = self._cursor.state
        q = self.question
        if log:
            self.transcript.append(Exchange("assistant", say, q.id if q else None))
        choices = tuple(q.choices) if q and self._state.choices_offered else ()
        return Turn(
            say=say, event=event, question=q.id if q else None,
            prompt=self._open_prompt(preface=False) if q else "",
            facts=self.public_facts(), understood=dict(changed or {}), unknown=self.unknown,
            to_check=() if self._state.finished else tuple(
                waiting_checks(self.flow, self._state, self._screens, self._full())),
            finished=self._state.finished, outcome=outcome,
            progress=estimate(self.flow, self._cursor.state, self._state.facts, self._state.unknown,
                              self._state.finished, self._satisfied, self._screens.emergency
                              if self._triage(final=False).ends_interview else None, self._full()),
            red_flag_question=self.is_red_flag_question(q) if q else False, choices=choices,
        )
