"""Red flags told sideways in a story, and the look-alikes that are someone else's, long ago or explained.

Each class is pinned by two stories of its own (several sentences, past tense, asides), written for
these tests and not copied from any corpus.
"""

from __future__ import annotations

import pytest

from backchat.core.facts import FactValue
from backchat.core.understand.reader import read


def _facts(text: str) -> dict[str, FactValue]:
    return read(text, None, verify=False).facts


@pytest.mark.parametrize("text", [
    "My sister was rubbing some cream in last night and found a lump the size of a marble on the left side "
    "of my lower back. It's sore if you press it. The ache around it started about a fortnight ago.",
    "Something's not right. My husband reckons my spine looks lopsided and there's a bump sticking out "
    "that never used to be there. It has ached there for weeks.",
])
def test_a_lump_or_a_spine_that_looks_different_is_a_back_lump(text: str) -> None:
    assert _facts(text).get("back_lump") is True


@pytest.mark.parametrize("text", [
    "I'd been digging the allotment all afternoon. In the evening the ache in my upper back spread "
    "round to the front of my chest and I came over all sweaty. It's calmer this morning.",
    "Carrying the bins down on Tuesday I got a dull ache in my mid back, and for ten minutes it was like a "
    "heavy weight pressing on my chest. Then it eased off.",
])
def test_chest_pain_told_as_a_weight_or_a_spread_is_chest_pain(text: str) -> None:
    assert _facts(text).get("chest_pain") is True


def test_a_chest_of_drawers_is_not_chest_pain() -> None:
    text = "I carried a chest of drawers up to the loft with my son on Saturday and my lower back went."
    assert _facts(text).get("chest_pain") is not True


@pytest.mark.parametrize("text", [
    "It started after gardening. Since then the ache has woken me every night at about four and I end up "
    "pacing the landing.",
    "The ache in my lower back woke me up twice last night, same the night before. Daytime is bearable.",
])
def test_pain_that_woke_them_is_night_pain(text: str) -> None:
    assert _facts(text).get("night_pain") is True


@pytest.mark.parametrize("text", [
    "I've hardly slept this week because the lads upstairs had a party every night. My lower back only "
    "aches after a long shift, lying down it's fine.",
    "Twenty eight weeks pregnant and I couldn't sleep last night with needing the loo every hour. The "
    "backache is low down and goes when I rest.",
])
def test_sleep_lost_to_something_else_is_not_night_pain(text: str) -> None:
    assert _facts(text).get("night_pain") is not True


def test_sleep_lost_to_a_named_cause_that_is_not_the_pain_is_not_night_pain() -> None:
    text = "We had a gale on Thursday and I hardly slept because of the wind rattling the windows. My back only " \
           "aches when I bend over the sink."
    assert _facts(text).get("night_pain") is not True
    assert _facts("For a week now I've barely slept due to my sciatica, the back is the worst of it.")[
        "night_pain"] is True


def test_not_getting_comfy_sitting_is_not_night_pain() -> None:
    text = "I slipped off the kerb on Friday. Since then I couldn't get comfy sitting at my desk and it aches."
    assert _facts(text).get("night_pain") is not True


@pytest.mark.parametrize("text", [
    "Hurt my back shifting a wardrobe three weeks ago with pain down the right leg. This week my wife "
    "said I was dragging my right foot when I walked to the shop, and I'd not even noticed.",
    "Pins and needles started in my left heel a week ago after my back went. It has since crept up to my "
    "calf and the numb bit gets bigger each day.",
])
def test_a_dragging_foot_or_spreading_numbness_is_a_nerve_deficit(text: str) -> None:
    assert _facts(text).get("neuro_deficit") is True


@pytest.mark.parametrize("text", [
    "Yesterday evening a taxi clipped me as I was crossing and I went down on the road. I got up and walked "
    "home but now my lower back is throbbing.",
    "We were stopped at a roundabout on Sunday when a lorry went into the back of us. The car's a mess and "
    "my back has been stiff since.",
])
def test_a_road_collision_told_as_a_story_is_trauma(text: str) -> None:
    assert _facts(text).get("trauma") is True


@pytest.mark.parametrize("text", [
    "I fell out of a tree when I was about nine and broke my arm, nothing since. Last week I strained my "
    "back lifting bags of compost and it's sore when I bend.",
    "There was a crash at the depot on Monday (not me, a driver reversed into the gate) and we've been "
    "doing all the loading by hand since. My back aches low down.",
])
def test_a_fall_in_childhood_or_someone_elses_accident_is_not_trauma(text: str) -> None:
    assert _facts(text).get("trauma") is not True


@pytest.mark.parametrize("text", [
    "For two days I've felt roasting hot then freezing cold by turns, though I've no thermometer. My back "
    "is sore in the middle.",
    "Last night I was shivering one minute and sweating the next. The pain in my mid back is worse today.",
])
def test_hot_and_cold_by_turns_is_fever(text: str) -> None:
    assert _facts(text).get("fever") is True


