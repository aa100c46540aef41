"""Classes from the twelfth session's work material (blind set 23, opened, and R14's work half of real posts; the
posts themselves stay private): each pinned by sentences of our own, with the near misses that must stay as they
were."""

from __future__ import annotations

import pytest

from backchat.core.understand import read
from tests.unit.reading import rules_facts as _facts

_STORY = "My lower back has been sore since Tuesday. "


@pytest.mark.parametrize("text", [
    "Since the weekend there's no real feeling when I need a poo, and this morning I didn't make it in time.",
    "I've got no sensation when I need to go any more.",
    "I don't seem to know when my bladder's full now, I just go by the clock.",
    "Lately I can't really tell when my bowels are full.",
    "I've lost the feeling when I need a wee.",
])
def test_not_feeling_the_need_to_go_is_a_bladder_or_bowel_sign(text: str) -> None:
    assert _facts(_STORY + text).get("bladder_bowel") is True


@pytest.mark.parametrize("text", [
    "I can feel when I need a wee, no change there.",
    "I get the urge when I need to go, same as always.",
])
def test_feeling_the_need_to_go_as_usual_is_no_sign(text: str) -> None:
    assert _facts(_STORY + text).get("bladder_bowel") is not True


@pytest.mark.parametrize("text", [
    "I got chucked off my pony on Saturday and landed flat on my back.",
    "Got bucked off the horse at the yard yesterday and came down on my backside.",
])
def test_being_thrown_off_a_horse_is_a_fall_from_a_height(text: str) -> None:
    facts = _facts(text)
    assert facts.get("onset") == "trauma" and facts.get("trauma") is True


def test_chucking_something_off_is_no_fall() -> None:
    assert _facts("My son chucked off his coat and I bent to pick it up and my back went.").get("onset") != "trauma"


@pytest.mark.parametrize("text", [
    "Yesterday evening my chest got tight and heavy while I was carrying the bins out.",
    "My chest went tight when I climbed the stairs, then eased.",
])
def test_a_chest_that_got_tight_is_chest_pain_in_any_tense(text: str) -> None:
    assert _facts(_STORY + text).get("chest_pain") is True


def test_a_real_word_next_to_a_red_flag_word_is_not_corrected_into_it() -> None:
    facts = _facts("I spent the weekend moving a heavy pressure canner round the kitchen and now my back aches.")
    assert facts.get("cancer_history") is not True


@pytest.mark.parametrize("text", [
    "I'm laid up, dosed on oxycodone (my mate calls it hillbilly heroin) and a short course of steroids.",
    "Watched a film about heroin last night to take my mind off the pain.",
])
def test_heroin_named_without_injecting_states_no_weak_immune_system(text: str) -> None:
    assert _facts(_STORY + text).get("immune") is not True


def test_injecting_heroin_still_counts() -> None:
    assert _facts(_STORY + "I've been injecting heroin on and off for a few years.").get("immune") is True


@pytest.mark.parametrize("text", [
    "Warning symptoms of sciatica include: weakness in the leg; loss of bladder or bowel control.",
    "The leaflet said signs needing A&E include numbness in both legs and trouble peeing.",
])
def test_signs_listed_as_what_symptoms_include_are_not_the_writers(text: str) -> None:
    facts = _facts(_STORY + text)
    assert not any(facts.get(sign) is True for sign in ("bladder_bowel", "bilateral", "neuro_deficit"))


@pytest.mark.parametrize(("text", "sign"), [
    ("My symptoms include numbness in both legs.", "bilateral"),
    ("My symptoms include not being able to control my bladder.", "bladder_bowel"),
])
def test_the_writers_own_symptoms_that_include_a_sign_still_count(text: str, sign: str) -> None:
    assert read(_STORY + text, None).facts.get(sign) is True


@pytest.mark.parametrize("text", [
    "The nurse ran through a checklist, numbness down below, trouble weeing, fever, and it was no to all of them.",
    "The GP went through a list, both legs numb, bladder problems, a temperature, and I said no to all of them.",
])
def test_a_list_of_signs_denied_whole_in_the_same_sentence_states_none_of_them(text: str) -> None:
    facts = _facts(_STORY + text)
    assert not any(facts.get(sign) is True for sign in ("bladder_bowel", "saddle_numbness", "bilateral", "fever"))


def test_a_twist_while_handling_sports_kit_is_the_twist_not_the_sport() -> None:
    assert _facts("I twisted lifting my canoe onto the car roof on Sunday and my back went.").get("trigger") != "sport"


def test_a_twist_while_playing_is_still_the_sport() -> None:
    assert _facts("I twisted to hit a backhand at tennis and my back went.").get("trigger") == "sport"


