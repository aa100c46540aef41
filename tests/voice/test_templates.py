"""The phrase template language."""

from __future__ import annotations

import re

import pytest

from backchat.speech.errors import GrammarError
from backchat.speech.templates import (
    EMPTY,
    Sampler,
    count,
    expand,
    parse_template,
    prune,
    to_jsgf,
    to_regex,
)

RULES = {"n": parse_template("one | two"), "u": parse_template("day | days")}


def phrases(text: str) -> set[str]:
    return {" ".join(p) for p in expand(parse_template(text), RULES)}


def test_alternatives_options_and_rules_expand() -> None:
    assert phrases("[about] <n> <u> [ago]") == {
        f"{a}{n} {u}{g}" for a in ("", "about ") for n in ("one", "two")
        for u in ("day", "days") for g in ("", " ago")}
    assert count(parse_template("[about] <n> <u> [ago]"), RULES) == 16
    assert phrases("(yes | no) please") == {"yes please", "no please"}


def test_jsgf_and_regex_say_the_same_thing() -> None:
    node = parse_template("[about] <n> (day | days) [ago]")
    assert to_jsgf(node) == "[about] <n> (day | days) [ago]"
    pattern = re.compile(to_regex(node, RULES))
    assert pattern.fullmatch("about two days ago ")
    assert pattern.fullmatch("one day ")
    assert not pattern.fullmatch("about days ")


def test_a_list_of_phrases_becomes_a_prefix_tree_with_the_same_phrases() -> None:
    listed = "a four | a four out of ten | six | six out of ten | it is six | it is about six"
    jsgf = to_jsgf(parse_template(listed))
    assert jsgf == "(a four [out of ten] | six [out of ten] | it is (six | about six))"
    assert phrases(jsgf) == phrases(listed)


def test_pruning_drops_what_needs_an_unknown_word() -> None:
    node = parse_template("(calf | shin) pain [today] | knee")
    kept = prune(node, lambda w: w != "calf", set())
    assert kept is not None
    assert {" ".join(p) for p in expand(kept, {})} == {"shin pain", "shin pain today", "knee"}
    assert prune(parse_template("[calf]"), lambda w: w != "calf", set()) == EMPTY
    assert prune(parse_template("calf"), lambda w: w != "calf", set()) is None
    assert prune(parse_template("<n> days"), lambda w: True, {"n"}) is None


def test_sampling_is_deterministic() -> None:
    node = parse_template("[about] <n> <u> [ago]")
    first = [Sampler(RULES, 3).sample(node) for _ in range(5)]
    sampler = Sampler(RULES, 3)
    assert sampler.sample(node) == first[0]


@pytest.mark.parametrize("bad", ["(a | b", "a ]", "a $ b", "[a"])
def test_malformed_templates_are_refused(bad: str) -> None:
    with pytest.raises(GrammarError):
        parse_template(bad)


def test_undefined_rule_is_a_grammar_error() -> None:
    with pytest.raises(GrammarError, match="undefined rule <x>"):
        count(parse_template("<x>"), {})