@pytest.mark.parametrize("text", [
    "My 6 year old had a temperature of 39 on Saturday so I've been up with her. My lower back has ached "
    "since I carried her upstairs. No fever myself.",
    "I slept in the van and woke up soaked in sweat, but that's just the sleeping bag being too warm. "
    "My back is stiff from the seat.",
])
def test_a_childs_fever_or_sweat_with_a_plain_cause_is_not_fever(text: str) -> None:
    assert _facts(text).get("fever") is not True


@pytest.mark.parametrize("text", [
    "I was using heroin, injecting up until the spring. Now my back has been aching for a week.",
    "I've been on steroids I've taken for my lungs for years now. I hurt my back reaching up on Friday.",
])
def test_injecting_or_steroids_for_years_is_immune(text: str) -> None:
    assert _facts(text).get("immune") is True


def test_chemo_that_is_over_is_cancer_history_not_a_weak_immune_system() -> None:
    facts = _facts("I completed my chemo for breast cancer last spring. My lower back started aching a week ago.")
    assert facts.get("cancer_history") is True
    assert facts.get("immune") is not True


def test_a_pets_cancer_is_not_the_speakers() -> None:
    text = "Our spaniel was diagnosed with a tumour so I've been carrying him to the vet. My back's sore."
    assert _facts(text).get("cancer_history") is not True


def test_weight_lost_from_stress_is_explained() -> None:
    text = "Work has been mad. I dropped a few pounds from the stress and not eating properly. My back went Monday."
    assert _facts(text).get("weight_loss") is not True


@pytest.mark.parametrize("text", [
    "Awkward one. My back's been bad for a week and a half, and the other night I couldn't, well, finish "
    "with my girlfriend, which has never happened before.",
    "Since my back went I've had hardly any feeling during sex with my husband. It's been about ten days.",
])
def test_sex_that_is_different_is_a_sexual_change(text: str) -> None:
    assert _facts(text).get("sexual_change") is True


def test_not_finishing_a_job_is_not_a_sexual_change() -> None:
    text = "I couldn't finish the shift on Friday because my back seized up. My wife drove me home."
    assert _facts(text).get("sexual_change") is not True


@pytest.mark.parametrize("text", [
    "I've got thin bones, the scan showed it last year. I went over on my foot stepping off the bus on "
    "Thursday and sat down hard. The small of my back has hurt since.",
    "On Monday I tripped getting off the train at my stop and landed on my side. My back's been sore ever "
    "since and I'm on bone tablets for osteoporosis.",
])
def test_a_stumble_off_a_bus_is_a_minor_fall_not_a_road_accident(text: str) -> None:
    facts = _facts(text)
    assert facts.get("trauma") is not True
    assert facts.get("fragile_bones") is True


@pytest.mark.parametrize("text", [
    "Strained my back moving a fridge yesterday. I read about nerve trouble and thought what if I couldn't "
    "wee? Toilet-wise everything is fine so far though.",
    "Hurt my lower back on Sunday. Scared myself silly reading about what happens if you lose control of "
    "your bowels, but my bladder and bowels are both normal.",
])
def test_a_worry_then_a_plain_denial_denies_the_bladder_sign(text: str) -> None:
    assert _facts(text).get("bladder_bowel") is False


@pytest.mark.parametrize("text", [
    "Sitting on a hard bench at the match all afternoon left my lower back aching, and my left buttock "
    "went tingly for an hour after. Nothing between the legs.",
    "I drive a delivery van. By the end of a shift my right bum cheek is numb and my back aches.",
])
def test_one_buttock_tingling_is_numbness_but_not_saddle(text: str) -> None:
    facts = _facts(text)
    assert facts.get("numbness_or_weakness") is True
    assert facts.get("saddle_numbness") is not True


@pytest.mark.parametrize("text", [
    "Since Friday I've been woken around 4am by it every single night. It's low down and aches all day too.",
    "I pulled something at work on Monday. The ache got me up twice in the night and I paced the kitchen.",
])
def test_woken_by_it_or_got_up_in_the_night_by_it_is_night_pain(text: str) -> None:
    assert _facts(text).get("night_pain") is True


def test_injecting_that_stopped_lately_is_still_immune_but_not_years_ago() -> None:
    assert _facts("I used to inject, but I quit a few weeks ago. Now my mid back is really sore.")["immune"] is True
    assert _facts("I used to inject, but I quit twenty years ago. My back aches after work.").get("immune") is not True


