"""Precision of the trigger and the onset (issue 9): what is not plainly said is left unset.

The dialogue asks every fact the reader leaves open, so a weak reading costs one question,
while an invented one is written in the person's record. Each class below is pinned by two
stories written for this test (past tense, asides), and by a story of the same shape that
does state the fact, so that the rule cannot simply switch a fact off.
"""

from __future__ import annotations

import pytest

from backchat.core.understand.reader import read


def _facts(text: str) -> dict[str, object]:
    return dict(read(text, None, verify=False).facts)


@pytest.mark.parametrize("text", [
    "Sore low down on the left since Saturday. I reckon it was from hauling the compost bags, "
    "but my wife thinks it's stress. Paracetamol isn't doing much.",
    "Ache between my shoulders for four days now, probably just the cheap sofa bed at my sister's. "
    "Not keen on seeing anyone over the holidays.",
])
def test_a_guessed_cause_sets_no_trigger(text: str) -> None:
    assert "trigger" not in _facts(text)


def test_a_cause_the_person_tells_is_still_read() -> None:
    text = ("I hauled three compost bags out of the boot on Saturday and my lower back twinged. "
            "My wife thinks it's stress but it happened right then.")
    assert _facts(text)["trigger"] == "lifting"


def test_a_hedged_fall_still_counts_as_a_fall() -> None:
    text = "My back's been sore since Monday, probably from when I slipped on the wet decking. I'm 34."
    assert _facts(text)["trigger"] == "fall"


@pytest.mark.parametrize("text", [
    "I work on a building site and I'm forever carrying plasterboard up ladders, so a stiff back "
    "isn't new. This week it's worse than usual, low down in the middle.",
    "Twins aged one, and I've been lugging them about loads since my partner went back to work. "
    "My lower back has ached for a fortnight. No leg pain.",
])
def test_a_background_habit_sets_no_trigger(text: str) -> None:
    assert "trigger" not in _facts(text)


def test_a_habit_in_another_part_of_the_sentence_does_not_hide_a_fall() -> None:
    text = "I've been on steroid tablets for years and slipped on the kitchen floor on Monday. Lower back is sore."
    facts = _facts(text)
    assert facts["trigger"] == "fall"
    assert facts["onset"] == "trauma"


@pytest.mark.parametrize("text", [
    "Six weeks of a dull lower back ache now. I've done physio, pilates, the lot, and nothing shifts it.",
    "My lower back has been grumbling for a month. The physio said to keep at the exercises and I have, "
    "but it's no better.",
])
def test_a_treatment_tried_is_not_the_cause(text: str) -> None:
    assert "trigger" not in _facts(text)


@pytest.mark.parametrize("text", [
    "Does a pulled muscle from the gym usually hurt this long? Mine's been nine days.",
    "Anyone else get a stiff lower back from long drives? Three days of it after the trip to my mum's.",
])
def test_a_question_does_not_state_the_cause(text: str) -> None:
    assert "trigger" not in _facts(text)


@pytest.mark.parametrize("text", [
    "My lower back has been sore for three days and I can't bend to put my socks on. No injury that I know of "
    "but it's getting me down.",
    "My back's much better now, just a bit of stiffness bending to load the washing machine. Started last week.",
])
def test_a_movement_that_hurts_now_is_not_what_started_it(text: str) -> None:
    assert _facts(text).get("trigger") != "bending"


@pytest.mark.parametrize("text", [
    "My son's been running a temperature since Sunday and now my lower back aches, though I feel fine myself.",
    "Woke up drenched again last night, the heating's stuck on. Separately my lower back has ached for a week.",
])
def test_words_that_only_look_like_an_activity_set_no_trigger(text: str) -> None:
    assert "trigger" not in _facts(text)


@pytest.mark.parametrize("text", [
    "Back went on Tuesday as I reached for the top shelf in the shed. Low on the right.",
    "I was reaching for my phone on the bedside table when something twinged in my lower back, two days ago.",
])
def test_reaching_for_something_does_not_say_bending(text: str) -> None:
    assert _facts(text).get("trigger") != "bending"


def test_reaching_down_is_bending() -> None:
    assert _facts("Reached down under the desk for a cable on Monday and my lower back went.")["trigger"] == "bending"


@pytest.mark.parametrize("text", [
    "The disc went in September. This month my left foot has started to slap and I tripped on the stairs "
    "twice because my toes wouldn't lift. The back itself is easier.",
    "My right leg has felt weak for a fortnight and I keep tripping over the rug. Back pain is about a 4.",
])
def test_a_trip_from_a_weak_leg_is_a_sign_not_the_injury(text: str) -> None:
    facts = _facts(text)
    assert facts.get("trigger") != "fall"
    assert facts.get("onset") != "trauma"


@pytest.mark.parametrize("text", [
    "My watch strap snapped and my watch fell off in the car park, which set the tone. My middle back "
    "has ached for a month. I'm 62.",
    "I've been sore low down since I got my dad up off the bathroom floor after his fall on Friday.",
])
def test_someone_or_something_elses_fall_is_not_mine(text: str) -> None:
    facts = _facts(text)
    assert facts.get("trigger") != "fall"
    assert facts.get("onset") != "trauma"


@pytest.mark.parametrize("text", [
    "Last night I had a heavy pain in my chest that went into my left arm for a few minutes. My mid back has "
    "been sore all week.",
    "My toddler slept in our bed and kicked me in the stomach all night. Now my lower back is stiff, 3/10.",
])
def test_pain_spreading_or_a_kick_elsewhere_is_not_an_accident(text: str) -> None:
    facts = _facts(text)
    assert facts.get("trigger") != "accident"
    assert facts.get("onset") != "trauma"


def test_a_car_that_went_into_us_is_still_an_accident() -> None:
    facts = _facts("A van went into the back of us at the lights on Friday and my lower back has hurt since.")
    assert facts["trigger"] == "accident"
    assert facts["onset"] == "trauma"


@pytest.mark.parametrize("text", [
    "Pulled my lower back lifting a paving slab on Sunday. I keep reading about what happens if you suddenly "
    "can't wee, so I'm scared. Everything works fine.",
    "Hurt my back moving a bookcase yesterday. Going to rest it and see how it goes, I just want it gone.",
])
def test_a_fear_or_a_wish_is_not_a_sudden_onset(text: str) -> None:
    assert "onset" not in _facts(text)


@pytest.mark.parametrize("text", [
    "Over the last month my lower back's gone achy and stiff by the evening. I'm 41.",
    "I felt a pull in my lower back carrying the recycling out on Thursday. It's been stiff since.",
])
def test_a_back_gone_stiff_or_a_pull_is_not_sudden(text: str) -> None:
    assert _facts(text).get("onset") != "sudden"


