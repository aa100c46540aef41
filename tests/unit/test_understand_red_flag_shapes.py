"""Red-flag signs told in the shapes the blind sets showed the reader missing (sets 1-14, each class seen in two or
more writers' stories), each pinned by stories of our own, with the near misses that must stay unread."""

from __future__ import annotations

import pytest

from tests.unit.reading import red_flags as _flags
from tests.unit.reading import rules_facts as _facts


@pytest.mark.parametrize("text", [
    "I've been on prednisolone tablets for my lungs for about six years. On Monday I slipped off the kerb, nothing "
    "dramatic, and the middle of my back has been sharp ever since.",
    "I take prednisolone every day for my arthritis and have done for five years. Yesterday I tripped over the "
    "hoover cable and sat down on my bottom, and now my lower back really hurts.",
])
def test_long_term_steroids_and_a_small_fall_make_minor_trauma_with_the_verifier_on(text: str) -> None:
    assert "minor_trauma" in _flags(text)


@pytest.mark.parametrize("text", [
    "Caught my heel on the dog and stumbled against the radiator on Sunday, and my lower back has been sore since.",
    "I tripped over the cat on the stairs last night, didn't fall far, but my back is really painful now.",
])
def test_a_trip_over_an_animal_is_my_fall(text: str) -> None:
    assert _facts(text).get("onset") == "trauma"


@pytest.mark.parametrize("text", [
    "I went round to help my dad and he fell on the stairs.",
    "Spent Saturday at my son's rugby on the touchline, and my lower back was stiff by the evening.",
])
def test_someone_else_falling_or_playing_is_not_mine(text: str) -> None:
    facts = _facts(text)
    assert facts.get("onset") != "trauma" and facts.get("trigger") not in ("fall", "sport")


@pytest.mark.parametrize("text", [
    "The numb bit on the side of my shin was tiny on Monday, now it goes down over the top of my foot. "
    "My back is sore but I can cope.",
    "At first only my little toe was tingly. Now it has spread across the sole of my foot as well, and my "
    "lower back still aches.",
])
def test_numbness_said_to_have_grown_since_is_a_nerve_sign(text: str) -> None:
    assert _facts(text).get("neuro_deficit") is True


@pytest.mark.parametrize("text", [
    "I tried to stand on my heels after reading the leaflet and my right foot just wouldn't lift.",
    "Went up on tiptoe to reach the top cupboard this morning and my left foot simply wouldn't push up.",
])
def test_a_failed_heel_or_toe_stand_in_a_long_sentence_is_weakness(text: str) -> None:
    assert _facts(text).get("neuro_deficit") is True


def test_a_foot_slapping_the_floor_is_a_foot_drop() -> None:
    assert _facts("For two days my right foot feels like it's slapping the floor when I walk.").get(
        "neuro_deficit") is True


def test_standing_on_tiptoe_when_the_back_went_is_no_weakness() -> None:
    assert "neuro_deficit" not in _facts("I stood on tiptoe to reach the shelf and my back went, I couldn't move.")


@pytest.mark.parametrize("text", [
    "Half an hour later a heavy squeezing started in the middle of my chest, and I feel sick.",
    "My upper back has ached all day, and now my chest has gone tight as well.",
    "It feels like a band squeezing my chest whenever I breathe in.",
])
def test_chest_pain_told_as_squeezing_or_tightness_is_read(text: str) -> None:
    assert _facts(text).get("chest_pain") is True


def test_a_chest_of_drawers_is_no_chest_pain() -> None:
    assert "chest_pain" not in _facts("There was some discomfort in lifting the chest of drawers.")


@pytest.mark.parametrize("text", [
    "For a fortnight I've been waking at 3 or 4 most mornings with a throbbing ache in my lower back.",
    "Most nights I'm awake at 2 with it and have to get up and walk about.",
    "Lying down makes it so much worse that I sleep propped up.",
    "For two months I haven't been able to sleep because of my back.",
])
def test_pain_that_wakes_or_stops_sleep_is_night_pain(text: str) -> None:
    assert _facts(text).get("night_pain") is True


@pytest.mark.parametrize("text", [
    "I woke at 7 with my back locked solid.",
    "I haven't been able to sleep much since the baby came, but my back is fine at night.",
    "My dad is in hospital and I've been sleeping in a chair next to his bed most nights.",
])
def test_waking_once_or_sleep_lost_to_something_else_is_no_night_pain(text: str) -> None:
    assert _facts(text).get("night_pain") is not True


@pytest.mark.parametrize("text", [
    "Tonight I'm shivering under three blankets even though the heating is on full.",
    "Last night I was shaking with cold in bed even though the house was warm.",
    "My partner took my temp and it said 101.5.",
    "I took my temperature this morning and it was 38.4.",
])
def test_chills_in_a_warm_room_or_a_reading_in_the_next_clause_are_fever(text: str) -> None:
    assert _facts(text).get("fever") is True