def test_sweat_after_a_run_is_not_fever_but_shivering_even_in_a_warm_bath_is() -> None:
    assert _facts("Came back from a long run soaked in sweat, then my back went as I bent to untie my "
                  "shoes.").get("fever") is not True
    assert _facts("Since Sunday I've been shivering for hours, even wrapped in a blanket by the fire, and "
                  "my back has got worse.").get("fever") is True


@pytest.mark.parametrize("text", [
    "My back went on Saturday. Since last night I've had to strain to get the wee started and then it only "
    "comes in dribs and drabs.",
    "Sore back for a week. This morning on the loo I couldn't feel if anything was coming out at all.",
    "Twice this week I didn't make it to the toilet, which has never happened, and my back is agony.",
])
def test_bladder_trouble_told_as_a_story_is_a_bladder_sign(text: str) -> None:
    assert _facts(text).get("bladder_bowel") is True


def test_pushing_a_car_is_not_a_bladder_sign() -> None:
    assert _facts("I had to push the car to get it started on Monday and my back went.").get("bladder_bowel") is None


def test_wiping_that_feels_like_someone_elses_body_is_saddle_numbness() -> None:
    text = "After the toilet this morning, when I wiped it felt like it wasn't my body down there. My back is bad."
    assert _facts(text).get("saddle_numbness") is True


def test_walking_turned_to_a_shuffle_is_a_deficit() -> None:
    text = "Over the last few days my walking has turned into a shuffle and my back pain is worse than ever."
    assert _facts(text).get("neuro_deficit") is True


def test_a_lump_of_wood_or_a_toddler_on_the_chest_is_no_red_flag() -> None:
    wood = _facts("On Friday a lump of timber slid off the rack at work and caught me across the back.")
    toddler = _facts("My little girl was sitting on my chest at 6am. Then I twisted getting out of bed and my "
                     "back went.")
    assert wood.get("back_lump") is not True
    assert toddler.get("chest_pain") is not True


def test_a_lump_removed_long_ago_or_a_fever_last_winter_is_no_red_flag_but_one_to_be_removed_is() -> None:
    assert _facts("Back in 2016 I had a lump cut out of my back, all benign. This week my back aches from "
                  "painting.").get("back_lump") is not True
    assert _facts("A new lump has come up on my back and the surgery want it removed. It aches.")["back_lump"] is True
    assert _facts("I had a temperature last winter with a chest bug. Now my back aches from "
                  "hoovering.").get("fever") is not True
    assert _facts("I've been running a temperature since last month and my back is agony.")["fever"] is True


@pytest.mark.parametrize("text", [
    "Weighed myself at the pharmacy and I'm down nearly half a stone since August, no idea why. My back aches.",
    "My work trousers are swamping me and I haven't been dieting. The ache in my mid back is constant.",
])
def test_weight_loss_told_as_down_a_stone_or_swamping_clothes(text: str) -> None:
    assert _facts(text).get("weight_loss") is True


def test_weak_immunity_told_otherwise() -> None:
    assert _facts("My spleen was taken out after a crash when I was young. My back hurts now.")["immune"] is True
    assert _facts("The injections for my psoriasis dampen my immune system. Back's been sore a week.")["immune"] is True
    assert _facts("Put down a 25kg sack of feed on Monday and felt my back go.").get("weight_loss") is not True


def test_pacing_in_the_night_is_night_pain_unless_it_is_for_the_baby() -> None:
    assert _facts("My lower back has been bad since Tuesday. I've been pacing the hall at 4am most nights "
                  "until it eases.")["night_pain"] is True
    assert _facts("I was pacing at 3am with our newborn again, and my back aches from the rocking "
                  "chair.").get("night_pain") is not True


@pytest.mark.parametrize("text", [
    "Years ago, when I was at college, I was treated for Hodgkin's and I've been fine ever since. For the "
    "past fortnight though my lower back has nagged at me, worse in the evenings.",
    "I finished five years of letrozole after a lumpectomy back in 2017, and the checks have all been clear. "
    "Now my mid back has been aching for a month and tablets barely dent it.",
])
def test_cancer_told_by_its_name_or_its_treatment_is_cancer_history(text: str) -> None:
    assert _facts(text).get("cancer_history") is True


def test_a_relatives_cancer_treatment_is_not_the_speakers() -> None:
    assert _facts("My mum has been on tamoxifen since her op, so I've been doing her shopping and my back "
                  "started aching on Friday.").get("cancer_history") is not True


@pytest.mark.parametrize("text", [
    "My engagement ring slid off while I was washing up on Sunday, and it hit me how much weight I'd lost "
    "without meaning to. The ache in my upper back has been there for weeks.",
    "I went from 90kg to 81kg over the summer without any diet at all. My mid back has ached since July.",
])
def test_weight_lost_told_as_a_ring_falling_off_or_without_any_diet(text: str) -> None:
    assert _facts(text).get("weight_loss") is True