def test_a_back_that_went_is_still_sudden() -> None:
    assert _facts("My back just went when I stood up from the sofa on Monday.")["onset"] == "sudden"


@pytest.mark.parametrize("text", [
    "Did my back in yesterday putting the garden furniture away. Low on the left.",
    "I hurt my back at my cousin's wedding doing some daft dance routine. Two days ago, much better now.",
])
def test_hurt_my_back_doing_something_no_class_names_leaves_the_trigger_open(text: str) -> None:
    assert "trigger" not in _facts(text)


def test_hurt_my_back_doing_a_named_movement_is_read() -> None:
    assert _facts("Hurt my back lifting a sack of potatoes on Friday.")["trigger"] == "lifting"


def test_a_story_that_opens_with_did_and_ends_with_a_question_still_tells_the_cause() -> None:
    text = "Did my back in lifting the lawnmower into the shed yesterday, how long do these take?"
    assert _facts(text)["trigger"] == "lifting"


@pytest.mark.parametrize(("text", "trigger"), [
    ("Strained my back on Saturday carrying the canoe up from the river to the van. Low on the right.", "lifting"),
    ("I was lifting my golf clubs out of the boot yesterday when my lower back twinged. Never played a round.",
     "lifting"),
])
def test_a_games_gear_that_was_carried_is_a_lift_not_the_game(text: str, trigger: str) -> None:
    assert _facts(text)["trigger"] == trigger


@pytest.mark.parametrize("text", [
    "My lower back has ached since Boxing Day, I think. We had the whole family over. No leg pain.",
    "I've had a sore lower back for nine days. I've kept cycling to work through it, which probably isn't clever.",
])
def test_a_day_or_an_activity_kept_up_through_the_pain_is_not_the_cause(text: str) -> None:
    assert "trigger" not in _facts(text)


@pytest.mark.parametrize("text", [
    "It aches low down when I've been sitting at the computer a while. Started about three weeks ago.",
    "My back has been sore for a month and it's worse when I'm driving the kids to school. I'm 45.",
])
def test_what_hurts_while_doing_it_now_is_not_the_cause(text: str) -> None:
    assert "trigger" not in _facts(text)


def test_something_that_had_fallen_is_not_a_fall_of_mine() -> None:
    facts = _facts("I reached down behind the sofa for the remote, which had fallen, and my back went on Sunday.")
    assert facts.get("trigger") != "fall"
    assert facts.get("onset") != "trauma"


@pytest.mark.parametrize("text", [
    "I've got osteoporosis. I lost my balance getting out of the shower on Monday and landed on my bottom. "
    "My lower back has been very sore since.",
    "Lost my balance on the bus when it braked on Thursday and went down on my side. I'm 58, back is sore.",
])
def test_losing_my_balance_and_going_down_is_a_fall(text: str) -> None:
    facts = _facts(text)
    assert facts["trigger"] == "fall"
    assert facts["onset"] == "trauma"


@pytest.mark.parametrize(("text", "trigger"), [
    ("I played squash on Monday and felt fine after. On Wednesday I bent down to pick up a sock and my back "
     "seized on the left.", "bending"),
    ("We had a big walk on Saturday, no problem at all. Then on Sunday I twisted to reach the back seat and my "
     "lower back went.", "twisting"),
])
def test_the_movement_at_the_moment_the_back_went_is_the_trigger(text: str, trigger: str) -> None:
    assert _facts(text)["trigger"] == trigger


@pytest.mark.parametrize("text", [
    "I'm 15 and I do athletics. My lower back has hurt when I lean back for a fortnight.",
    "I'm 40 and we do pilates together on Thursdays. My middle back has been stiff for a week, no idea why.",
])
def test_an_activity_someone_does_is_not_the_cause(text: str) -> None:
    assert _facts(text).get("trigger") not in ("exercise", "sport")


@pytest.mark.parametrize("text", [
    "A week ago fell off the garden wall and landed on my back. It's been sore since.",
    "The other day fell down the last few stairs at work, and my lower back is killing me.",
])
def test_a_fall_told_without_i_after_a_time_is_still_mine(text: str) -> None:
    assert _facts(text)["trigger"] == "fall"


def test_a_hedge_on_what_i_did_makes_it_a_guess_and_the_plain_telling_is_read() -> None:
    # stories/README (settled after this test was first written): a cause given as a guess sets no trigger
    guessed = "I think I did it lifting the sofa on Sunday, it went about halfway up the stairs. Low on the left."
    told = "I did it lifting the sofa on Sunday, it went about halfway up the stairs. Low on the left."
    assert "trigger" not in _facts(guessed)
    assert _facts(told)["trigger"] == "lifting"


def test_a_question_that_ends_with_a_cry_is_still_a_question() -> None:
    text = ("Put my back out yesterday changing the bed, low on the right. "
            "Any tips for lifting a toddler when you can barely bend?!")
    assert _facts(text).get("trigger") != "lifting"


@pytest.mark.parametrize("text", [
    "Spent Saturday on trampoline duty at my niece's birthday, and by Sunday my lower back was stiff. Easing now.",
    "I was on swimming duty all afternoon at the kids' gala, standing on the side. Lower back has ached since.",
])
def test_watching_others_play_is_not_the_game(text: str) -> None:
    assert _facts(text).get("trigger") not in ("exercise", "sport")


@pytest.mark.parametrize("text", [
    "I bent down on Monday to pick up the post and it felt as if something snapped in my lower back.",
    "Reaching into the boot on Friday, it was as if something let go low down on the right.",
    "Lifted the shopping out of the car yesterday and it felt like something popped in my lower back.",
])
def test_as_if_or_like_something_snapped_is_still_sudden(text: str) -> None:
    assert _facts(text)["onset"] == "sudden"


@pytest.mark.parametrize("text", [
    "The flat is roasting since they fixed the boiler and I've woken up soaked in sweat twice this week. "
    "Separately, my lower back went stiff on Tuesday after a long day on the tills.",
    "I've been having night sweats for a few weeks, which my GP put down to my new tablets. "
    "My mid back has ached since the weekend.",
])
def test_night_sweats_alone_are_no_fever(text: str) -> None:
    facts = _facts(text)
    assert "fever" not in facts
    assert "fever" not in (facts.get("red_flags") or ())


def test_night_sweats_with_shivering_are_still_a_fever() -> None:
    text = "For three nights I've woken up sweating and then shivering under the duvet. My lower back is killing me."
    assert _facts(text)["fever"] is True