@pytest.mark.parametrize("text", [
    "My teeth were chattering at the bus stop in the snow.",
    "I was shivering, the heating had broken.",
])
def test_cold_with_a_plain_cause_is_no_fever(text: str) -> None:
    assert _facts(text).get("fever") is not True


def test_a_normal_reading_in_the_next_clause_denies_a_fever() -> None:
    assert _facts("I took my temperature and it was 98.6, so nothing there.").get("fever") is False


@pytest.mark.parametrize("text", ["I threw my back out shovelling the drive.", "I've put my back out hoovering.",
                                  "Blew out my back lifting the kayak onto the car."])
def test_throwing_the_back_out_is_a_sudden_start(text: str) -> None:
    assert _facts(text).get("onset") == "sudden"


def test_someone_elses_back_put_out_says_nothing_of_mine() -> None:
    assert "onset" not in _facts("My husband put his back out hoovering.")


@pytest.mark.parametrize("text", ["Other patients on the ward get numb legs and lose bladder control.",
                                  "Others on this forum lost feeling in both legs."])
def test_what_other_sufferers_get_is_not_mine(text: str) -> None:
    facts = _facts(text)
    assert "bladder_bowel" not in facts and "bilateral" not in facts


def test_the_others_of_my_own_episodes_are_mine() -> None:
    assert _facts("This is my third bout this year, same as the others, right side low down.").get("location") == (
        "lower", "right")


def test_going_down_on_one_knee_is_no_spread() -> None:
    assert "radiation" not in _facts("I tripped and went down on one knee, and jarred my back.")


@pytest.mark.parametrize("text", [
    "The pain makes bending over really hard.",
    "Coughing doesn't hurt it at all.",
    "Yesterday I couldn't even pick up the kettle.",
    "I went to a spin class on Monday and was fine afterwards.",
])
def test_what_the_pain_makes_hard_or_what_was_fine_is_no_trigger(text: str) -> None:
    assert "trigger" not in _facts(text)


def test_the_movement_that_started_it_is_still_the_trigger() -> None:
    assert _facts("I bent down to pick up a sock and my back went.").get("trigger") == "bending"


def test_a_surgeon_moving_tissue_to_the_chest_is_no_chest_pain() -> None:
    assert "chest_pain" not in _facts("Years ago the surgeon moved muscle from my back to my chest.")


def test_a_band_that_wraps_round_into_the_chest_is_chest_pain() -> None:
    assert _facts("For two days I've had a tight band across my back that wraps round into my chest.").get(
        "chest_pain") is True


@pytest.mark.parametrize("text", [
    "I've had a bad back for a while but it got a lot worse two days ago.",
    "The ache started a while back. Yesterday it got much worse.",
])
def test_the_day_it_got_worse_is_not_how_long_it_has_lasted(text: str) -> None:
    assert "duration_days" not in _facts(text)  # asked, never taken from the day it changed


@pytest.mark.parametrize("text, days", [
    ("Over the last 6 years I've had three bad bouts of low back pain. This one began about a month ago.", 30),
    ("I've had on and off back trouble for twenty years. It came back 4 days ago.", 4),
    ("It's been getting steadily worse for 10 days.", 10),
    ("My back has been a problem for four weeks now.", 28),
])
def test_this_episode_is_timed_not_the_history(text: str, days: int) -> None:
    assert _facts(text).get("duration_days") == days


@pytest.mark.parametrize("text", ["My legs feel heavy and wobbly, like I've run a marathon, and my back is in agony.",
                                  "I'm aching all over as if I'd done a workout, and my lower back is the worst."])
def test_an_activity_in_a_simile_is_no_trigger(text: str) -> None:
    assert "trigger" not in _facts(text)


@pytest.mark.parametrize("text", ["It comes on after a long day at the desk and eases off overnight.",
                                  "By the evening it aches, but it settles overnight."])
def test_pain_that_eases_overnight_is_no_night_pain(text: str) -> None:
    assert _facts(text).get("night_pain") is not True


@pytest.mark.parametrize("text", ["I think I hurt my back doing sit-ups.",
                                  "I seem to have strained it doing squats at the gym on Monday."])
def test_a_guessed_cause_told_as_hurt_my_back_doing_is_no_trigger(text: str) -> None:
    assert "trigger" not in _facts(text)


def test_hurt_my_back_doing_said_plainly_is_the_trigger() -> None:
    assert _facts("I hurt my back doing sit-ups on Monday.").get("trigger") == "exercise"


@pytest.mark.parametrize("text", ["Crashed on my brother's sofa after the party and woke up with my back locked.",
                                  "I crashed out on the couch after a late shift and woke with a stiff back."])
def test_crashing_on_a_sofa_is_sleeping_there_not_an_accident(text: str) -> None:
    facts = _facts(text)
    assert facts.get("trigger") == "sleeping" and "trauma" not in facts


def test_a_span_of_pain_that_got_worse_is_still_how_long_it_has_lasted() -> None:
    assert _facts("For about three weeks I've had pain low in my back that's got worse.").get("duration_days") == 21
