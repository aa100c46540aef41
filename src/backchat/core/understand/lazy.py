"""Regular expressions compiled on first use, so that importing understanding compiles nothing.

``lazy(r"...")`` stands where ``re.compile(r"...")`` stood: it keeps the source (``.pattern``,
which other patterns are built from) and compiles it the first time it is matched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any, TypeAlias

__all__ = ["LazyPattern", "Pattern", "lazy", "compile_all"]

_MADE: list[LazyPattern] = []
"""Every lazy pattern made so far (for :func:`compile_all`)."""


class LazyPattern:
    """A regular expression compiled the first time it is used.

    Once compiled, its matching methods are the compiled expression's own (bound into the
    instance), so a match costs no more than with ``re.compile``.
    """

    __slots__ = ("pattern", "flags", "_compiled", "search", "match", "fullmatch", "finditer", "findall", "sub",
                 "split")

    search: Callable[..., re.Match[str] | None]
    match: Callable[..., re.Match[str] | None]
    fullmatch: Callable[..., re.Match[str] | None]
    finditer: Callable[..., Iterator[re.Match[str]]]
    findall: Callable[..., list[Any]]
    sub: Callable[..., str]
    split: Callable[..., list[str | Any]]

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None
        _MADE.append(self)

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled expression (compiled now if it was not yet)."""
        if self._compiled is None:
            compiled = re.compile(self.pattern, self.flags)
            for name in _METHODS:
                setattr(self, name, getattr(compiled, name))
            self._compiled = compiled
        return self._compiled

    def __getattr__(self, name: str) -> Any:
        """A matching method used before the first compile: compile, then it is the compiled one's."""
        if name not in _METHODS:
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "split")


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
