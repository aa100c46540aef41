"""Importing understanding compiles no regular expression: each is compiled on first use."""

from __future__ import annotations

import subprocess
import sys

from backchat.core.understand.lazy import lazy

_PROBE = """
import re, sys
compiled = []
original = re._compile
def counting(pattern, flags):
    caller = sys._getframe(1)
    while caller is not None and caller.f_globals.get("__name__", "").startswith("re"):
        caller = caller.f_back
    if caller is not None and caller.f_globals.get("__name__", "").startswith("backchat.core.understand"):
        compiled.append(caller.f_globals["__name__"])
    return original(pattern, flags)
re._compile = counting
import backchat.core.understand
print(len(compiled), sorted(set(compiled)))
"""


def test_importing_understanding_compiles_nothing() -> None:
    out = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "0 []"


def test_a_lazy_pattern_compiles_once_on_first_use_and_matches_like_re() -> None:
    pattern = lazy(r"\bknee\b")
    assert pattern.pattern == r"\bknee\b" and pattern._compiled is None
    assert pattern.search("past the knee") is not None and pattern.sub("calf", "the knee") == "the calf"
    first = pattern.compiled
    assert pattern.compiled is first and [m.start() for m in pattern.finditer("knee, knee")] == [0, 6]


def test_warming_up_compiles_every_pattern_ahead_of_the_first_answer() -> None:
    from backchat.core.understand.lazy import _MADE
    from backchat.core.understand.warmup import warm

    warm()
    assert len(_MADE) > 100 and all(p._compiled is not None for p in _MADE)
