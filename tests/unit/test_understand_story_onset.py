"""How a story says the pain began: written in the shape of real posts (past tense, asides), two per rule."""

from __future__ import annotations

from datetime import date

import pytest

from backchat.core.facts import FactValue
from backchat.core.understand import read


def facts(text: str) -> dict[str, FactValue]:
    return read(text, date(2026, 3, 4), verify=False).facts


@pytest.mark.parametrize("text", [
    "I spent Saturday weeding the allotment and by the evening my lower back was aching. Three days on it's no "
    "better. My wife says I overdo it every spring.",
    "Did a couple of hours of hoovering upstairs on Sunday and my back has been sore ever since, low down on the "
    "left. I've got a physio friend I could ask.",
])
def test_a_chore_named_without_the_movement_sets_no_trigger(text: str) -> None:
    assert "trigger" not in facts(text)  # the dialogue asks what set it off; "weeding" is not written as bending


@pytest.mark.parametrize(("text", "trigger"), [
    ("We moved flat on Saturday and I carried most of the boxes up three floors myself. By Sunday my lower back "
     "was stiff as a board.", "lifting"),
    ("Was out in the garden most of Sunday and when I bent down to pull a root my back just went. Low on the "
     "right, I'm hobbling.", "bending"),
])
def test_a_movement_said_during_a_chore_is_the_trigger(text: str, trigger: str) -> None:
    assert facts(text)["trigger"] == trigger


@pytest.mark.parametrize("text", [
    "Yesterday morning I got out of bed and my back just locked, I could barely stand. I'm 41 and usually fine.",
    "I stood up from my desk after lunch and something in my lower back seized. It was Tuesday. My boss sent me home.",
])
def test_standing_up_is_when_it_went_not_what_set_it_off(text: str) -> None:
    got = facts(text)
    assert got["onset"] == "sudden" and "trigger" not in got


@pytest.mark.parametrize("text", [
    "I was cycling home on Friday when a taxi pulled out and I went over the handlebars. My lower back has been "
    "sore since. The bike is a write-off.",
    "A lorry clipped me on my motorbike last week, I came off and landed on my side, and my back has hurt ever since.",
])
def test_a_fall_caused_by_a_vehicle_is_an_accident(text: str) -> None:
    got = facts(text)
    assert got["trigger"] == "accident" and got["onset"] == "trauma"


@pytest.mark.parametrize("text", [
    "I banged my back on the edge of the bath on Monday and it's been sore low down since. I'm 67.",
    "Backing out of the shed I bumped my back hard on the door handle two days ago. It's bruised on the right.",
])
def test_a_knock_to_the_back_is_an_injury_with_no_trigger(text: str) -> None:
    got = facts(text)  # stories/README: a knock with no fall is onset trauma and sets no trigger
    assert got["onset"] == "trauma" and "trigger" not in got


@pytest.mark.parametrize("text", [
    "It came out of nowhere on Tuesday, my lower back just started aching and it hasn't stopped. I'm 35.",
    "The pain in my middle back came from nowhere about a week ago. My husband thinks it's the new sofa.",
])
def test_out_of_nowhere_says_no_known_cause_not_how_fast(text: str) -> None:
    got = facts(text)
    assert got["trigger"] == "unknown" and "onset" not in got


@pytest.mark.parametrize("text", [
    "This is the third time this year. It went again on Sunday when I was putting the bins out, low on the left.",
    "My back goes every winter, regular as clockwork, and it went on Monday while I was scraping ice off the car.",
])
def test_another_episode_said_with_went_is_not_a_sudden_onset(text: str) -> None:
    assert "onset" not in facts(text)


@pytest.mark.parametrize(("text", "cause"), [
    ("If I fell over now I'd never get up again, my lower back is that stiff. It crept up over a fortnight.", None),
    ("I carry a heavy bag for work every day, but the pain only started when I sneezed on Monday. Low down.",
     "other"),
    ("I lift at the warehouse all week. My back started aching on Thursday and I can't think what did it.",
     "unknown"),
])
def test_a_possibility_or_a_habit_is_not_the_event(text: str, cause: str | None) -> None:
    assert facts(text).get("trigger") == cause