@pytest.mark.parametrize("text", [
    "I've been injecting again since the summer. Lower back agony for four days. Not checked my temperature though.",
    "Lower back pain since Friday and I'm on methotrexate. Haven't taken my temp, I don't own a thermometer.",
])
def test_an_unchecked_temperature_denies_no_fever(text: str) -> None:
    assert "fever" not in _facts(text)


@pytest.mark.parametrize("text", [
    "We spent the bank holiday moving furniture round the spare room and now my lower back is tender. Nothing major.",
    "My lower back's been grumbling since I helped my neighbour move her piano on Sunday. Getting easier.",
])
def test_moving_furniture_is_a_chore_named_without_the_movement(text: str) -> None:
    assert "trigger" not in _facts(text)


def test_carrying_the_furniture_still_tells_the_lift() -> None:
    text = "I carried a wardrobe up two flights with my brother on Sunday and my lower back has ached since."
    assert _facts(text)["trigger"] == "lifting"


@pytest.mark.parametrize("text", [
    "My lower back has been sore on and off for a year. Some mornings I can barely bend to put my socks on.",
    "Achy low back for six weeks now, worse in the evenings. I can hardly twist to reverse the car.",
])
def test_what_the_pain_stops_me_doing_is_no_trigger(text: str) -> None:
    assert "trigger" not in _facts(text)


@pytest.mark.parametrize("text", [
    "Ten days now my lower back has been so sore at night I've ended up sleeping on the couch, and it still wakes me.",
    "The ache low on my right got so bad last week that I had to sleep on a camp bed. It wakes me at 4 most nights.",
])
def test_sleeping_elsewhere_because_of_the_pain_is_no_trigger(text: str) -> None:
    assert _facts(text).get("trigger") != "sleeping"


@pytest.mark.parametrize("text", [
    "Did a long bike ride on Saturday and my lower back's been stiff since. Feels like I've been run over by a truck.",
    "After two days of digging the allotment my whole back aches. Honestly feels as if I'd been hit by a train.",
])
def test_a_simile_of_a_crash_is_no_accident(text: str) -> None:
    facts = _facts(text)
    assert facts.get("trigger") != "accident"
    assert facts.get("onset") != "trauma"
    assert "trauma" not in facts


@pytest.mark.parametrize("text", [
    "Sciatica down both legs for ten days, and this morning I couldn't feel that I needed the toilet and had an "
    "accident at work. I'm 47.",
    "Lower back agony all week. Yesterday I had an accident at work, I didn't even know I needed a wee until it "
    "happened.",
])
def test_an_accident_at_work_with_the_toilet_in_it_is_no_injury(text: str) -> None:
    facts = _facts(text)
    assert facts.get("trigger") != "accident"
    assert "trauma" not in facts
    assert facts["bladder_bowel"] is True


def test_an_accident_at_work_with_a_forklift_is_still_an_injury() -> None:
    text = "I had an accident at work on Monday, a forklift clipped me and I went down hard. Lower back is agony."
    assert _facts(text)["onset"] == "trauma"


@pytest.mark.parametrize("text", [
    "I'm a plasterer so I'm lifting boards all day, five days a week. My lower back has ached for a month now.",
    "Been on my feet at the warehouse packing boxes all week. Lower back is sore and stiff this morning.",
])
def test_an_activity_kept_up_all_day_or_week_is_background(text: str) -> None:
    assert "trigger" not in _facts(text)


def test_a_list_of_what_i_tried_is_treatment_not_the_start() -> None:
    text = ("My lower back came on gradually over a month. I've tried heat, ibuprofen from the chemist, a foam roller "
            "and some pilates videos, nothing helps.")
    assert "trigger" not in _facts(text)


@pytest.mark.parametrize("text", [
    "I'm 74 with osteoporosis. On Friday I caught the middle of my back on the door handle and it's been sore since.",
    "I'm on long-term prednisolone. Getting into the van yesterday I whacked my back on the door frame. It aches.",
])
def test_a_knock_is_trauma_with_no_trigger(text: str) -> None:
    facts = _facts(text)
    assert facts["onset"] == "trauma"
    assert "trigger" not in facts


@pytest.mark.parametrize("text", [
    "The tingling began in my left heel on Monday and has crept up past my ankle. My back went lifting a crate.",
    "Pins and needles started in my toes last week and it's crept up as far as my shin. Back pain since a fall.",
])
def test_numbness_creeping_up_the_leg_is_not_a_gradual_onset(text: str) -> None:
    assert _facts(text).get("onset") != "gradual"


@pytest.mark.parametrize("text", [
    "My back's been agony since Tuesday and on the way home I messed myself on the bus. I'm so embarrassed.",
    "Low back pain for a week. This morning I didn't realise I needed the loo until it was too late.",
])
def test_soiling_or_not_feeling_the_need_to_go_is_a_bladder_or_bowel_sign(text: str) -> None:
    assert _facts(text)["bladder_bowel"] is True


@pytest.mark.parametrize("text", [
    "Started Couch to 5k in March and I'm 9 pounds lighter now. My lower back began aching after Tuesday's run.",
    "I've dropped half a stone, which I'm chuffed about, since joining the running club. Sore low back this week.",
])
def test_weight_lost_gladly_or_by_running_is_no_red_flag(text: str) -> None:
    assert _facts(text).get("weight_loss") is not True


@pytest.mark.parametrize("text", [
    "The twins have had a high temperature since Friday and I've been up most of the night with them. "
    "My lower back aches from carrying them about, it began two days ago.",
    "My husband has flu and I was awake half the night with him. My back is a bit stiff low down since Monday.",
])
def test_up_at_night_with_someone_poorly_is_no_night_pain(text: str) -> None:
    assert _facts(text).get("night_pain") is not True


@pytest.mark.parametrize("text", [
    "There's a hard lump the size of a walnut just above my belt on the left that I only found last week. "
    "The back around it aches.",
    "My partner spotted a lump on my left shoulder blade when she was putting sun cream on me. It's sore there too.",
    "My sister says one side of my back looks higher than the other these days. It's been aching for a month.",
])
def test_a_lump_or_a_changed_shape_told_in_passing_is_a_back_lump(text: str) -> None:
    assert _facts(text)["back_lump"] is True


@pytest.mark.parametrize("text", [
    "I had luekemia when I was nine and I've been fine since. My lower back has ached for three weeks now.",
    "Low back pain since Sunday. For context I was treated for leukaemia in my twenties, I'm 45 now.",
])
def test_leukaemia_even_misspelt_is_a_cancer_history(text: str) -> None:
    assert _facts(text)["cancer_history"] is True