@pytest.mark.parametrize("text", [
    "Tweaked my back at bowls on Friday. Both my ankles are worse than my back, if I'm honest.",
    "My back went on Monday. Both my knees are a bigger worry than my back these days.",
])
def test_both_knees_or_ankles_named_without_a_symptom_are_no_sign_of_the_legs(text: str) -> None:
    assert _facts(text).get("bilateral") is not True


@pytest.mark.parametrize("text", [
    "My back went on Monday and now both my knees ache and tingle.",
    "My back went on Monday and both my feet have gone numb.",
    "My back went on Monday. Both my legs are bad.",
])
def test_both_legs_or_joints_with_a_symptom_still_count(text: str) -> None:
    assert _facts(text).get("bilateral") is True


@pytest.mark.parametrize("text", [
    "The surgeon says my right leg is partly paralysed.",
    "My left foot is paralyzed since the weekend, it just flops.",
])
def test_a_paralysed_leg_or_foot_is_weakness(text: str) -> None:
    assert _facts(_STORY + text).get("neuro_deficit") is True


def test_paralysed_with_fear_is_no_weakness() -> None:
    assert _facts(_STORY + "I was paralysed with fear when it locked.").get("neuro_deficit") is not True


@pytest.mark.parametrize("text", [
    "It's really messed up my sleep this week.",
    "The pain has been wrecking my sleep.",
])
def test_pain_that_spoils_sleep_is_night_pain(text: str) -> None:
    assert _facts(_STORY + text).get("night_pain") is True


def test_someone_elses_noise_that_spoils_sleep_is_not() -> None:
    assert _facts(_STORY + "My neighbour's dog has ruined my sleep for months.").get("night_pain") is not True


@pytest.mark.parametrize("text", [
    "My right leg keeps falling asleep when I sit.",
    "Last week the toes on my left foot went to sleep and they're still asleep.",
])
def test_a_leg_or_foot_that_goes_to_sleep_is_numbness(text: str) -> None:
    assert _facts(_STORY + text).get("numbness_or_weakness") is True


@pytest.mark.parametrize("text", [
    "It's a dull ache, like when your foot goes to sleep.",
    "I put my feet up and went to sleep early.",
])
def test_sleep_said_otherwise_is_no_numbness(text: str) -> None:
    assert _facts(_STORY + text).get("numbness_or_weakness") is not True


@pytest.mark.parametrize("text", [
    "I think I've trapped the sciatic nerve, the one that runs from your buttock down to the heel.",
    "My physio drew the nerve which goes from the lower back to the calf on a chart.",
])
def test_the_course_of_a_nerve_told_as_anatomy_is_no_spread(text: str) -> None:
    assert _facts(_STORY + text).get("radiation") not in ("below_knee", "foot")


def test_nerve_pain_that_goes_to_the_foot_still_spreads() -> None:
    assert _facts(_STORY + "The nerve pain goes all the way to my foot.").get("radiation") == "foot"


@pytest.mark.parametrize("text", [
    "I've always had flat feet, could that be behind it?",
    "I'm just back running after shin splints last spring.",
])
def test_a_condition_of_the_feet_or_shins_is_no_spread(text: str) -> None:
    assert _facts(_STORY + text).get("radiation") not in ("below_knee", "foot")


@pytest.mark.parametrize("text", [
    "I had a rotten cough all week and the coughing seems to have strained something low in my back.",
    "My back has ached for three days. I slept on a friend's sofa at the weekend, maybe that started it?",
    "Dug the veg patch on Saturday, perhaps that caused it, and it's been sore since.",
])
def test_a_cause_guessed_after_it_is_told_sets_no_trigger(text: str) -> None:
    assert _facts(text).get("trigger") is None


@pytest.mark.parametrize(("text", "trigger"), [
    ("I lifted a heavy box on Monday and my back went.", "lifting"),
    ("It seems to have started when I lifted the box on Monday.", "lifting"),
])
def test_a_cause_told_plainly_or_a_hedged_time_still_sets_it(text: str, trigger: str) -> None:
    assert _facts(text).get("trigger") == trigger


@pytest.mark.parametrize(("text", "days"), [
    ("It's been five weeks now since I hurt my back moving the piano.", 35),
    ("It has been ten days since I put my back out.", 10),
])
def test_the_time_since_the_person_hurt_their_back_dates_the_episode(text: str, days: int) -> None:
    assert _facts(text).get("duration_days") == days


def test_the_time_since_a_visit_dates_no_episode() -> None:
    assert _facts("It's been a week since I saw the GP about it.").get("duration_days") is None