@pytest.mark.parametrize("text", [
    "For about ten days my lower back has been sorer at rest than when I'm walking about, which the physio "
    "said is odd. It started after nothing in particular.",
    "Most mornings lately I've woken at 3am with it, my lower back throbbing, and had to get up. It began "
    "a couple of weeks ago.",
])
def test_pain_worse_at_rest_or_waking_in_the_small_hours_with_it_is_night_pain(text: str) -> None:
    assert _facts(text).get("night_pain") is True


def test_sleep_lost_to_a_baby_is_not_night_pain() -> None:
    assert _facts("No sleep to speak of with the new baby. My lower back went on Sunday lifting the car "
                  "seat and it's easing.").get("night_pain") is not True
    assert _facts("The twins feed through the night so I'm hardly sleeping at all. My back aches from "
                  "bending over the cot.").get("night_pain") is not True


@pytest.mark.parametrize("text", [
    "All the kids have had a fever since the weekend and I've been up and down the stairs with drinks. "
    "Now my lower back aches, five days of it.",
    "Both children ran a temperature of 39 on Tuesday, so I slept on their floor. My back has been stiff "
    "ever since, though I've no fever myself.",
])
def test_a_fever_that_is_the_childrens_is_not_the_speakers(text: str) -> None:
    assert _facts(text).get("fever") is not True


def test_night_sweats_put_down_to_a_hot_room_are_no_fever_but_shivers_are() -> None:
    assert _facts("I've had night sweats this week, but the radiators in the flat are stuck on high. My back "
                  "is sore from moving boxes.").get("fever") is not True
    assert _facts("I've had night sweats and shivering this week and my back is agony.")["fever"] is True


@pytest.mark.parametrize("text", [
    "My back went again last week, same old disc. Last night I stood at the loo for ages and could only just "
    "get a dribble out, which is new for me.",
    "The sciatica flared on Friday. Since Sunday I've had to strain to get the wee going, and afterwards I'm "
    "never sure I've emptied.",
])
def test_a_bladder_that_will_not_start_or_empty_is_a_bladder_sign(text: str) -> None:
    assert _facts(text).get("bladder_bowel") is True


def test_no_feeling_opening_the_bowels_is_a_bowel_sign_but_pushing_to_get_going_is_not() -> None:
    assert _facts("Since the weekend there's been no feeling when I do a poo, and my back has been "
                  "awful.")["bladder_bowel"] is True
    assert _facts("I had to push myself to get going this morning because my back was so stiff, and I could "
                  "barely get anything done.").get("bladder_bowel") is not True


@pytest.mark.parametrize("text", [
    "The sciatica has been down my right leg for a month. At the clinic she asked me to stand on my toes, and "
    "I couldn't on that side, I just sank back down.",
    "My GP had me try walking on my heels yesterday and I wasn't able to on the left. The back pain started "
    "three weeks ago.",
])
def test_a_failed_toe_or_heel_stand_is_weakness(text: str) -> None:
    assert _facts(text).get("neuro_deficit") is True


def test_someone_elses_failed_toe_stand_is_not_the_speakers() -> None:
    assert _facts("My husband tried to stand on his toes for the physio and couldn't. My own back just "
                  "aches from gardening.").get("neuro_deficit") is not True


def test_a_spine_curving_more_or_a_shoulder_now_higher_is_a_change_in_shape() -> None:
    assert _facts("Over the summer my spine has started curving more, my husband noticed it first. My upper "
                  "back has ached for weeks.")["back_lump"] is True
    assert _facts("In photos one shoulder is now higher than the other, and my mid back aches most "
                  "days.")["back_lump"] is True


def test_tablets_taken_since_long_ago_are_ongoing_but_a_week_of_them_years_ago_is_not() -> None:
    assert _facts("I've been on prednisolone since my arthritis flared four years back. My back went on "
                  "Tuesday.")["immune"] is True
    assert _facts("I've been on prednisolone before, years ago, for a week. My back went on "
                  "Tuesday.").get("immune") is not True


def test_keeping_up_exercises_is_not_being_kept_up_at_night_but_being_kept_awake_is() -> None:
    assert _facts("Three weeks on and it's a lot easier. The physio told me to keep up the stretches and be "
                  "patient.").get("night_pain") is not True
    assert _facts("I try to keep up my walking every day, but my back has been stiff since the "
                  "move.").get("night_pain") is not True
    assert _facts("My lower back has been bad all week and the ache keeps me awake.")["night_pain"] is True


@pytest.mark.parametrize("text", [
    "For years it was only ever my right leg with the sciatica. Since Monday my left leg has been tingling "
    "too, right down to the ankle, and my back is awful.",
    "The numbness started in my left calf last week. Now it has spread into the other leg as well and I'm "
    "frightened.",
])
def test_numbness_that_reaches_the_second_leg_is_both_legs(text: str) -> None:
    reading = read(text, None, verify=False)
    assert reading.facts.get("bilateral") is True or reading.uncertain.get("bilateral") is True


