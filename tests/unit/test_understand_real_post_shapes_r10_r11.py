"""Shapes of real public posts the reader misread, from R10 (all of it, opened this session) and R11's working half
(the posts themselves stay out of the project): each class pinned by sentences of our own, with the near misses
that must stay as they were."""

from __future__ import annotations

import pytest

from backchat.core.understand.spelling import fix_word
from tests.unit.reading import red_flags, red_flags_read_or_held
from tests.unit.reading import rules_facts as _facts


@pytest.mark.parametrize("text", [
    "My lower back has been sore since Monday. It even hurts to lie down.",
    "Lying in bed hurts, sitting hurts, walking about hurts.",
    "I'm 30 weeks pregnant and sitting or laying down is painful now.",
    "Getting dressed hurt, walking hurt, and it even hurt to crouch or lie down.",
    "My back aches whether I'm standing, sitting or lying down.",
    "Even lying in bed my lower back throbs.",
])
def test_pain_that_lying_down_does_not_ease_is_night_pain(text: str) -> None:
    assert _facts(text).get("night_pain") is True
    assert "night_pain" in red_flags(text)


@pytest.mark.parametrize("text", [
    "It hurts to lie on my left side so I sleep on my right.",
    "It only hurts when I get up from lying down.",
    "My lower back is sore and lying down is the only thing that helps.",
    "Lying down hurts less than sitting.",
    "My husband's back hurts when he lies in bed; mine is fine at night.",
    "Two years ago it hurt to lie down but this time it's just when I bend.",
])
def test_one_position_getting_up_someone_else_or_long_ago_is_no_night_pain(text: str) -> None:
    assert _facts(text).get("night_pain") is not True


def test_lying_down_said_not_to_hurt_is_rest_easing_it() -> None:
    assert _facts("It doesn't hurt to lie down, only to sit.").get("night_pain") is False


@pytest.mark.parametrize("text", [
    "Last night my horse threw me in the arena and I'm so sore today.",
    "My mare dumped me in the indoor school yesterday. My lower back is agony.",
    "The pony bucked me off on Sunday and I landed on my bum.",
])
def test_thrown_by_a_horse_is_a_serious_fall(text: str) -> None:
    assert _facts(text).get("trauma") is True
    assert "trauma" in red_flags_read_or_held(text)


@pytest.mark.parametrize("text", [
    "My horse threw a shoe so we walked home; my back's been sore since Monday.",
    "He threw me a towel and my back twinged as I caught it.",
])
def test_other_throwing_is_no_fall(text: str) -> None:
    assert _facts(text).get("trauma") is None
    assert "trauma" not in red_flags(text)


@pytest.mark.parametrize(("text", "age"), [
    ("Since crossing into my sixties my back goes at the smallest thing.", 60),
    ("Now I'm in my seventies and my lower back aches every day.", 70),
    ("I'm in my late fifties and my back went yesterday.", 57),
    ("I'm in my mid-forties and my lower back is stiff.", 44),
])
def test_a_decade_of_life_said_now_is_an_age_at_its_lower_bound(text: str, age: int) -> None:
    assert _facts(text).get("age") == age


@pytest.mark.parametrize("text", [
    "In my twenties I hurt my back playing rugby, now it's back.",
    "My mum is in her eighties and has a bad back; mine started last week.",
])
def test_a_decade_long_ago_or_someone_elses_is_no_age(text: str) -> None:
    assert _facts(text).get("age") is None


@pytest.mark.parametrize("text", [
    "Funnily enough, touching my toes is no bother at all.",
    "My lower back hurts when I try to touch my toes.",
    "The doctor made me touch my toes and tapped along my spine.",
])
def test_touching_the_toes_is_a_reach_not_a_spread_to_the_foot(text: str) -> None:
    assert _facts(text).get("radiation") is None


def test_pain_that_reaches_the_toes_still_does() -> None:
    assert _facts("The pain shoots down my left leg right into my toes.").get("radiation") == "foot"


@pytest.mark.parametrize(("typed", "meant"), [("buckeld", "buckled"), ("supine", "supine"), ("numbnes", "numbness")])
def test_of_two_words_as_near_the_one_with_the_same_letters_wins(typed: str, meant: str) -> None:
    assert fix_word(typed) == meant


