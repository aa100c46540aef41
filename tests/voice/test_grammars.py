"""Per-question constraints built from plain data."""

from __future__ import annotations

import json

import pytest

from backchat.speech.errors import GrammarError
from backchat.speech.grammars import GRAMMAR_KINDS, build_constraint
from backchat.speech.sphinx_listener import SphinxListener
from backchat.speech.vocabulary import COMMANDS, RED_FLAG_PHRASES
from backchat.speech.words import spell_number, spoken_words

SIDES = ["left", "right", "both"]
LEVELS = ["buttock", "thigh", "knee", "calf", "shin", "ankle", "foot", "toes"]
DURATIONS = ["two days", "a week and a half", "since yesterday", "about three weeks",
             "a couple of months", "three days ago", "nearly four months", "since monday",
             "a fortnight", "for a while"]
YES_NO = ["yes", "yeah", "no", "nope", "not really", "i think so", "i'm not sure",
          "i don't think so", "a little"]


def test_number_words_zero_to_a_hundred() -> None:
    numbers = build_constraint("number")
    for n in range(101):
        assert numbers.match(spell_number(n)) == "answer", spell_number(n)
    assert numbers.match("about seven out of ten") == "answer"
    assert numbers.match("i'm sixty three") == "answer"
    assert numbers.match("a hundred") == "answer"


@pytest.mark.parametrize("phrase", DURATIONS)
def test_duration_phrases(phrase: str) -> None:
    assert build_constraint("duration").match(phrase) == "answer"


def test_leg_levels_and_sides() -> None:
    where = build_constraint("location")
    spread = build_constraint("radiation")
    for level in LEVELS:
        assert where.match(f"my {level}") == "answer"
        assert spread.match(f"down to my {level}") == "answer"
        for side in SIDES:
            assert where.match(f"my {side} {level}") == "answer"
            assert spread.match(f"it goes down to my {side} {level}") == "answer"
    assert where.match("lower back on the left") == "answer"
    assert spread.match("no it stays in my back") == "answer"


@pytest.mark.parametrize("phrase", YES_NO)
def test_yes_no_variants(phrase: str) -> None:
    assert build_constraint("yes_no").match(phrase) in ("answer", "command")


@pytest.mark.parametrize("kind", GRAMMAR_KINDS)
def test_red_flags_and_commands_on_every_question(kind: str) -> None:
    constraint = build_constraint(kind)
    for phrase in ("i can't control my bladder", "my legs are numb", "i have a fever",
                   *RED_FLAG_PHRASES):
        assert constraint.match(phrase) == "red_flag", phrase
    for phrase in ("repeat", "say that again", "go back", "stop", "help", "i don't know"):
        assert constraint.match(phrase) in ("command", "answer"), phrase
    assert constraint.match("banana") is None
    assert constraint.match("") is None


def test_flow_specific_phrases_extend_the_defaults() -> None:
    c = build_constraint("yes_no", ["Yes, I came off my bike"], red_flags=["my foot is cold"],
                         commands=["pause"])
    assert c.match("yes i came off my bike") == "answer"
    assert c.match("my foot is cold") == "red_flag"
    assert c.match("pause") == "command"
    assert c.match("repeat") is None  # the caller's commands replace the default ones


def test_jsgf_and_vosk_outputs() -> None:
    c = build_constraint("duration", label="duration")
    jsgf = c.jsgf()
    assert jsgf.startswith("#JSGF V1.0;\ngrammar backchat;\n")
    assert "public <utterance> = <answer> | <red_flag> | <command>;" in jsgf
    assert "<count> = " in jsgf and "<unit> = " in jsgf
    phrases = json.loads(c.vosk_grammar(limit=500))
    assert phrases[-1] == "[unk]"
    assert all(isinstance(p, str) and p == p.lower() for p in phrases)
    assert {*RED_FLAG_PHRASES, *COMMANDS} <= set(phrases)  # never sampled away
    assert len(phrases) <= 500 + len(RED_FLAG_PHRASES) + len(COMMANDS) + 1
    assert c.vosk_grammar(limit=500) == c.vosk_grammar(limit=500)


def test_open_questions_get_a_domain_corpus_instead_of_a_grammar() -> None:
    free = build_constraint("free", ["I was gardening"])
    assert not free.closed and free.answers is None
    assert "i was gardening" in free.open_corpus
    assert "it came on suddenly two days ago when i lifted a box" in free.ngram_corpus()
    assert {"suddenly", "lifted", "knee"} <= free.words()
    assert "<answer>" not in free.jsgf()


def test_normalising_flow_examples() -> None:
    assert spoken_words("I'm sixty-three") == ["i'm", "sixty", "three"]
    assert spoken_words("yes, 38.5 last night") == ["yes", "thirty", "eight", "point", "five",
                                                 "last", "night"]
    assert spoken_words("42") == ["forty", "two"]
    assert spoken_words("It\u2019s OK") == ["it's", "okay"]
    assert spell_number(105) == "one hundred and five"
    assert spell_number(2019) == "two thousand and nineteen"
    assert build_constraint("yes_no", ["ok then"]).respelled == (("ok", "okay"),)


def test_unknown_words_are_dropped_and_reported() -> None:
    c = build_constraint("radiation", ["down to my calf muscle"],
                         lexicon=lambda w: w not in {"calf", "muscle"})
    assert c.dropped_words == ("calf", "muscle")
    assert c.match("down to my calf") is None
    assert c.match("down to my knee") == "answer"
    assert "calf" not in c.jsgf()
    with pytest.raises(GrammarError, match="knows none of their words"):
        build_constraint("number", lexicon=lambda w: False)


def test_every_built_in_word_is_in_the_pocketsphinx_dictionary(sphinx: SphinxListener) -> None:
    for kind in GRAMMAR_KINDS:
        assert build_constraint(kind, lexicon=sphinx.has_word).dropped_words == (), kind


def test_flow_examples_with_unknown_words_are_reported(sphinx: SphinxListener) -> None:
    c = build_constraint("yes_no", ["I take zopiclonex daily"], lexicon=sphinx.has_word)
    assert c.dropped_words == ("zopiclonex",)


def test_unknown_kind_and_stable_keys() -> None:
    with pytest.raises(GrammarError, match="Unknown answer kind 'colour'"):
        build_constraint("colour")
    assert build_constraint("onset").key == build_constraint("onset", label="x").key
    assert build_constraint("onset").key != build_constraint("onset", ["I fell"]).key
