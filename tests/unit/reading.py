"""What the reader takes from a text, for the tests that pin the shapes of stories: the rules' facts, and
the red flags the flow raises from what the whole reader (verifier included) keeps."""

from __future__ import annotations

from backchat.core.facts import FactValue
from backchat.core.loader import load_flow
from backchat.core.triage import public_facts
from backchat.core.understand import read


def rules_facts(text: str) -> dict[str, FactValue]:
    """The facts the rules read from ``text`` (no verifier)."""
    return dict(read(text, None, verify=False).facts)


def red_flags(text: str) -> tuple[str, ...]:
    """The red flags the flow raises from what the reader keeps of ``text``."""
    flags = public_facts(load_flow(), read(text, None).facts)["red_flags"]
    assert isinstance(flags, tuple)
    return flags


def red_flags_read_or_held(text: str) -> tuple[str, ...]:
    """The red flags the flow raises from what the reader keeps of ``text`` or holds to confirm with one question
    (a sign the verifier doubts, emergency signs included): either way the sign is not lost."""
    reading = read(text, None)
    held = {k: v for k, v in reading.uncertain.items() if v is True}
    flags = public_facts(load_flow(), {**reading.facts, **held})["red_flags"]
    assert isinstance(flags, tuple)
    return flags