def test_a_knee_that_buckled_misspelt_is_still_a_weak_leg() -> None:
    assert _facts("My left knee buckeld twice on the stairs today and my back hurts.").get("neuro_deficit") is True


@pytest.mark.parametrize("text", [
    "On the last rep of my squats something gave way in my back.",
    "Something gave way in my lower back as I lifted the box.",
])
def test_something_giving_way_in_the_back_is_how_it_began_not_a_weak_leg(text: str) -> None:
    facts = _facts(text)
    assert facts.get("onset") == "sudden"
    assert facts.get("neuro_deficit") is None


@pytest.mark.parametrize("text", [
    "My leg gave way and something gave way in my back.",
    "My left leg feels heavy and weak when I walk.",
    "My right leg is heavy as lead.",
])
def test_a_leg_that_gives_way_or_is_heavy_is_still_a_weak_leg(text: str) -> None:
    assert _facts(text).get("neuro_deficit") is True


def test_a_heavy_bias_towards_the_calf_is_where_it_hurts_not_a_heavy_leg() -> None:
    facts = _facts("The ache runs into my left leg, with a heavy bias towards the calf.")
    assert facts.get("radiation") == "below_knee"
    assert facts.get("neuro_deficit") is None


@pytest.mark.parametrize("text", [
    "Out of nowhere it was as though an electric shock had hit me, and I sat straight down.",
    "It felt like a bolt of lightning had hit me in the lower back.",
    "It was like a car had hit me from behind, I was in agony.",
])
def test_a_shock_or_blow_in_a_simile_is_no_injury(text: str) -> None:
    assert "trauma" not in red_flags(text)
    assert _facts(text).get("onset") != "trauma"


def test_a_blow_told_plainly_is_still_one() -> None:
    assert "trauma" in red_flags("A car hit me from behind at the lights on Monday and my back hurts.")


@pytest.mark.parametrize("text", [
    "I keep waking up with an ache five days a week, gone by lunchtime.",
    "Most days I wake up with pain in my lower back which wears off by lunch.",
    "I wake up in pain every day now.",
])
def test_pain_there_on_waking_most_days_is_no_night_pain_and_no_span(text: str) -> None:
    facts = _facts(text)
    assert facts.get("night_pain") is None
    assert facts.get("duration_days") is None


@pytest.mark.parametrize("text", [
    "The pain wakes me up most nights.",
    "I wake up in pain at 3am most nights.",
])
def test_pain_that_wakes_them_is_still_night_pain(text: str) -> None:
    assert _facts(text).get("night_pain") is True


def test_days_a_week_at_work_are_how_often_not_how_long() -> None:
    assert _facts("I work five days a week at a desk and my back has hurt for a week.").get("duration_days") == 7


@pytest.mark.parametrize("text", [
    "My lower back has ached since Monday. I do my back exercises every morning as gently as I can.",
    "Back's been stiff all week, so I do my back stretches twice a day now.",
])
def test_back_exercises_done_as_treatment_set_no_trigger(text: str) -> None:
    assert _facts(text).get("trigger") is None


def test_a_back_done_in_while_exercising_still_sets_the_trigger() -> None:
    assert _facts("I did my back in while exercising at the gym.").get("trigger") == "exercise"


@pytest.mark.parametrize("text", [
    "It hurts to get dressed, climb stairs, bend or even carry the shopping.",
    "I've been unable to sit, stand, bend or walk without pain since Tuesday.",
    "Since Tuesday I can barely sit, stand, bend or lift anything.",
])
def test_a_list_of_what_hurts_to_do_sets_no_trigger(text: str) -> None:
    assert _facts(text).get("trigger") is None


@pytest.mark.parametrize("text", [
    "I bent down to pick up my bag, and my back went.",
    "Unable to lift my toddler, I bent down to the floor and my back seized.",
])
def test_the_movement_when_it_went_is_still_the_trigger(text: str) -> None:
    assert _facts(text).get("trigger") == "bending"


