"""Precision (issue 9): signs and injuries that belong to another time, another cause or another person.

Each class is pinned by two stories of our own, in the real shape, where the sign must not be read,
and a near twin where it still is. A sign left unread is still asked about: its screen question comes.
"""

from __future__ import annotations

import pytest

from backchat.core.understand.reader import read


def _says(sign: str, text: str) -> bool:
    """Whether the reader notes ``sign`` (a red-flag sign fact) as present."""
    return read(text, None, verify=False).facts.get(sign) is True


def _fact(text: str, name: str) -> object:
    return read(text, None, verify=False).facts.get(name)


@pytest.mark.parametrize("text", [
    "I've had a dodgy back on and off since a car accident in college, it always settles. This time it "
    "started on Sunday after I carried the shopping in and it's about the same.",
    "Had a motorbike crash at 19 and my back has never been quite right since. It's flared up again this "
    "week after a long shift, sore low down on the left.",
])
def test_an_injury_at_a_stage_of_life_long_past_is_not_this_episode(text: str) -> None:
    assert not _says("trauma", text) and _fact(text, "onset") != "trauma"


def test_a_collision_dated_now_is_still_read() -> None:
    assert _says("trauma", "I'm in college and a car hit me on my bike yesterday. My lower back is killing me.")


@pytest.mark.parametrize("text", [
    "I'm barely sleeping at the moment but that's the twins, not my back! It's just a sore lower back since "
    "I bent over the cot on Friday.",
    "Up half the night lately, that's the new puppy though, not the back. The ache is low down and easing.",
])
def test_lost_sleep_put_down_to_something_else_in_the_same_sentence_is_not_night_pain(text: str) -> None:
    assert not _says("night_pain", text)


def test_not_the_pain_in_the_day_still_leaves_night_pain_read() -> None:
    assert _says("night_pain", "It's not the pain in the day that bothers me, it's that the ache in my lower "
                                  "back wakes me every night and I have to get up.")


@pytest.mark.parametrize("text", [
    "I cracked a rib falling off my bike in the spring and my chest hurt for weeks, but that's all healed "
    "now. The new thing is a stiff lower back since Saturday.",
    "Last winter I had pleurisy and a sharp pain in my chest when I breathed, it's long gone. This is "
    "different: my lower back has ached for four days after digging.",
])
def test_a_sign_told_as_over_and_healed_is_not_read_as_now(text: str) -> None:
    assert not _says("chest_pain", text)


def test_a_chest_pain_that_has_not_gone_is_still_read() -> None:
    assert _says("chest_pain", "My lower back hurts and there's a tight pain in my chest, it hasn't gone.")


@pytest.mark.parametrize("text", [
    "wife and kids all down with flu and a high fever, me just a stiff lower back from the sofa bed. 2 "
    "nights on it so far",
    "husband and son both had temperatures of 39 last week. I'm fine apart from my lower back, it's been "
    "sore since I moved the wardrobe.",
])
def test_a_fever_of_several_other_people_named_together_is_theirs(text: str) -> None:
    assert _fact(text, "fever") is None and not _says("fever", text)


def test_my_own_fever_after_theirs_is_still_read() -> None:
    assert _says("fever", "wife and kids had flu last week, and now I've got a fever of 38.5 and my lower "
                             "back is aching.")


@pytest.mark.parametrize("text", [
    "I was reading in bed when a sharp stabbing pain hit me in the lower back out of nowhere. Can't get "
    "comfy now.",
    "The sciatica struck me on the way to work, left buttock down to the knee, I had to pull over.",
])
def test_a_pain_that_hit_is_not_a_blow(text: str) -> None:
    assert not _says("trauma", text) and _fact(text, "trigger") != "accident"


def test_a_car_that_hit_is_still_a_collision() -> None:
    assert _says("trauma", "A car hit me on a zebra crossing on Monday and my lower back has hurt since.")


@pytest.mark.parametrize("text", [
    "I can't feel any numbness in my legs, just the ache in my lower back since I moved the sofa.",
    "Sore low down for a week now. I can't feel any tingling or numbness anywhere, so hopefully it's muscular.",
])
def test_cant_feel_any_numbness_denies_it(text: str) -> None:
    facts = read(text, None, verify=False).facts
    assert facts.get("numbness_or_weakness") is False and facts.get("bilateral") is None


def test_cant_feel_my_foot_still_states_numbness() -> None:
    assert _fact("I can't feel anything in my left foot since Monday, it's gone numb.", "numbness_or_weakness") is True


@pytest.mark.parametrize("text", [
    "I was hit by a wave of pain across my lower back when I stood up from the desk yesterday.",
    "Getting out of the bath on Sunday I got knocked by a jolt of pain low down and had to sit on the floor.",
])
def test_hit_by_a_wave_of_pain_is_no_blow_either(text: str) -> None:
    assert not _says("trauma", text) and _fact(text, "trigger") != "accident" and _fact(text, "onset") != "trauma"


def test_hit_by_a_van_is_still_a_collision() -> None:
    assert _says("trauma", "I got hit by a van reversing out of a drive on Friday and my lower back has been "
                           "sore since.")


@pytest.mark.parametrize("text", [
    "I've been taking steroids for my asthma flare, a 5 day course, and now my lower back aches after the hoovering.",
    "Was on prednisolone for a week for a chest infection, finished now. My back aches low down since Saturday.",
])
def test_a_short_steroid_course_told_apart_is_no_weak_immune_system(text: str) -> None:
    assert not _says("immune", text)


