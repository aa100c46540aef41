"""Classes from the thirteenth session's work material (blind set 25, opened, and R14's real posts; the posts
themselves stay private): each pinned by sentences of our own, with the near misses that must stay as they were."""

from __future__ import annotations

from datetime import date

import pytest

from backchat.core.understand import read
from backchat.core.understand.spelling import fix_word
from tests.unit.reading import rules_facts as _facts

_STORY = "My lower back has been sore since Tuesday. "


@pytest.mark.parametrize("text", [
    "My pillow is about 15 years old so that might be the culprit.",
    "Our mattress is 20 years old, I know, I know.",
    "The car was easily 12 years old and the seats had gone.",
])
def test_a_things_age_is_not_the_writers(text: str) -> None:
    assert _facts(_STORY + text).get("age") is None


@pytest.mark.parametrize(("text", "age"), [
    ("I am 45 years old.", 45),
    ("Female, 45 years old, desk job.", 45),
    ("Am 62 if that matters.", 62),
    ("Aged 38 if it helps.", 38),
])
def test_the_writers_own_age_still_counts(text: str, age: int) -> None:
    assert _facts(_STORY + text).get("age") == age


@pytest.mark.parametrize("text", [
    "I've lost 8 kilos since the summer and I'm not on any diet.",
    "I've lost a stone and I haven't been on any sort of diet.",
])
def test_weight_lost_on_no_diet_is_unexplained(text: str) -> None:
    assert _facts(_STORY + text).get("weight_loss") is True


def test_weight_lost_on_a_diet_is_still_on_purpose() -> None:
    assert _facts(_STORY + "I've lost 8 kilos since I went on a diet in May.").get("weight_loss") is not True


@pytest.mark.parametrize("text", [
    "My chest goes tight when I walk up hills.",
    "Every time I climb the stairs my chest goes tight and heavy.",
])
def test_a_chest_that_goes_tight_is_chest_pain(text: str) -> None:
    assert _facts(_STORY + text).get("chest_pain") is True


@pytest.mark.parametrize(("text", "sign"), [
    ("My bum went numb on the plane but that's back to normal now.", "saddle_numbness"),
    ("My leg gave way on the stairs yesterday, but it is back to normal now.", "neuro_deficit"),
])
def test_a_sign_that_has_passed_is_confirmed_not_taken(text: str, sign: str) -> None:
    reading = read(_STORY + text, None)
    assert reading.facts.get(sign) is not True and reading.uncertain.get(sign) is True


def test_a_sign_still_there_is_taken() -> None:
    assert _facts(_STORY + "My leg gave way on the stairs yesterday, and it is still weak now.").get(
        "neuro_deficit") is True


@pytest.mark.parametrize("text", [
    "My partner noticed a bulge on my spine when I bent over.",
    "There's a soft bulge on the left of my lower back that wasn't there before.",
])
def test_a_bulge_on_the_back_is_a_lump(text: str) -> None:
    assert _facts(_STORY + text).get("back_lump") is True


@pytest.mark.parametrize("text", [
    "An MRI last year showed a disc bulge in my lower back.",
    "The scan showed a bulge in the disc in my lower back.",
])
def test_a_disc_bulge_is_a_finding_not_a_lump(text: str) -> None:
    assert _facts(_STORY + text).get("back_lump") is not True


@pytest.mark.parametrize("text", [
    "Last week I stumbled off a kerb and jarred my back.",
    "I stumbled off the bottom step on Monday and my back has hurt since.",
])
def test_stumbling_off_something_is_a_fall(text: str) -> None:
    assert _facts(text).get("trigger") == "fall"


def test_stumbling_over_a_post_is_no_fall() -> None:
    assert _facts("I stumbled over a post about sciatica and my back has ached for a week.").get("trigger") != "fall"


@pytest.mark.parametrize(("typed", "meant"), [("sliped", "slipped"), ("triped", "tripped"), ("stumbeld", "stumbled")])
def test_a_fall_misspelt_is_corrected(typed: str, meant: str) -> None:
    assert fix_word(typed) == meant


