"""Red-flag signs read from stories: whose they are, when, what a negation governs, and signs told
in other words (issue 9). Each rule has two independent wordings, our own, in the shape of real posts
(several sentences, past tense, asides); the counter-cases pin what must not be flagged."""

from __future__ import annotations

import pytest

from backchat.core.facts import FactValue
from backchat.core.understand import read


def facts(text: str) -> dict[str, FactValue]:
    return read(text, None, verify=False).facts



# ---- whose: sleep lost to someone or something else is not night pain --------------------------------

@pytest.mark.parametrize("text", [
    "Our little one is teething and wakes me three or four times a night, so I'm exhausted. My lower back "
    "started aching on Sunday after I carried the travel cot up two flights of stairs.",
    "My partner's snoring has kept me awake most of this week, which doesn't help. I pulled something in my "
    "back reaching into the boot for the shopping on Tuesday.",
])
def test_sleep_lost_to_someone_else_is_not_night_pain(text: str) -> None:
    assert facts(text).get("night_pain") is not True


def test_pain_that_wakes_them_still_counts_beside_someone_elses_waking() -> None:
    text = ("The dog barked at 4am and woke me, and then the pain kept me awake till it got light. It's been "
            "like that since I lifted a sack of compost on Friday.")
    assert facts(text)["night_pain"] is True


@pytest.mark.parametrize("text", [
    "I struggled to get comfortable in bed all weekend because my back was throbbing, and I kept waking. "
    "It went on Thursday when I bent to tie my shoelace.",
    "Most nights the ache drives me out of bed around 3am and I end up walking round the kitchen. It's been "
    "building for a fortnight, I'm a plasterer so I'm always lifting.",
])
def test_night_pain_told_as_a_story(text: str) -> None:
    assert facts(text)["night_pain"] is True


@pytest.mark.parametrize("text", [
    "Lying down didn't take the edge off at all last night, I tried every position. My back went while I "
    "was hoovering the stairs.",
    "Resting does nothing to ease it, I spent all of Sunday on the sofa and it was just as bad. I'm 44.",
])
def test_rest_that_does_not_ease_it_is_night_pain(text: str) -> None:
    assert facts(text)["night_pain"] is True


# ---- whose and how it is known: a fever --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "My son had a temperature of 39 on Monday and was off school, so I've been run ragged. My back twinged "
    "lifting him into the bath on Tuesday.",
    "I took my temperature last night because everyone at work has flu, and it was 36.8. My lower back "
    "has been sore since I moved a wardrobe.",
])
def test_someone_elses_temperature_or_a_normal_reading_is_not_a_fever(text: str) -> None:
    assert facts(text).get("fever") is not True


def test_a_checked_temperature_with_a_high_reading_is_a_fever() -> None:
    assert facts("I checked my temperature this morning and it was 38.7. My back is aching badly.")["fever"] is True


# ---- what a negation governs -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The oncologist didn't seem bothered that my bowel cancer might be involved, she thought it was muscular. "
    "It's a deep ache in the middle of my back and it's been there about 5 weeks.",
    "My GP wasn't convinced it had anything to do with my lymphoma, but I'm not so sure. The ache started "
    "after Christmas and it's low down.",
])
def test_my_cancer_is_stated_whatever_the_clause_around_it_denies(text: str) -> None:
    assert facts(text)["cancer_history"] is True


def test_a_relatives_cancer_or_a_fear_of_cancer_is_not_a_history() -> None:
    assert facts("My nan had bowel cancer, so I worry. My back hurts after gardening.").get("cancer_history") is None
    assert facts("I'm worried it could be cancer because it's lasted 3 weeks.").get("cancer_history") is None


@pytest.mark.parametrize("text", [
    "I didn't realise I'd wet myself until I got up off the sofa, which has never happened to me before. "
    "My back's been bad since the weekend.",
    "On Saturday I didn't make it to the toilet in time, which has never happened before. My lower back has "
    "been killing me since I lifted a paddling pool.",
])
def test_a_bladder_sign_behind_a_negated_word_is_still_a_bladder_sign(text: str) -> None:
    assert facts(text)["bladder_bowel"] is True


