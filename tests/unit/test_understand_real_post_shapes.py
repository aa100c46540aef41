"""Shapes of real public posts the reader missed (a private set of real posts, R6, its working half; the posts
themselves stay out of the project): each class pinned by sentences of our own, with the near misses that must
stay as they were."""

from __future__ import annotations

import pytest

from backchat.core.facts import FactValue
from tests.unit.reading import red_flags as _flags
from tests.unit.reading import rules_facts as _facts


@pytest.mark.parametrize(("text", "fact", "value"), [
    ("Last week I could not lift my left foot off the floor properly.", "neuro_deficit", True),
    ("Since Sunday I can not feel my right foot properly.", "numbness_or_weakness", True),
    ("I did not fall, I just bent over and my lower back went.", "onset", "sudden"),
    ("The pain does not go down my legs at all.", "radiation", "none"),
    ("I do not have a temperature.", "fever", False),
    ("My lower back has ached for a month and it is not eased by lying down.", "night_pain", True),
])
def test_a_negation_written_out_in_full_reads_as_its_contraction(text: str, fact: str, value: FactValue) -> None:
    assert _facts(text).get(fact) == value


@pytest.mark.parametrize(("text", "place"), [
    ("Sharp pain in one place on my upper right back whenever I carry the shopping.", ("upper", "right")),
    ("A nagging ache in my upper left back since the weekend.", ("upper", "left")),
    ("It's a dull pain in my mid left back, worse when I sit.", ("middle", "left")),
    ("I pulled something at the gym, a twinge in my lower back, slightly towards my left side.", ("lower", "left")),
    ("Felt a spasm in the right of my lower back as I stood up.", ("lower", "right")),
    ("The left lower side of my back is really sore after the fall.", ("lower", "left")),
])
def test_a_level_and_a_side_said_together_give_both(text: str, place: tuple[str, ...]) -> None:
    assert _facts(text).get("location") == place


@pytest.mark.parametrize("text", [
    "I've got a pain in my upper right arm and my lower back.",
    "The ache runs from my lower back towards my right hip.",
])
def test_a_side_that_belongs_to_a_limb_or_the_spread_is_not_the_backs(text: str) -> None:
    assert "right" not in (_facts(text).get("location") or ())


@pytest.mark.parametrize("text", [
    "My back went yesterday. It's so bad that a trip to the loo for a wee takes me ages, one shuffle at a time.",
    "Can hardly move with my lower back. Getting up to wee is a struggle, I have to hold on to the furniture.",
])
def test_a_trip_to_the_toilet_slowed_by_pain_is_not_a_bladder_sign(text: str) -> None:
    assert "bladder_bowel" not in _facts(text)
    assert "cauda_equina" not in _flags(text)


@pytest.mark.parametrize("text", [
    "My lower back went on Monday. Since yesterday my wee is slow and weak, like it won't come properly.",
    "Back pain for a week, and weeing has been hard since this morning, I have to strain.",
])
def test_a_slow_or_hard_stream_is_still_a_bladder_sign(text: str) -> None:
    assert "cauda_equina" in _flags(text)


@pytest.mark.parametrize("text", [
    "Last night I kept half waking each time I turned, because I was in pain.",
    "The spasms in my lower back woke me twice last night.",
    "I'd drop off for a minute, then whenever I turned I would wake up crying with it.",
])
def test_the_pain_as_what_woke_them_is_night_pain(text: str) -> None:
    assert "night_pain" in _flags(text)


@pytest.mark.parametrize("text", [
    "The muscle relaxants helped my back a bit, but they totally kicked my butt, I slept all afternoon.",
    "The flu knocked me for six last month, and now my lower back aches when I bend.",
])
def test_figures_of_speech_for_being_worn_out_are_no_injury(text: str) -> None:
    facts = _facts(text)
    assert facts.get("trigger") != "accident" and facts.get("onset") != "trauma"
    assert "trauma" not in _flags(text)