@pytest.mark.parametrize("word", ["sipped", "ripped", "tumbled", "skipped"])
def test_real_words_near_a_fall_are_left_alone(word: str) -> None:
    assert fix_word(word) == word


@pytest.mark.parametrize("text", [
    "It's worse at the end of a long day on my feet.",
    "After a long day at work my lower back aches.",
    "It's been a long week.",
])
def test_a_long_day_is_no_duration(text: str) -> None:
    assert _facts(text).get("duration_days") is None


@pytest.mark.parametrize("text", [
    "For the last three weeks I've had a knot in my lower back.",
    "My lower back has been waking me up every night for the last three weeks.",
])
def test_a_knot_or_pain_that_wakes_dates_the_episode(text: str) -> None:
    assert _facts(text).get("duration_days") == 21


@pytest.mark.parametrize("text", [
    "I can't go up on my toes on the right.",
    "Tonight I tried going up on tiptoes and the right side just won't do it.",
    "I tried to stand on my heels and the left foot couldn't manage it.",
])
def test_a_failed_tiptoe_or_heel_stand_is_weakness(text: str) -> None:
    assert _facts(_STORY + text).get("neuro_deficit") is True


def test_a_tiptoe_stand_that_went_fine_is_no_weakness() -> None:
    assert _facts(_STORY + "I tried standing on tiptoe and it was fine.").get("neuro_deficit") is not True


@pytest.mark.parametrize("text", [
    "Pins and needles in my left foot since this morning. The right foot is fine.",
    "Tingling in my right shin, nothing on the left.",
])
def test_the_other_leg_said_to_be_fine_is_one_leg(text: str) -> None:
    assert _facts(text).get("bilateral") is False


def test_nothing_on_the_left_of_the_back_says_nothing_of_the_legs() -> None:
    assert "bilateral" not in _facts("Pain in my lower back on the right, nothing on the left.")


@pytest.mark.parametrize("text", [
    "I used to inject and I relapsed a couple of times this summer.",
    "I used to inject, clean since this spring.",
])
def test_injecting_until_this_season_is_a_weak_immune_system(text: str) -> None:
    assert _facts(_STORY + text).get("immune") is True


def test_injecting_years_ago_is_history() -> None:
    assert _facts(_STORY + "I used to inject years ago.").get("immune") is not True


@pytest.mark.parametrize("text", [
    "My back has been agony. I got up this morning after another sleepless night.",
    "I lay awake most of last night with my back.",
])
def test_sleepless_nights_and_lying_awake_with_the_pain_are_night_pain(text: str) -> None:
    assert _facts(text).get("night_pain") is True


@pytest.mark.parametrize("text", [
    "My back hurts. I had a sleepless night with the baby.",
    "My back hurts. I lay awake worrying about work.",
])
def test_sleep_lost_to_something_else_is_not(text: str) -> None:
    assert _facts(text).get("night_pain") is not True


@pytest.mark.parametrize("text", [
    "Moving from sitting to lying flat is agony with my back.",
    "Getting into bed hurts my back.",
])
def test_the_move_into_a_position_hurting_is_no_night_pain(text: str) -> None:
    assert _facts(text).get("night_pain") is not True


@pytest.mark.parametrize("text", ["Lying down is agony.", "It even hurts to lie down."])
def test_lying_there_hurting_is_still_night_pain(text: str) -> None:
    assert _facts(text).get("night_pain") is True


@pytest.mark.parametrize("text", [
    "Leaning into the back seat to buckle my son in, I felt my lower back twinge.",
    "Buckling my seatbelt I twisted and my lower back twinged.",
])
def test_buckling_someone_in_is_no_weakness(text: str) -> None:
    facts = _facts(text)
    assert facts.get("neuro_deficit") is not True and facts.get("numbness_or_weakness") is not True


@pytest.mark.parametrize("text", ["My knee buckled on the stairs.", "Sometimes my leg just buckles under me."])
def test_a_leg_that_buckles_is_still_weakness(text: str) -> None:
    assert _facts(_STORY + text).get("neuro_deficit") is True


