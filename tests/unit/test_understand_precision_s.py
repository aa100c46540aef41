"""Classes found by blind set 11 (fresh_x, fresh_y), each pinned by two stories of our own (the rules alone)."""

from __future__ import annotations

import pytest

from backchat.core.facts import FactValue
from backchat.core.understand import read


def _read(text: str) -> tuple[dict[str, FactValue], dict[str, FactValue]]:
    r = read(text, None, verify=False)
    return dict(r.facts), dict(r.uncertain)


@pytest.mark.parametrize("text", [
    "Otherwise healthy, 39, no weight loss, no fever. My lower back has ached for a week.",
    "Bit about me: 41, non-smoker, no temperature. The pain is low down on the left.",
])
def test_an_age_in_a_list_beside_no_fever_is_no_temperature(text: str) -> None:
    assert _read(text)[0].get("fever") is False


@pytest.mark.parametrize("text", [
    "I had a temperature last night, it was 39.",
    "Fever since Sunday, 38.6 this morning, and my back is worse.",
])
def test_a_temperature_told_in_the_next_list_item_is_still_read(text: str) -> None:
    assert _read(text)[0].get("fever") is True


@pytest.mark.parametrize("text", [
    "My back started aching on Tuesday. Yesterday I was running 101.5 and felt awful.",
    "Since lunch I've been running 39.2 and shivering, with this pain in my lower back.",
])
def test_running_a_number_is_a_temperature_not_a_run(text: str) -> None:
    facts, _ = _read(text)
    assert facts.get("fever") is True and facts.get("trigger") != "exercise"


@pytest.mark.parametrize(("text", "sign"), [
    ("Did my back in at the gym. When the physio told me his prices my knees nearly buckled lol.", "neuro_deficit"),
    ("Strained my back moving a sofa. The bill for the new one nearly gave me a heart attack.", "chest_pain"),
    ("Watched the penalties at the pub and my legs went to jelly, ha. Lower back sore since.", "bilateral"),
    ("Hurt my back lifting a crate. My brother sent a clip that had me wetting myself laughing.", "bladder_bowel"),
])
def test_a_sign_told_as_a_joke_is_asked_about_not_taken(text: str, sign: str) -> None:
    facts, uncertain = _read(text)
    assert facts.get(sign) is not True and uncertain.get(sign) is True


@pytest.mark.parametrize(("text", "sign"), [
    ("My back went on Monday. Twice today my right knee nearly gave way on the stairs.", "neuro_deficit"),
    ("Both my legs went numb last night and I wet myself, no joke.", "bladder_bowel"),
])
def test_a_near_thing_of_the_body_or_a_sign_said_to_be_no_joke_is_taken(text: str, sign: str) -> None:
    assert _read(text)[0].get(sign) is True


@pytest.mark.parametrize("text", [
    "A car pulled out on me on my bike, I managed not to hit it or come off, but jerked my back.",
    "A lorry pulled out on me at the junction and I braked without hitting it. My back has been tight since.",
])
def test_a_near_miss_told_otherwise_is_asked_about(text: str) -> None:
    facts, uncertain = _read(text)
    assert facts.get("trauma") is not True and uncertain.get("trauma") is True


@pytest.mark.parametrize("text", [
    "Came off my bike on a gravel path at about walking pace, more embarrassing than anything.",
    "I came off my bike at a standstill when I couldn't unclip, and my lower back is bruised.",
])
def test_a_bike_that_was_barely_moving_is_a_slip_not_a_serious_injury(text: str) -> None:
    facts, _ = _read(text)
    assert facts.get("trauma") is None and facts.get("trigger") == "fall"


@pytest.mark.parametrize("text", [
    "Lower back went this morning in the shower reaching down to shave my legs.",
    "My back twinged when I bent to moisturise both legs after my bath.",
])
def test_legs_tended_to_are_no_sign_of_both_legs(text: str) -> None:
    assert _read(text)[0].get("bilateral") is None


@pytest.mark.parametrize("text", [
    "Last night I realised I hadn't been for a wee all day, and when I tried nothing came.",
    "I haven't passed water since this morning and my back is agony.",
])
def test_not_having_passed_water_for_hours_is_a_bladder_change(text: str) -> None:
    assert _read(text)[0].get("bladder_bowel") is True


@pytest.mark.parametrize("text", [
    "Somebody went into the back of me at a roundabout on Thursday and my lower back stiffened up.",
    "Someone ran into me at the junction by the school. My back has hurt since.",
])
def test_being_run_into_on_the_road_is_a_road_accident(text: str) -> None:
    assert _read(text)[0].get("trauma") is True


@pytest.mark.parametrize("text", [
    "My horse spooked at a bin bag and I came off, landed on my back on the tarmac.",
    "My horse bucked at the gate on Sunday and I came off into the hedge, and my middle back is agony.",
])
def test_a_fall_from_the_writers_horse_is_the_writers(text: str) -> None:
    assert _read(text)[0].get("trauma") is True


@pytest.mark.parametrize("text", [
    "The plastic garden chair gave way under me and I landed on my bum. My lower back is bruised.",
    "The old wooden stool buckled as I sat down, and my back has been sore since.",
])
def test_a_thing_with_two_words_before_it_is_a_thing(text: str) -> None:
    facts, uncertain = _read(text)
    assert facts.get("neuro_deficit") is None and uncertain.get("neuro_deficit") is True