@pytest.mark.parametrize("text", [
    "I used to inject but relapsed three weeks ago, clean again now. My lower back has been agony for days.",
    "Bit embarrassing. I was injecting for years and had a relapse in the summer. My mid back is killing me.",
])
def test_a_recent_relapse_into_injecting_weakens_the_immune_system(text: str) -> None:
    assert _facts(text)["immune"] is True


@pytest.mark.parametrize("text", [
    "I'm 61. What worries me is it wakes me at 2am most nights and my lower back has ached for a month.",
    "Back pain low down for six weeks. What bothers and worries me most is it keeps me awake at night.",
])
def test_what_worries_me_is_it_wakes_me_states_night_pain(text: str) -> None:
    assert _facts(text)["night_pain"] is True


@pytest.mark.parametrize("text", [
    "Sciatica into my left foot for three weeks. Now I keep tripping on the stairs because my toes won't lift.",
    "Back pain and a numb shin since May. I tripped over a step at work yesterday as my foot wouldn't come up.",
])
def test_a_trip_caused_by_a_foot_that_will_not_lift_is_a_deficit(text: str) -> None:
    assert _facts(text)["neuro_deficit"] is True


@pytest.mark.parametrize("text", [
    "The physio noticed I can't stand on my left tiptoes any more. The back pain has gone down my leg for a month.",
    "Sore low back for six weeks and lately I'm unable to walk on my right heel. My GP wants to see me.",
])
def test_cannot_stand_on_one_sides_toes_or_heel_is_a_deficit(text: str) -> None:
    assert _facts(text)["neuro_deficit"] is True


@pytest.mark.parametrize("text", [
    "Nothing I do helps it. Resting, walking, hot baths, it's the same dull pain low in my back. Three weeks now.",
    "Mid back pain for a month and nothing eases it, not even lying down in a dark room. I'm 66.",
])
def test_nothing_eases_it_with_rest_named_is_pain_not_eased_by_rest(text: str) -> None:
    assert _facts(text)["night_pain"] is True


def test_nothing_helps_said_of_painkillers_is_not_night_pain() -> None:
    text = "Lower back aching for a week. Nothing helps it, paracetamol, ibuprofen, a heat pad, all useless."
    assert _facts(text).get("night_pain") is not True


@pytest.mark.parametrize("text", [
    "Fell through the loft hatch onto the landing on Sunday, a good 9 feet. My whole back is bruised. I'm 40.",
    "I fell through the rotten decking at my mum's yesterday and landed on my back. Lower back is agony.",
])
def test_falling_through_a_hatch_or_floor_is_a_fall(text: str) -> None:
    assert _facts(text)["onset"] == "trauma"


def test_plans_that_fell_through_are_no_fall() -> None:
    assert "onset" not in _facts("Our holiday fell through so I've been decorating, and my lower back aches.")


@pytest.mark.parametrize("text", [
    "A van drove straight into the side of us at the roundabout on Friday. Since then my lower back has been stiff.",
    "Someone ran right into the back of my car at the lights last week and my mid back has hurt ever since.",
])
def test_a_vehicle_that_went_straight_into_us_is_an_accident(text: str) -> None:
    assert _facts(text)["trigger"] == "accident"


@pytest.mark.parametrize("text", [
    "Heart transplant in 2015, so I'm on ciclosporin and steroids for life. I slipped on the path Monday, low back.",
    "I'm on steroids for good because of my lupus. Tripped on the rug yesterday and my lower back is very sore.",
])
def test_steroids_for_life_are_long_term_steroids(text: str) -> None:
    assert _facts(text)["fragile_bones"] is True


def test_a_stumble_from_a_weak_leg_is_a_sign_but_stumbling_into_something_is_a_fall() -> None:
    weak = ("My right leg has felt heavy and weak since Friday and I stumbled on the kerb today. "
            "Low back pain for a week.")
    assert _facts(weak).get("trigger") != "fall"
    hit = "I stumbled backwards down two steps in the garden on Monday and my lower back has been sore since."
    assert _facts(hit)["onset"] == "trauma"


@pytest.mark.parametrize("text", [
    "I'm on long-term prednisolone. I bumped down the last few steps on my backside yesterday and my low back aches.",
    "Osteoporosis for years, I'm 81. Bumped down three stairs on my bottom on Sunday, and it's been sore since.",
])
def test_bumping_down_the_stairs_on_my_bottom_is_a_minor_fall(text: str) -> None:
    facts = _facts(text)
    assert (facts["onset"], facts["trigger"]) == ("trauma", "fall")
    assert "trauma" not in facts


@pytest.mark.parametrize("text", [
    "I'm 68 with thin bones. I spun round too fast on Friday and smacked my back on the edge of the open drawer.",
    "Turned quickly to answer the door and banged my back on the banister post. Mid back has been sore since.",
])
def test_a_turn_that_ends_in_a_knock_is_the_knock(text: str) -> None:
    facts = _facts(text)
    assert facts["onset"] == "trauma"
    assert "trigger" not in facts


@pytest.mark.parametrize("text", [
    "For a fortnight I've had a burning ache low on the right. No injury I can think of. It's worse by the evening.",
    "Mid back stiffness for two weeks now, no injury that I know of, and it eases once I'm moving about.",
])
def test_an_injury_denied_is_not_a_cause_unknown(text: str) -> None:
    assert _facts(text).get("trigger") != "unknown"


@pytest.mark.parametrize("text", [
    "Tweaked my lower back at work yesterday stacking pallets. Our foreman is off with a broken back after falling "
    "off a ladder in March, so everyone's nervous.",
    "Sore low back since Monday from the warehouse. My supervisor fell down the loading bay steps last year and "
    "was off for months.",
])
def test_a_workmates_fall_is_theirs(text: str) -> None:
    facts = _facts(text)
    assert facts.get("trigger") != "fall"
    assert facts.get("onset") != "trauma"


@pytest.mark.parametrize("text", [
    "I came off my bike in my thirties and cracked a rib, so I know what real pain is. This one's just a stiff "
    "lower back from the long drive to Leeds on Sunday.",
    "Fell down the stairs at uni in my early twenties and was fine. Now, at 45, my mid back has ached for a week "
    "after I repainted the hallway.",
])
def test_an_event_placed_in_a_decade_of_their_life_is_history(text: str) -> None:
    facts = _facts(text)
    assert facts.get("onset") != "trauma"
    assert facts.get("trigger") not in ("fall", "accident")
    assert "trauma" not in facts


@pytest.mark.parametrize("text", [
    "I'm in my fifties and I fell off a ladder on Tuesday. My lower back is agony.",
    "I fell off the garage roof on Tuesday and I am in my sixties, lower back agony.",
])
def test_an_age_said_as_a_decade_does_not_hide_this_weeks_fall(text: str) -> None:
    facts = _facts(text)
    assert facts["trigger"] == "fall"
    assert facts["trauma"] is True


