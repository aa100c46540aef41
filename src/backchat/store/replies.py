"""What a row keeps of the engine's reply, and how it is read back whole.

A reply is stored small: its words, what it understood, the public facts it changed; the
event, the open question and whether the intake is finished are columns of the row. A result
is stored once: a later reply that shows the same result again keeps only its lead-in and the
row it repeats (``{"lead", "ref"}``), the same outcome is ``{"ref": seq}``, and advice items
the flow holds word for word are kept by id (the flow's text is kept once per flow).
"""

from __future__ import annotations

from typing import Any

from backchat.store.models import FlowInfo

__all__ = ["ReplyPacker", "ReplyUnpacker"]


class ReplyPacker:
    """Packs the replies of one session, in order (``public`` is the facts already stored)."""

    def __init__(self, flow: FlowInfo, public: dict[str, Any] | None = None) -> None:
        self._advice = {a[0]: a for a in flow.advice}
        self.public: dict[str, Any] = dict(public or {})
        self._outcome: tuple[dict[str, Any], int] | None = None
        self._body: tuple[str, int] | None = None

    def pack(self, reply: dict[str, Any], seq: int) -> dict[str, Any]:
        """The stored form of ``reply`` (``dataclasses.asdict`` of a Turn) at row ``seq``."""
        say = str(reply.get("say", ""))
        out: dict[str, Any] = {"say": say, "understood": reply.get("understood", {})}
        public = reply.get("facts", {})
        out["facts"] = {k: v for k, v in public.items() if k not in self.public or self.public[k] != v}
        gone = [k for k in self.public if k not in public]
        if gone:
            out["facts_del"] = gone
        self.public = dict(public)
        outcome = reply.get("outcome")
        if outcome is None:
            return out
        title = str(outcome.get("title", ""))
        if title and title in say:
            at = say.index(title)
            if self._body is not None and self._body[0] == say[at:]:
                out["say"] = {"lead": say[:at], "ref": self._body[1]}
            else:
                self._body = (say[at:], seq)
        if self._outcome is not None and self._outcome[0] == outcome:
            out["outcome"] = {"ref": self._outcome[1]}
        else:
            self._outcome = (outcome, seq)
            out["outcome"] = {**outcome, "advice": [self._item(a) for a in outcome.get("advice", ())]}
        return out

    def _item(self, advice: dict[str, Any]) -> Any:
        known = self._advice.get(str(advice.get("id")))
        same = known is not None and (known[1], known[2], tuple(known[3])) == (
            advice.get("title"), advice.get("text"), tuple(advice.get("sources", ())))
        return advice["id"] if same else advice


class ReplyUnpacker:
    """Reads the replies of one session back whole, in order."""

    def __init__(self, flow: FlowInfo) -> None:
        self._advice = {a[0]: {"id": a[0], "title": a[1], "text": a[2], "sources": list(a[3])}
                        for a in flow.advice}
        self._public: dict[str, Any] = {}
        self._says: dict[int, str] = {}
        self._outcomes: dict[int, dict[str, Any]] = {}

    def unpack(self, stored: dict[str, Any], seq: int, event: str, question: str | None,
               finished: bool) -> dict[str, Any]:
        """The whole reply of row ``seq`` (rows written before packing are returned as they are)."""
        if "progress" in stored:
            self._public = dict(stored.get("facts", {}))
            return stored
        gone = set(stored.get("facts_del", ()))
        public = {k: v for k, v in self._public.items() if k not in gone}
        public.update(stored.get("facts", {}))
        self._public = public
        say = stored.get("say", "")
        if isinstance(say, dict):
            say = f"{say.get('lead', '')}{self._says.get(int(say['ref']), '')}"
        reply: dict[str, Any] = {"say": say, "event": event, "question": question, "finished": finished,
                                 "understood": stored.get("understood", {}), "facts": public}
        outcome = stored.get("outcome")
        if isinstance(outcome, dict):
            if set(outcome) == {"ref"}:
                outcome = self._outcomes[int(outcome["ref"])]
            else:
                outcome = {**outcome, "advice": [self._advice.get(a, {"id": a}) if isinstance(a, str) else a
                                                 for a in outcome.get("advice", [])]}
                self._outcomes[seq] = outcome
            reply["outcome"] = outcome
            title = str(outcome.get("title", ""))
            if title and title in say:
                self._says[seq] = say[say.index(title):]
        return reply