@pytest.mark.parametrize(("text", "days"), [
    ("I threw my back out yesterday reaching for the kettle.", 1),
    ("I did my back in last night, low down, and I'm walking like a penguin.", 1),
    ("Six full days now with this pulled muscle low in my back.", 6),
    ("Three whole weeks of this ache in my lower back now.", 21),
    ("A burning spot between my shoulder blades. I'd been feeling it for roughly a year, and the GP shrugged.", 365),
])
def test_the_time_of_this_episode_in_the_shapes_people_use(text: str, days: int) -> None:
    assert _facts(text).get("duration_days") == days


@pytest.mark.parametrize("text", [
    "I've been having physio for 6 weeks and my back is a bit better.",
    "I've been playing football for 10 years and never had back trouble till this week.",
])
def test_the_length_of_something_else_is_not_the_episodes(text: str) -> None:
    assert _facts(text).get("duration_days") not in (42, 3650)


@pytest.mark.parametrize("text", [
    "I shifted every bit of furniture in the lounge on Thursday, and on Friday I woke up with my back wrecked.",
    "We moved all the heavy furniture round for the party and the next morning I woke up with my lower back sore.",
])
def test_waking_up_sore_after_moving_furniture_sets_no_sleeping_trigger(text: str) -> None:
    assert _facts(text).get("trigger") != "sleeping"


@pytest.mark.parametrize("text", [
    "Since Tuesday my back has hurt only on the right side, worse when I sit.",
    "I've had twinges like this before, though only on the left side.",
    "Halfway through some single leg deadlifts in the garage, my lower back tweaked.",
])
def test_one_side_of_the_back_or_a_one_legged_exercise_is_not_one_leg(text: str) -> None:
    assert "bilateral" not in _facts(text)


@pytest.mark.parametrize("text", [
    "The sciatica goes down my leg, only on the left side.",
    "It's only in one leg, the right, down to the knee.",
])
def test_one_leg_said_is_still_one_leg(text: str) -> None:
    assert _facts(text).get("bilateral") is False


@pytest.mark.parametrize("text", [
    "Slipped on the icy path and landed across a kerb just below my shoulder blades, about where my bra fastens.",
    "A dull ache just below my left shoulder blade, around my bra band, since the weekend.",
])
def test_just_below_the_shoulder_blades_is_the_middle_of_the_back_and_still_flagged(text: str) -> None:
    # annotators split (one real post each way); a missed flag costs more than an extra one, so it stays upper too
    assert "middle" in (_facts(text).get("location") or ())
    assert "between_shoulder_blades" in _flags(text)


def test_under_the_shoulder_blade_is_still_the_upper_back() -> None:
    assert "between_shoulder_blades" in _flags("A burning spot under my right shoulder blade for a week.")


@pytest.mark.parametrize("text", [
    "I hit my back on the corner of the kitchen table on Sunday and it's been sore since.",
    "Stood up too fast and hit my back against the open cupboard door, now it aches low down.",
])
def test_hitting_my_back_on_something_is_a_knock_not_a_serious_injury(text: str) -> None:
    assert _facts(text).get("onset") == "trauma"
    assert "trauma" not in _flags(text)


def test_being_hit_in_the_back_by_someone_is_still_an_injury() -> None:
    assert "trauma" in _flags("Outside the pub last night a stranger punched me hard in the back.")


@pytest.mark.parametrize("text", [
    "Over that week I kept losing further feeling down my right leg and into the foot.",
    "I'm losing more sensation in my left foot every day, it started with my toes.",
])
def test_feeling_lost_more_and_more_is_numbness_getting_worse(text: str) -> None:
    assert _facts(text).get("numbness_or_weakness") is True
    assert "neuro_deficit" in _flags(text)


