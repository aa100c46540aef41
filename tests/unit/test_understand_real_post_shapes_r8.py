"""Shapes of real public posts the reader misread (a private set of real posts, R8, its working half; the
posts themselves stay out of the project): each class pinned by sentences of our own, with the near misses
that must stay as they were."""

from __future__ import annotations

import pytest

from tests.unit.reading import rules_facts as _facts


@pytest.mark.parametrize("text", [
    "My lower back is sore. The pain eases when I lie down and put my feet flat on the floor.",
    "It hurt so much it took me ten minutes to get back onto my feet.",
    "My back seized as I swung my feet out of bed this morning.",
    "The spasm came when I planted both feet wide to pick up the crate.",
])
def test_feet_set_down_or_stood_on_are_no_spread_to_the_foot(text: str) -> None:
    assert _facts(text).get("radiation") != "foot"


@pytest.mark.parametrize("text", [
    "A sharp pain shot through my back as I swung both feet onto the floor.",
    "My lower back went as I planted both feet on the ground to push the car.",
])
def test_both_feet_set_on_the_floor_are_no_sign_in_both_legs(text: str) -> None:
    facts = _facts(text)
    assert facts.get("bilateral") is not True
    assert facts.get("radiation") != "foot"


@pytest.mark.parametrize("text", [
    "My back is sore and both my feet have gone numb.",
    "Since this morning both feet tingle and my lower back aches.",
])
def test_both_feet_numb_is_still_a_sign_in_both_legs(text: str) -> None:
    assert _facts(text).get("bilateral") is True


@pytest.mark.parametrize("text", [
    "My lower back aches and the pain goes right down into my feet.",
    "When I put my feet on the floor the pain shoots down my left leg to my toes.",
    "Since Monday there's pins and needles in both my feet.",
])
def test_pain_or_tingling_that_reaches_the_feet_still_does(text: str) -> None:
    assert _facts(text).get("radiation") == "foot"


@pytest.mark.parametrize("text", [
    "My right buttock has been tender since Friday, a bit like the stiffness you get after a hard session at the gym.",
    "Lower back ache since yesterday. Honestly it feels like ordinary gym soreness.",
    "There's a dull pain low in my back, similar to the ache I used to get after a long run.",
])
def test_a_pain_likened_to_an_activitys_soreness_sets_no_trigger(text: str) -> None:
    assert _facts(text).get("trigger") is None


@pytest.mark.parametrize(("text", "trigger"), [
    ("My lower back went at the gym yesterday. It felt like a knife going in.", "exercise"),
    ("I hurt my back lifting a box on Friday, it felt like something tore.", "lifting"),
    ("My back locked as I bent to pick up the cat, and the ache is like nothing I've had.", "bending"),
])
def test_an_activity_that_started_it_still_counts_beside_a_likeness(text: str, trigger: str) -> None:
    assert _facts(text).get("trigger") == trigger


@pytest.mark.parametrize("text", [
    "It began as a sharp pain low in my back that made bending over hard.",
    "By Tuesday the ache had spread down my leg, making bending even worse.",
])
def test_what_the_pain_made_hard_is_no_trigger_in_any_tense(text: str) -> None:
    assert _facts(text).get("trigger") is None


def test_a_bend_that_set_it_off_is_still_the_trigger() -> None:
    assert _facts("My back went as I bent over to pick up a towel, and that made walking hard.").get(
        "trigger") == "bending"
