"""Shapes of real public posts the reader misread, from R8's second half (held back through one session, then
opened when a newer set took its place; the posts themselves stay out of the project): each class pinned by
sentences of our own, with the near misses that must stay as they were."""

from __future__ import annotations

import pytest

from tests.unit.reading import rules_facts as _facts


@pytest.mark.parametrize("text", [
    "I sneezed at my desk and a sharp pain went shooting up my back.",
    "Every time I stand a pain goes shooting up into my shoulder blade.",
    "The ache keeps shooting up the right side of my spine.",
])
def test_pain_shooting_up_the_back_is_no_drug_use(text: str) -> None:
    assert _facts(text).get("immune") is None


@pytest.mark.parametrize("text", [
    "I've been shooting up again since March and now my mid back is agony.",
    "Honestly I shoot up most days, and my back has been killing me for a week.",
])
def test_shooting_up_drugs_still_is(text: str) -> None:
    assert _facts(text).get("immune") is True


@pytest.mark.parametrize("text", [
    "My back was so stiff that I stood in the shower so the hot water could hit my back a while.",
    "The cold wind hit my back as I opened the door and the ache got worse.",
    "I sat in the garden so the sun could hit my back, which eased it a bit.",
])
def test_water_wind_or_sun_that_hits_the_back_is_no_blow(text: str) -> None:
    facts = _facts(text)
    assert facts.get("trauma") is None
    assert facts.get("onset") != "trauma"


@pytest.mark.parametrize("text", [
    "A delivery van hit me from behind on my bike and my lower back has hurt since.",
    "Someone struck me across the back with a cricket bat on Saturday.",
])
def test_a_vehicle_or_a_person_that_hits_still_is_a_blow(text: str) -> None:
    assert _facts(text).get("onset") == "trauma"


@pytest.mark.parametrize("text", [
    "Teeing off, it felt like a cricket ball hit me just above my belt.",
    "Bending for the shopping, it felt as if a freight train hit me low down on the left.",
])
def test_a_simile_of_two_words_is_no_accident(text: str) -> None:
    facts = _facts(text)
    assert facts.get("trauma") is None
    assert facts.get("trigger") != "accident"


@pytest.mark.parametrize("text", [
    "We walked all 18 holes (81) on Saturday and my lower back has ached since.",
    "I did 3 circuits (45) at the gym and my back twinged on the last one.",
])
def test_a_number_in_brackets_after_a_count_of_things_is_no_age(text: str) -> None:
    assert _facts(text).get("age") is None


@pytest.mark.parametrize(("text", "age"), [
    ("Retired scaffolder (73), my back went yesterday.", 73),
    ("Keen golfer (58) here: lower back sore since Sunday's round.", 58),
])
def test_an_age_in_brackets_after_the_writer_still_is(text: str, age: int) -> None:
    assert _facts(text).get("age") == age


@pytest.mark.parametrize("text", [
    "I'm 61. I was 58 when I fell off the bottom step and cracked a rib, and now my lower back aches after gardening.",
    "I was 40 when I came off my motorbike. These days my lower back gets stiff after long drives.",
])
def test_an_event_dated_by_an_earlier_age_is_history(text: str) -> None:
    facts = _facts(text)
    assert facts.get("onset") != "trauma"
    assert facts.get("trauma") is None


@pytest.mark.parametrize("text", [
    "It's hard not to worry that the cancer has spread now that my back aches every day.",
    "After the chemo it's difficult not to think my lymphoma is back when my spine hurts.",
])
def test_hard_not_to_fear_a_cancer_states_the_cancer(text: str) -> None:
    assert _facts(text).get("cancer_history") is True


@pytest.mark.parametrize("text", [
    "A woman I work with had back pain like mine and it was cancer in the end, so I'm scared.",
    "My friend went for a scan for her back and the scan showed cancer.",
    "My uncle had a bad back for months and it was cancer all along.",
])
def test_someone_elses_cancer_told_before_and_it_is_theirs(text: str) -> None:
    assert _facts(text).get("cancer_history") is None


@pytest.mark.parametrize("text", [
    "I went for a scan of my back and it was cancer, and I finished chemo last spring.",
    "My friend drove me to the scan and it was cancer.",
])
def test_ones_own_cancer_after_such_a_clause_still_is(text: str) -> None:
    assert _facts(text).get("cancer_history") is True


@pytest.mark.parametrize("text", [
    "My sister was panicking, but I instantly thought it was just a pulled muscle in my lower back.",
    "I immediately rang the physio when my lower back started aching on Tuesday.",
])
def test_acting_or_thinking_at_once_is_no_sudden_onset(text: str) -> None:
    assert _facts(text).get("onset") != "sudden"


@pytest.mark.parametrize("text", [
    "I bent to pick up the cat and my back went instantly.",
    "Lifting the crate, the pain came on immediately and I dropped it.",
])
def test_a_pain_that_came_at_once_still_is_sudden(text: str) -> None:
    assert _facts(text).get("onset") == "sudden"