@pytest.mark.parametrize("text", [
    "My right leg feels like it isn't attached to me, heavy and weak, since yesterday. The back pain "
    "started when I lifted the lawnmower into the shed.",
    "Honestly my left leg doesn't feel like mine any more, numb and weak below the knee. It's been 5 days.",
])
def test_a_negation_does_not_reach_past_a_pronoun_into_the_next_part(text: str) -> None:
    assert facts(text)["neuro_deficit"] is True


@pytest.mark.parametrize("text", [
    "My back went on Monday lifting a bag of sand. I've had no numbness, tingling or weakness in my legs.",
    "Since I slipped on the stairs my lower back has ached, but there's no pins and needles, numbness or "
    "weakness anywhere.",
])
def test_a_denied_list_denies_every_item(text: str) -> None:
    found = facts(text)
    assert found.get("neuro_deficit") is not True and found.get("numbness_or_weakness") is not True


# ---- possibility, not fact ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The physio said if both my legs ever went numb I should go straight to A&E. For now it's a stiff "
    "lower back after a long drive.",
    "If both legs started tingling I'd know to ring 999, my GP was very clear. It's just my lower back that's "
    "sore, 3 days now.",
])
def test_a_sign_after_if_is_a_possibility(text: str) -> None:
    assert facts(text).get("bilateral") is not True


# ---- nerve signs --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "I lost feeling in the side of my foot on Friday and now my foot won't lift properly, it slaps down. "
    "The sciatica has been there for a month.",
    "Since Wednesday I can't stand on my tiptoes on the right, I tried at the sink. My back has hurt for "
    "2 weeks after digging the allotment.",
])
def test_a_foot_that_will_not_lift_or_push_is_a_deficit(text: str) -> None:
    assert facts(text)["neuro_deficit"] is True


@pytest.mark.parametrize("text", [
    "I'm 70 and I stumbled into the kitchen table on Monday and banged my lower back. I didn't go over.",
    "I stumbled on a kerb in the dark last week and jarred my back, nothing more. It's low down on the left.",
])
def test_one_stumble_into_something_is_an_event_not_weakness(text: str) -> None:
    assert facts(text).get("neuro_deficit") is not True


def test_stumbling_again_and_again_is_weakness() -> None:
    assert facts("I keep stumbling when I walk and my back is sore, 4 days now.")["neuro_deficit"] is True


@pytest.mark.parametrize("text", [
    "I've had numbness between my legs since last night, and my back pain has been getting worse for a week.",
    "My groin went numb this morning, and the ache in my lower back is spreading round to my hip.",
])
def test_saddle_numbness_and_a_worsening_pain_are_not_spreading_leg_numbness(text: str) -> None:
    found = facts(text)
    assert found["saddle_numbness"] is True and found.get("neuro_deficit") is not True


# ---- other signs in other words ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Since lunchtime I've had pain in my upper back and across the front of my chest, and I feel clammy.",
    "There's a heavy ache between my shoulder blades that goes over to the middle of my chest when I walk.",
])
def test_pain_across_or_over_the_chest_is_chest_pain(text: str) -> None:
    assert facts(text)["chest_pain"] is True


@pytest.mark.parametrize("text", [
    "My husband says one of the bones low down in my spine sticks out more than the others now. It aches "
    "around there and has done for a month.",
    "In the bathroom mirror my spine looks like it's leaning to one side, which it never used to. I'm 16 and "
    "my back has ached for weeks.",
])
def test_a_bone_that_sticks_out_or_a_spine_leaning_to_one_side_is_a_change_in_shape(text: str) -> None:
    assert facts(text)["back_lump"] is True


def test_bending_to_one_side_or_nothing_sticking_out_is_not_a_change_in_shape() -> None:
    assert facts("I bent to one side to pick up the cat and my back twinged.").get("back_lump") is None
    assert facts("My back looks normal, nothing sticking out, it just aches.").get("back_lump") is False