@pytest.mark.parametrize("text", [
    "The back pain itself is mild, low on the right.",
    "Noticed a lump on my lower back. The area round it has ached for about a week.",
])
def test_the_pain_itself_or_the_area_round_it_is_no_thing(text: str) -> None:
    facts, _ = _read(text)
    assert "location" in facts or facts.get("duration_days") == 7


@pytest.mark.parametrize("text", [
    "I can't feel my left foot and my back hurts.",
    "Since yesterday I couldn't feel my right heel when I stood up.",
])
def test_not_feeling_a_named_part_of_the_leg_is_numbness(text: str) -> None:
    assert _read(text)[0].get("numbness_or_weakness") is True


@pytest.mark.parametrize(("text", "sign"), [
    ("I've been blowing hot and cold about whether to see anyone. Back ache for a month.", "fever"),
    ("She keeps blowing hot and cold on the wedding plans. My lower back has ached since Sunday.", "fever"),
    ("Had an HIV test last month as a routine check, negative. My back has ached for 8 days.", "immune"),
    ("My AIDS screen at the clinic came back clear. The pain is low on the right.", "immune"),
    ("Lump on the back of my wrist too, but that's a separate moan. My back went lifting.", "back_lump"),
    ("A bump on the back of my head from the cupboard door. My lower back is sore from gardening.", "back_lump"),
    ("My lower back aches, I reckon from walking funny with a sore toe.", "neuro_deficit"),
    ("Back sore after a week of walking funny after my bunion op.", "neuro_deficit"),
])
def test_words_that_only_look_like_a_sign(text: str, sign: str) -> None:
    assert _read(text)[0].get(sign) is not True


# Classes found on the work half of real posts (R4, kept outside the project), pinned by stories of our own.

@pytest.mark.parametrize(("text", "age"), [
    ("Any advice welcome. I am a 67 -year old man and my lower back is agony.", 67),
    ("I'm a (fairly) fit woman at the age of 58 and this is my first bad back.", 58),
])
def test_an_age_told_with_a_loose_hyphen_or_at_the_age_of(text: str, age: int) -> None:
    assert _read(text)[0].get("age") == age


@pytest.mark.parametrize("text", [
    "I pulled my back picking up 1 year old! Any tips?",
    "Hurt my back lifting 2 year old twins into the car seat.",
])
def test_a_small_childs_age_is_not_the_writers(text: str) -> None:
    assert _read(text)[0].get("age") is None


@pytest.mark.parametrize("text", [
    "I slipped on the ice this morning and landed on my tail bone.",
    "My coccyx has been sore since I sat down hard on the step.",
])
def test_the_tail_bone_is_the_lower_back(text: str) -> None:
    assert _read(text)[0].get("location") == ("lower",)


@pytest.mark.parametrize(("text", "trigger"), [
    ("I don't know what happened or what I did, but last night my back started hurting.", "unknown"),
    ("Honestly I dont know what I did, my lower back just hurts since Monday.", "unknown"),
    ("I don't know what happened to my brother's van, but I hurt my back lifting his toolbox.", "lifting"),
])
def test_not_knowing_what_happened_is_an_unknown_cause(text: str, trigger: str) -> None:
    assert _read(text)[0].get("trigger") == trigger


# The two over-escalations of sets 12 and 13 (seen), as classes pinned by stories of our own.

@pytest.mark.parametrize("text", [
    "Our roof started leaking in the storm and I spent an hour on my knees mopping. My lower back aches.",
    "The washing machine leaked all over the kitchen and I hurt my back mopping it up.",
])
def test_a_things_leak_is_asked_about_never_written(text: str) -> None:
    facts, uncertain = _read(text)
    assert facts.get("bladder_bowel") is None and uncertain.get("bladder_bowel") is True


@pytest.mark.parametrize("text", [
    "I've started leaking when I cough, and my back is agony.",
    "My bladder has started leaking since the pain began.",
    "The dribbling started last week, and my lower back has ached for a fortnight.",
])
def test_the_persons_own_leak_is_still_a_bladder_change(text: str) -> None:
    assert _read(text)[0].get("bladder_bowel") is True


@pytest.mark.parametrize("text", [
    "The 111 lady went through a whole list: numb privates, trouble peeing, weak legs, fever. No to all of it, "
    "thankfully. Lower back still sore.",
    "The physio listed the warning signs: numbness down below, trouble peeing, both legs going. None of those.",
])
def test_a_list_of_signs_denied_whole_in_the_next_sentence_states_none(text: str) -> None:
    facts, uncertain = _read(text)
    assert not any(facts.get(s) is True for s in ("bladder_bowel", "saddle_numbness", "bilateral", "fever",
                                                   "neuro_deficit", "numbness_or_weakness"))
    assert not uncertain


@pytest.mark.parametrize(("text", "sign"), [
    ("I can't feel myself wipe and I've wet myself twice. No to all the other stuff though.", "bladder_bowel"),
    ("Both legs are numb since this morning. Nothing like that before.", "bilateral"),
    ("Since Monday I cannot pee, my legs are weak, and my groin is numb. No to all of it?", "bladder_bowel"),
])
def test_a_sign_the_person_has_is_not_denied_by_a_later_no(text: str, sign: str) -> None:
    assert _read(text)[0].get(sign) is True