@pytest.mark.parametrize("text", [
    "Lower back has been awful for five days, and since yesterday I've had a few accidents where I didn't "
    "know I needed a poo until it happened.",
    "Sciatica down my left leg since the weekend. Last night I had a couple of accidents, I didn't feel my "
    "bladder go at all. I'm 50.",
])
def test_accidents_told_with_the_toilet_are_incontinence_not_injury(text: str) -> None:
    facts = _facts(text)
    assert facts.get("trigger") != "accident"
    assert facts.get("onset") != "trauma"
    assert "trauma" not in facts


@pytest.mark.parametrize("text", [
    "Tripped over a cable in the office on Monday and went down on my side. Mid back sore. HR made me fill "
    "in an accident report.",
    "Slid on some ice in the car park yesterday, landed on my bum. Lower back aches. Work logged it in the "
    "accident book, which felt a bit much.",
])
def test_the_paperwork_of_a_slip_is_no_road_accident(text: str) -> None:
    facts = _facts(text)
    assert facts.get("trigger") == "fall"
    assert "trauma" not in facts


@pytest.mark.parametrize("text", [
    "I'm aware chest pain and back pain together is a red flag but I don't have that, it's only my lower back. "
    "Started Monday.",
    "Mid back stiff for four days after decorating. I know chest pain with back pain can be a warning sign, "
    "I haven't got that though.",
])
def test_a_sign_named_as_a_warning_and_denied_is_denied(text: str) -> None:
    assert _facts(text)["chest_pain"] is False


@pytest.mark.parametrize("text", [
    "I have chest pain which I know is a warning sign, and my mid back has ached since lunch.",
    "Chest pain with my back pain is a warning sign, right? It started an hour ago between my shoulder blades.",
])
def test_a_warning_sign_the_person_has_is_still_read(text: str) -> None:
    assert _facts(text)["chest_pain"] is True


@pytest.mark.parametrize("text", [
    "Going to give it till the weekend and if it's not eased by Saturday I'll book the physio. Pulled something "
    "in my lower back carrying the recycling out on Wednesday.",
    "Mid back twinged yesterday reaching into the loft. If it's not better by tomorrow I'll phone 111, my "
    "wife says I'm being dramatic.",
])
def test_a_deadline_for_getting_better_is_no_night_pain(text: str) -> None:
    assert "night_pain" not in _facts(text)


def test_pain_not_eased_by_rest_is_still_read() -> None:
    text = "My lower back has ached for a month and it is not eased by lying down, even in bed it throbs."
    assert _facts(text)["night_pain"] is True


@pytest.mark.parametrize("text", [
    "Lower back sore for six weeks. The physio I saw in May gave me exercises and a leaflet, they help a bit.",
    "Mid back has been tight for a month, the osteopath showed me a couple of yoga poses to do at home.",
])
def test_exercises_given_as_treatment_are_no_trigger(text: str) -> None:
    assert "trigger" not in _facts(text)


# ---- round 7: what is there only because of someone else's stretch of a sentence, or a guess ----

@pytest.mark.parametrize("text", [
    "Dad (84) slipped on the patio on Sunday so I've been going round to his every evening. My own lower back "
    "has been aching since Tuesday, no idea why. Nothing down my legs.",
    "FIL had a bad fall off a stepladder last month and broke his wrist. Anyway, my upper back has been tight "
    "between the shoulder blades for eight days or so.",
])
def test_a_fall_told_of_another_person_is_not_the_writers(text: str) -> None:
    facts = _facts(text)
    assert facts.get("trigger") != "fall"
    assert "trauma" not in facts
    assert facts.get("onset") != "trauma"


@pytest.mark.parametrize("text", [
    "Grandad had a fall at the care home on Friday and is fine. Mine came on gradually over the weekend, "
    "low down on the right.",
    "Mum fell off the kerb last week, she's bruised but ok. My back crept up on me over the last few days, "
    "mostly the left side.",
])
def test_the_writers_own_words_are_read_once_anothers_fall_is_left_out(text: str) -> None:
    assert _facts(text)["onset"] == "gradual"


def test_the_writers_own_fall_next_to_another_persons_is_still_read() -> None:
    text = "My dog pulled me over on the icy path yesterday and I landed hard on my bottom. Lower back is sore."
    facts = _facts(text)
    assert facts["trigger"] == "fall"
    assert facts["onset"] == "trauma"


@pytest.mark.parametrize("text", [
    "I've been sat on the floor building flatpack wardrobes all weekend. Not sure if it's that. The ache is "
    "low down on the left and worse by the evening.",
    "We're on holiday and I've been sleeping on a lumpy sofa bed. That's probably why my back is stiff, "
    "right across the bottom. Four days now.",
])
def test_a_guess_that_points_back_at_what_was_told_sets_no_trigger(text: str) -> None:
    assert "trigger" not in _facts(text)


@pytest.mark.parametrize("text", [
    "Sore between my shoulder blades since Thursday. I think I tweaked something reaching up to the top "
    "cupboard. I'm 31.",
    "My lower back has been grumbling for three days. I reckon I just slept badly at the hotel, the pillows "
    "were awful.",
])
def test_a_hedge_over_the_event_makes_it_a_guess(text: str) -> None:
    assert "trigger" not in _facts(text)


def test_a_cause_told_plainly_after_a_guess_elsewhere_is_still_read() -> None:
    text = "I bent down for the laundry basket on Monday and my back went. Probably nothing serious."
    assert _facts(text)["trigger"] == "bending"


@pytest.mark.parametrize("text", [
    "Since yesterday I've had a few accidents without realising I needed to go, and my lower back is agony.",
    "I've had two small accidents today, I didn't feel it coming at all. Back pain going down both legs.",
])
def test_accidents_with_no_vehicle_are_no_road_accident(text: str) -> None:
    facts = _facts(text)
    assert facts.get("trigger") != "accident"
    assert "trauma" not in facts


@pytest.mark.parametrize("text", [
    "My left leg buckled on the landing this morning and I nearly went flying. The back pain started a week ago.",
    "Caught my toe on the step because my foot drags, almost went over but grabbed the rail. Low back is sore.",
])
def test_a_near_fall_is_no_fall(text: str) -> None:
    facts = _facts(text)
    assert facts.get("trigger") != "fall"
    assert facts.get("onset") != "trauma"


@pytest.mark.parametrize("text", [
    "I work on a hospital ward, lots of turning patients. My lower back has ached at the end of each shift "
    "for a fortnight.",
    "I work in a warehouse, heavy boxes to lift all night. Lower back stiff for about ten days.",
])
def test_the_job_a_person_does_is_no_trigger(text: str) -> None:
    assert "trigger" not in _facts(text)