@pytest.mark.parametrize("text", [
    "It's worse after long shifts driving the van, and it's been like this for a month, mostly on the right.",
    "The ache is worse after gardening, and it's been there since March. I'm 58.",
])
def test_what_makes_it_worse_in_a_story_is_not_the_trigger(text: str) -> None:
    assert "trigger" not in facts(text)


@pytest.mark.parametrize("text", [
    "My back went into spasm on Saturday while I was reaching for the remote. I couldn't move for an hour.",
    "Feeding the cat this morning my lower back went straight into a spasm and I was stuck there on the floor.",
])
def test_going_into_spasm_is_sudden(text: str) -> None:
    assert facts(text)["onset"] == "sudden"


@pytest.mark.parametrize("text", [
    "I was lifting my nephew onto the swing when I felt a twinge in my lower back. That was Friday.",
    "I'd been carrying shopping for my gran when something pinged low on the right, about 4 days ago.",
])
def test_someone_helped_or_carried_is_not_the_one_it_happened_to(text: str) -> None:
    assert facts(text)["onset"] == "sudden"


def test_bending_to_lift_is_lifting_and_bending_to_pick_up_is_bending() -> None:
    assert facts("I bent down to lift a crate of beer on Friday and my back went.")["trigger"] == "lifting"
    assert facts("I bent down to pick up a sock on Friday and my back went.")["trigger"] == "bending"


@pytest.mark.parametrize("text", [
    "My back locked as I stood up from the bath, years ago now, and it was fine after a week. This is an ache.",
    "It went into spasm when I was 19 lifting kegs. These days it's more of a dull ache in the middle.",
])
def test_how_an_episode_long_ago_began_is_not_this_onset(text: str) -> None:
    assert "onset" not in facts(text)


@pytest.mark.parametrize("text", [
    "My lower back has been stiff for 3 days after a long session at my desk finishing a report.",
    "It started aching after a whole day sat in a meeting on Thursday, low down on the left.",
    "Sat badly on the sofa all weekend and now it's my middle back mostly.",
])
def test_sitting_for_long_is_an_other_cause(text: str) -> None:
    assert facts(text)["trigger"] == "other"


@pytest.mark.parametrize("text", [
    "My back started hurting 4 days ago after I painted the garden fence. Low down, stiff in the mornings.",
    "It came on after a weekend sanding the floorboards on my hands and knees, lower back.",
    "I've had back pain for a fortnight since I started a new job in a warehouse. It's low on the right.",
])
def test_decorating_and_a_new_job_are_other_causes(text: str) -> None:
    assert facts(text)["trigger"] == "other"


def test_sitting_that_makes_it_worse_is_still_not_the_cause() -> None:
    assert "trigger" not in facts("It's worse sitting at my desk, and it's been there since March. Lower back.")


@pytest.mark.parametrize("text", [
    "My back went when I was getting my heavy suitcase off the luggage belt. It's been 2 days.",
    "I hurt it getting the Christmas decorations down from the loft at the weekend, lower back.",
])
def test_getting_a_load_down_or_off_is_lifting(text: str) -> None:
    assert facts(text)["trigger"] == "lifting"


@pytest.mark.parametrize("text", [
    "I've done my back in lifting a bag of cement at work, not a fall, just the weight. Monday.",
    "Put my back in spasm carrying logs in from the shed yesterday, low on the left.",
])
def test_done_my_back_in_is_this_episode_not_back_in_the_day(text: str) -> None:
    assert facts(text)["trigger"] == "lifting"


@pytest.mark.parametrize("text", [
    "I twisted to reach a drop shot at squash on Thursday and felt my lower back pull on the right.",
    "Bent down awkwardly for a low ball at cricket on Saturday and my back went, low on the left.",
])
def test_a_movement_made_in_a_named_game_is_sport(text: str) -> None:
    assert facts(text)["trigger"] == "sport"


@pytest.mark.parametrize("text", [
    "Pulled something in my lower back carrying the garden chairs into the shed on Sunday. Sore but I can "
    "get about, my sister says heat helps.",
    "I think I pulled a muscle at the climbing centre last night, upper back on the left. It's a dull ache today.",
])
def test_pulling_something_names_no_onset(text: str) -> None:
    assert "onset" not in facts(text)