@pytest.mark.parametrize("text", [
    "Stiff back since Friday. The sciatic nerve starts in the low back and carries on down to the foot.",
    "Sore back. My physio's leaflet says: sciatica is pain along a nerve running from the low back down each leg.",
    "Back ache for a week. With a bulging disc you will feel tingling that travels down your legs into your toes.",
])
def test_what_the_sciatic_nerve_is_or_what_you_will_feel_is_nobodys_spread(text: str) -> None:
    facts = _facts(text)
    assert facts.get("radiation") is None
    assert facts.get("bilateral") is None


@pytest.mark.parametrize("text", [
    "My back went on Monday and the pain goes right down my left leg to my foot.",
    "The sciatic nerve pain I have goes down my left leg to my foot.",
])
def test_the_writers_own_spread_is_still_read(text: str) -> None:
    assert _facts(text).get("radiation") == "foot"


@pytest.mark.parametrize("text", [
    "Halfway through my second set of squats I felt an odd little pop low in my back.",
    "Yesterday my middle back twinged and I knew something was wrong.",
    "I bent over to grab the post and felt my lower back \"pop\".",
    "As I lifted the crate I actually felt it tear.",
    "I heard a loud snap from my back as I turned to reverse the car.",
])
def test_a_pop_snap_or_tear_felt_or_heard_is_a_sudden_start(text: str) -> None:
    assert _facts(text).get("onset") == "sudden"


@pytest.mark.parametrize("text", [
    "I felt the pain go away after a hot bath.",
    "My back has ached for a week; I heard a crack of thunder in the night and jumped.",
])
def test_pain_easing_or_a_crack_of_thunder_is_no_sudden_start(text: str) -> None:
    assert _facts(text).get("onset") is None


@pytest.mark.parametrize(("text", "days"), [
    ("Six weeks ago I tore something in my lower back.", 42),
    ("I think I tore a muscle in my lower back at rugby three weeks ago.", 21),
    ("I've been in a real mess the last few days because my lower back has gone out.", 3),
    ("My lower back aches. It's been ongoing for a good few months.", 90),
])
def test_a_tear_a_back_gone_out_or_an_ongoing_pain_dates_the_episode(text: str, days: int) -> None:
    assert _facts(text).get("duration_days") == days


def test_tearing_up_a_carpet_dates_nothing() -> None:
    facts = _facts("We tore up the old carpet on Saturday and my back has ached since Monday.")
    assert facts.get("duration_days") is None


@pytest.mark.parametrize("text", [
    "The numbness in my left leg is worse than last week.",
    "My right foot went numb on Friday and the numbness is much worse today.",
])
def test_numbness_that_is_worse_is_a_nerve_sign(text: str) -> None:
    assert _facts(text).get("neuro_deficit") is True


@pytest.mark.parametrize("text", [
    "The numbness in my foot is no worse than last month.",
    "The numbness in my calf is worse when I sit.",
    "My foot is numb and the pain is worse today.",
])
def test_numbness_no_worse_worse_on_sitting_or_a_worse_pain_is_no_nerve_sign(text: str) -> None:
    assert _facts(text).get("neuro_deficit") is None


@pytest.mark.parametrize("text", [
    "My back is sore. I've read I should expect it to hang about for a week or two.",
    "Lower back ache. Apparently it usually clears up on its own within about six weeks.",
])
def test_how_long_such_pain_is_expected_to_last_dates_nothing(text: str) -> None:
    assert _facts(text).get("duration_days") is None


@pytest.mark.parametrize(("text", "days"), [
    ("It might be three weeks now since my back went.", 21),
    ("I think it has been about 10 days.", 10),
])
def test_a_hedged_span_of_this_episode_still_dates_it(text: str, days: int) -> None:
    assert _facts(text).get("duration_days") == days


@pytest.mark.parametrize("text", [
    "I'm at home heavily medicated (strong painkillers and steroids) after my MRI, my lower back is agony.",
    "The only thing left to try is a course of prednisone, which I hate, for this back.",
])
def test_steroids_given_for_this_pain_are_no_weak_immune_system(text: str) -> None:
    assert "immune" not in red_flags(text)


@pytest.mark.parametrize("text", [
    "I've been on prednisolone for years for my asthma and my back hurts.",
    "I take steroid tablets every day for my lupus; my back went yesterday.",
])
def test_long_term_steroids_still_are(text: str) -> None:
    assert "immune" in red_flags(text)