@pytest.mark.parametrize("text", [
    "Flew back from Dubai overnight and my back was stiff by the time we landed on Friday.",
    "Long coach trip to Cornwall and by the time we landed on Sunday evening my lower back ached.",
])
def test_landing_from_a_journey_is_no_fall(text: str) -> None:
    facts = _facts(text)
    assert facts.get("trigger") != "fall"
    assert facts.get("onset") != "trauma"


@pytest.mark.parametrize("text", [
    "I was lifting a bag of compost into the barrow and felt a sharp pull low on the right. Three days ago.",
    "Reached down for the cat's bowl and felt a pull low in my back, sore since Sunday.",
])
def test_a_pull_felt_is_not_a_sudden_onset(text: str) -> None:
    assert "onset" not in _facts(text)


@pytest.mark.parametrize("text", [
    "Nasty back spasm after mowing the lawn on Sunday, low on the left. Already loosening up a bit.",
    "Second day of a lower back spasm, it started at my desk this morning and I'm walking like a robot.",
])
def test_a_back_spasm_named_as_a_thing_is_not_a_sudden_onset(text: str) -> None:
    assert "onset" not in _facts(text)


@pytest.mark.parametrize("text", [
    "My lower back spasmed as I reached for the kettle this morning.",
    "Turned to grab my bag off the back seat and my back just spasmed, low on the right.",
])
def test_a_back_that_spasmed_is_a_sudden_onset(text: str) -> None:
    assert _facts(text)["onset"] == "sudden"


@pytest.mark.parametrize("text", [
    "For a week my right foot has been slapping down because I can't seem to lift it. The back itself is a 3.",
    "I keep tripping as I can't quite lift my left toes since Monday, and my lower back aches.",
])
def test_a_foot_the_person_cannot_lift_is_no_lifting(text: str) -> None:
    assert _facts(text).get("trigger") != "lifting"


@pytest.mark.parametrize("text", [
    "There's a hard lump on the right of my lower back that came up last week, sore since. No idea what it is.",
    "Something is swelling next to my spine at bra strap level and the back aches round it. No clue what it is.",
])
def test_not_knowing_what_a_lump_is_is_no_unknown_cause(text: str) -> None:
    assert "trigger" not in _facts(text)


@pytest.mark.parametrize("text", [
    "Slipped on black ice walking to the car this morning and landed on my bum. Low back is sore.",
    "Tripped on the kerb walking to the bus on Monday and went down on my side. Lower back aches since.",
])
def test_a_slip_on_the_way_to_a_vehicle_is_no_serious_injury(text: str) -> None:
    facts = _facts(text)
    assert facts["trigger"] == "fall"
    assert "trauma" not in facts


@pytest.mark.parametrize("text", [
    "The tingling began in my little toe on Friday and has crept up over the whole foot. Back sore low down.",
    "Pins and needles crept up over my left calf since the weekend, and my lower back aches on that side.",
])
def test_a_sign_that_crept_over_the_leg_says_nothing_of_how_the_pain_began(text: str) -> None:
    assert "onset" not in _facts(text)


def test_pain_that_crept_up_over_weeks_is_still_gradual() -> None:
    assert _facts("My lower back pain crept up over the last few weeks, no injury.")["onset"] == "gradual"


@pytest.mark.parametrize("text", [
    "My son was driving and we got hit by a lorry yesterday. Lower back agony.",
    "My wife was at the wheel and we were rear-ended at the lights on Monday. My lower back is killing me.",
])
def test_we_after_another_person_brings_the_writer_back_into_the_crash(text: str) -> None:
    facts = _facts(text)
    assert facts["trauma"] is True
    assert facts["trigger"] == "accident"


def test_we_being_worried_does_not_give_the_writer_anothers_fever() -> None:
    assert "fever" not in _facts("My daughter has a fever and we're all worried, my back has ached for a week.")


@pytest.mark.parametrize("text", [
    "I assumed it was a pulled muscle from lifting the kids. Lower back for 4 days.",
    "Wondering if it's from sleeping on the sofa last week. Back's sore low down.",
])
def test_an_assumed_or_wondered_cause_is_a_guess(text: str) -> None:
    assert "trigger" not in _facts(text)


@pytest.mark.parametrize("text", [
    "My partner crashed into a wall with me in the car on Friday, lower back agony since.",
    "My husband crashed the car with me in it on Friday and my lower back has hurt ever since.",
])
def test_anothers_crash_with_the_writer_on_board_is_the_writers(text: str) -> None:
    assert _facts(text)["trauma"] is True


def test_anothers_crash_the_writer_was_not_in_is_not_theirs() -> None:
    facts = _facts("My son crashed his car on Friday, luckily I wasn't in it. My back aches from gardening.")
    assert "trauma" not in facts


@pytest.mark.parametrize("text", [
    "Nearly came off my bike on the ice this morning but stayed on. Lower back is sore.",
    "Almost came off the horse when it spooked on Sunday, and my lower back has ached since.",
])
def test_nearly_coming_off_is_no_fall(text: str) -> None:
    facts = _facts(text)
    assert "trauma" not in facts
    assert facts.get("onset") != "trauma"


@pytest.mark.parametrize("text", [
    "My back goes out every fall, this time I bent down for the paper and it seized.",
    "Like last fall, my lower back seized when I bent over to tie my boots on Sunday.",
])
def test_fall_the_season_is_no_fall(text: str) -> None:
    facts = _facts(text)
    assert facts["trigger"] == "bending"
    assert facts.get("onset") != "trauma"


@pytest.mark.parametrize("text", [
    "I bent down to comfort my grandson who'd fallen over in the park and felt my back twinge.",
    "Went to help a little girl who had tripped on the pavement, and as I bent down my lower back went.",
])
def test_a_child_who_had_fallen_is_not_the_writers_fall(text: str) -> None:
    assert _facts(text)["trigger"] == "bending"


@pytest.mark.parametrize("text", [
    "Hurt my back reaching under the stairs for my daughter's hockey stick, low on the right.",
    "Bent down to get the golf bag out of the boot on Saturday and my back went.",
])
def test_a_games_gear_reached_for_is_no_sport(text: str) -> None:
    assert _facts(text).get("trigger") != "sport"


@pytest.mark.parametrize("text", [
    "My knees are wrecked from years of football but this is my back: reached down under the car seat "
    "for my phone yesterday and it twinged.",
    "Years of rugby have left me creaky, but this week I bent over to lift the dog's bowl and my back seized.",
])
def test_years_of_a_game_are_background_not_the_trigger(text: str) -> None:
    assert _facts(text).get("trigger") != "sport"


