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