@pytest.mark.parametrize("text", [
    "Was loading the dishwasher on Monday and my lower back on the left just grabbed, couldn't stand up for ages.",
    "Reached over to switch the lamp off and my low back grabbed like a cramp. Still tight two days later.",
])
def test_a_back_that_grabbed_came_on_suddenly(text: str) -> None:
    assert facts(text)["onset"] == "sudden"


@pytest.mark.parametrize("text", [
    "My lower back has ached for three weeks now, no injury that I know of. Doing pilates videos at home most "
    "evenings for the moment.",
    "Sore low back for about a month, nothing down the legs. Tried a foam roller, swimming, a firmer pillow.",
    "Lower back sore since Tuesday, a bit easier each day. Hoping to get back to netball in the new year.",
])
def test_a_treatment_or_a_plan_in_a_sentence_of_its_own_is_no_trigger(text: str) -> None:
    assert "trigger" not in facts(text)  # the sentence says nothing of the pain, nor of one event of the person's


@pytest.mark.parametrize(("text", "trigger"), [
    ("Fifth time in three years, honestly. Lifting my nephew onto the swing this time. Low down on the left, easing "
     "already.", "lifting"),
    ("I was carrying the shopping up from the car park. My lower back has been sore ever since.", "lifting"),
    ("We've had the builders in so I've been bending over the bath to wash up. My lower back's paying for it now.",
     "bending"),
])
def test_an_event_told_in_a_sentence_without_the_pain_still_counts(text: str, trigger: str) -> None:
    assert facts(text)["trigger"] == trigger


@pytest.mark.parametrize("text", [
    "I play hockey for the county. Pulled something at training on Monday and my lower back has ached since.",
    "I'm 18 and in the school football team. Something went in my lower back at training on Thursday.",
])
def test_training_for_a_game_named_in_the_story_is_sport(text: str) -> None:
    assert facts(text)["trigger"] == "sport"


@pytest.mark.parametrize("text", [
    "Saturday night is when the real pain kicked in, and it has only got worse since. Lower back, both sides.",
    "The ache kicked in after lunch on Monday. My lower back is sore whenever I sit.",
    "By midnight I finally fell into an exhausted sleep. My back had been agony all day.",
    "I fell into a doze on the sofa and woke with my lower back stiff.",
])
def test_pain_that_kicked_in_or_falling_asleep_is_no_injury(text: str) -> None:
    got = facts(text)
    assert "trauma" not in got and got.get("onset") != "trauma" and got.get("trigger") not in ("fall", "accident")


@pytest.mark.parametrize("text", [
    "A horse kicked me in the back on Sunday and it has hurt since.",
    "I got kicked in my lower back during a match yesterday.",
])
def test_being_kicked_in_the_back_is_still_an_injury(text: str) -> None:
    assert facts(text)["onset"] == "trauma"


@pytest.mark.parametrize("text", [
    "Had planned to go for a long walk today. Woke up this morning with my lower back locked solid.",
    "We had hoped to play tennis this weekend. My lower back started aching on Friday for no reason.",
    "My lower back has been sore for six weeks, since I started deadlifting twice a week for a competition.",
])
def test_a_plan_or_a_weekly_habit_is_not_what_set_it_off(text: str) -> None:
    assert facts(text).get("trigger") not in ("exercise", "sport")


@pytest.mark.parametrize("text", [
    # a fall feared or joked about, not one that happened
    "My back's been grumbling for a few days after a long shift. My manager keeps joking that I'll fall off the "
    "rolling steps one of these days.",
    "My lower back has been sore since Sunday, no idea why. I'm always scared I might fall on the ice in winter.",
    # autumn, said the American way
    "Fall cleanup in the yard this weekend, hours of raking leaves, and now my low back is sore.",
    "We spent Saturday on the fall leaves in the garden and my lower back has ached since.",
])
def test_a_fall_feared_or_the_season_is_no_fall(text: str) -> None:
    facts = read(text, None, verify=False).facts
    assert facts.get("trigger") != "fall" and facts.get("onset") != "trauma"


def test_a_fall_that_happened_is_still_one() -> None:
    text = "Had a fall in the garden yesterday and my back is sore."
    assert read(text, None, verify=False).facts["trigger"] == "fall"