@pytest.mark.parametrize("text", [
    "Lower back pain for 2 weeks, came out of nowhere. Tried ibuprofen, heat, stretching, nothing helps.",
    "Sore low back for ten days. I've tried paracetamol, a hot bath and yoga, and it's no better.",
])
def test_things_tried_for_it_are_no_trigger(text: str) -> None:
    assert _facts(text).get("trigger") not in ("other", "exercise")


@pytest.mark.parametrize("text", [
    "I play rugby for the county, took a big tackle on Saturday and my back's been sore since.",
    "I play five-a-side most weeks, got tackled hard on Thursday and my lower back has ached since.",
])
def test_a_habit_in_one_part_of_a_sentence_leaves_the_event_in_the_next(text: str) -> None:
    assert _facts(text)["trigger"] == "sport"


@pytest.mark.parametrize("text", [
    "We had a party for my son (he turned 7 last week) and I put my back out carrying the bouncy castle.",
    "Been loading the car with my daughter's things (she's 18 and off to uni) and my lower back twinged.",
])
def test_an_age_said_in_an_aside_about_another_person_is_not_the_writers(text: str) -> None:
    assert "age" not in _facts(text)


# Round 8: the real shape (long blog-like posts, another person's doing, a past episode told first).

@pytest.mark.parametrize("text", [
    "A lorry lost control on the dual carriageway and slammed into four cars including mine. "
    "My neck and lower back have been agony since, and I'm hoping physio sorts it.",
    "Some idiot ran a red light and ploughed into a queue of cars, ours included. "
    "At the time it seemed like nothing, but now my back is really painful.",
])
def test_a_pile_up_that_took_the_writers_car_is_a_road_accident(text: str) -> None:
    facts = _facts(text)
    assert (facts["trigger"], facts.get("trauma")) == ("accident", True)


@pytest.mark.parametrize("text", [
    "Caught a root on the trail going fast and was thrown off the bike, landing on my back. "
    "Took some paracetamol, felt okay, went to the gym today and regretted it.",
    "Front wheel caught a kerb and I went over the handlebars of my bike, landed flat on my back. "
    "It's been sore low down ever since.",
])
def test_being_thrown_off_a_bike_is_a_serious_fall(text: str) -> None:
    facts = _facts(text)
    assert (facts["onset"], facts["trigger"], facts.get("trauma")) == ("trauma", "fall", True)


@pytest.mark.parametrize("text", [
    "Got locked out and tried to climb down from the balcony. I had to let go and on impact "
    "I cracked a vertebra, they told me at the hospital.",
    "I jumped down off the garden wall, landed on the rocks and it turns out it's a compression "
    "fracture in my lower back.",
])
def test_a_fall_that_broke_a_bone_of_the_spine_is_a_serious_injury(text: str) -> None:
    assert _facts(text).get("trauma") is True


def test_a_slip_from_standing_with_an_old_wrist_fracture_is_still_a_minor_fall() -> None:
    text = ("I've had thin bones since a wrist fracture at 60, and on Sunday I slipped on the wet kitchen "
            "floor and sat down hard. My lower back has been sharp since.")
    facts = _facts(text)
    assert facts["onset"] == "trauma" and "trauma" not in facts


@pytest.mark.parametrize("text", [
    "My osteopath asked for a scan due to an earlier car accident, which was in 2017. Ever since "
    "that accident I've been careful, but my lower back has ached for a fortnight.",
    "I was in a car accident, which happened back in 2015, and since the accident I've had the odd "
    "twinge. This month my lower back has been much worse.",
])
def test_an_accident_years_back_and_that_accident_again_are_history(text: str) -> None:
    facts = _facts(text)
    assert facts.get("trigger") != "accident" and "trauma" not in facts


def test_an_accident_this_week_is_still_read_when_the_story_says_since_the_accident() -> None:
    text = "I was in a car accident on Friday and since the accident my lower back has been agony."
    assert _facts(text).get("trauma") is True


@pytest.mark.parametrize("text", [
    "Like I mentioned yesterday, that discomfort in my chest has now spread round to between my shoulder "
    "blades, and it got steadily worse on the bus home.",
    "The ache between my shoulders was brushed off for months, but then the pain turned up in my "
    "breastbone too, so I went to get it seen to.",
])
def test_chest_pain_said_as_discomfort_or_in_the_breastbone_is_chest_pain(text: str) -> None:
    assert _facts(text).get("chest_pain") is True


def test_a_chest_of_drawers_is_no_chest_pain() -> None:
    text = "I carried a chest of drawers up to the loft and the ache in my lower back started there and then."
    assert "chest_pain" not in _facts(text)


@pytest.mark.parametrize("text", [
    "The fall I had on the ice two days ago has left me in pain. I did a short session at the gym "
    "yesterday and felt fine during it.",
    "The fall off the kerb on Monday has me in pain today. Went for a swim last night, no better.",
])
def test_a_fall_told_first_that_has_me_in_pain_is_the_trigger_not_the_gym_after(text: str) -> None:
    assert _facts(text)["trigger"] == "fall"


@pytest.mark.parametrize("text", [
    "My right buttock aches, mostly in the mornings after sleeping on my right. It's not severe, "
    "just annoying and not always there.",
    "My lower back aches, particularly in the evening after driving. Nothing else to report.",
])
def test_what_it_is_worse_after_is_no_trigger(text: str) -> None:
    assert "trigger" not in _facts(text)


@pytest.mark.parametrize("text", [
    "My back is sore, mainly in bed. I can still get about carefully, do yoga and take the dog out, "
    "and I still manage some hoovering. It's been like this for six weeks.",
    "I've had cancer in the past. I still get some back ache but exercise daily to keep my core strong.",
])
def test_what_the_person_can_still_do_or_does_daily_is_no_trigger(text: str) -> None:
    assert _facts(text).get("trigger") not in ("exercise", "other", "chore")


@pytest.mark.parametrize("text", [
    "Lower right back, nearly a week. My first guess was I'd strained it from "
    "carrying my nephew about. Later I wondered if it was from stepping off a kerb awkwardly.",
    "I was guessing I'd strained it from lifting my nephew, but I can't be sure. Four days so far.",
])
def test_a_cause_the_person_only_wonders_about_is_no_trigger(text: str) -> None:
    assert _facts(text).get("trigger") not in ("lifting", "exercise", "fall")


def test_carrying_too_much_weight_is_no_lift() -> None:
    text = "My lower back has ached for a week. Maybe it's because I'm carrying too much weight these days."
    assert "trigger" not in _facts(text)