@pytest.mark.parametrize("text", [
    "I've gone from 13 stone to 11 and a half since the summer and I haven't changed what I eat. The back ache "
    "came on after that.",
    "Over the last 3 months I've dropped from 72 kg to about 65 without changing my diet at all. My back hurts "
    "in the middle.",
])
def test_weight_gone_from_one_figure_to_another_unexplained_is_weight_loss(text: str) -> None:
    assert facts(text)["weight_loss"] is True


def test_weight_gone_down_on_purpose_is_not() -> None:
    assert facts("I've gone from 90 kg to 82 since I started running, and now my back hurts.").get(
        "weight_loss") is not True


@pytest.mark.parametrize("text", [
    "I inject and I know that puts me at risk. I've had a fever since Tuesday and my back is agony.",
    "I'll be honest, I still inject, most days. My lower back has been really sore for a week.",
])
def test_injecting_said_on_its_own_is_drug_use(text: str) -> None:
    assert facts(text)["immune"] is True


def test_injecting_a_named_medicine_is_not_drug_use() -> None:
    assert facts("I inject insulin twice a day and my back has been sore since Monday.").get("immune") is None


@pytest.mark.parametrize("text", [
    "I fell asleep on the sofa watching the match and woke up with my back completely locked. That was Sunday.",
    "Woke up on Tuesday with my back stiff as a plank after a night on my friend's blow-up mattress.",
])
def test_waking_up_with_a_bad_back_is_how_it_started_not_night_pain(text: str) -> None:
    assert facts(text).get("night_pain") is not True


@pytest.mark.parametrize("text", [
    "I had covid in the spring and lost weight then, but I've put it back on since. My back is sore after a "
    "long flight.",
    "I lost half a stone with a stomach bug last month and I'm back to my normal weight now. The back ache "
    "started at the weekend.",
])
def test_weight_lost_with_an_illness_or_regained_is_not_unexplained(text: str) -> None:
    assert facts(text).get("weight_loss") is not True


@pytest.mark.parametrize("text", [
    "I felt a bit shivery after my flu jab yesterday and my arm's sore. My back hurts from carrying my toddler.",
    "I've had the shivers since my covid booster on Friday. My back went lifting the shopping out of the car.",
])
def test_shivers_after_a_jab_are_not_a_fever(text: str) -> None:
    assert facts(text).get("fever") is not True


@pytest.mark.parametrize("text", [
    "What worries me is losing control of my bladder, my neighbour did after her back op. So far mine's fine.",
    "My biggest fear is my legs giving way like my dad's did. My own back just aches after the gym.",
])
def test_a_fear_names_a_possibility_not_a_sign(text: str) -> None:
    found = facts(text)
    assert found.get("bladder_bowel") is not True and found.get("neuro_deficit") is not True


@pytest.mark.parametrize(("text", "sign"), [
    ("I might be imagining it, but my left foot seems a bit weaker than the right. Back pain for 2 weeks.",
     "neuro_deficit"),
    ("It could be nothing, but my wee seems slower since the weekend. My back has ached for 4 days.",
     "bladder_bowel"),
])
def test_a_sign_after_a_doubt_is_confirmed_not_taken(text: str, sign: str) -> None:
    reading = read(text, None, verify=False)
    assert reading.uncertain.get(sign) is True and sign not in reading.facts


@pytest.mark.parametrize("text", [
    "What frightens me most is the chest pain that comes with it when I breathe in. It started this morning.",
    "The ache is one thing, but what scares me is the tight chest I get with it since yesterday.",
])
def test_a_fear_of_the_sign_they_have_still_states_it(text: str) -> None:
    assert facts(text)["chest_pain"] is True


# ---- what forum posts say about signs without stating them ---------------------------------------------

@pytest.mark.parametrize("text", [
    "Could this be cancer? I'm scared because my back has ached for 3 weeks and I'm 45.",
    "I've been reading about spinal tumours online and scaring myself silly. The ache started after a drive.",
    "I was tested for cancer last year because of a lump in my neck, but it was benign. My back went on Monday.",
])
def test_a_question_a_search_or_a_test_for_cancer_is_not_a_cancer_history(text: str) -> None:
    assert facts(text).get("cancer_history") is not True