def test_a_second_symptom_in_the_same_leg_is_not_both_legs() -> None:
    assert _facts("The pain goes down my left leg, and my left leg is numb too.").get("bilateral") is not True


def test_catching_a_foot_on_something_once_is_a_trip_not_weakness() -> None:
    assert _facts("On Sunday I caught my foot on the dog's lead, stumbled against the door frame, and my back "
                  "has hurt since.").get("neuro_deficit") is not True
    assert _facts("Since the sciatica got worse I keep catching my foot on the edge of the rug, and my wife "
                  "says I'm dragging it.")["neuro_deficit"] is True
    assert _facts("At work someone noticed I was dragging my left foot on the way to the canteen. My back "
                  "has hurt for a fortnight.")["neuro_deficit"] is True


@pytest.mark.parametrize("text", [
    "Walked to the bus stop in the frost and my toes went numb from the cold, that's normal for me. Separate "
    "thing: my lower back has ached since Monday.",
    "My feet go numb with the cold every winter in this flat. Anyway, the back pain started on Sunday, low down.",
    "Four hours of spreadsheets yesterday and my brain was numb by the end. My lower back was stiff too.",
    "I'm numb with boredom stuck on the sofa with this back. It went when I bent to feed the cat on Friday.",
])
def test_numbness_with_an_everyday_cause_or_not_of_the_body_is_no_sign(text: str) -> None:
    assert "numbness_or_weakness" not in _facts(text)


@pytest.mark.parametrize("text", [
    "Since Tuesday my privates feel numb and I can't get an erection. Back pain low down for two weeks.",
    "Things in the bedroom haven't worked since Sunday and it all feels numb down there. My lower back went "
    "lifting a sofa.",
])
def test_numb_genitals_are_the_saddle_and_sexual_signs_not_a_numb_leg(text: str) -> None:
    got = _facts(text)
    assert "numbness_or_weakness" not in got
    assert got.get("sexual_change") is True or got.get("saddle_numbness") is True


@pytest.mark.parametrize("text", [
    "Hurt my lower back moving the sofa. Before anyone asks, nothing different down below and weeing fine.",
    "Lower back sore since Tuesday. My waterworks are normal and nothing feels numb down below.",
])
def test_a_denial_of_the_bladder_and_the_saddle_is_no_denial_of_the_bowels(text: str) -> None:
    assert "bladder_bowel" not in _facts(text)  # stories/README.md: a partial denial is not written as false


@pytest.mark.parametrize(("text", "sign"), [
    ("Hay fever is awful this year and I sneezed so hard on Tuesday that something twinged in my lower back.", "fever"),
    ("My hayfever has been bad all week. My lower back went when I sneezed yesterday.", "fever"),
    ("Spent Saturday shivering on the touchline at my son's match in the sleet, then tweaked my lower back lifting "
     "the kit bag.", "fever"),
    ("Stood shivering at the bus stop in the rain for half an hour. My lower back ached by the evening.", "fever"),
    ("The physio said I've got a weak core. My lower back went bending into the boot on Monday.", "neuro_deficit"),
    ("My glutes are weak apparently. Lower back sore since Friday.", "neuro_deficit"),
    ("Drove to Aberdeen and back, both legs of the journey eight hours. My lower back has been sore since.",
     "bilateral"),
    ("Both legs of the relay went well for the team. My lower back has ached since Sunday's race.", "bilateral"),
    ("Read the NHS page and it says go to A&E if you can't control your bladder, but none of that, just a sore "
     "lower back.", "bladder_bowel"),
    ("The leaflet says call 999 if you lose control of your bowels. My back went yesterday lifting a box.",
     "bladder_bowel"),
])
def test_a_signs_word_in_another_sense_or_in_quoted_advice_is_no_sign(text: str, sign: str) -> None:
    assert sign not in _facts(text)


@pytest.mark.parametrize("text", [
    "Someone rear-ended me at a roundabout on Sunday and my lower back has been sore since.",
    "A van hit me on my bike yesterday and my back is agony.",
    "The ladder slid sideways and I came down from about 8 feet onto the patio, landing on my lower back.",
    "The roof tile gave and I came down off the roof onto the lawn on Friday. My back is black and blue.",
])
def test_a_collision_done_to_me_or_a_drop_from_a_height_is_a_serious_injury(text: str) -> None:
    assert _facts(text).get("trauma") is True