def test_steroids_for_years_still_are() -> None:
    assert _says("immune", "I've been on prednisolone for years for my arthritis, and my lower back hurts "
                           "since Monday.")


@pytest.mark.parametrize(("text", "sign"), [
    ("Off work with my back and numb with boredom, honestly. It twinged getting out of the bath four days ago.",
     "numbness_or_weakness"),
    ("Honestly I feel numb about the whole thing now. Lower back again, it went picking up the toddler on Friday.",
     "numbness_or_weakness"),
    ("Ten days off with this back and I've got serious cabin fever. It's easing though, low down on the left.",
     "fever"),
    ("I'm weak at the knees for anyone who can fix this! Lower back, 4 days, came on after paddleboarding.",
     "neuro_deficit"),
])
def test_a_signs_word_said_figuratively_states_no_sign(text: str, sign: str) -> None:
    assert read(text, None, verify=False).facts.get(sign) is not True


def test_numb_from_the_knees_down_is_still_numbness() -> None:
    assert _fact("Both my legs feel numb from the knees down since yesterday.", "numbness_or_weakness") is True


@pytest.mark.parametrize("text", [
    "Third flare this year, same spot. Nan passed from cancer in September and I've been run ragged since.",
    "Dad died of prostate cancer last year, so I worry. My lower back has ached for 2 weeks after a long drive.",
])
def test_a_relatives_cancer_named_without_my_is_theirs(text: str) -> None:
    assert not _says("cancer_history", text)


def test_my_own_cancer_beside_a_relatives_death_is_still_read() -> None:
    assert _says("cancer_history", "I had breast cancer in 2018. Nan died last year. My back hurts low down.")


# Recall: signs said in other words (blind set 7's misses, each class with two stories of our own)

@pytest.mark.parametrize("text", [
    "Since this morning the toilet paper feels kind of muted on the left when I wipe, like through a glove. "
    "Sciatica down that leg for ten days.",
    "Bad back since I lifted the mower on Sunday, and today when I wipe it's like the paper isn't touching "
    "anything.",
])
def test_a_changed_feeling_when_wiping_said_otherwise_is_saddle_numbness(text: str) -> None:
    assert _says("saddle_numbness", text)


@pytest.mark.parametrize("text", [
    "Sciatica for a month. The last two days I don't really get the feeling that I need a wee any more, I "
    "just go when I remember.",
    "My back's been bad since Friday and I can't feel the urge to pee like I used to, I only go because I "
    "know I should.",
])
def test_losing_the_feeling_of_needing_to_wee_is_a_bladder_change(text: str) -> None:
    assert _says("bladder_bowel", text)


def test_no_urge_to_go_to_the_gym_is_not_a_bladder_change() -> None:
    assert not _says("bladder_bowel", "I don't get the urge to go to the gym any more, my back hurts too much.")


@pytest.mark.parametrize("text", [
    "Last night I was hot and shivery under two duvets and my husband said I was like a radiator. Lower "
    "back on the right since Saturday.",
    "I've been burning up and shaking, my wife says I'm like a radiator in bed. My back is killing me.",
])
def test_like_a_radiator_is_the_persons_heat_not_the_heating(text: str) -> None:
    assert _says("fever", text)


def test_shivery_with_the_radiators_off_is_still_explained() -> None:
    assert not _says("fever", "I was cold and shivery last night, but the radiators were off. Back sore low down.")


@pytest.mark.parametrize(("text", "age"), [
    ("Probably nothing, probably my age (61), but the ache low in my back is nagging at me.", 61),
    ("At my age, 58, you expect the odd ache. Lower back for a week after the allotment.", 58),
])
def test_my_age_with_the_number_beside_it_is_the_age(text: str, age: int) -> None:
    assert _fact(text, "age") == age


def test_on_top_of_the_back_and_sciatica_is_no_place() -> None:
    text = "My right knee gave way twice today. This is on top of the back and sciatica I've had since the 3rd."
    assert "upper" not in (_fact(text, "location") or [])
    assert "upper" in (_fact("Pain at the top of my back and shoulders since Monday.", "location") or [])


# Blind set 8's false flags, each class with two stories of our own and a twin still read

@pytest.mark.parametrize(("text", "sign"), [
    ("Whole house has had flu this week, both kids ran temperatures of 39, and then my back went on Thursday.",
     "fever"),
    ("We've all been poorly, the twins hit 39.5 on Sunday, and I hurt my lower back lifting them in and out "
     "of the bath.", "fever"),
    ("I was up half the night walking him round when he was teething, and on Sunday my back seized as I bent "
     "to the cot.", "night_pain"),
    ("Took two of the co-codamol the GP gave me and they knocked me flat out. Lower back since I moved the "
     "sofa on Friday.", "trauma"),
    ("I've lost half a stone since the divorce, not eating properly, so don't read into that. Stiff lower "
     "back for three days after helping my son move.", "weight_loss"),
    ("I can only shuffle about at the moment, the lower back is that stiff since I bent for the laundry "
     "basket on Monday.", "neuro_deficit"),
])
def test_a_sign_explained_by_someone_or_something_else_in_the_story_is_not_flagged(text: str, sign: str) -> None:
    assert not _says(sign, text)


@pytest.mark.parametrize(("text", "sign"), [
    ("The kids are fine, but I've had a temperature of 38.6 since last night and my back aches.", "fever"),
    ("I've lost a stone without trying since the summer and my back aches low down at night.", "weight_loss"),
])
def test_my_own_sign_beside_other_peoples_is_still_read(text: str, sign: str) -> None:
    assert _says(sign, text)