@pytest.mark.parametrize("text", [
    "The 111 nurse asked about my bladder and bowels and whether I'd lost weight, and it was all fine. My back "
    "twinged bending over the dishwasher.",
    "I know the warning signs, wetting yourself or a numb bum, and I've got neither, thank god. My lower back "
    "went yesterday.",
    "The physio checked me for numbness in my groin and weakness in my legs and found nothing. Back pain since "
    "Friday's football.",
])
def test_signs_someone_asked_about_or_listed_are_not_stated(text: str) -> None:
    found = facts(text)
    assert not any(found.get(k) is True for k in ("bladder_bowel", "saddle_numbness", "weight_loss", "neuro_deficit"))


@pytest.mark.parametrize("text", [
    "My legs aren't numb or weak and there's nothing odd with my bladder. Just bad back pain since lifting a tyre.",
    "Both my legs are fine, no tingling, it's all in my lower back since I moved the wardrobe.",
])
def test_legs_said_to_be_fine_are_not_both_legs_affected(text: str) -> None:
    assert facts(text).get("bilateral") is not True


@pytest.mark.parametrize("text", [
    "Is it normal to not be able to feel when I need a wee? It started yesterday with my back pain.",
    "Should I be worried that I can't tell when my bladder's full? My back went on Sunday.",
])
def test_a_question_that_takes_the_sign_for_granted_states_it(text: str) -> None:
    assert facts(text)["bladder_bowel"] is True


# ---- when: an earlier episode is not this one ------------------------------------------------------------

@pytest.mark.parametrize(("text", "sign"), [
    ("The last time my back went I had numbness in both legs for a week, but this flare is just my lower back, "
     "since Monday.", "bilateral"),
    ("During my previous flare-up I lost control of my bladder and ended up in hospital. This one started on "
     "Saturday after gardening.", "bladder_bowel"),
    ("After my first baby I had trouble controlling my bladder, but that's long sorted. Back ache since lifting "
     "the pram yesterday.", "bladder_bowel"),
])
def test_a_sign_told_of_an_earlier_episode_is_confirmed_not_taken(text: str, sign: str) -> None:
    reading = read(text, None, verify=False)
    assert sign not in reading.facts and reading.uncertain.get(sign) is True


@pytest.mark.parametrize(("text", "sign"), [
    ("This time is different, I've had trouble peeing since yesterday, which never happened with my previous "
     "flare-ups.", "bladder_bowel"),
    ("Like the last time I had a kidney infection, I've got a temperature of 38.5 and my back hurts on the right.",
     "fever"),
    ("I had bowel cancer 5 years ago, and this back pain wakes me at night, it's been a month.", "night_pain"),
    ("My partner says my spine looks bent to one side when I stand, which it never used to. I'm 17.", "back_lump"),
])
def test_a_sign_of_now_beside_an_earlier_episode_is_still_taken(text: str, sign: str) -> None:
    assert facts(text)[sign] is True


@pytest.mark.parametrize("text", [
    "Pain and pins and needles down both legs since this morning. Peeing seems fine. My back's been bad all week.",
    "I haven't noticed any bladder problems, it's just the sciatica in my right leg since Tuesday.",
])
def test_a_partial_denial_of_the_bladder_or_bowels_is_not_a_denial_of_both(text: str) -> None:
    assert "bladder_bowel" not in facts(text)


def test_a_partial_denial_still_answers_the_bladder_and_bowels_question() -> None:
    assert read("I can pee fine", None, question="bladder_bowel", verify=False).facts["bladder_bowel"] is False


@pytest.mark.parametrize("text", [
    "No problems with my waterworks or my bowels, it's just the ache low down since Friday.",
    "Toilet habits are all normal, I checked after reading about it. My back went on Sunday.",
])
def test_the_bladder_and_bowels_both_denied_are_false(text: str) -> None:
    assert facts(text)["bladder_bowel"] is False


