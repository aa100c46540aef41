"""Shapes of real public posts the reader misread (a private set of real posts, R8, its working half; the
posts themselves stay out of the project): each class pinned by sentences of our own, with the near misses
that must stay as they were."""

from __future__ import annotations

import pytest

from backchat.core.facts import FactValue
from backchat.core.understand import read
from tests.unit.reading import rules_facts as _facts


@pytest.mark.parametrize("text", [
    "My lower back is sore. The pain eases when I lie down and put both feet flat on the mat.",
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


@pytest.mark.parametrize("text", [
    "My sciatica has been bad for weeks, so yesterday I finally saw a lower back specialist.",
    "The GP referred me to the upper back clinic at the hospital.",
    "I've bought a lower back support for the car and my neck is what hurts.",
])
def test_a_service_or_a_thing_named_for_a_place_is_not_where_it_hurts(text: str) -> None:
    assert "lower" not in (_facts(text).get("location") or ()) and "upper" not in (_facts(text).get("location") or ())


@pytest.mark.parametrize("text", [
    "I saw a lower back specialist about the pain in my lower back.",
    "My upper back is agony, the physio says I need a back support.",
])
def test_the_place_is_still_read_where_it_hurts(text: str) -> None:
    assert _facts(text).get("location")


@pytest.mark.parametrize(("text", "fact", "value"), [
    ("The new mattress didn't help the ache in my lower back.", "location", ("lower",)),
    ("Ibuprofen hasn't touched the pain in my left buttock.", "location", ("left", "buttock")),
    ("Nothing has helped the ache low in my back.", "location", ("lower",)),
    ("Paracetamol did nothing for the pain down my leg.", "radiation", "leg"),
])
def test_a_treatment_that_did_not_work_does_not_deny_the_pain_in_any_tense(
        text: str, fact: str, value: FactValue) -> None:
    assert _facts(text).get(fact) == value


@pytest.mark.parametrize(("text", "fact", "value"), [
    ("The physio didn't help and I have no numbness.", "numbness_or_weakness", False),
    ("I don't have any pain in my legs.", "radiation", "none"),
])
def test_a_denial_beside_it_still_denies(text: str, fact: str, value: FactValue) -> None:
    assert _facts(text).get(fact) == value


@pytest.mark.parametrize("text", [
    "My back went. I ended up on my hands and knees, crawling to the bathroom.",
    "I spent the evening on my hands and knees because lying flat hurt my lower back more.",
])
def test_hands_and_knees_is_a_posture_not_a_spread_to_the_knee(text: str) -> None:
    assert _facts(text).get("radiation") is None


@pytest.mark.parametrize("text", [
    "My lower back is killing me after the snow. Yes, I know, lift with your knees, and I do.",
    "Back's sore again. Bend from the knees, my dad always said, not that I listen.",
])
def test_lifting_advice_is_not_what_set_it_off(text: str) -> None:
    assert _facts(text).get("trigger") is None


def test_a_lift_told_as_done_still_is() -> None:
    assert _facts("I lifted the box with my legs bent and my back still went.").get("trigger") == "lifting"


@pytest.mark.parametrize(("text", "fact", "value"), [
    ("Guess what I did on Sunday. I. FELL. DOWN. THE. STAIRS. My back is black and blue.", "trauma", True),
    ("My back is killing me. No. Temperature. At. All.", "fever", False),
])
def test_one_word_a_sentence_for_emphasis_reads_as_one_phrase(text: str, fact: str, value: FactValue) -> None:
    assert _facts(text).get(fact) == value


def test_a_title_with_a_full_stop_is_not_emphasis() -> None:
    assert _facts("I saw Dr. Patel. He said it's a strain and my lower back will settle.").get("location") == (
        "lower",)


@pytest.mark.parametrize("text", [
    "Most mornings the ache low in my back is so bad I can hardly sit up in bed.",
    "It is a deep soreness in my lower back, and I must sit up for a while to ease it.",
])
def test_sitting_up_is_a_movement_not_sit_ups(text: str) -> None:
    assert _facts(text).get("trigger") is None


@pytest.mark.parametrize("text", [
    "I did forty sit ups on Tuesday and my lower back went.",
    "My back twinged halfway through a set of sit-ups.",
])
def test_sit_ups_are_still_exercise(text: str) -> None:
    assert _facts(text).get("trigger") == "exercise"


@pytest.mark.parametrize("text", [
    "I hurt my back on Saturday. Sunday I woke and it still hurt a lot.",
    "My back has been sore since the weekend. This morning I woke up and it was still stiff.",
])
def test_waking_to_a_pain_that_is_still_there_is_not_how_it_started(text: str) -> None:
    assert _facts(text).get("trigger") != "sleeping"


def test_waking_up_with_it_is_still_how_it_started() -> None:
    assert _facts("I woke up on Monday and my back was locked solid.").get("trigger") == "sleeping"


@pytest.mark.parametrize("text", [
    "We went to see a show last night and I couldn't get comfy in the theatre, my lower back was so sore.",
    "Flew home on Friday and couldn't get comfortable on the plane because of my back.",
])
def test_no_comfort_in_a_seat_is_not_night_pain(text: str) -> None:
    assert _facts(text).get("night_pain") is not True


def test_no_comfort_in_bed_still_is() -> None:
    assert _facts("My lower back is so bad I couldn't get comfy in bed all night.").get("night_pain") is True


@pytest.mark.parametrize("text", [
    "The sun came out and the temp warmed up nicely, so I raked all afternoon. Now my back is agony.",
    "The temperature dropped overnight and my lower back seized when I got out of bed.",
])
def test_the_weathers_temperature_is_no_fever(text: str) -> None:
    assert _facts(text).get("fever") is None


@pytest.mark.parametrize("text", [
    "My back aches and I've had a temp of 38.6 since last night.",
    "I've got a temperature and my lower back is killing me.",
])
def test_a_temperature_of_ones_own_is_still_a_fever(text: str) -> None:
    assert _facts(text).get("fever") is True


@pytest.mark.parametrize("text", [
    "Whenever I put my foot down on a stair the pain shot through my back.",
    "My physio has me lying on the floor pulling my feet towards me with a towel, but my lower back still aches.",
])
def test_a_foot_placed_or_pulled_is_no_spread_to_the_foot(text: str) -> None:
    assert _facts(text).get("radiation") != "foot"


@pytest.mark.parametrize("text", [
    "I reached for a pen at my desk and felt a jolt of pain hit my lower back.",
    "As I stood up this stabbing pain hit my lower back.",
])
def test_a_pain_that_hit_the_back_is_no_knock(text: str) -> None:
    assert _facts(text).get("onset") != "trauma"


def test_a_knock_to_the_back_is_still_one() -> None:
    assert _facts("I hit my lower back on the corner of the table yesterday.").get("onset") == "trauma"


@pytest.mark.parametrize("text", [
    "My lower back has ached for a fortnight. Exercise tends to alleviate the pain for a while.",
    "The ache in my back comes and goes. Yoga eases it and a hot bath helps.",
])
def test_what_eases_the_pain_is_no_trigger(text: str) -> None:
    assert _facts(text).get("trigger") is None


def test_a_pain_that_hit_the_back_out_of_nowhere_is_no_accident() -> None:
    facts = _facts("This stabbing pain hit my back out of nowhere as I stood up.")
    assert facts.get("trauma") is not True and facts.get("trigger") != "accident"


def test_a_vehicle_that_hit_the_back_is_still_an_accident() -> None:
    assert _facts("A van hit my back as I crossed the road.").get("trigger") == "accident"


@pytest.mark.parametrize("text", [
    "Over dinner last night it dawned on me that I had sciatica again.",
    "I've had quite bad sciatic nerve pain for three weeks. Should I see someone or wait?",
])
def test_sciatica_named_with_no_leg_sets_no_spread_in_a_story(text: str) -> None:
    assert _facts(text).get("radiation") is None  # nothing inferred: the dialogue asks how far it goes


@pytest.mark.parametrize("text", [
    "Back and right leg sciatica for a month now.",
    "My lower back and left leg are agony since Friday.",
    "I've got sciatica down my left leg.",
])
def test_a_leg_named_with_the_sciatica_is_still_a_spread(text: str) -> None:
    assert _facts(text).get("radiation") == "leg"


@pytest.mark.parametrize("answer", ["sciatica", "yes, sciatica"])
def test_sciatica_answers_the_spread_question(answer: str) -> None:
    assert read(answer, None, "radiation", "radiation").facts.get("radiation") == "leg"


@pytest.mark.parametrize("text", [
    "It felt like being run over by a truck, my lower back is wrecked this morning.",
    "My lower back is killing me, honestly I feel like I fell off a cliff.",
    "Work has been a car crash this week and now my back aches as well.",
])
def test_a_fall_or_crash_said_as_a_figure_is_no_injury(text: str) -> None:
    facts = _facts(text)
    assert facts.get("trauma") is not True and facts.get("onset") != "trauma"


@pytest.mark.parametrize("text", [
    "Like I said, I fell off the ladder on Sunday and now my back is agony.",
    "I was in a car crash on Monday and my back hurts.",
])
def test_a_fall_or_crash_told_plainly_still_is_one(text: str) -> None:
    assert _facts(text).get("onset") == "trauma"


@pytest.mark.parametrize("text", [
    "In the middle of a heatwave, it hit 38 degrees in the garden on Sunday and I dug all day. Lower back is stiff.",
    "My back has ached since the weekend. It was 37 degrees outside when I was moving the garden furniture.",
])
def test_the_weathers_degrees_are_no_fever(text: str) -> None:
    assert _facts(text).get("fever") is None


def test_a_reading_of_ones_own_among_degrees_is_still_a_fever() -> None:
    assert _facts("I took my temp, it was 38.5, and my back is agony.").get("fever") is True


@pytest.mark.parametrize("text", [
    "The GP gave me a leaflet listing things to watch for, fever, numbness down below, trouble weeing, "
    "and I've got none of them, luckily. Just a sore lower back from decorating.",
    "My physio read out the warning signs, weak legs, a numb bum, leaking wee, but I have none of those. "
    "The ache is low down on the right.",
])
def test_a_list_of_signs_denied_in_the_same_sentence_states_none_of_them(text: str) -> None:
    facts = _facts(text)
    assert not any(facts.get(sign) is True for sign in ("bladder_bowel", "saddle_numbness", "bilateral", "fever"))


def test_signs_of_ones_own_before_none_of_the_others_still_count() -> None:
    assert _facts("My legs are weak and numb, and I've got none of the other signs.").get("bilateral") is True


@pytest.mark.parametrize("text", [
    "Five weeks of a dull lower backache and I've googled myself into being half sure it's a tumour.",
    "My mid back has ached for a month. I'm convinced it's cancer, though the GP just says it's muscular.",
])
def test_a_fear_that_it_is_cancer_is_no_cancer_history(text: str) -> None:
    assert _facts(text).get("cancer_history") is None


def test_a_cancer_of_ones_own_is_still_history_beside_the_fear() -> None:
    assert _facts("I had breast cancer five years ago and now my back hurts, I'm scared it's back.").get(
        "cancer_history") is True


@pytest.mark.parametrize("text", [
    "My exercises for the lower back: lie flat, hug my knees, then squeeze my shoulder blades together ten times.",
    "The physio wants me to draw my shoulder blades down and back every hour for my posture. My lower back aches.",
])
def test_shoulder_blades_moved_in_an_exercise_are_not_where_it_hurts(text: str) -> None:
    assert "upper" not in (_facts(text).get("location") or ())


def test_shivering_because_the_boiler_broke_is_no_fever() -> None:
    assert _facts("The boiler broke on Sunday so I've been shivering under blankets, and then my back went.").get(
        "fever") is None


@pytest.mark.parametrize("text", [
    "My legs were like jelly after the hike, and my back is sore today.",
    "Leg day at the gym was brutal, legs wobbly from the squats, and now my lower back aches.",
    "After the marathon both my legs were like lead and my back ached.",  # the effort told first (a probe, 2026-12-03)
])
def test_legs_like_jelly_after_effort_are_confirmed_not_escalated(text: str) -> None:
    reading = read(text, None)
    assert reading.facts.get("bilateral") is not True and reading.facts.get("neuro_deficit") is not True
    assert reading.uncertain  # asked once in the person's terms, never dropped


@pytest.mark.parametrize("text", [
    "After five hours of cycling my bum was numb and my lower back ached.",
    "My bum went numb on the long drive to Cornwall and my back aches.",
])
def test_a_numb_bottom_told_with_its_pressure_is_confirmed_not_escalated(text: str) -> None:
    reading = read(text, None)
    assert reading.facts.get("saddle_numbness") is not True
    assert reading.uncertain.get("saddle_numbness") is True  # asked at once in the person's terms, never dropped


def test_a_numb_bottom_with_no_such_cause_still_is_an_emergency_sign() -> None:
    assert read("Since yesterday my bottom and groin are numb and my back is agony.", None).facts.get(
        "saddle_numbness") is True


def test_legs_gone_weak_and_wobbly_are_still_a_sign_in_both_legs() -> None:
    assert read("Both my legs have gone weak and wobbly since yesterday and my back hurts.", None).facts.get(
        "bilateral") is True


@pytest.mark.parametrize("text", [
    "The ache low in my back is worse when I've been laying down for a long stretch.",
    "My back is at its worst first thing, and it's worse after I've been lying in bed for a few hours.",
])
def test_worse_after_lying_in_the_perfect_tense_is_night_pain(text: str) -> None:
    assert _facts(text).get("night_pain") is True


def test_worse_after_sitting_is_not() -> None:
    assert _facts("It's worse when I've been sitting at my desk for a long time.").get("night_pain") is None


def test_signs_to_watch_for_then_denied_state_none_of_them() -> None:
    facts = _facts("My aunt had cauda equina, so I know to watch for bladder trouble and both legs going. "
                   "I've got none of that. Just a sore lower back from the garden.")
    assert facts.get("bilateral") is not True and facts.get("bladder_bowel") is not True


def test_signs_to_watch_for_that_then_came_still_count() -> None:
    assert _facts("I know to watch out for numbness and both legs going weak. Both my legs went weak this morning."
                  ).get("bilateral") is True


def test_a_bump_on_the_spine_told_as_always_there_is_no_new_lump() -> None:
    text = "There's a bump on my spine where the vertebra sticks out, it's always been there; my back aches."
    assert read(text, None).facts.get("back_lump") is None


def test_a_new_lump_beside_an_old_removed_cyst_still_is_one() -> None:
    assert read("I had a cyst removed before, but this lump on my back is new.", None).facts.get("back_lump") is True


def test_a_fever_of_excitement_is_a_figure_of_speech() -> None:
    text = "I got a fever of excitement when my team scored, and jumped up and hurt my back."
    assert read(text, None).facts.get("fever") is None
