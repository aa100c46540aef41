"""Regular expressions compiled on first use, so that importing understanding compiles nothing.

``lazy(r"...")`` stands where ``re.compile(r"...")`` stood: it keeps the source (``.pattern``,
which other patterns are built from) and compiles it the first time it is matched.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from typing import TypeAlias

__all__ = ["LazyPattern", "Pattern", "lazy", "compile_all"]

_MADE: list[LazyPattern] = []
"""Every lazy pattern made so far (for :func:`compile_all`)."""


class LazyPattern:
    """A regular expression compiled the first time it is used."""

    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None
        _MADE.append(self)

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled expression (compiled now if it was not yet)."""
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[str]:
        return self.compiled.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str]:
        return self.compiled.split(string, maxsplit)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


Pattern: TypeAlias = "re.Pattern[str] | LazyPattern"
"""A compiled or a lazily compiled expression."""


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """``re.compile`` deferred to the first match."""
    return LazyPattern(pattern, flags)


def compile_all() -> int:
    """Compile every lazy pattern made so far (a front end does this while the greeting is shown);
    returns how many there are."""
    for pattern in _MADE:
        _ = pattern.compiled
    return len(_MADE)