@pytest.mark.parametrize("text", [
    "My back hurts. I suspected everything from a pulled muscle to kidney stones to cancer.",
    "My back hurts. I feared it was cancer.",
])
def test_cancer_suspected_is_a_worry_not_a_history(text: str) -> None:
    assert _facts(text).get("cancer_history") is not True


@pytest.mark.parametrize("text", [
    "The trouble started with a skiing crash aged 16, and it has flared again.",
    "I broke my back in a car crash aged 19 and it's sore again now.",
    "I was diagnosed aged 12 with scoliosis.",
])
def test_an_age_at_an_old_event_is_not_the_writers_age(text: str) -> None:
    assert _facts(text).get("age") is None


@pytest.mark.parametrize("text", [
    "I bent down and rubbed my legs to warm them up.",
    "I crouch down to lift the toddler now, letting my legs do the work.",
])
def test_down_before_the_legs_but_not_spreading_is_no_sign_of_them(text: str) -> None:
    assert _facts(_STORY + text).get("bilateral") is not True


@pytest.mark.parametrize("text", [
    "It goes down both legs.",
    "It shoots down the backs of my legs.",
    "It's started going down the other leg as well.",
])
def test_pain_that_goes_down_both_legs_is_still_bilateral(text: str) -> None:
    assert _facts(_STORY + text).get("bilateral") is True


@pytest.mark.parametrize("text", [
    "I got out of the car and felt the pain rip across my lower back.",
    "Reaching for the kettle I got an awful jolt low in my back.",
    "Coming down off the trampoline I felt a massive jerk in my back.",
])
def test_the_moment_told_with_its_feeling_is_a_sudden_onset(text: str) -> None:
    assert _facts(text).get("onset") == "sudden"


@pytest.mark.parametrize("text", [
    "I get a sharp pain in my back when I bend.",
    "Every time I bend I feel a sharp pain.",
    "About five days ago I got a sharp pain in my lower back when I lifted the laundry basket.",
])
def test_a_pain_that_comes_with_a_movement_or_a_lift_is_no_onset_wording(text: str) -> None:
    assert _facts(text).get("onset") is None


@pytest.mark.parametrize("text", [
    "Today both feet feel sort of fuzzy and far away.",
    "My left foot feels kind of numb.",
])
def test_a_foot_that_feels_sort_of_numb_is_numbness(text: str) -> None:
    assert _facts(_STORY + text).get("numbness_or_weakness") is True


@pytest.mark.parametrize("text", [
    "My back hurts. I'm meant to be at a wedding on Saturday and I've no idea how I'll manage.",
    "My lower back is sore and I've no idea how I'm going to get to work tomorrow.",
])
def test_no_idea_how_to_cope_is_no_unknown_cause(text: str) -> None:
    assert _facts(text).get("trigger") is None


@pytest.mark.parametrize("text", [
    "My back started hurting on Monday, no idea how.",
    "My back hurts and I have no idea how I did it.",
])
def test_no_idea_how_it_happened_is_still_an_unknown_cause(text: str) -> None:
    assert _facts(text).get("trigger") == "unknown"


@pytest.mark.parametrize("text", [
    "By the evening the ache had radiated down my thighs and into my legs.",
    "It radiates into both legs.",
])
def test_pain_radiating_into_both_legs_is_bilateral(text: str) -> None:
    assert _facts(text).get("bilateral") is True


@pytest.mark.parametrize("text", [
    "I think I broke my back on Monday, Sept. 18. It hurts to sit.",
    "It started on Thursday, Oct. 12. My lower back is sore.",
])
def test_a_date_cut_at_the_months_full_stop_is_no_age(text: str) -> None:
    assert _facts(text).get("age") is None


@pytest.mark.parametrize("text", [
    "My lower back has grumbled most days. I sleep fine and it isn't going anywhere else.",
    "It's a dull ache low down and it's not spreading anywhere else.",
])
def test_pain_not_going_anywhere_else_is_no_spread(text: str) -> None:
    assert _facts(text).get("radiation") == "none"