@pytest.mark.parametrize("text", [
    "Good news, my lower back is finally not hurting today. Bad news, my upper back feels like it's on fire.",
    "My lower back doesn't really hurt any more, it's the middle of my back that's sore.",
])
def test_a_place_said_not_to_hurt_is_not_where_it_hurts(text: str) -> None:
    assert "lower" not in (_facts(text).get("location") or ())


def test_not_only_sore_still_hurts() -> None:
    assert _facts("My lower back is not only sore but stiff as a board.").get("location") == ("lower",)


@pytest.mark.parametrize("text", [
    "As I stood up my back went into spasm, I grabbed for the wardrobe, missed, and fell back on the bed.",
    "The pain was so bad my legs buckled and I sort of fell into the armchair.",
])
def test_dropping_onto_a_bed_or_a_chair_with_the_pain_is_no_fall_injury(text: str) -> None:
    facts = _facts(text)
    assert facts.get("onset") != "trauma" and facts.get("trigger") != "fall"


@pytest.mark.parametrize("text", [
    "I rolled out of bed and fell onto the hard floor, on my lower back.",
    "I fell back onto the bed frame and it caught me right across my lower back.",
])
def test_a_fall_onto_the_floor_or_a_bed_frame_is_still_a_fall(text: str) -> None:
    assert _facts(text).get("onset") == "trauma"


@pytest.mark.parametrize("text", [
    "For weeks my lower back has felt weak, and today it simply gave way as I bent to the sink.",
    "Bending to the dishwasher, my back just gave way and I had to crawl to the sofa.",
])
def test_the_back_giving_way_is_not_a_leg_giving_way(text: str) -> None:
    assert "neuro_deficit" not in _flags(text)


@pytest.mark.parametrize("text", [
    "Since Friday my left leg keeps giving way on the stairs.",
    "On the stairs yesterday my back and leg gave way together and I sat down hard.",
])
def test_a_leg_giving_way_is_still_weakness(text: str) -> None:
    assert "neuro_deficit" in _flags(text)


@pytest.mark.parametrize("text", [
    "At yoga the teacher had us in a side plank and I couldn't hold it, so I stood up and felt my back twinge.",
    "Tried the wall sit the physio gave me but couldn't hold it for more than ten seconds, my back ached.",
])
def test_not_holding_a_pose_is_no_bladder_sign(text: str) -> None:
    assert "cauda_equina" not in _flags(text)


@pytest.mark.parametrize("text", [
    "Since yesterday I needed the loo all the time and twice I couldn't hold it.",
    "My back went on Monday and this morning I couldn't hold it in and wet myself.",
])
def test_not_holding_wee_is_still_a_bladder_sign(text: str) -> None:
    assert "cauda_equina" in _flags(text)


@pytest.mark.parametrize("text", [
    "I was sitting on the mat with my legs spread wide when I felt an odd pull deep in my lower back.",
    "Last night I tried lying with both of my knees propped up on a pillow and the back pain eased a bit.",
])
def test_where_the_legs_are_put_is_no_sign_in_both_legs(text: str) -> None:
    assert "bilateral" not in _facts(text)
    assert "cauda_equina" not in _flags(text)


@pytest.mark.parametrize("text", [
    "I fell down a whole flight of stairs about a year ago and was fine after a month. Now my lower back aches again.",
    "About a year ago I came off my bike on the ice. This week my back has started hurting low down, no idea why.",
])
def test_a_fall_a_year_ago_is_not_this_episodes_injury(text: str) -> None:
    assert "trauma" not in _flags(text)


@pytest.mark.parametrize("text", [
    "It's happened before: I can't move without pain shooting into my legs.",
    "I can't even sit down without it shooting into both my legs.",
])
def test_cant_do_something_without_the_sign_states_the_sign(text: str) -> None:
    assert _facts(text).get("bilateral") is True


def test_without_alone_still_denies() -> None:
    assert "radiation" not in _facts("I walked the dog this morning without any pain at all.")


