"""Phrase templates: a small JSGF-like syntax, parsed into a tree that renders to JSGF,
expands to phrase lists, compiles to a regular expression, and can be pruned of words a
recogniser does not know.

Syntax: words (lower-case letters and apostrophes) separated by spaces; ``(a | b)``
alternatives; ``[x]`` optional; ``<name>`` a named rule. Rules must not refer to themselves (directly or not).
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from backchat.speech.errors import GrammarError

__all__ = [
    "Word",
    "Ref",
    "Seq",
    "Alt",
    "Opt",
    "Node",
    "EMPTY",
    "parse_template",
    "words_of",
    "refs_of",
    "prune",
    "count",
    "expand",
    "Sampler",
    "to_jsgf",
    "to_regex",
]


@dataclass(frozen=True, slots=True)
class Word:
    """One word."""

    text: str


@dataclass(frozen=True, slots=True)
class Ref:
    """A reference to a named rule."""

    name: str


@dataclass(frozen=True, slots=True)
class Seq:
    """Items one after the other (no items: the empty phrase)."""

    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Alt:
    """One of several options."""

    options: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Opt:
    """An optional item."""

    item: Node


Node = Word | Ref | Seq | Alt | Opt
Rules = Mapping[str, Node]
EMPTY = Seq(())

_TOKEN = re.compile(r"[()\[\]|]|<[a-z_][a-z0-9_]*>|[a-z']+")


def parse_template(text: str) -> Node:
    """Parse a template such as ``"[about] <number> (day | days) [ago]"``."""
    tokens = _TOKEN.findall(text)
    if "".join(tokens) != re.sub(r"\s+", "", text):
        raise GrammarError(f"The template {text!r} has characters that are not allowed.")
    pos = 0

    def alternatives(closer: str | None) -> Node:
        nonlocal pos
        options = [sequence()]
        while pos < len(tokens) and tokens[pos] == "|":
            pos += 1
            options.append(sequence())
        if closer is not None:
            if pos >= len(tokens) or tokens[pos] != closer:
                raise GrammarError(f"The template {text!r} is missing a {closer!r}.")
            pos += 1
        return options[0] if len(options) == 1 else Alt(tuple(options))

    def sequence() -> Node:
        nonlocal pos
        items: list[Node] = []
        while pos < len(tokens) and tokens[pos] not in ("|", ")", "]"):
            token = tokens[pos]
            pos += 1
            if token == "(":
                items.append(alternatives(")"))
            elif token == "[":
                items.append(Opt(alternatives("]")))
            elif token.startswith("<"):
                items.append(Ref(token[1:-1]))
            else:
                items.append(Word(token))
        return items[0] if len(items) == 1 else Seq(tuple(items))

    node = alternatives(None)
    if pos != len(tokens):
        raise GrammarError(f"The template {text!r} has an unmatched {tokens[pos]!r}.")
    return node


def _children(node: Node) -> tuple[Node, ...]:
    if isinstance(node, Seq):
        return node.items
    if isinstance(node, Alt):
        return node.options
    if isinstance(node, Opt):
        return (node.item,)
    return ()


def words_of(node: Node) -> set[str]:
    """Every word in ``node`` (rules not followed)."""
    if isinstance(node, Word):
        return {node.text}
    return set().union(*(words_of(c) for c in _children(node)))


def refs_of(node: Node) -> set[str]:
    """Every rule name ``node`` refers to directly."""
    if isinstance(node, Ref):
        return {node.name}
    return set().union(*(refs_of(c) for c in _children(node)))


def prune(node: Node, keep: Callable[[str], bool], void_rules: set[str]) -> Node | None:
    """``node`` without the parts that use a word ``keep`` rejects or a void rule.

    Returns None when nothing is left; an optional part that is lost just disappears.
    """
    if isinstance(node, Word):
        return node if keep(node.text) else None
    if isinstance(node, Ref):
        return None if node.name in void_rules else node
    if isinstance(node, Opt):
        inner = prune(node.item, keep, void_rules)
        return EMPTY if inner is None or inner == EMPTY else Opt(inner)
    if isinstance(node, Seq):
        items = []
        for item in node.items:
            kept = prune(item, keep, void_rules)
            if kept is None:
                return None
            if kept != EMPTY:
                items.append(kept)
        return items[0] if len(items) == 1 else Seq(tuple(items))
    options: list[Node] = []
    for option in node.options:
        kept = prune(option, keep, void_rules)
        if kept is not None and kept != EMPTY:
            options.append(kept)
    if not options:
        return None
    return options[0] if len(options) == 1 else Alt(tuple(options))


def count(node: Node, rules: Rules, memo: dict[int, int] | None = None) -> int:
    """How many word sequences ``node`` stands for (duplicates counted).

    ``memo`` caches sizes by node identity; pass the same dict while ``rules`` is unchanged.
    """
    memo = {} if memo is None else memo
    cached = memo.get(id(node))
    if cached is not None:
        return cached
    if isinstance(node, Word):
        total = 1
    elif isinstance(node, Ref):
        total = count(_rule(rules, node.name), rules, memo)
    elif isinstance(node, Opt):
        total = 1 + count(node.item, rules, memo)
    elif isinstance(node, Seq):
        total = 1
        for item in node.items:
            total *= count(item, rules, memo)
    else:
        total = sum(count(o, rules, memo) for o in node.options)
    memo[id(node)] = total
    return total


def expand(node: Node, rules: Rules) -> Iterator[tuple[str, ...]]:
    """Every word sequence of ``node`` (mind :func:`count` first)."""
    if isinstance(node, Word):
        yield (node.text,)
    elif isinstance(node, Ref):
        yield from expand(_rule(rules, node.name), rules)
    elif isinstance(node, Opt):
        yield ()
        yield from expand(node.item, rules)
    elif isinstance(node, Seq):
        for parts in itertools.product(*(list(expand(i, rules)) for i in node.items)):
            yield tuple(itertools.chain.from_iterable(parts))
    else:
        for option in node.options:
            yield from expand(option, rules)


class Sampler:
    """Draws word sequences of template trees at random (options weighted by their size,
    capped so that one huge option does not crowd out the others)."""

    def __init__(self, rules: Rules, seed: int = 7) -> None:
        self._rules = rules
        self._rng = random.Random(seed)
        self._sizes: dict[int, int] = {}
        self._weights: dict[int, list[int]] = {}

    def count(self, node: Node) -> int:
        """Like :func:`count`, cached."""
        return count(node, self._rules, self._sizes)

    def sample(self, node: Node) -> tuple[str, ...]:
        """One word sequence of ``node``."""
        if isinstance(node, Word):
            return (node.text,)
        if isinstance(node, Ref):
            return self.sample(_rule(self._rules, node.name))
        if isinstance(node, Opt):
            return () if self._rng.random() < 0.5 else self.sample(node.item)
        if isinstance(node, Seq):
            return tuple(w for item in node.items for w in self.sample(item))
        weights = self._weights.get(id(node))
        if weights is None:
            weights = [min(self.count(o), 50) for o in node.options]
            self._weights[id(node)] = weights
        return self.sample(self._rng.choices(node.options, weights)[0])


def to_jsgf(node: Node) -> str:
    """The JSGF right-hand side for ``node``."""
    if isinstance(node, Word):
        return node.text
    if isinstance(node, Ref):
        return f"<{node.name}>"
    if isinstance(node, Opt):
        return f"[{to_jsgf(node.item)}]"
    if isinstance(node, Seq):
        return " ".join(to_jsgf(i) for i in node.items) if node.items else "<NULL>"
    phrases = [_plain(o) for o in node.options]
    if all(p for p in phrases):
        return "(" + _trie_jsgf([p for p in phrases if p]) + ")"
    return "(" + " | ".join(to_jsgf(o) for o in node.options) + ")"


def _plain(node: Node) -> tuple[str, ...] | None:
    """The words of ``node`` when it is a plain phrase (a word or a run of words), else None."""
    if isinstance(node, Word):
        return (node.text,)
    if isinstance(node, Seq) and node.items and all(isinstance(i, Word) for i in node.items):
        return tuple(i.text for i in node.items if isinstance(i, Word))
    return None


_Trie = dict[str, "_Trie"]


def _trie_jsgf(phrases: list[tuple[str, ...]]) -> str:
    """Plain phrases as one prefix tree: ``a four | a four out of ten`` -> ``a four [out of ten]``.

    The same word sequences, but PocketSphinx's search graph shares the common beginnings:
    with hundreds of listed phrases (a pain scale) the flat list made each result take seconds
    (its lattice grows with the number of parallel phrase paths)."""
    tree: _Trie = {}
    for phrase in phrases:
        node = tree
        for word in phrase:
            node = node.setdefault(word, {})
        node[""] = {}

    def options(node: _Trie) -> list[str]:
        return [f"{word} {render(child)}".rstrip() for word, child in node.items() if word]

    def render(node: _Trie) -> str:
        found = options(node)
        body = found[0] if len(found) == 1 else "(" + " | ".join(found) + ")" if found else ""
        return f"[{body}]" if body and "" in node else body

    return " | ".join(options(tree))


def to_regex(node: Node, rules: Rules) -> str:
    """A regular expression matching ``" ".join(words) + " "`` for every sequence of ``node``."""
    if isinstance(node, Word):
        return re.escape(node.text) + " "
    if isinstance(node, Ref):
        return "(?:" + to_regex(_rule(rules, node.name), rules) + ")"
    if isinstance(node, Opt):
        return "(?:" + to_regex(node.item, rules) + ")?"
    if isinstance(node, Seq):
        return "".join(to_regex(i, rules) for i in node.items)
    return "(?:" + "|".join(to_regex(o, rules) for o in node.options) + ")"


def _rule(rules: Rules, name: str) -> Node:
    try:
        return rules[name]
    except KeyError:
        raise GrammarError(f"The grammar uses an undefined rule <{name}>.") from None
