"""The ARPA bigram builder."""

from __future__ import annotations

import math
import re

from backchat.speech.ngram import build_arpa


def parse(arpa: str) -> tuple[dict[str, tuple[float, float]], dict[tuple[str, str], float]]:
    unigrams: dict[str, tuple[float, float]] = {}
    bigrams: dict[tuple[str, str], float] = {}
    section = ""
    for line in arpa.splitlines():
        if re.fullmatch(r"\\\d-grams:", line):
            section = line[1]
        elif line and section == "1" and not line.startswith("\\"):
            parts = line.split()
            unigrams[parts[1]] = (float(parts[0]), float(parts[2]) if len(parts) > 2 else 0.0)
        elif line and section == "2" and not line.startswith("\\"):
            p, a, b = line.split()
            bigrams[(a, b)] = float(p)
    return unigrams, bigrams


def test_counts_header_and_probabilities() -> None:
    arpa = build_arpa(["yes", "no", "yes please"], ["the", "cat"])
    assert arpa.startswith("\\data\\\nngram 1=7\nngram 2=6\n")
    assert arpa.rstrip().endswith("\\end\\")
    unigrams, bigrams = parse(arpa)
    assert set(unigrams) == {"<s>", "</s>", "yes", "no", "please", "the", "cat"}
    assert unigrams["cat"][0] < unigrams["yes"][0]  # filler words are unlikely
    for history in ("<s>", "yes"):
        seen = sum(10 ** p for (a, _), p in bigrams.items() if a == history)
        unseen = 10 ** unigrams[history][1] * sum(
            10 ** unigrams[w][0] for w in unigrams
            if w != "<s>" and (history, w) not in bigrams)
        assert math.isclose(seen + unseen, 1.0, rel_tol=0.01)


def test_only_extra_words() -> None:
    arpa = build_arpa([], ["hello"])
    assert "ngram 2" not in arpa
    assert "hello" in arpa