@pytest.mark.parametrize("text", [
    "On the wet kitchen floor both feet went out from under me and I came down hard on my lower back.",
    "Both feet slid out from under me on the ice on Monday and my tailbone has been sore since.",
])
def test_feet_out_from_under_me_is_a_slip_not_a_leg_giving_way(text: str) -> None:
    facts = _facts(text)
    assert facts.get("neuro_deficit") is None
    assert facts.get("trigger") == "fall"


@pytest.mark.parametrize("text", [
    "My legs went out from under me twice this week and my back is killing me.",
    "Walking to the car my left leg gave way on me.",
])
def test_legs_that_give_way_still_are_a_deficit(text: str) -> None:
    assert _facts(text).get("neuro_deficit") is True


@pytest.mark.parametrize("text", [
    "I don't sleep well because my lower back hurts so much.",
    "Even lying down my back still aches, nothing makes it comfortable.",
    "Even when I rest it still throbs low down on the right.",
])
def test_sleep_spoiled_or_rest_no_help_is_night_pain(text: str) -> None:
    assert _facts(text).get("night_pain") is True


@pytest.mark.parametrize("text", [
    "I don't sleep well because of the baby, but my back is fine at night.",
    "Lying down, the ache in my lower back eases within minutes.",
])
def test_sleep_spoiled_by_something_else_or_eased_by_rest_is_not(text: str) -> None:
    assert _facts(text).get("night_pain") is None


@pytest.mark.parametrize(("text", "fact"), [
    ("I havn't had any falls or accidents involving my back.", "trauma"),
    ("It dosen't go down my leg at all, it stays in my lower back.", "radiation"),
    ("I did'nt fall, it just started aching.", "trauma"),
])
def test_a_misspelt_negation_still_denies(text: str, fact: str) -> None:
    facts = _facts(text)
    assert facts.get(fact) in (False, "none")
    assert facts.get("onset") != "trauma"


@pytest.mark.parametrize(("text", "age"), [
    ("My back first went at age 13. I am 23 now and it still aches when I stand.", 23),
    ("I'm 45 and have had a dodgy lower back since age 30.", 45),
    ("I'm almost 16 and my lower back hurts when I pitch.", 16),
])
def test_the_age_now_not_the_age_something_happened(text: str, age: int) -> None:
    assert _facts(text).get("age") == age


@pytest.mark.parametrize("text", [
    "A new problem I'm starting to have is a deep ache low down in my spine.",
    "The other problem I've been having is stiffness first thing, which eases by lunch.",
])
def test_a_problem_one_is_starting_to_have_is_no_bladder_sign(text: str) -> None:
    assert _facts(text).get("bladder_bowel") is None


@pytest.mark.parametrize("text", [
    "Since Monday I have trouble starting when I go for a wee.",
    "I'm having problems starting and stopping my wee since the back went.",
])
def test_trouble_starting_a_wee_still_is(text: str) -> None:
    assert _facts(text).get("bladder_bowel") is True


@pytest.mark.parametrize("text", [
    "Spent Sunday digging, turning the wet soil to transplant the strawberries, and my lower back went.",
    "I was on my knees to transplant some seedlings and now my back is sore low down.",
])
def test_transplanting_plants_is_no_weak_immune_system(text: str) -> None:
    assert _facts(text).get("immune") is None


def test_a_transplant_patient_still_is() -> None:
    assert _facts("I'm a transplant patient and my mid back has ached for a week.").get("immune") is True


@pytest.mark.parametrize("text", [
    "Halfway down the stairs I slipped in my socks and landed on a step with my tailbone.",
    "Half way down the stairs I slipped on the wet carpet and jarred my lower back on a step.",
])
def test_a_slip_halfway_down_the_stairs_is_no_fall_from_a_height(text: str) -> None:
    facts = _facts(text)
    assert facts.get("trigger") == "fall"
    assert facts.get("trauma") is None


def test_a_fall_down_the_whole_stairs_still_is() -> None:
    assert _facts("I fell down the stairs on Monday and my back is black and blue.").get("trauma") is True


def test_denying_how_one_landed_does_not_deny_the_fall() -> None:
    text = "My tailbone has hurt since I came off a stepladder in May. I didn't land on my bottom, more on my hip."
    assert _facts(text).get("trauma") is not False


def test_a_plain_denied_fall_still_is_denied() -> None:
    assert _facts("I didn't fall, I just bent over to tie a lace.").get("trauma") is False


@pytest.mark.parametrize("text", [
    "Sitting is bad enough, and sleeping is even worse with this lower back.",
    "My back aches standing up and lying down, and no matter which position I try it stays sore.",
])
def test_pain_worse_asleep_or_in_every_position_is_night_pain(text: str) -> None:
    assert _facts(text).get("night_pain") is True


def test_no_position_at_a_desk_is_not_night_pain() -> None:
    assert _facts("No matter what position I sit in at my desk my lower back aches.").get("night_pain") is None
