"""A linear session record: each stored turn keeps only what it added, and the rows fold back.

A row's ``snapshot`` column holds a *step* (``{"v": 2, ...}``), never the whole history:

* the engine's current state (machine state, flags, counters; bounded by the fact catalogue);
* ``facts`` / ``facts_del``: the facts this step set or removed (not all of them);
* ``undo_keep`` / ``undo_push``: how many states of the undo stack stay, and the states
  pushed on top (a pushed state equal to the previous row's state is a reference ``{"ref": seq}``);
* ``said``: the transcript lines this step added.

So a turn costs the same to store at turn 1 and at turn 1,000, and :func:`fold` rebuilds
the engine's full snapshot (``Engine.restore`` input) in one pass over the rows. Rows written
before this format (a full snapshot, no ``"v"``) are read as they are.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from backchat.core.engine import Engine
from backchat.core.state import DialogueState, dump_state, load_state

__all__ = ["StepMaker", "fold", "state_delta", "apply_delta", "STEP_VERSION", "COMMANDS_NOT_KEPT"]

STEP_VERSION = 2
COMMANDS_NOT_KEPT = frozenset({"help", "why", "repeat", "empty", "quit"})
"""Events that change nothing: their rows are not stored (the store cannot be grown by them)."""
_HISTORY = ("undo", "transcript")


class StepMaker:
    """Works out, turn by turn, what each turn added to an engine (one per recorded intake).

    ``restored`` is the engine carried on from (resume) and ``base_seq`` its last stored row;
    None for a new intake.
    """

    def __init__(self, restored: Engine | None = None, base_seq: int | None = None) -> None:
        self._state_full: dict[str, Any] | None = None
        self._state: dict[str, Any] | None = None
        self._state_seq = base_seq
        self._undo: list[DialogueState] = []
        self._said = 0
        if restored is not None:
            now = restored.state_snapshot()
            self._state_full = {**now, "facts": dict(now["facts"])}
            self._state = _state_part(now)
            self._undo = list(restored.undo_stack)
            self._said = len(restored.transcript)

    def restart(self) -> None:
        """The intake started again as a new session: its first row starts from nothing."""
        self._state_full, self._state, self._state_seq, self._undo = None, None, None, []

    def skip(self, engine: Engine) -> None:
        """A turn that is not kept: its transcript lines are dropped from the record."""
        self._said = len(engine.transcript)

    def step(self, engine: Engine, seq: int, user_text: str | None, say: str) -> dict[str, Any]:
        """What ``engine`` gained since the last step, as JSON-ready data (small, whatever ``seq``).

        Only the parts of the state that changed are kept (a sorted set as what it gained and
        lost); transcript lines equal to the row's own ``user_text`` or reply (``say``) are None.
        """
        now = engine.state_snapshot()
        full = {**now, "facts": dict(now["facts"])}
        out: dict[str, Any] = {"v": STEP_VERSION, **state_delta(self._state_full, full), "state": full["state"]}
        stack = engine.undo_stack
        keep = _common(self._undo, stack)
        out["undo_keep"] = keep
        out["undo_push"] = [self._pushed(s) for s in stack[keep:]]
        transcript = engine.transcript
        out["said"] = [[e.role, None if e.text == (user_text if e.role == "user" else say) else e.text,
                        e.question] for e in transcript[self._said:]]
        self._said = len(transcript)
        self._undo = list(stack)
        self._state_full = full
        self._state = _state_part(full)
        self._state_seq = seq
        return out

    def _pushed(self, state: DialogueState) -> dict[str, Any]:
        dumped = dump_state(state)
        if self._state is not None and self._state_seq is not None:
            return {"ref": self._state_seq, **state_delta(self._state, dumped)}
        return dumped


def state_delta(before: dict[str, Any] | None, after: dict[str, Any]) -> dict[str, Any]:
    """The keys of ``after`` that differ from ``before``: facts key by key, sorted sets as +/-."""
    if before is None:
        return dict(after)
    out: dict[str, Any] = {}
    for key, value in after.items():
        old = before.get(key)
        if old == value and key in before:
            continue
        if key == "facts" and isinstance(old, dict):
            out["facts"] = {k: v for k, v in value.items() if k not in old or old[k] != v}
            gone = [k for k in old if k not in value]
            if gone:
                out["facts_del"] = gone
        elif isinstance(old, list) and isinstance(value, list) and _sorted_set(old) and _sorted_set(value):
            out[key] = {"+": sorted(set(value) - set(old)), "-": sorted(set(old) - set(value))}
        else:
            out[key] = value
    return out


def apply_delta(before: dict[str, Any], delta: dict[str, Any]) -> dict[str, Any]:
    """Back from :func:`state_delta`."""
    out = dict(before)
    for key, value in delta.items():
        if key == "facts_del":
            continue
        if key == "facts":
            gone = set(delta.get("facts_del", ()))
            out["facts"] = {**{k: v for k, v in before.get("facts", {}).items() if k not in gone}, **value}
        elif isinstance(value, dict) and set(value) == {"+", "-"} and isinstance(before.get(key), list):
            out[key] = sorted((set(before[key]) - set(value["-"])) | set(value["+"]))
        else:
            out[key] = value
    return out


def _sorted_set(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(x, str) for x in value) and value == sorted(set(value))


def _common(before: list[DialogueState], after: tuple[DialogueState, ...]) -> int:
    """How many states at the bottom of the stack did not change (the stack only moves at its top)."""
    k = min(len(before), len(after))
    while k and before[k - 1] is not after[k - 1]:
        k -= 1
    return k


def _state_part(snapshot: dict[str, Any]) -> dict[str, Any]:
    return dump_state(load_state(snapshot))


def fold(steps: Iterable[tuple[int, dict[str, Any], str | None, str]]) -> list[dict[str, Any]]:
    """Every row's full state (no history) and, for the last, the full snapshot.

    ``steps`` are (seq, stored snapshot, the row's user text, the row's reply) in order.
    Returns one dict per row: the state after that row (``facts`` complete); the last one
    also holds ``undo`` and ``transcript`` so that ``Engine.restore`` carries on from it.
    One pass, linear in the number of rows.
    """
    states: dict[int, dict[str, Any]] = {}
    here: dict[str, Any] = {}
    undo: list[dict[str, Any]] = []
    transcript: list[dict[str, Any]] = []
    out: list[dict[str, Any]] = []
    for seq, step, user_text, say in steps:
        if step.get("v") != STEP_VERSION:  # a full snapshot written before steps existed
            undo = list(step.get("undo", []))
            transcript = list(step.get("transcript", []))
            here = {k: v for k, v in step.items() if k not in _HISTORY}
        else:
            delta = {k: v for k, v in step.items() if k not in ("v", "undo_keep", "undo_push", "said")}
            here = apply_delta(here, delta)
            del undo[int(step.get("undo_keep", 0)):]
            for pushed in step.get("undo_push", []):
                if "ref" in pushed:
                    base = states[pushed["ref"]]
                    undo.append(_state_part(apply_delta(base, {k: v for k, v in pushed.items() if k != "ref"})))
                else:
                    undo.append(pushed)
            transcript.extend({"role": r, "text": (user_text if r == "user" else say) if t is None else t,
                               "question": q} for r, t, q in step.get("said", []))
        states[seq] = _state_part(here)
        out.append(dict(here))
    if out:
        out[-1] = {**out[-1], "undo": undo, "transcript": transcript}
    return out