@pytest.mark.parametrize("text", [
    "My bottom feels numb, like when the dentist numbs you, since last night. Back pain for 5 days.",
    "My foot was numb for months after an operation years ago, it's fine now. My back went on Monday.",
])
def test_numbness_in_a_simile_or_long_ago_is_not_leg_numbness(text: str) -> None:
    assert facts(text).get("numbness_or_weakness") is not True


@pytest.mark.parametrize("text", [
    "I'm worried my leg might give way on the stairs, it did to my dad. My back has ached since Sunday.",
    "My physio said my knee could buckle if I overdo it. The back pain started after a run.",
])
def test_a_leg_that_might_give_way_is_not_a_leg_that_gives_way(text: str) -> None:
    assert facts(text).get("neuro_deficit") is not True


@pytest.mark.parametrize(("text", "sign"), [
    ("My legs ache after standing all day at work, that's normal for me. My lower back went on Saturday.",
     "bilateral"),
    ("Both my feet go a bit numb when I cycle far, I always get that. The new thing is my back since Sunday.",
     "bilateral"),
    ("My legs feel heavy and achy after a shift on the wards, both of them, but that's normal for nurses.",
     "bilateral"),
])
def test_what_is_normal_for_them_is_confirmed_not_taken(text: str, sign: str) -> None:
    reading = read(text, None, verify=False)
    assert sign not in reading.facts and reading.uncertain.get(sign) is True


@pytest.mark.parametrize("text", [
    "My legs went from under me on the ice and I landed on my bottom. I'm 30, nothing broken.",
    "I slipped on the wet kitchen floor and my knee gave way, and I jarred my back. It's been sore 2 days.",
])
def test_a_leg_that_went_in_a_slip_is_not_weakness(text: str) -> None:
    assert facts(text).get("neuro_deficit") is not True


@pytest.mark.parametrize("text", [
    "I've had a lump on my back for years, a lipoma the GP says. This pain is new, since Sunday, low down.",
    "There's a cyst on my back that's been there since I was a teenager. The ache started after the gym.",
])
def test_a_long_known_lump_is_not_a_new_one(text: str) -> None:
    assert facts(text).get("back_lump") is not True


@pytest.mark.parametrize(("text", "sign"), [
    ("My grandad had bowel cancer and my aunt had breast cancer, but I've never had it myself. Back ache a week.",
     "cancer_history"),
    ("I had a lump in my breast checked in May and it was a harmless cyst, not cancer. My back aches.",
     "cancer_history"),
    ("The back pull is annoying but it's not stopping me sleeping. I'm 58.", "night_pain"),
    ("The toddler wakes me at night, not the pain. I hurt my back lifting her.", "night_pain"),
    ("My weight is the same as always. The back pain came on over 3 weeks of sitting in the car.", "weight_loss"),
    ("I've been skipping meals with work, so I've lost a few pounds. My back is stiff after a day at my desk.",
     "weight_loss"),
])
def test_a_denial_in_other_words_answers_the_screen_no(text: str, sign: str) -> None:
    assert facts(text)[sign] is False


def test_dropping_a_heavy_load_is_not_weight_loss() -> None:
    assert facts("I dropped a 25kg bag of cement on Monday and my back went.").get("weight_loss") is None


@pytest.mark.parametrize("text", [
    "I nearly wet myself laughing when my husband tried to put my socks on for me. My back went yesterday.",
    "I almost pooed myself when the pain hit, it was that sudden. It went lifting the lawnmower on Sunday.",
])
def test_what_nearly_happened_did_not(text: str) -> None:
    assert facts(text).get("bladder_bowel") is not True


@pytest.mark.parametrize("text", [
    "Both my knees are bad from years of football, but the new thing is my lower back, since Saturday.",
    "My legs have ached for years with my old hip problem. This week my back started hurting after gardening.",
])
def test_a_long_standing_leg_complaint_is_confirmed_not_taken(text: str) -> None:
    reading = read(text, None, verify=False)
    assert reading.facts.get("bilateral") is not True
