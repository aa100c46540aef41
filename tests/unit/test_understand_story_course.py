"""Is it getting better, and has it happened before: read from stories; two examples per rule."""

from __future__ import annotations

from datetime import date

import pytest

from backchat.core.facts import FactValue
from backchat.core.understand import read


def facts(text: str) -> dict[str, FactValue]:
    return read(text, date(2026, 3, 4), verify=False).facts


@pytest.mark.parametrize("text", [
    "My weight is the same as always and I eat well. The ache low on the right started last week.",
    "I'm on the same blood pressure tablets I've had for years. My back went on Friday lifting a crate.",
    "Honestly it's the same old story every few months, my lower back on the left.",
])
def test_the_same_said_of_something_else_is_no_course(text: str) -> None:
    assert "improving" not in facts(text)


@pytest.mark.parametrize("text", [
    "The tingling started in my big toe and now it's up to my ankle, it's definitely getting worse. My back aches.",
    "The numbness in my heel has spread to my calf, and it's getting worse every day. My lower back is stiff.",
])
def test_worse_said_of_the_numbness_just_named_is_not_the_pain_getting_worse(text: str) -> None:
    assert "improving" not in facts(text)


@pytest.mark.parametrize(("text", "improving"), [
    ("I pulled my back on Saturday and each day it's a bit easier. I'm 33.", True),
    ("It was agony on Monday but it's loosening up a bit now, low on the left.", True),
    ("It's been ten days and I can't say it's any better, low down in the middle.", False),
    ("My lower back went a fortnight ago and it isn't getting any better with heat.", False),
])
def test_the_course_said_in_other_words(text: str, improving: bool) -> None:
    assert facts(text)["improving"] is improving


@pytest.mark.parametrize("text", [
    "It's slowly easing and I can get my own shoes on again, which I couldn't on Monday.",
    "I managed to walk the dog again today. My back went 4 days ago bending for a sock.",
])
def test_an_ability_regained_is_no_recurrence(text: str) -> None:
    assert "recurrent" not in facts(text)


@pytest.mark.parametrize("text", [
    "Hi all, first time posting. My lower back went on Tuesday hoovering the stairs.",
    "I wet myself when I stood up, which has never happened before. My back is agony.",
])
def test_a_first_post_or_a_first_of_something_else_is_not_a_first_episode(text: str) -> None:
    assert "recurrent" not in facts(text)


@pytest.mark.parametrize("text", [
    "I slipped a disc about ten years ago and it settled with physio. Now I've tweaked my lower back again.",
    "I had a bout of sciatica in 2019 that took months to go. This time it's just my back, low on the right.",
])
def test_an_earlier_episode_of_back_trouble_is_a_recurrence(text: str) -> None:
    assert facts(text)["recurrent"] is True


@pytest.mark.parametrize("text", [
    "My back's never given me any trouble before, and now it's locked after I lifted the mower on Sunday.",
    "I'm 52 and I've never had back problems, but since Tuesday the bottom of my back has been aching.",
])
def test_never_any_back_trouble_is_a_first_episode(text: str) -> None:
    assert facts(text)["recurrent"] is False


@pytest.mark.parametrize("text", [
    "A scan in 2019 showed a bulging disc. This new twinge is lower down on the right after I carried some logs.",
    "I had a disc problem last year that settled with physio. This time it's my back on the left, since Friday.",
])
def test_back_trouble_named_in_the_past_is_an_earlier_episode(text: str) -> None:
    assert facts(text)["recurrent"] is True


@pytest.mark.parametrize("text", [
    "My back went on Tuesday lifting a crate. Sitting on the loo is awkward, and getting up again is worse.",
    "I've had a sharp pain low on the left since Friday. I keep going over on my bad ankle too.",
])
def test_repeating_a_movement_is_no_recurrence(text: str) -> None:
    assert "recurrent" not in facts(text)


@pytest.mark.parametrize("text", [
    "My lower back went on Monday. My dad had a bad back in his fifties and it settled with physio.",
    "My husband had sciatica last year, and it eased after a month. Mine started yesterday, low on the right.",
])
def test_someone_elses_recovery_is_not_this_course(text: str) -> None:
    assert "improving" not in facts(text)


@pytest.mark.parametrize("text", [
    "Pulled my back lifting the paddling pool about a week ago. Not worse, not better, just there all day.",
    "My back has ached since the move three weeks ago. Honestly no worse and no better, I just want it gone.",
])
def test_a_denied_worsening_beside_not_better_is_not_improving(text: str) -> None:
    assert read(text, None, verify=False).facts.get("improving") is False


@pytest.mark.parametrize("text", [
    "The ache low in my back came on after the long drive up north. Not getting worse, it just won't go.",
    "Sore lower back for a fortnight since the house move. It hasn't got worse, it's just always there.",
])
def test_not_getting_worse_alone_says_nothing_of_getting_better(text: str) -> None:
    assert read(text, None, verify=False).facts.get("improving") is not True


@pytest.mark.parametrize("text", [
    "Tweaked my back hanging the washing out on Saturday, low down on the left. It's a lot better than yesterday.",
    "Put my back out gardening two days ago and could barely move. Today it's eased loads, just stiff first thing.",
    "My lower back seized lifting the dog into the car at the weekend. Feels looser today and I managed a walk.",
])
def test_better_said_against_an_earlier_time_is_improving(text: str) -> None:
    assert read(text, None, verify=False).facts.get("improving") is True


@pytest.mark.parametrize("text", [
    "My lower back has ached for about a week since the long drive home. It feels better after a hot bath.",
    "Sore low back for five days after painting the ceiling. It's better when I lie flat on the floor.",
])
def test_better_after_something_is_what_eases_it_not_its_course(text: str) -> None:
    assert read(text, None, verify=False).facts.get("improving") is None


@pytest.mark.parametrize("text", [
    "About three weeks ago my mid back started aching and it isn't shifting, whatever I try. I'm 52.",
    "The ache low in my back has been there a month and it's worse this winter than it was in autumn.",
    "It started in my right buttock a fortnight ago and now runs down my leg. No numbness, no weakness. "
    "It's about the same as last week.",
])
def test_not_shifting_worse_now_or_the_same_as_before_is_not_improving(text: str) -> None:
    assert read(text, None, verify=False).facts.get("improving") is False


@pytest.mark.parametrize("text", [
    "Bent to pick up a sock on Tuesday and my back went, same as happened in 2016. Low down, in the middle.",
    "The pain runs from my left bum cheek to my knee, three weeks now. I had the same thing years ago after "
    "my first was born.",
    "I've had a dodgy back on and off since I was a teenager. This bout started after a long drive last week.",
])
def test_an_earlier_bout_told_in_other_words_is_recurrent(text: str) -> None:
    assert read(text, None, verify=False).facts.get("recurrent") is True
