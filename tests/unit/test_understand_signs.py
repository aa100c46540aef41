"""Red-flag signs told in other words: tenses, modals, idioms and euphemisms (issue 9). Each rule has two
independent wordings, our own, in the shape of real posts; see test_understand_safety.py for whose, when and
what a negation governs."""

from __future__ import annotations

import pytest

from backchat.core.facts import FactValue
from backchat.core.understand import read


def facts(text: str) -> dict[str, FactValue]:
    return read(text, None, verify=False).facts


# ---- the bladder, the saddle and sex in everyday words -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Since Friday I sit on the loo for ages before anything happens, and then it's only a trickle. My back "
    "went lifting a fridge freezer.",
    "Yesterday I needed to go all afternoon but nothing much came, and I haven't had a proper wee since. The "
    "sciatica started last week.",
    "I keep going back to the toilet because I never feel empty, which is new. My lower back has been agony "
    "since Sunday.",
    "My wee has been weak and stop-start since the weekend, which isn't normal for me. My back went bending "
    "over the bath.",
    "I had a bit of an accident in bed on Tuesday night, which has never happened before. My back's been bad "
    "for a week.",
    "This morning I couldn't really tell whether I needed a wee. My back has been killing me for 5 days.",
])
def test_bladder_changes_told_as_a_story(text: str) -> None:
    assert facts(text)["bladder_bowel"] is True


def test_a_weak_stream_is_not_a_weak_leg() -> None:
    assert facts("My wee has gone weak and slow since my back went on Friday.").get("numbness_or_weakness") is None


@pytest.mark.parametrize("text", [
    "My bottom feels dead, like after a filling at the dentist, since last night. The back pain started Monday.",
    "Down below has felt sort of asleep since Wednesday and my lower back is in bits.",
])
def test_a_saddle_that_feels_dead_or_asleep_is_saddle_numbness(text: str) -> None:
    assert facts(text)["saddle_numbness"] is True


@pytest.mark.parametrize("text", [
    "Since my back went at the weekend things haven't been working in the bedroom, which has never been a "
    "problem. I'm 41.",
    "We've had problems in the bedroom since my sciatica flared up on Monday, and it's not like me at all.",
])
def test_sex_said_discreetly_is_a_sexual_change(text: str) -> None:
    assert facts(text)["sexual_change"] is True


# ---- injuries ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Got T-boned at a roundabout on Tuesday and the airbags went off. My back is stiff and sore low down.",
    "Someone pulled out on me on Saturday and the airbag went off, the car's written off. My middle back "
    "has ached since.",
])
def test_a_road_collision_told_by_its_signs_is_serious_trauma(text: str) -> None:
    assert facts(text)["trauma"] is True


@pytest.mark.parametrize("text", [
    "My sister's Labrador knocked me over in the park on Sunday and I landed on my bum. It's sore low down.",
    "My grandson ran into me in the hallway and knocked me down, nothing dramatic, and my back's ached since.",
])
def test_knocked_over_by_a_dog_or_a_child_is_not_a_road_accident(text: str) -> None:
    assert facts(text).get("trauma") is not True


# ---- other signs ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I've been sleeping in the armchair because lying flat is agony. It's been like this for a week.",
    "Lying down in bed has been unbearable since Tuesday, so I doze on the sofa sitting up.",
])
def test_lying_down_that_is_agony_is_night_pain(text: str) -> None:
    assert facts(text)["night_pain"] is True


@pytest.mark.parametrize("text", [
    "I've lost nearly two stone since the summer without trying, and now my back aches all the time.",
    "I've lost a couple of stone this year and I haven't changed what I eat. My back hurts in the middle.",
])
def test_weight_said_in_words_is_weight_loss(text: str) -> None:
    assert facts(text)["weight_loss"] is True


@pytest.mark.parametrize("text", [
    "My left foot has started slapping on the floor when I walk, since Monday. Sciatica for 3 weeks.",
    "My right foot keeps on dragging when I'm tired, my wife noticed. My back's hurt for a fortnight.",
])
def test_a_foot_that_slaps_or_drags_is_a_deficit(text: str) -> None:
    assert facts(text)["neuro_deficit"] is True


@pytest.mark.parametrize("text", [
    "My bum on the left side goes tingly when I've been sat at my desk a while. Lower back stiff for a week.",
    "The bottom cheek on my right has felt numb since Sunday, just the one side. It started after a long walk.",
])
def test_one_side_of_the_bottom_is_not_the_saddle(text: str) -> None:
    assert facts(text).get("saddle_numbness") is not True


@pytest.mark.parametrize("text", [
    "Nights are the worst, the ache gets so bad I end up pacing the landing. It's been 2 weeks.",
    "The night has been hell every night this week, I just can't settle with it. I'm 47.",
])
def test_nights_that_are_the_worst_are_night_pain(text: str) -> None:
    assert facts(text)["night_pain"] is True


@pytest.mark.parametrize("text", [
    "Peeing has become really difficult since Monday, I stand there for ages. My back went at the gym.",
    "Weeing has got a lot harder since my back went on Saturday, which isn't like me.",
    "Since the weekend I've not been able to feel when I need a poo, which frightens me. Back pain for a week.",
    "I haven't been able to tell if I need the loo since Thursday. My lower back has been agony.",
    "My bladder doesn't feel like it empties properly any more, not since my back went on Friday.",
    "Ever since my back went, my bladder never seems to empty fully, I'm back and forth all evening.",
])
def test_bladder_changes_in_other_tenses_and_modals(text: str) -> None:
    assert facts(text)["bladder_bowel"] is True


@pytest.mark.parametrize("text", [
    "I haven't slept properly in a week because of the pain, and it started after a long drive.",
    "I barely slept on Saturday with my back, it was that bad. I'd been digging all afternoon.",
    "Even resting flat on my back on the floor doesn't ease it. It's been like this 10 days.",
    "It doesn't matter if I rest or not, it still hurts just as much. My back went at work on Monday.",
    "I can't lie in bed for longer than an hour before it gets unbearable. It's been a fortnight.",
])
def test_night_pain_in_other_tenses_and_modals(text: str) -> None:
    assert facts(text)["night_pain"] is True


@pytest.mark.parametrize("text", [
    "I'm finding it hard to lift my foot up when I walk, so I keep catching the kerb. Sciatica for 3 weeks.",
    "Since Monday I've had trouble lifting my toes on the left, they just flop. My back has hurt for a week.",
])
def test_finding_it_hard_to_lift_the_foot_is_a_deficit(text: str) -> None:
    assert facts(text)["neuro_deficit"] is True


@pytest.mark.parametrize(("text", "sign"), [
    ("I havent been able to pee properly since yesterday and my back is in bits. Do I need to go to A&E?",
     "bladder_bowel"),
    ("Since Friday I've not been able to wee without really pushing. My back went lifting a tyre.", "bladder_bowel"),
    ("My right ankle has gone floppy and I keep tripping on it. Back pain for 10 days.", "neuro_deficit"),
    ("My left foot feels useless since Tuesday, it just won't do what I tell it. The sciatica is awful.",
     "neuro_deficit"),
    ("I've gone down two dress sizes in a few months without trying and my back has ached for weeks.",
     "weight_loss"),
    ("My belt has gone down a size since the summer and I'm not dieting. The ache is low in my back.",
     "weight_loss"),
])
def test_more_signs_in_other_words(text: str, sign: str) -> None:
    assert facts(text)[sign] is True