@pytest.mark.parametrize(("text", "sign"), [
    ("The thing I'm nervous to ask about: since Tuesday I can't get an erection at all.", "sexual_change"),
    ("What I wanted to ask about is that since yesterday I can't feel when I wipe.", "saddle_numbness"),
    ("Since yesterday the insides of both my thighs feel numb and tingly.", "saddle_numbness"),
    ("The insides of both of my thighs have gone numb since this morning.", "saddle_numbness"),
    ("I've got a squeezing pressure behind my breastbone that goes up into my jaw, and my mid back hurts.",
     "chest_pain"),
    ("There is a tightness behind my sternum since lunch and my upper back aches.", "chest_pain"),
])
def test_an_emergency_sign_told_in_other_words_is_read(text: str, sign: str) -> None:
    assert _facts(text).get(sign) is True



@pytest.mark.parametrize(("text", "sign"), [
    # advice read or passed on, in words the reader's own hypothetical test does not know: the sign may be
    # the person's, and is confirmed with one question, neither an emergency at once nor dropped
    ("Apparently you should worry about numbness in the saddle area. Mine's a plain ache on the left since "
     "I moved the fridge.", "saddle_numbness"),
    ("The NHS page talks about trouble peeing and numb bits down below. None of that here, just a lower "
     "back ache for a week.", "bladder_bowel"),
])
def test_an_emergency_sign_told_at_one_remove_is_confirmed_not_taken(text: str, sign: str) -> None:
    reading = read(text, None, verify=False)
    assert sign not in reading.facts
    assert reading.uncertain.get(sign) is True


@pytest.mark.parametrize(("text", "sign"), [
    ("The leaflet said you should go to A&E if you can't pee. Well since last night I can't pee at all, and "
     "my back has been bad for a week.", "bladder_bowel"),
    ("My partner says I've been limping since Sunday, and both my legs have gone numb from the knees down. "
     "The back pain started after I lifted a wardrobe.", "bilateral"),
    ("If I'm honest I was putting off writing this. I wet myself yesterday without feeling it coming and my "
     "back has been agony for three days.", "bladder_bowel"),
])
def test_an_emergency_sign_said_of_now_beside_a_source_or_condition_still_counts(text: str, sign: str) -> None:
    assert read(text, None, verify=False).facts.get(sign) is True


@pytest.mark.parametrize(("text", "sign"), [
    # a feeling all but gone is a lost feeling
    ("My back went on Monday. Since yesterday when I wipe I can barely feel the paper, it's like my bottom "
     "belongs to someone else.", "saddle_numbness"),
    ("Lower back has been bad for a week after the gym. This morning I could hardly feel my bum on the toilet "
     "seat, really odd.", "saddle_numbness"),
    # nothing would come
    ("My back's been bad for ten days. Today I stood at the toilet for ages and nothing would come, and I "
     "really needed to go.", "bladder_bowel"),
    ("Back pain since Thursday. I was bursting for a wee at work but nothing would come out, I just stood "
     "there.", "bladder_bowel"),
    # a tiptoe or heel test that would not work
    ("Pain down my right leg for ten days. I tried to stand on my tiptoes and my right heel just wouldn't "
     "leave the floor.", "neuro_deficit"),
    ("Sciatica for a month. The physio asked me to go up on my toes and the right side just wouldn't do it.",
     "neuro_deficit"),
    # a whole staircase
    ("Tumbled down the whole staircase at my mum's last night, top to bottom. Lower back is black and blue "
     "and very sore.", "trauma"),
    ("I slipped at the top and fell down the whole stairs, about fourteen steps. My lower back hurts a lot.",
     "trauma"),
    # a weight on the chest told with "it"
    ("My mid back started hurting this afternoon and my chest feels like an elephant is sitting on it.",
     "chest_pain"),
    ("Pain between my shoulders came on an hour ago and my chest feels like a brick is pressing on it.",
     "chest_pain"),
    ("Sudden mid back pain at lunch. My chest feels as if someone is sitting on it and I'm short of breath.",
     "chest_pain"),
])
def test_an_emergency_sign_told_in_other_everyday_words_counts(text: str, sign: str) -> None:
    assert _facts(text).get(sign) is True


@pytest.mark.parametrize(("text", "sign"), [
    ("Back pain since Saturday. I've been alternating between boiling hot and freezing cold and feel rough.",
     "fever"),
    ("My back started aching yesterday, no injury. All evening I've been flipping from roasting to freezing and "
     "I feel awful.", "fever"),
    ("Back pain for six weeks. I keep waking at 4am because of it, and I can't find any comfortable position "
     "in bed.", "night_pain"),
    ("Mid back ache for a month. I keep waking up from the pain, two or three times a night.", "night_pain"),
    ("Lower back pain since September. In bed there's no comfortable way to lie, I've tried everything.",
     "night_pain"),
])
def test_an_urgent_sign_told_in_other_everyday_words_counts(text: str, sign: str) -> None:
    assert _facts(text).get(sign) is True


