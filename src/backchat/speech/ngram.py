"""A small bigram language model in ARPA format, estimated from a list of sentences.

PocketSphinx loads it for open questions (a domain vocabulary instead of its 130,000-word
general model) and as the second pass of closed questions, where common "filler" words at
a low probability absorb speech that is not one of the expected phrases.

Estimation: absolute discounting (D = 0.5) with back-off to unigrams; extra words get a
small fractional count, so they are possible anywhere but never preferred.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable

__all__ = ["build_arpa"]

_START, _END = "<s>", "</s>"


def build_arpa(
    sentences: Iterable[str],
    extra_words: Iterable[str] = (),
    *,
    extra_count: float = 0.2,
    discount: float = 0.5,
) -> str:
    """An ARPA bigram model of ``sentences`` (space-separated words).

    Args:
        sentences: the training sentences; repeats count.
        extra_words: words to add as unigrams only (a filler vocabulary).
        extra_count: the count each extra word gets (fractional is fine).
        discount: absolute discount taken from every seen bigram for back-off.
    """
    unigrams: Counter[str] = Counter()
    bigrams: Counter[tuple[str, str]] = Counter()
    for sentence in sentences:
        words = [_START, *sentence.split(), _END]
        if len(words) == 2:
            continue
        unigrams.update(words)
        bigrams.update(zip(words, words[1:], strict=False))
    counts: dict[str, float] = dict(unigrams)
    for word in extra_words:
        if word not in counts:
            counts[word] = extra_count
    if not bigrams:
        counts.setdefault(_START, 1.0)
        counts.setdefault(_END, 1.0)
    total = sum(c for w, c in counts.items() if w != _START)
    p1 = {w: (c / total if w != _START else 0.0) for w, c in counts.items()}

    followers: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for (a, b), c in bigrams.items():
        followers[a].append((b, c))
    p2: dict[tuple[str, str], float] = {}
    backoff: dict[str, float] = {}
    for a, seen in followers.items():
        history = sum(c for _, c in seen)
        for b, c in seen:
            p2[(a, b)] = (c - discount) / history
        left = discount * len(seen) / history
        rest = 1.0 - sum(p1[b] for b, _ in seen)
        backoff[a] = left / rest if rest > 1e-9 else 1e-9

    lines = ["\\data\\", f"ngram 1={len(counts)}"]
    lines += [f"ngram 2={len(p2)}"] if p2 else []
    lines += ["", "\\1-grams:"]
    for word in sorted(counts):
        prob = math.log10(p1[word]) if p1[word] > 0 else -99.0
        tail = f" {math.log10(backoff[word]):.4f}" if word in backoff else ""
        lines.append(f"{prob:.4f} {word}{tail}")
    if p2:
        lines += ["", "\\2-grams:"]
        lines += [f"{math.log10(p):.4f} {a} {b}" for (a, b), p in sorted(p2.items())]
    lines += ["", "\\end\\", ""]
    return "\n".join(lines)
