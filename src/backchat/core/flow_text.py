"""Checks on a flow's YAML text before it is parsed: nothing in it may break the parser.

libyaml builds nested collections recursively, so a file of 80 KB of ``[[[[…`` crashes the
interpreter; a 5,000-digit number stops Python's int conversion; a repeated key silently
keeps its last value. :func:`check_structure` reads the tokens (no recursion) and then the
node tree (iteratively) and refuses each of these with its line.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from backchat.errors import FlowError

if TYPE_CHECKING:
    import yaml

__all__ = ["check_structure", "yaml_loader", "MAX_DEPTH", "MAX_NUMBER_DIGITS"]

MAX_DEPTH = 40
"""The deepest nesting of mappings and lists a flow may use (the shipped flow uses 6)."""
MAX_NUMBER_DIGITS = 18
"""The longest integer a flow may write (ages, days and scores need a few digits)."""
_INT_TAG = "tag:yaml.org,2002:int"


def yaml_loader() -> type[yaml.SafeLoader]:
    """libyaml's safe loader when present (YAML is imported only to read a file: a kept flow needs none)."""
    import yaml

    loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return loader


@cache
def _control() -> re.Pattern[str]:
    return re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def _line(text: str, index: int) -> str:
    return f"line {text.count(chr(10), 0, index) + 1}"


def check_structure(text: str, name: str) -> None:
    """Raise :class:`FlowError` (file, line, reason) for text the parser must not be given."""
    bad = _control().search(text)
    if bad:
        what = "a NUL byte" if bad.group(0) == "\x00" else f"the control character U+{ord(bad.group(0)):04X}"
        raise FlowError(name, _line(text, bad.start()), f"contains {what}, which a flow file cannot hold")
    import yaml

    opening = (yaml.BlockMappingStartToken, yaml.BlockSequenceStartToken, yaml.FlowMappingStartToken,
               yaml.FlowSequenceStartToken)
    closing = (yaml.BlockEndToken, yaml.FlowMappingEndToken, yaml.FlowSequenceEndToken)
    depth = 0
    for token in yaml.scan(text, Loader=yaml_loader()):
        if isinstance(token, opening):
            depth += 1
            if depth > MAX_DEPTH:
                raise FlowError(name, f"line {token.start_mark.line + 1}",
                                f"nests deeper than {MAX_DEPTH} levels")
        elif isinstance(token, closing):
            depth -= 1
    root = yaml.compose(text, Loader=yaml_loader())
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: dict[str, int] = {}
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in seen:
                        raise FlowError(name, f"line {key.start_mark.line + 1}",
                                        f"the key '{key.value}' appears twice in one mapping (first on line "
                                        f"{seen[key.value]})")
                    seen[key.value] = key.start_mark.line + 1
                stack += [key, value]
        elif isinstance(node, yaml.SequenceNode):
            stack += node.value
        elif isinstance(node, yaml.ScalarNode) and node.tag == _INT_TAG:
            digits = sum(c.isdigit() for c in node.value)
            if digits > MAX_NUMBER_DIGITS:
                raise FlowError(name, f"line {node.start_mark.line + 1}",
                                f"a number has {digits} digits, more than the {MAX_NUMBER_DIGITS} a flow may use")