@pytest.mark.parametrize(("text", "sign"), [
    ("Back pain since Monday. I have been alternating between hot and cold packs and it helps a bit.", "fever"),
    ("It was freezing at the match on Saturday and I was boiling by the time I got home. Back's stiff since.",
     "fever"),
    ("Lower back ache for a week. I wake up with it stiff every morning but it eases by lunch.", "night_pain"),
])
def test_look_alikes_of_those_words_state_no_sign(text: str, sign: str) -> None:
    assert _facts(text).get(sign) is not True


@pytest.mark.parametrize(("text", "sign"), [
    # someone taken to their treatment
    ("My dad's prostate cancer is back and I've been driving him to radiotherapy every day. All the sitting in "
     "hospital car parks has given me a stiff lower back, about a week now.", "cancer_history"),
    ("I take her to chemo every Tuesday and sit with her for four hours. My own lower back has been sore for a "
     "week from those plastic chairs.", "immune"),
    # a temperature a season or months ago
    ("Last winter I had pneumonia with a temperature of 40 and was in hospital for a week. This is different, "
     "just a sore lower back from gardening yesterday.", "fever"),
    ("Two months ago I had covid with a temperature of 39 for days. Now it's my lower back, stiff since I "
     "cleared the loft on Sunday.", "fever"),
    # an illness going round
    ("There's been a bug going round the office with fevers and chills, but I've dodged it so far. My lower "
     "back has been sore since I lifted the water cooler bottle.", "fever"),
    ("Flu's been going around my son's school, fevers everywhere, but so far I'm fine. My lower back aches "
     "after a weekend of decorating.", "fever"),
    # an accident in the news or on screen
    ("Watching the news about that lorry crash on the M1 made me feel sick. Anyway my back has been aching low "
     "down for three days, no idea why.", "trauma"),
    ("Saw a documentary last night about a roofer paralysed after falling off a roof, which didn't help my "
     "nerves. My back has been sore since I bent to pick up a toy yesterday.", "trauma"),
])
def test_a_sign_word_about_someone_else_a_past_season_or_the_news_is_not_the_persons(text: str, sign: str) -> None:
    assert _facts(text).get(sign) is not True


@pytest.mark.parametrize(("text", "sign"), [
    ("I finished radiotherapy for breast cancer last year. My upper back has ached for a month.", "cancer_history"),
    ("There's a flu going round and I think I've caught it, I've had a fever of 38.6 since yesterday and my "
     "lower back aches.", "fever"),
])
def test_the_same_words_about_the_person_still_count(text: str, sign: str) -> None:
    assert _facts(text)[sign] is True


@pytest.mark.parametrize(("text", "sign"), [
    ("My laptop crashed halfway through my thesis on Friday and I spent the weekend hunched over my desk "
     "rewriting it. Now my lower back is killing me.", "trauma"),
    ("The work server crashed on Monday and I sat hunched over it for twelve hours getting it back up. My lower "
     "back has ached since.", "trauma"),
    ("Happy accident: I found my old physio exercises while clearing out a drawer. I need them, my lower back's "
     "been grumbling for a fortnight.", "trauma"),
    ("I found out by accident that my office chair was set far too low. My lower back has been sore for a "
     "fortnight.", "trauma"),
    ("I'm a Cancer so apparently I worry a lot. Lower back twinge after putting my socks on this morning, better "
     "already.", "cancer_history"),
    ("As a Cancer I'm a born worrier, so forgive me. My lower back went yesterday when I bent to tie my shoe.",
     "cancer_history"),
    ("My temperature gauge on the car went into the red on the way to work and I had to push it off the road. My "
     "lower back has been sore since.", "fever"),
    ("The temperature warning light came on in the van so I spent an hour bent over the engine. Back's been sore "
     "since.", "fever"),
    ("My temperature gauge on the car went into the red on the way to work and I had to push it off the road. My "
     "lower back has been sore since.", "trauma"),
    ("Our account went into the red after Christmas so I've been doing extra shifts stacking shelves. Lower back "
     "is sore.", "trauma"),
    # an event with nobody hurt is at one remove: confirmed, never an emergency at once
    ("There was an accident at work last Thursday, a shelf came down but nobody was hurt. I've been lifting stock "
     "ever since and my back is tired and sore.", "trauma"),
    ("There was a crash on the bypass this morning, no one was hurt thankfully, but I sat in the queue for three "
     "hours and my back is stiff.", "trauma"),
])
def test_idioms_and_machines_that_look_like_signs_are_not(text: str, sign: str) -> None:
    assert _facts(text).get(sign) is not True


def test_a_crash_of_ones_own_still_counts() -> None:
    assert _facts("I crashed my car into a wall on Friday and my lower back has hurt since.")["trauma"] is True


@pytest.mark.parametrize("text", [
    "I got myself into a comfortable position on the sofa and my back eased. It has been sore for four weeks.",
    "The physio showed me a comfortable position for sleeping with a pillow between my knees. Back's been sore "
    "for a month.",
])
def test_finding_a_comfortable_position_is_no_night_pain(text: str) -> None:
    assert _facts(text).get("night_pain") is not True


