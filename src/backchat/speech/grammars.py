"""What the recogniser should expect on each question, built from plain data.

Input: a question's answer kind (``yes_no | duration | location | radiation | onset |
number | free``) and its example answers, plus the red-flag phrases and command phrases
that must be recognisable on ANY question. Output: a :class:`Constraint` that renders to

* PocketSphinx JSGF (:meth:`Constraint.jsgf`),
* Vosk's JSON phrase list with ``"[unk]"`` (:meth:`Constraint.vosk_grammar`),
* a sentence corpus for a small domain n-gram (:meth:`Constraint.ngram_corpus`), used for
  open questions and as the out-of-grammar fallback of closed ones,

and says whether a recognised text is in the grammar (:meth:`Constraint.match`).

With a ``lexicon`` (a recogniser's "is this word in your dictionary?"), words are
respelled (:data:`~backchat.speech.vocabulary.RESPELL`) or dropped with the phrases that use
them; the dropped words are reported in :attr:`Constraint.dropped_words`.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Literal, get_args

from backchat.speech import vocabulary as vocab
from backchat.speech.errors import GrammarError
from backchat.speech.templates import (
    Alt,
    Node,
    Sampler,
    Seq,
    Word,
    expand,
    parse_template,
    prune,
    refs_of,
    to_jsgf,
    to_regex,
    words_of,
)
from backchat.speech.words import spoken_words

__all__ = [
    "GrammarKind",
    "GRAMMAR_KINDS",
    "Category",
    "Lexicon",
    "Constraint",
    "build_constraint",
    "builtin_vocabulary",
]

GrammarKind = Literal["yes_no", "duration", "location", "radiation", "onset", "number", "free"]
GRAMMAR_KINDS: tuple[GrammarKind, ...] = get_args(GrammarKind)
Category = Literal["answer", "red_flag", "command"]
Lexicon = Callable[[str], bool]
"""Answers "does the recogniser know this word?"."""

@dataclass(frozen=True)
class Constraint:
    """What one question expects; build it with :func:`build_constraint`."""

    kind: GrammarKind
    """The question's answer kind."""
    answers: Node | None
    """The expected answers (None for ``free``: no closed grammar)."""
    red_flags: Node | None
    """Red-flag phrases, allowed on every question."""
    commands: Node | None
    """Command phrases ("repeat", "go back"...), allowed on every question."""
    rules: tuple[tuple[str, Node], ...] = ()
    """The named rules the phrases use."""
    open_corpus: tuple[str, ...] = ()
    """Sentences for the domain n-gram of a free-text question."""
    open_words: tuple[str, ...] = ()
    """Extra vocabulary of the domain n-gram."""
    dropped_words: tuple[str, ...] = ()
    """Words the recogniser does not know, left out (with the phrases that use them)."""
    respelled: tuple[tuple[str, str], ...] = ()
    """(as written, as used) for words that were respelled."""
    label: str = field(default="", compare=False)
    """A name for logs, e.g. the question id."""
    garbage: tuple[str, ...] = ()
    """Common words the grammar may also hear, one or more in a row, as the way out for speech
    that is not an answer ("down", "left" on a yes/no question): such text matches nothing."""

    @property
    def closed(self) -> bool:
        """True when the question has a closed set of expected answers."""
        return self.answers is not None

    @cached_property
    def key(self) -> str:
        """A short stable id of the content, for caching compiled searches."""
        content = repr((self.kind, self.answers, self.red_flags, self.commands, self.rules,
                        self.open_corpus, self.open_words, self.garbage))
        return hashlib.sha1(content.encode()).hexdigest()[:16]

    @cached_property
    def _rule_map(self) -> dict[str, Node]:
        return dict(self.rules)

    def _parts(self) -> list[tuple[Category, Node]]:
        parts: list[tuple[Category, Node | None]] = [
            ("answer", self.answers), ("red_flag", self.red_flags), ("command", self.commands)]
        return [(c, n) for c, n in parts if n is not None]

    def jsgf(self) -> str:
        """PocketSphinx JSGF: ``<utterance>`` = an answer, a red flag or a command."""
        parts = self._parts()
        if not parts:
            raise GrammarError("The grammar is empty: every phrase used unknown words.")
        names = [f"<{c}>" for c, _ in parts] + (["<garbage>"] if self.garbage else [])
        lines = ["#JSGF V1.0;", "grammar backchat;", "public <utterance> = " + " | ".join(names) + ";"]
        lines += [f"<{c}> = {to_jsgf(n)};" for c, n in parts]
        if self.garbage:
            lines.append("<garbage> = (" + " | ".join(self.garbage) + ");")
        lines += [f"<{name}> = {to_jsgf(n)};" for name, n in self.rules]
        return "\n".join(lines) + "\n"

    @cached_property
    def _phrase_cache(self) -> dict[int, list[str]]:
        return {}

    def phrases(self, limit: int = 3000) -> list[str]:
        """The phrases of the grammar; sampled (deterministically) when there are more than
        ``limit``. Red flags and commands are always complete."""
        cached = self._phrase_cache.get(limit)
        if cached is None:
            cached = self._phrase_cache[limit] = self._make_phrases(limit)
        return list(cached)

    def _make_phrases(self, limit: int) -> list[str]:
        out: dict[str, None] = {}
        sampler = Sampler(self._rule_map, seed=7)
        for category, node in self._parts():
            size = sampler.count(node)
            budget = max(limit - len(out), 0) if category == "answer" else size
            if size <= budget or category != "answer":
                out.update((" ".join(w), None) for w in expand(node, self._rule_map))
            else:
                start = len(out)
                for _ in range(budget * 3):
                    out[" ".join(sampler.sample(node))] = None
                    if len(out) - start >= budget:
                        break
        out.pop("", None)
        return list(out)

    def vosk_grammar(self, limit: int = 2000) -> str:
        """Vosk's grammar: a JSON list of phrases plus ``"[unk]"`` for anything else."""
        return json.dumps([*self.phrases(limit), "[unk]"], ensure_ascii=False)  # Vosk reads no \\u escapes

    def ngram_corpus(self, limit: int = 3000) -> list[str]:
        """Sentences to estimate the domain n-gram from."""
        return [*self.open_corpus, *self.phrases(limit)]

    def words(self) -> set[str]:
        """Every word the grammar and the n-gram may produce."""
        found = set(self.open_words) | set(self.garbage)
        for _, node in [*self._parts(), *self.rules]:
            found |= words_of(node)
        for sentence in self.open_corpus:
            found.update(sentence.split())
        return found

    @cached_property
    def _matchers(self) -> list[tuple[Category, re.Pattern[str]]]:
        return [(c, re.compile(to_regex(n, self._rule_map))) for c, n in self._parts()]

    def match(self, text: str) -> Category | None:
        """Which part of the grammar ``text`` is a complete phrase of, if any.

        Red flags are checked first: "no" is both a command and an answer, but a red-flag
        phrase must never be taken for anything else.
        """
        words = " ".join(spoken_words(text)) + " "
        if words == " ":
            return None
        order: dict[Category, int] = {"red_flag": 0, "answer": 1, "command": 2}
        for category, pattern in sorted(self._matchers, key=lambda m: order[m[0]]):
            if pattern.fullmatch(words):
                return category
        return None

    def with_lexicon(self, lexicon: Lexicon) -> Constraint:
        """This constraint without the words ``lexicon`` rejects (and the phrases that need
        them); they are listed in :attr:`dropped_words`.

        Raises:
            GrammarError: no expected answer is left.
        """
        known: dict[str, bool] = {}

        def keep(word: str) -> bool:
            if word not in known:
                known[word] = bool(lexicon(word))
            return known[word]

        every = self.words() | {w for s in self.open_corpus for w in s.split()}
        dropped = {*self.dropped_words, *(w for w in every if not keep(w))}

        void: set[str] = set()
        rules: dict[str, Node] = {}
        for name, node in self.rules:  # a rule only refers to rules listed before it
            pruned = prune(node, keep, void)
            if pruned is None:
                void.add(name)
            else:
                rules[name] = pruned
        answers, flags, steer = (prune(n, keep, void) if n is not None else None
                                 for n in (self.answers, self.red_flags, self.commands))
        if self.closed and answers is None:
            raise GrammarError(f"No expected answer of kind {self.kind!r} is left: the "
                               f"recogniser knows none of their words "
                               f"({', '.join(sorted(dropped))}).")
        corpus = tuple(s for s in self.open_corpus if all(keep(w) for w in s.split()))
        words = tuple(w for w in self.open_words if keep(w))
        garbage = tuple(w for w in self.garbage if keep(w))
        used = _used_rules([n for n in (answers, flags, steer) if n is not None], rules)
        return replace(self, answers=answers, red_flags=flags, commands=steer,
                       rules=tuple((n, r) for n, r in rules.items() if n in used),
                       open_corpus=corpus, open_words=words, garbage=garbage,
                       dropped_words=tuple(sorted(dropped)))


