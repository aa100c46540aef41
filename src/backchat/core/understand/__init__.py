"""Language understanding: small extractors, one per kind of fact, and a reader that runs them all."""

from __future__ import annotations

from backchat.core.understand.reader import Reading, read
from backchat.core.understand.warmup import warm

__all__ = ["Reading", "read", "warm"]