def test_pain_not_going_anywhere_is_pain_that_stays_not_a_denied_spread() -> None:
    assert "radiation" not in _facts("My lower back pain isn't going anywhere, it's been weeks.")


@pytest.mark.parametrize(("text", "days"), [
    ("So I threw my back out Saturday moving a sofa. It's Tuesday now and it's way better.", 3),
    ("Drove back from Cornwall on Sunday and my lower back seized. It's Wednesday now and it's loosening up.", 3),
    ("My back went on Friday. Today is Thursday and it's loads better.", 6),
])
def test_a_weekday_counts_back_from_the_day_the_story_says_it_is(text: str, days: int) -> None:
    assert read(text, None, verify=False).facts.get("duration_days") == days


@pytest.mark.parametrize("text", ["My back went on Friday.", "My physio appointment, it's Wednesday at 3."])
def test_a_weekday_alone_still_needs_the_message_date(text: str) -> None:
    assert read(text, None, verify=False).facts.get("duration_days") is None


def test_the_day_of_writing_is_not_a_start_with_the_message_date_known() -> None:
    thursday = date(2026, 12, 3)
    text = "I put my back out on Monday. It's Thursday now and it's easing."
    assert read(text, thursday, verify=False).facts.get("duration_days") == 3


@pytest.mark.parametrize("text", [
    "My back hasn't been right since the fall.",
    "My back has not been the same since I fell off the ladder.",
])
def test_a_negation_before_since_does_not_deny_what_it_dates_from(text: str) -> None:
    facts = _facts(text)
    assert facts.get("trigger") == "fall" and facts.get("trauma") is not False


@pytest.mark.parametrize(("text", "fact", "value"), [
    ("I haven't had a fall since 2019.", "trauma", False),
    ("No numbness since the op.", "numbness_or_weakness", False),
])
def test_what_is_denied_before_since_stays_denied(text: str, fact: str, value: object) -> None:
    assert _facts(text).get(fact) == value


@pytest.mark.parametrize("text", [
    "My back seized in the car park, and I got within feet of the car before I had to stop.",
    "My back went while I knelt. On returning to my feet it had eased a little.",
])
def test_feet_as_a_distance_or_standing_up_is_no_spread(text: str) -> None:
    assert _facts(text).get("radiation") is None


@pytest.mark.parametrize("text", [
    "My lower back is sore. Oddly my bum was not sore at all.",
    "My lower back is sore, my calf isn't sore at all.",
])
def test_a_place_said_not_to_hurt_is_no_spread(text: str) -> None:
    assert _facts(text).get("radiation") in (None, "none")


@pytest.mark.parametrize("text", [
    "My back went on the walk, so we had to fall back to the hut.",
    "I woke at 4 with my back aching and fell back to sleep eventually.",
])
def test_falling_back_to_somewhere_or_to_sleep_is_no_fall(text: str) -> None:
    assert _facts(text).get("trigger") != "fall"


def test_falling_back_onto_the_ice_is_still_a_fall() -> None:
    assert _facts("I fell back onto the ice and hurt my back.").get("trigger") == "fall"


@pytest.mark.parametrize("text", [
    "My lower back has been sore since my tumble off the garden wall on Saturday.",
    "Since that tumble off the ladder my lower back has ached.",
])
def test_a_tumble_told_as_a_noun_is_a_fall(text: str) -> None:
    assert _facts(text).get("trigger") == "fall"


def test_a_tumble_dryer_is_no_fall() -> None:
    assert _facts("The tumble dryer broke and I had to carry the washing, and now my back aches.").get(
        "trigger") != "fall"


@pytest.mark.parametrize("text", [
    "My back is sore and I still have pain while sleeping.",
    "My lower back hurts while I sleep, every night this week.",
])
def test_pain_while_sleeping_is_night_pain(text: str) -> None:
    assert _facts(text).get("night_pain") is True


def test_pain_sleeping_on_one_side_is_a_position_not_night_pain() -> None:
    assert _facts("My back hurts when I sleep on my left side.").get("night_pain") is not True
