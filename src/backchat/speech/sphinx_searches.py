"""A pair of PocketSphinx decoders with the searches compiled into them: a question's JSGF
grammar on one, its small bigram model on the other (the two passes of a closed question,
see :mod:`.sphinx_listener`). Compiled searches are kept, least recently used dropped first.
"""

from __future__ import annotations

import os
import tempfile
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from backchat.speech.errors import RecognizerError
from backchat.speech.grammars import Constraint
from backchat.speech.ngram import build_arpa
from backchat.speech.vocabulary import FILLER_WORDS

__all__ = ["DecoderPair", "Run"]

Run = tuple[Any, str | None]
"""(decoder, search name): one decoding pass; None keeps the decoder's current search."""


class DecoderPair:
    """Two decoders: ``grammars`` for JSGF grammars, ``bigrams`` for bigram models.

    Args:
        grammars: the decoder grammars are compiled into.
        bigrams: the decoder bigram models are compiled into.
        has_word: whether a word can be recognised (only such words go into a model).
        limit: compiled searches kept on each decoder.
    """

    def __init__(self, grammars: Any, bigrams: Any, has_word: Callable[[str], bool], limit: int) -> None:
        self.grammars, self.bigrams = grammars, bigrams
        self._has_word = has_word
        self._limit = limit
        self._compiled: OrderedDict[str, None] = OrderedDict()

    def runs(self, constraint: Constraint) -> list[Run]:
        """The passes of ``constraint``: grammar then bigram model (bigram only when open)."""
        found: list[Run] = [(self.bigrams, self.bigram(constraint))]
        if constraint.closed:
            found.insert(0, (self.grammars, self.grammar(constraint)))
        return found

    def grammar(self, constraint: Constraint) -> str:
        """The name of ``constraint``'s grammar search, compiled if need be."""
        name = f"g{constraint.key}"
        if self._touch(name):
            try:
                self.grammars.add_jsgf_string(name, constraint.jsgf())
            except (ValueError, RuntimeError) as exc:
                self._compiled.pop(name, None)
                raise RecognizerError(f"PocketSphinx rejected the grammar ({exc}).") from None
        return name

    def bigram(self, constraint: Constraint) -> str:
        """The name of ``constraint``'s bigram search, compiled if need be."""
        name = f"n{constraint.key}"
        if self._touch(name):
            words = sorted({w for w in (*FILLER_WORDS, *constraint.open_words) if self._has_word(w)})
            arpa = build_arpa(constraint.ngram_corpus(), words,
                              extra_count=0.2 if constraint.closed else 1.0)
            handle, path = tempfile.mkstemp(suffix=".arpa", prefix="backchat-")
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as out:
                    out.write(arpa)
                self.bigrams.add_lm_file(name, path)
            except (ValueError, RuntimeError) as exc:
                self._compiled.pop(name, None)
                raise RecognizerError(f"PocketSphinx rejected the language model ({exc}).") from None
            finally:
                os.unlink(path)
        return name

    def clear(self) -> None:
        """Drop every compiled search."""
        for name in list(self._compiled):
            self._remove(name)

    def _touch(self, name: str) -> bool:
        """Mark ``name`` as used; True when it still has to be compiled."""
        if name in self._compiled:
            self._compiled.move_to_end(name)
            return False
        self._compiled[name] = None
        while len(self._compiled) > self._limit:
            self._remove(next(iter(self._compiled)))
        return True

    def _remove(self, name: str) -> None:
        self._compiled.pop(name, None)
        try:
            (self.bigrams if name.startswith("n") else self.grammars).remove_search(name)
        except (KeyError, RuntimeError):  # pragma: no cover - already gone
            pass
