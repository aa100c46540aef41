"""Scripted dialogues: load them, run them through the real engine, report the first difference.

Two forms (``tests/dialogues/*.yaml``):

* ``turns:`` a list of ``{user, expect: {state, facts, says}}``, every expect key optional;
* ``patient:`` answers keyed by question id (a list gives successive answers to the
  same question), with ``default:`` for any question not listed.

Both end with optional ``outcome:``, ``facts:`` and ``advice_mentions:`` checks.
A ``hear`` function can stand between the script and the engine (the voice path:
synthesise, recognise, confirm).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from backchat.core.engine import Engine
from backchat.core.facts import FactValue
from backchat.core.flow import Flow
from backchat.core.turn import Turn
from backchat.errors import ScriptError

__all__ = ["Expect", "ScriptTurn", "Script", "TurnLog", "DialogueResult", "load_script",
           "run_script", "Hear", "facts_match", "DEFAULT_TODAY"]

DEFAULT_TODAY = date(2026, 11, 18)
"""The date scripts run on unless they say ``today:`` (a Wednesday)."""
MAX_STEPS = 80

Hear = Callable[[str, Engine], str]
"""Turns what the script says into what the engine gets (identity for text replay)."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Expect(_Model):
    """What should hold after one turn."""

    state: str | None = None
    facts: dict[str, Any] = Field(default_factory=dict)
    says: str | None = None


class ScriptTurn(_Model):
    """One thing the person says, and what should follow."""

    user: str
    expect: Expect = Field(default_factory=Expect)


class Script(_Model):
    """A scripted dialogue."""

    description: str = ""
    today: date = DEFAULT_TODAY
    turns: list[ScriptTurn] | None = None
    patient: dict[str, str | list[str]] | None = None
    default: str | None = None
    outcome: str | None = None
    facts: dict[str, Any] = Field(default_factory=dict)
    advice_mentions: list[str] = Field(default_factory=list)
    voice: bool = True
    """False for dialogues that make no sense spoken (markup, binary, huge input)."""

    @model_validator(mode="after")
    def _one_form(self) -> Script:
        if (self.turns is None) == (self.patient is None):
            raise ValueError("a script needs exactly one of 'turns' or 'patient'")
        return self


@dataclass
class TurnLog:
    """One step of a replay: the state asked, what was said, what the engine got."""

    state: str
    user: str
    said: str
    heard: str | None = None


@dataclass
class DialogueResult:
    """The result of one scripted dialogue."""

    file: str
    passed: bool
    outcome: str | None
    facts: dict[str, Any]
    turns: list[TurnLog] = field(default_factory=list)
    failure: str | None = None

    def as_json(self) -> dict[str, Any]:
        """The ``--json`` form."""
        turns = []
        for t in self.turns:
            entry: dict[str, Any] = {"state": t.state, "user": t.user, "said": t.said}
            if t.heard is not None:
                entry["heard"] = t.heard
            turns.append(entry)
        return {"file": self.file, "passed": self.passed, "outcome": self.outcome,
                "facts": self.facts, "turns": turns, "failure": self.failure}


def load_script(path: str | Path) -> Script:
    """Read and validate a scripted dialogue file."""
    file = Path(path)
    try:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ScriptError(f"{file}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ScriptError(f"{file}: cannot be read ({exc})") from None
    except yaml.YAMLError as exc:
        raise ScriptError(f"{file}: not valid YAML ({exc})") from None
    if not isinstance(data, dict):
        raise ScriptError(f"{file}: a script must be a mapping with 'turns:' or 'patient:'")
    try:
        return Script.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        where = ".".join(str(p) for p in err["loc"])
        raise ScriptError(f"{file}: {where}: {err['msg']}") from None


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def facts_match(expected: dict[str, Any], got: dict[str, FactValue]) -> str | None:
    """The first expected fact that differs, as a message, or None."""
    for name, want in expected.items():
        have = _plain(got.get(name))
        if isinstance(want, list) and isinstance(have, list):
            if sorted(map(str, want)) != sorted(map(str, have)):
                return f"fact {name}: expected {want}, got {have}"
        elif have != want:
            return f"fact {name}: expected {want!r}, got {have!r}"
    return None


def run_script(script: Script, flow: Flow, name: str = "<script>", hear: Hear | None = None
               ) -> DialogueResult:
    """Run a script through a fresh engine and compare."""
    engine = Engine(flow, clock=lambda: script.today)
    turn = engine.start()
    result = DialogueResult(file=name, passed=False, outcome=None, facts={})
    failure: str | None
    if script.turns is not None:
        failure = _run_turns(script, engine, result, hear)
    else:
        failure = _run_patient(script, engine, result, hear, turn)
    result.facts = {k: _plain(v) for k, v in engine.public_facts().items()}
    result.outcome = engine.state if engine.finished else None
    if failure is None:
        failure = _final_checks(script, engine, result)
    result.failure = failure
    result.passed = failure is None
    return result


def _say(engine: Engine, text: str, result: DialogueResult, hear: Hear | None) -> Turn:
    state = engine.state
    heard = hear(text, engine) if hear else None
    turn = engine.handle(heard if heard is not None else text)
    result.turns.append(TurnLog(state=state, user=text, said=turn.say, heard=heard))
    return turn


def _run_turns(script: Script, engine: Engine, result: DialogueResult, hear: Hear | None
               ) -> str | None:
    assert script.turns is not None
    for i, step in enumerate(script.turns, 1):
        turn = _say(engine, step.user, result, hear)
        where = f"turn {i} ({step.user!r})"
        exp = step.expect
        if exp.state is not None and engine.state != exp.state:
            return f"{where}: expected state {exp.state!r}, got {engine.state!r}"
        if exp.says is not None and exp.says.lower() not in turn.say.lower():
            return f"{where}: expected the reply to say {exp.says!r}, got {turn.say!r}"
        diff = facts_match(exp.facts, engine.public_facts())
        if diff:
            return f"{where}: {diff}"
    return None


def _run_patient(script: Script, engine: Engine, result: DialogueResult, hear: Hear | None,
                 turn: Turn) -> str | None:
    assert script.patient is not None
    asked: dict[str, int] = {}
    for _ in range(MAX_STEPS):
        if turn.finished:
            return None
        qid = turn.question
        assert qid is not None
        answers = script.patient.get(qid)
        if answers is None:
            if script.default is None:
                return f"question {qid!r} was asked, but the script has no answer for it"
            answers = script.default
        n = asked.get(qid, 0)
        asked[qid] = n + 1
        text = answers if isinstance(answers, str) else answers[min(n, len(answers) - 1)]
        turn = _say(engine, text, result, hear)
    return f"the intake did not finish within {MAX_STEPS} answers"


def _final_checks(script: Script, engine: Engine, result: DialogueResult) -> str | None:
    if script.outcome is not None:
        got = engine.state if engine.finished else f"unfinished (at {engine.state!r})"
        if got != script.outcome:
            return f"end: expected outcome {script.outcome!r}, got {got!r}"
    diff = facts_match(script.facts, engine.public_facts())
    if diff:
        return f"end: {diff}"
    if script.advice_mentions:
        said = "\n".join(t.said for t in result.turns).lower()
        for text in script.advice_mentions:
            if text.lower() not in said:
                return f"end: expected the advice to mention {text!r}"
    return None