def _phrase_node(phrases: Iterable[str], respelled: dict[str, str]) -> Node | None:
    options: dict[Node, None] = {}
    for phrase in phrases:
        words = spoken_words(phrase, respelled)
        if len(words) == 1:
            options[Word(words[0])] = None
        elif words:
            options[Seq(tuple(Word(w) for w in words))] = None
    nodes = list(options)
    if not nodes:
        return None
    return nodes[0] if len(nodes) == 1 else Alt(tuple(nodes))


def _templates(texts: Sequence[str]) -> Node | None:
    nodes = [parse_template(t) for t in texts]
    if not nodes:
        return None
    return nodes[0] if len(nodes) == 1 else Alt(tuple(nodes))


def build_constraint(
    kind: str,
    examples: Sequence[str] = (),
    *,
    red_flags: Sequence[str] = vocab.RED_FLAG_PHRASES,
    commands: Sequence[str] = vocab.COMMANDS,
    lexicon: Lexicon | None = None,
    label: str = "",
    templates: Sequence[str] | None = None,
    garbage: bool = False,
) -> Constraint:
    """The constraint for one question.

    Args:
        kind: the question's answer kind (one of :data:`GRAMMAR_KINDS`).
        examples: example answers from the flow, added to the expected phrases
            (free-text questions: to the domain corpus). Digits are spelled out.
        red_flags: phrases that must be recognisable on any question.
        commands: command phrases, recognisable on any question.
        lexicon: the recogniser's dictionary check; None keeps every word.
        label: a name for logs (e.g. the question id).
        templates: the answer templates (default: the kind's, :data:`~backchat.speech.vocabulary.KIND_TEMPLATES`);
            ``()`` keeps only ``examples``.
        garbage: give a closed grammar a way out for speech that is not an answer: any run of
            common words (:data:`~backchat.speech.vocabulary.NOT_ANSWERS`) that are not answer
            words (one word: a loop of them made each search take minutes).

    Raises:
        GrammarError: ``kind`` is unknown or a template is malformed.
    """
    if kind not in GRAMMAR_KINDS:
        raise GrammarError(f"Unknown answer kind {kind!r}; expected one of {', '.join(GRAMMAR_KINDS)}.")
    answer_kind: GrammarKind = kind
    respelled: dict[str, str] = {}
    closed = answer_kind != "free"
    answers: Node | None = None
    if closed:
        kind_templates = vocab.KIND_TEMPLATES[answer_kind] if templates is None else tuple(templates)
        built = [n for n in (_templates(kind_templates),
                             _phrase_node(examples, respelled)) if n is not None]
        if not built:
            raise GrammarError(f"No expected answer for a {answer_kind!r} question.")
        answers = built[0] if len(built) == 1 else Alt(tuple(built))
    flags = _phrase_node(red_flags, respelled)
    steer = _phrase_node(commands, respelled)
    open_corpus: tuple[str, ...] = ()
    open_words: tuple[str, ...] = ()
    if not closed:
        open_corpus = tuple(dict.fromkeys(" ".join(spoken_words(s)) for s in
                                          (*vocab.DOMAIN_SENTENCES, *examples) if spoken_words(s)))
        open_words = tuple(sorted({*vocab.FILLER_WORDS, *_kind_words()}))

    rules = {name: parse_template(text) for name, text in vocab.RULES.items()}
    if not closed:
        open_corpus += _kind_samples(rules)
    used = _used_rules([n for n in (answers, flags, steer) if n is not None], rules)
    built_constraint = Constraint(
        kind=answer_kind, answers=answers, red_flags=flags, commands=steer,
        rules=tuple((name, node) for name, node in rules.items() if name in used),
        open_corpus=open_corpus, open_words=open_words,
        respelled=tuple(sorted(respelled.items())), label=label,
        garbage=_garbage([n for n in (answers, flags, steer) if n is not None], rules) if garbage and closed else (),
    )
    return built_constraint if lexicon is None else built_constraint.with_lexicon(lexicon)


