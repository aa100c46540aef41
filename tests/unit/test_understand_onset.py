"""How the pain started and what set it off; recent serious falls and accidents."""

from __future__ import annotations

from datetime import date

import pytest

from backchat.core.understand import read
from backchat.core.understand.onset import read_onset, read_trauma, read_trigger
from backchat.core.understand.text import prepare


def trigger(text: str, asked: bool = False) -> str | None:
    return read_trigger(prepare(text), asked)


def onset(text: str) -> str | None:
    u = prepare(text)
    return read_onset(u, read_trigger(u))


def trauma(text: str) -> bool | None:
    return read_trauma(prepare(text))


@pytest.mark.parametrize(("text", "cause"), [
    ("lifted a box on monday and my back went", "lifting"),
    ("picked my toddler up and felt a twinge", "lifting"),
    ("bent down to tie my shoelace and my lower back went", "bending"),
    ("twisted round to grab my bag and hurt my back", "twisting"),
    ("woke up with it yesterday", "sleeping"),
    ("hurt it at the gym doing deadlifts", "exercise"),
    ("played golf on sunday and felt a twinge", "sport"),
    ("sneezed on saturday and something pinged in my back", "other"),
    ("fell off a ladder and it's hurt since", "fall"),
    ("a van knocked me off my bike and my back's sore", "accident"),
])
def test_a_named_cause_is_the_trigger(text: str, cause: str) -> None:
    assert trigger(text) == cause


def test_the_first_movement_named_is_the_trigger() -> None:
    assert trigger("since friday when i bent down to pick up a pen") == "bending"


def test_no_reason_is_the_unknown_trigger() -> None:
    assert trigger("no idea why it started honestly") == "unknown"
    assert trigger("dunno what caused it") == "unknown"


def test_no_reason_said_about_weight_is_not_about_the_pain() -> None:
    assert trigger("i've lost weight for no reason") is None
    assert trigger("lost 6 kg and i don't know why, back pain for 5 weeks") is None


def test_what_makes_it_worse_is_not_what_set_it_off() -> None:
    assert trigger("it hurts when i bend over") is None
    assert trigger("it's worse when i cough or sneeze") is None
    assert trigger("it started when i bent over") == "bending"


def test_someone_elses_fall_or_a_near_fall_is_not_a_fall() -> None:
    assert trigger("my daughter fell off her bike and i've been carrying her, that's done my back in") == "lifting"
    assert trigger("nearly fell on the ice but grabbed the railing and twisted, sore since") == "twisting"
    assert trigger("i fell asleep on the sofa and woke up with it") == "sleeping"


def test_an_accident_in_my_pants_is_not_an_injury() -> None:
    assert trigger("had an accident in my pants, couldn't hold it") is None


def test_an_event_long_ago_or_said_to_be_unrelated_is_not_the_trigger() -> None:
    assert trigger("fell off a trampoline when i was 12") is None
    assert trigger("my knee is sore from an old football injury, that's a separate thing") is None


def test_a_habit_or_an_unlinked_activity_is_not_a_trigger() -> None:
    assert trigger("i'm sixteen and play a lot of football") is None
    assert trigger("i feel hot and sweaty after the gym") is None
    assert trigger("i feel hot and sweaty after the gym", asked=True) == "exercise"


def test_lifting_a_body_part_is_not_lifting() -> None:
    assert trigger("i can't lift my toes up properly") is None


def test_onset_words_say_sudden_or_gradual() -> None:
    assert onset("it came on all of a sudden") == "sudden"
    assert onset("it crept up on me over time") == "gradual"
    assert onset("it's come on bit by bit over the last 6 weeks") == "gradual"


def test_a_negated_sudden_is_not_sudden() -> None:
    assert onset("it wasn't sudden, more like it got worse and worse over time") == "gradual"


def test_a_movement_names_the_trigger_and_only_sudden_words_the_onset() -> None:
    # issue 9 (tests/corpus/stories/README.md): "hurt my back lifting X" gives the trigger only
    assert onset("lifted a pallet at work this morning") is None
    assert onset("lifted a pallet at work this morning and my back just went") == "sudden"
    assert onset("my back hurts from carrying my school bag") is None


def test_a_fall_or_accident_means_trauma_onset() -> None:
    assert onset("slipped on the ice this morning and landed on my bum") == "trauma"


def test_weight_lost_over_months_is_not_a_gradual_onset() -> None:
    assert onset("i've lost about a stone without trying over the last couple of months") is None


def test_a_serious_recent_fall_is_trauma_and_an_old_one_is_not() -> None:
    assert trauma("fell off a ladder yesterday") is True
    assert trauma("had a car crash about 10 years ago") is None
    assert trauma("no injury or fall") is False


def test_an_activity_named_as_the_answer_to_how_it_started_is_the_trigger() -> None:
    assert trigger("lifting a pallet") is None
    assert trigger("lifting a pallet", asked=True) == "lifting"


def test_an_activity_that_makes_it_worse_is_not_the_trigger() -> None:
    assert trigger("driving makes it worse") is None
    assert trigger("bending over is agony") is None
    assert trigger("i was driving when the pain came on") == "other"


@pytest.mark.parametrize("text", [
    "lost my footing on the bottom step, didn't really fall, just jolted down onto my heels",
    "I missed a step but didn't fall, I came down hard on one foot and jarred my back",
])
def test_a_near_fall_that_jolted_the_body_is_a_minor_injury_not_a_serious_one(text: str) -> None:
    facts = read(text, date(2026, 1, 1), verify=False).facts
    assert facts["onset"] == "trauma" and facts["trauma"] is False


def test_a_near_fall_caught_in_time_is_no_injury() -> None:
    text = "I missed a step but caught the banister and didn't fall"
    assert "onset" not in read(text, date(2026, 1, 1), verify=False).facts
