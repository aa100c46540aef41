"""The verifier: a learned second opinion that only ever takes a story's values away."""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from backchat.checks.evaluate import load_corpus
from backchat.core.understand import read, verifier

ROOT = Path(__file__).resolve().parents[2]
STORY = "Mum took my temperature last night and I had a fever of 38.5. I hurt my lower back lifting boxes on Monday."


@pytest.fixture
def doubting(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A model that doubts every value a sentence about someone's mum states, and nothing else."""
    monkeypatch.setattr(verifier, "weights", lambda: (2.0, {"w:mum": -5.0}))
    yield


def test_the_rules_alone_and_the_shipped_model_agree_on_a_plain_story() -> None:
    text = "I bent down to pick up a sock on Monday and my lower back went. It's a 6 out of 10."
    assert read(text, None).facts == read(text, None, verify=False).facts


@pytest.mark.usefixtures("doubting")
def test_a_doubted_value_is_not_written_down_and_a_doubted_urgent_sign_is_asked() -> None:
    rules = read(STORY, None, verify=False)
    assert rules.facts["fever"] is True  # what the rules read (an urgent sign)
    checked = read(STORY, None)
    assert "fever" not in checked.facts and checked.uncertain["fever"] is True
    assert checked.facts["trigger"] == "lifting"  # the sentence the model does not doubt is kept


@pytest.mark.usefixtures("doubting")
def test_an_emergency_sign_it_doubts_is_confirmed_by_the_very_next_question() -> None:
    from backchat.core.engine import Engine
    from backchat.core.loader import load_flow

    text = "Mum was with me when I noticed I can't feel myself wiping. My lower back has hurt since Monday."
    assert read(text, None, verify=False).facts.get("saddle_numbness") is True  # the rules alone: an emergency
    checked = read(text, None)
    assert "saddle_numbness" not in checked.facts and checked.uncertain["saddle_numbness"] is True
    for answer, ends in (("yes", True), ("no", False)):
        engine = Engine(load_flow())
        engine.start()
        turn = engine.handle(text)
        assert not turn.finished and engine.confirming == "saddle_numbness"
        turn = engine.handle(answer)
        assert turn.finished is ends
        if ends:
            assert turn.outcome is not None and turn.outcome.level == "emergency"


@pytest.mark.usefixtures("doubting")
def test_an_emergency_sign_it_does_not_doubt_ends_the_interview_at_once() -> None:
    from backchat.core.engine import Engine
    from backchat.core.loader import load_flow

    text = "My mum says I look pale. Since yesterday I can't feel myself wiping and my lower back is agony."
    assert read(text, None).facts.get("saddle_numbness") is True
    engine = Engine(load_flow())
    engine.start()
    turn = engine.handle(text)
    assert turn.finished and turn.outcome is not None and turn.outcome.level == "emergency"


@pytest.mark.usefixtures("doubting")
def test_one_sentence_and_the_answer_to_a_later_question_are_read_as_said() -> None:
    one = "My mum thinks I've had a fever, and my lower back hurts."
    assert read(one, None).facts == read(one, None, verify=False).facts
    answer = "Yes, a fever since Sunday. My mum took my temperature."
    assert read(answer, None, "fever", "yes_no").facts == read(answer, None, "fever", "yes_no", verify=False).facts


@pytest.mark.usefixtures("doubting")
def test_a_story_is_never_left_with_nothing_read() -> None:
    text = "Mum says I hurt my lower back lifting. Mum thinks it was on Monday."
    rules = read(text, None, verify=False)
    assert rules.facts and read(text, None) == rules


@pytest.mark.usefixtures("doubting")
def test_a_doubted_place_leaves_the_others() -> None:
    text = "Mum rubbed my lower back for me. It hurts on the left since Friday."
    assert read(text, None, verify=False).facts["location"] == ("lower", "left")
    assert read(text, None).facts["location"] == ("left",)


def test_the_engine_checks_only_the_answers_to_the_first_question(monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    from backchat.core.engine import Engine
    from backchat.core.loader import load_flow

    checked: list[str] = []
    real = verifier.doubt
    monkeypatch.setattr(verifier, "doubt", lambda text, *a: checked.append(text) or real(text, *a))
    engine = Engine(load_flow(), clock=lambda: date(2026, 12, 2))
    engine.start()
    story = "I hurt my lower back lifting a box on Monday. It has eased a bit since."
    engine.handle(story)
    reply = "No. My lower back still aches a bit."
    at_first = 0
    for _ in range(30):  # a two-sentence answer to every later question, checks included
        at_first += engine.question is not None and engine.question.id == "onset"
        if engine.handle(reply).finished:
            break
    # the story, and the answers given while its first question was open (the check of what it was read as)
    assert checked == [story] + [reply] * at_first and 0 < at_first < 30


def test_the_shipped_weights_fit_the_features_they_were_trained_on() -> None:
    # a change to verifier.features without retraining (scripts/verifier/train.py) breaks this
    rows = [json.loads(line) for line in (ROOT / "scripts" / "verifier" / "training.jsonl").read_text().splitlines()]
    texts: dict[tuple[str, str], str] = {}
    for name in {r["file"] for r in rows}:
        for entry in load_corpus(ROOT / "tests" / "corpus" / "stories" / name)[1]:
            texts[(name, entry["id"])] = str(entry["text"])
    doubted = {True: 0, False: 0}
    total = {True: 0, False: 0}
    for r in rows:
        if r["wrong"]:
            continue
        text = texts[(r["file"], r["id"])]
        parts = verifier.sentences(text)
        p = verifier.probability(r["fact"], r["value"], [parts[i] for i in r["sents"]], text)
        total[r["ok"]] += 1
        doubted[r["ok"]] += p < verifier.threshold(r["fact"], r["value"])
    assert total[False] > 500 and total[True] > 8000
    assert doubted[False] / total[False] > 0.4  # seen: most invented values are doubted
    assert doubted[True] / total[True] < 0.02  # and few right ones


def test_a_screen_fact_is_labelled_stated_when_the_story_lists_the_red_flag_it_makes() -> None:
    spec = importlib.util.spec_from_file_location("collect", ROOT / "scripts" / "verifier" / "collect.py")
    assert spec is not None and spec.loader is not None
    collect = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(collect)
    assert collect.holds({}, "fragile_bones", True, {"minor_trauma"})  # steroids + a slip: minor trauma
    assert collect.holds({}, "night_pain", True, {"night_pain"})
    assert not collect.holds({}, "fragile_bones", True, set())
    assert not collect.holds({}, "onset", "trauma", {"minor_trauma"})


def test_an_emergency_sign_is_doubted_below_a_higher_bar_than_a_place(monkeypatch: pytest.MonkeyPatch) -> None:
    # a doubted emergency sign costs one confirming question; taken wrongly, it sends someone to A&E
    monkeypatch.setattr(verifier, "weights", lambda: (0.5, {}))  # every value: p = 0.62
    text = "Since yesterday I can't feel myself wiping. My lower back is agony."
    checked = read(text, None)
    assert "saddle_numbness" not in checked.facts and checked.uncertain["saddle_numbness"] is True
    assert checked.facts["location"] == ("lower",)