def builtin_vocabulary() -> set[str]:
    """Every word of the built-in phrases, red flags, commands and domain sentences."""
    found = set(vocab.FILLER_WORDS)
    for kind in GRAMMAR_KINDS:
        found |= build_constraint(kind).words()
    return found


def _used_rules(nodes: Sequence[Node], rules: dict[str, Node]) -> set[str]:
    used: set[str] = set()
    todo = set().union(*(refs_of(n) for n in nodes))
    while todo:
        name = todo.pop()
        if name in used or name not in rules:
            continue
        used.add(name)
        todo |= refs_of(rules[name])
    return used


_SOUNDS_LIKE_AN_ANSWER = frozenset({"know", "yet", "yours", "yeah", "nope", "not", "note", "nor"})


def _garbage(nodes: Sequence[Node], rules: dict[str, Node]) -> tuple[str, ...]:
    """Common words for the way out, minus every answer word and the words that sound like one."""
    used: set[str] = set()
    for node in [*nodes, *(rules[n] for n in _used_rules(nodes, rules))]:
        used |= words_of(node)
    return tuple(w for w in vocab.NOT_ANSWERS if w not in used and w not in _SOUNDS_LIKE_AN_ANSWER)


def _kind_samples(rules: dict[str, Node], per_kind: int = 40) -> tuple[str, ...]:
    """A few phrases of every closed kind, so the open n-gram knows "two days ago" etc."""
    nodes = [n for n in (_templates(t) for t in vocab.KIND_TEMPLATES.values()) if n is not None]
    sampler = Sampler(rules, seed=11)  # caches by node identity: ``nodes`` keeps them alive
    found: dict[str, None] = {}
    for node in nodes:
        for _ in range(per_kind):
            found[" ".join(sampler.sample(node))] = None
    found.pop("", None)
    return tuple(found)


def _kind_words() -> set[str]:
    found: set[str] = set()
    for text in vocab.RULES.values():
        found |= words_of(parse_template(text))
    for templates in vocab.KIND_TEMPLATES.values():
        for text in templates:
            found |= words_of(parse_template(text))
    return found