@pytest.mark.parametrize("text", [
    "Lower back sore for roughly a week, worse bending forward. I've also noticed a curvature in my back "
    "lately that wasn't there before.",
    "Lately there's a curve in my lower back that was never there before, and it aches when I stand.",
])
def test_a_new_curve_in_the_back_is_a_change_in_its_shape(text: str) -> None:
    assert _facts(text).get("back_lump") is True


def test_the_natural_curve_of_the_spine_is_no_change_in_shape() -> None:
    text = "The physio says the natural curve of my spine is fine. Lower back sore for a week after digging."
    assert "back_lump" not in _facts(text)


@pytest.mark.parametrize("text", [
    "I could hardly walk to the physio on Tuesday, my back was that bad, and even lying in bed did not "
    "relieve any of it.",
    "Mid back, three days. Oddly, lying flat makes it feel worse.",
    "Hurt my back shovelling on Saturday. Now it's agony to sit or stand, and even lying flat.",
])
def test_rest_or_lying_down_that_does_not_ease_it_told_as_a_story_is_night_pain(text: str) -> None:
    assert _facts(text).get("night_pain") is True


@pytest.mark.parametrize("text", [
    "I thought I'd slept funny, but over the week the ache got constant and my sleep kept getting "
    "interrupted by it.",
    "I drop off easily and sleep for three hours or so, then wake up with back pain and it takes ages to settle.",
])
def test_sleep_broken_by_the_pain_is_night_pain(text: str) -> None:
    assert _facts(text).get("night_pain") is True


def test_waking_up_with_a_sore_back_one_morning_is_no_night_pain() -> None:
    assert "night_pain" not in _facts("I woke up with back pain on Monday after a long drive on Sunday.")


@pytest.mark.parametrize("text", [
    "After a bad lung flare in 2019 I've been taking a heavy steroid treatment. My lower back has "
    "ached for a week after a small slip.",
    "I'm on a heavy steroid treatment for my kidneys, and on Monday my lower back went while gardening.",
])
def test_a_steroid_treatment_one_is_on_is_a_weakened_immune_system(text: str) -> None:
    assert _facts(text).get("immune") is True


@pytest.mark.parametrize("text", [
    "I had a short steroid treatment for a rash last spring. Lower back sore since lifting the mower.",
    "My mum is on a steroid treatment for her lungs, and I hurt my lower back lifting her chair.",
])
def test_a_short_course_or_someone_elses_steroids_is_not_the_writers_immune_sign(text: str) -> None:
    assert "immune" not in _facts(text)


@pytest.mark.parametrize("text", [
    "Went to grab the watering can and a searing pain shot across my lower back. I fell down onto my knees and "
    "my wife had to help me up. It was yesterday morning.",
    "Bent down for the cat's bowl on Sunday, got a stabbing pain low in my back and dropped, fell to the "
    "knees right there in the kitchen.",
])
def test_falling_to_the_knees_from_the_pain_is_no_fall(text: str) -> None:
    facts = _facts(text)
    assert facts.get("trigger") != "fall" and facts.get("onset") != "trauma"


def test_the_car_rolling_with_the_airbags_going_off_is_a_road_accident() -> None:
    text = ("The air bags exploded and the Golf rolled over twice on the slip road. I climbed out and fell onto "
            "my knees, and my back was in a bad way.")
    facts = _facts(text)
    assert (facts["trigger"], facts.get("trauma")) == ("accident", True)


@pytest.mark.parametrize("text", [
    "The May scan showed the disc had shrunk, so it is less prone to slip out again; I was gutted "
    "when my back went at the services on Friday.",
    "My lower back has ached since Monday and the physio says I'm at risk of falling with my bad hip.",
])
def test_a_fall_only_feared_or_deemed_likely_is_no_fall(text: str) -> None:
    assert _facts(text).get("trigger") != "fall"


@pytest.mark.parametrize("text", [
    "Tuesday was the worst: I woke up as my little boy began to howl, I got out of bed to settle him, and my "
    "lower back just went.",
    "On Thursday I woke up early to the sound of my neighbour's alarm and my back was already sore from the "
    "weekend, no idea why.",
])
def test_being_woken_by_someone_else_is_no_sleeping_trigger(text: str) -> None:
    assert _facts(text).get("trigger") != "sleeping"


@pytest.mark.parametrize("text", [
    "My lower back hurts after jobs involving a lot of stooping or carrying things. This time my left "
    "leg started hurting on Monday.",
    "On Tuesday, lifting my feet off the mattress to get up, I found my right leg had no feeling at all.",
])
def test_a_kind_of_work_that_makes_it_hurt_or_moving_ones_legs_is_no_trigger(text: str) -> None:
    assert _facts(text).get("trigger") not in ("bending", "lifting", "twisting")


@pytest.mark.parametrize("text", [
    "The root of my back trouble is a road accident I was in years ago. A van went straight into me at a "
    "junction. This week it flared up again after gardening.",
    "It all goes back to a crash I had on my bike decades ago. A taxi pulled out and hit me side on. "
    "Woke up on Friday and the old ache was back.",
])
def test_the_story_of_an_accident_long_ago_is_history(text: str) -> None:
    facts = _facts(text)
    assert facts.get("trigger") != "accident" and "trauma" not in facts


def test_a_new_accident_told_after_an_old_one_is_still_read() -> None:
    text = "I had a car crash years ago. A van went into the back of me at the lights and my lower back is agony now."
    assert _facts(text).get("trauma") is True


@pytest.mark.parametrize("text", [
    "My feet went from under me on the wet ramp and I came down hard on my bum; it felt as if somebody "
    "had struck me across the back with a hammer.",
    "Bent over the bath on Monday and it felt as if somebody had kicked me in the lower back.",
])
def test_a_blow_said_as_a_simile_is_no_accident(text: str) -> None:
    facts = _facts(text)
    assert facts.get("trigger") != "accident" and "trauma" not in facts


def test_a_real_blow_from_a_car_is_still_an_accident() -> None:
    assert _facts("A car hit me on my bike on Monday and my lower back is agony.").get("trauma") is True


@pytest.mark.parametrize("text", [
    "My lower back, right side, has been sore since Saturday. I figure I did a clumsy movement while "
    "dancing at the wedding on Friday night.",
    "Lower back sore since Monday. I think I made a wrong move while doing yoga that morning.",
])
def test_an_awkward_move_only_assumed_is_no_trigger(text: str) -> None:
    assert _facts(text).get("trigger") not in ("exercise", "sport")


def test_an_awkward_move_told_outright_still_gives_the_trigger() -> None:
    assert _facts("I made an awkward move while dancing on Friday and felt my lower back go.")["trigger"] == "exercise"