@pytest.mark.parametrize("text", [
    "Getting up this morning, the right leg wouldn't hold my weight and I grabbed the wardrobe.",
    "Since Tuesday my right leg won't bear weight properly, I have to hold the rail.",
])
def test_a_leg_that_will_not_take_weight_is_weakness(text: str) -> None:
    assert "neuro_deficit" in _flags(text)


@pytest.mark.parametrize("text", [
    "A tingly ache creeps into my lower back, especially while I'm lying down flat.",
    "By bedtime the middle of my back was too sore, I couldn't lie in my normal position at all.",
])
def test_pain_that_lying_down_brings_on_is_night_pain(text: str) -> None:
    assert "night_pain" in _flags(text)


@pytest.mark.parametrize("text", [
    "Yesterday I woke up, got out of bed and headed for the loo. The pain hit me and I ended up on the floor.",
    "When I woke up I stood, and my left leg just folded under my weight.",
    "This morning I woke up early and went for a run, and halfway round my back started to ache.",
])
def test_waking_that_only_says_when_sets_no_sleeping_trigger(text: str) -> None:
    assert _facts(text).get("trigger") != "sleeping"


@pytest.mark.parametrize("text", [
    "Woke up this morning and my lower back was completely locked.",
    "I just woke up with it on Tuesday, no idea why.",
    "Went to bed fine and woke up like this.",
    "woke up today and could hardly get out of bed, it's my lower back",
])
def test_waking_up_sore_is_still_a_sleeping_trigger(text: str) -> None:
    assert _facts(text).get("trigger") == "sleeping"


@pytest.mark.parametrize("text", [
    "Each time I rolled from my left onto my right side, my back caught.",
    "Turning over from the right onto my left side is agony, the pain is in the middle of my back.",
])
def test_the_side_rolled_onto_is_not_where_the_back_hurts(text: str) -> None:
    place = _facts(text).get("location") or ()
    assert "left" not in place and "right" not in place


@pytest.mark.parametrize(("text", "side"), [
    ("There's a lump on the lower, left portion of my back.", "left"),
    ("The ache is in the left region of my lower back.", "left"),
])
def test_a_portion_or_region_of_the_back_gives_its_side(text: str, side: str) -> None:
    assert side in (_facts(text).get("location") or ())


@pytest.mark.parametrize("text", [
    "Last time this happened my upper back seized up for a week. This time it's low down and just achy.",
    "The last time it went it was bad for a week, and this one started on the weekend.",
])
def test_the_last_bouts_length_is_not_this_episodes(text: str) -> None:
    # (what the last bout did is still read as now, and a sign told of it is confirmed: see test_understand_safety)
    assert _facts(text).get("duration_days") != 7


@pytest.mark.parametrize("text", [
    "Years ago I had back pain for six weeks. Now my lower back has been sore for three days.",
    "Ten years ago my back went for a month. This week it started aching again, about four days now.",
])
def test_an_old_bouts_length_is_not_this_episodes(text: str) -> None:
    assert _facts(text).get("duration_days") in (3, 4)


@pytest.mark.parametrize(("text", "days"), [
    ("I've had sciatica down my left leg for 3 weeks, which I had once before years ago.", 21),
    ("Same as last year, my back went when I sneezed this morning.", 0),
])
def test_an_old_bout_named_beside_this_ones_time_leaves_it(text: str, days: int) -> None:
    assert _facts(text).get("duration_days") == days


@pytest.mark.parametrize("text", [
    "My lower back doesn't hurt when I sit but it kills when I stand up.",
    "My lower back isn't sore at rest, only when I bend to the dishwasher.",
    "My lower back is not hurting as much today as it was on Monday.",
])
def test_a_place_that_hurts_less_or_only_sometimes_still_hurts(text: str) -> None:
    assert _facts(text).get("location") == ("lower",)


def test_legs_that_will_not_stay_straight_are_still_a_sign_in_both_legs() -> None:
    assert _facts("Since last night I can't keep my legs straight, they buckle under me.").get("bilateral") is True