@pytest.mark.parametrize(("text", "sign", "said"), [
    ("Back pain for five days. My backside and the tops of my inner legs have gone numb, like I've been sitting "
     "on ice.", "saddle_numbness", True),
    ("Since Sunday the insides of both my legs have gone numb up near the top, and my back is agony.",
     "saddle_numbness", True),
    ("There's a numb patch on the inside of my left leg below the knee. Back sore for two weeks.",
     "saddle_numbness", False),
    ("My back pain is worst in the small hours, it drags me out of bed at 3 every morning.", "night_pain", True),
    ("For a month the pain has woken me in the early hours, and I end up downstairs with a hot drink.",
     "night_pain", True),
    ("I'm a baker so I'm up in the early hours anyway. My back aches by lunchtime after lifting flour sacks.",
     "night_pain", False),
    ("I used to inject heroin until two months ago. My back has been really painful for a week.", "immune", True),
    ("I was injecting until a few weeks ago and I'm now on methadone. Lower back has been agony for five days.",
     "immune", True),
])
def test_more_everyday_words_for_signs(text: str, sign: str, said: bool) -> None:
    assert (_facts(text).get(sign) is True) is said


@pytest.mark.parametrize(("text", "sign"), [
    # a sign denied by the next clause with its verb left out
    ("My wife thinks I've lost weight but I haven't, the scales say the same. My lower back has been aching since "
     "Sunday.", "weight_loss"),
    ("Everyone says I look like I've got a temperature, but I haven't. My back has hurt since Monday.", "fever"),
    # the cold or the feverish feeling explained just before
    ("We had a power cut overnight and the house got freezing, I was shivering under the covers. Woke up with my "
     "back stiff too.", "fever"),
    ("I'm a nurse and I've had my flu jab and covid booster this week, arm's sore and I felt a bit feverish for a "
     "day. Separate thing: my back aches after a long shift.", "fever"),
    # numbness a long ride explains
    ("I did a charity bike ride of 100 miles at the weekend and my bum was numb from the saddle for the last 20. "
     "My lower back is sore today too.", "saddle_numbness"),
    ("After six hours in the saddle on Saturday my backside went numb, which happens to every cyclist. The lower "
     "back ache started the next day.", "saddle_numbness"),
])
def test_a_sign_denied_or_explained_next_to_it_is_not_the_persons(text: str, sign: str) -> None:
    assert _facts(text).get(sign) is not True


@pytest.mark.parametrize(("text", "sign"), [
    ("I've lost weight, but I haven't been dieting. My back has hurt for a month.", "weight_loss"),
    ("Since yesterday my bum has gone numb when I sit on the toilet. I haven't been cycling at all. Back pain for "
     "a week.", "saddle_numbness"),
])
def test_the_same_signs_said_plainly_still_count(text: str, sign: str) -> None:
    assert _facts(text)[sign] is True


# Classes from blind set 10's misses (scored once at 2aeb60a, now seen): each pinned by a story of our own
# beside the class's shape.
@pytest.mark.parametrize(("text", "sign", "said"), [
    ("Sciatica down my left leg for a month, and twice this week the leg has buckeled under me on the stairs.",
     "neuro_deficit", True),  # a misspelt stem of the lexicon ("buckl\w*") is corrected too
    ("Lost my footing at the top and went down the entire flight, landing on my back. It's very painful to move.",
     "trauma", True),
    ("The pain wakes me hours before my alarm goes off, every night this week, and I can't get back to sleep. "
     "It's been a month.", "night_pain", True),
    ("Wedding fever has taken over our house and I've been lifting boxes of favours all week. My lower back is "
     "sore.", "fever", False),
    ("I've been typing feverishly all week to hit a deadline and my lower back aches from the chair.", "fever",
     False),
    ("That ghost story sent shivers down my spine, but I'm really writing about my lower back, which I hurt "
     "lifting a crate.", "fever", False),
    ("My horoscope says Cancers should rest this week, ha. My back went yesterday bending over the bath.",
     "cancer_history", False),
    ("There's been a pile-up on the motorway near us and I sat in the car for four hours in the queue. My lower "
     "back stiffened right up.", "trauma", False),
    ("A van nearly knocked me off my bike at the roundabout, I swerved hard, and my lower back has been sore "
     "since.", "trauma", False),
    ("The GP listed the warning signs, losing control of your bladder, numb legs, and told me to call 999 if any "
     "of them happen. So far it's just my back.", "bladder_bowel", False),
])
def test_blind_set_10_classes_in_words_of_our_own(text: str, sign: str, said: bool) -> None:
    assert (_facts(text).get(sign) is True) is said
