"""Short answers: yes / no / not sure with hedges, commands, off-topic text, other languages."""

from __future__ import annotations

from datetime import date

import pytest

from backchat.core.understand import read
from backchat.core.understand.answers import about_back_pain, other_language, read_command, read_yes_no
from backchat.core.understand.text import prepare

TODAY = date(2026, 11, 18)


@pytest.mark.parametrize(("text", "answer"), [
    ("yes", "yes"), ("yeah", "yes"), ("I think so", "yes"), ("kind of", "yes"), ("sort of", "yes"),
    ("no", "no"), ("nope", "no"), ("not really", "no"), ("probably not", "no"), ("I don't think so", "no"),
    ("not sure", "unknown"), ("I don't know", "unknown"), ("i really don't know", "unknown"),
    ("dunno", "unknown"), ("no idea", "unknown"),
])
def test_a_yes_no_answer_with_or_without_a_hedge(text: str, answer: str) -> None:
    assert read(text, TODAY, question="fever", kind="yes_no", verify=False).answer == answer


def test_a_hedged_answer_is_marked_hedged() -> None:
    assert read("I think so", TODAY, question="fever", kind="yes_no", verify=False).hedged
    assert read("kind of", TODAY, question="fever", kind="yes_no", verify=False).hedged
    assert not read("yes", TODAY, question="fever", kind="yes_no", verify=False).hedged


def test_a_sentence_that_does_not_start_with_an_answer_has_none() -> None:
    assert read_yes_no(prepare("my back hurts")) is None


@pytest.mark.parametrize(("text", "command"), [
    ("why do you ask?", "why"), ("why?", "why"), ("go back", "back"), ("say that again", "repeat"),
    ("start again", "restart"), ("quit", "quit"), ("help", "help"), ("can you repeat that please", "repeat"),
])
def test_commands(text: str, command: str) -> None:
    assert read_command(prepare(text)) == command
    reading = read(text, TODAY, question="fever", kind="yes_no", verify=False)
    assert reading.command == command and reading.facts == {}


def test_an_answer_is_not_a_command() -> None:
    assert read_command(prepare("it started when i went back to work")) is None


@pytest.mark.parametrize("text", ["what's the weather like tomorrow", "can you book me a taxi into town",
                                  "my car is making a weird noise"])
def test_text_not_about_back_pain_is_off_topic(text: str) -> None:
    reading = read(text, TODAY, verify=False)
    assert reading.on_topic is False and reading.facts == {}


def test_text_about_back_pain_is_on_topic() -> None:
    assert about_back_pain(prepare("my back hurts"))
    assert read("my back hurts a lot", TODAY, verify=False).on_topic


@pytest.mark.parametrize("text", ["me duele mucho la espalda", "j'ai mal au dos depuis lundi",
                                  "ich habe seit montag rückenschmerzen", "腰が痛いです", "ظهري يؤلمني"])
def test_another_language_is_recognised(text: str) -> None:
    assert other_language(prepare(text))
    reading = read(text, TODAY, verify=False)
    assert reading.other_language and reading.facts == {}


def test_english_is_not_another_language() -> None:
    assert not other_language(prepare("it hurts down my leg to the knee"))
