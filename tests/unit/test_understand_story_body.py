"""Where it hurts and how far it spreads, read from stories; two examples per rule."""

from __future__ import annotations

from datetime import date

import pytest

from backchat.core.facts import FactValue
from backchat.core.understand import read


def facts(text: str) -> dict[str, FactValue]:
    return read(text, date(2026, 3, 4), verify=False).facts


@pytest.mark.parametrize("text", [
    "My back aches and it's started going down my leg, the right one, since Tuesday. I'm 44.",
    "The pain runs from my back into both my thighs, more on the left. It came on after the school run.",
])
def test_the_side_of_a_leg_said_afterwards_is_no_back_location(text: str) -> None:
    assert not {"left", "right"} & set(facts(text).get("location") or ())  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "My middle back has ached for a week. I've ordered a lumbar cushion for the car.",
    "It's between my shoulder blades mostly. The lumbar support on my office chair doesn't help.",
])
def test_a_lumbar_cushion_is_no_place(text: str) -> None:
    assert "lower" not in (facts(text).get("location") or ())  # type: ignore[operator]


@pytest.mark.parametrize("text", [
    "The pain is low down in the middle and it's been there since Friday.",
    "Lower back, right in the middle, sore since I shifted the sofa on Saturday.",
])
def test_in_the_middle_after_a_level_is_its_centre(text: str) -> None:
    assert facts(text)["location"] == ("lower",)


@pytest.mark.parametrize("text", [
    "Mid to lower back, 2 weeks now, no injury I can think of.",
    "It's sore from the middle to lower back, mostly when I sit. I'm 52.",
])
def test_mid_to_lower_is_both(text: str) -> None:
    assert set(facts(text)["location"]) >= {"lower", "middle"}  # type: ignore[arg-type]


@pytest.mark.parametrize("text", [
    "I had an operation on my lower back 9 years ago. Now my upper back is sore after a long drive.",
    "Years ago I cracked a bone in my lower back skiing. This week it's my neck and upper back.",
])
def test_a_place_in_a_clause_long_ago_is_not_where_it_hurts_now(text: str) -> None:
    assert "lower" not in facts(text)["location"]  # type: ignore[operator]


@pytest.mark.parametrize("text", [
    "The pain goes from my bum to the back of my thigh and has done since the weekend.",
    "My lower back has ached for 3 weeks, right side and into the buttock.",
])
def test_a_buttock_the_pain_starts_from_or_sits_in_is_a_place(text: str) -> None:
    assert "buttock" in facts(text)["location"]  # type: ignore[operator]


@pytest.mark.parametrize("text", [
    "When I try to walk on my heels my right foot just flops. My back has hurt for a fortnight.",
    "My left foot feels weak going up the stairs and my lower back aches. It started on Sunday.",
])
def test_weakness_of_a_foot_is_no_spread(text: str) -> None:
    assert facts(text).get("radiation") != "foot"


@pytest.mark.parametrize("text", [
    "My partner keeps telling me to lift with my knees. Anyway the pain is low down and started Monday.",
    "I'd been told to bend from the knees, and I didn't, and now my lower back is killing me.",
])
def test_lifting_with_the_knees_is_no_level(text: str) -> None:
    assert "radiation" not in facts(text)


@pytest.mark.parametrize("text", [
    "Sore lower back since the weekend. No leg symptoms at all, thankfully.",
    "I've had this ache for 5 weeks, on and off. Nothing going down the legs though.",
])
def test_the_spread_denied_in_other_words_is_none(text: str) -> None:
    assert facts(text)["radiation"] == "none"


@pytest.mark.parametrize("text", [
    "The pain goes down my left leg but it stops above the knee. It's been a week.",
    "It shoots into my right leg and stops at the knee, and my back is sore too.",
])
def test_stopping_at_the_knee_is_the_thigh(text: str) -> None:
    assert facts(text)["radiation"] == "thigh"


@pytest.mark.parametrize("text", [
    "My lower back and my left buttock have been aching for 4 days since I moved the fridge.",
    "It's in the lower back and the right buttock, and it's been like it for a fortnight.",
])
def test_pain_in_one_buttock_reaches_the_buttock(text: str) -> None:
    assert facts(text)["radiation"] == "buttock"


@pytest.mark.parametrize("text", [
    "It's been sore just below my ribs on the right at the back since I sneezed on Sunday.",
    "The ache sits around the bottom of my ribs on the left, round the back, for about a week now.",
])
def test_below_the_ribs_at_the_back_is_the_middle(text: str) -> None:
    assert "middle" in facts(text)["location"]  # type: ignore[operator]


@pytest.mark.parametrize("text", [
    "I've had back pain for 5 weeks and it's low down and in the left buttock. I'm 50.",
    "The pain has moved into both buttocks since Monday. Before that it was just my lower back.",
])
def test_low_down_is_no_spread_and_into_both_buttocks_is_a_place(text: str) -> None:
    assert "buttock" in facts(text)["location"]  # type: ignore[operator]


@pytest.mark.parametrize("text", [
    "Last month I went over on my ankle playing netball, and now my lower back hurts on the right.",
    "I sprained my left ankle at the weekend and I've been limping, and my back is sore low down.",
])
def test_an_injured_ankle_is_no_spread(text: str) -> None:
    assert "radiation" not in facts(text)


@pytest.mark.parametrize("text", [
    "Over the last fortnight I've had a deep ache in my lower back that doesn't go away when I lie down.",
    "My middle back has hurt since Friday and it just doesn't go away, whatever I take.",
])
def test_a_pain_that_does_not_go_away_says_nothing_of_spread(text: str) -> None:
    assert "radiation" not in facts(text)


@pytest.mark.parametrize("text", [
    "Since Saturday there's been a dull ache on the left just above my bum. I'd been painting the fence all day.",
    "It hurts right across the middle, just above the buttocks, after a long shift on the tills. Nothing in my legs.",
])
def test_just_above_the_bum_is_the_lower_back_not_the_buttock(text: str) -> None:
    found = facts(text)
    assert "lower" in (found.get("location") or ())  # type: ignore[operator]
    assert found.get("radiation") != "buttock"


@pytest.mark.parametrize("text", [
    "My lower back aches by the end of each shift and eases once I get home and put my feet up with a brew.",
    "Low back pain after the long drive to my mum's. Sat with my feet up all evening and it settled a bit.",
])
def test_feet_up_is_resting_not_a_spread_to_the_foot(text: str) -> None:
    assert facts(text).get("radiation") != "foot"


@pytest.mark.parametrize(("text", "where"), [
    ("The physio said my shoulder blades stick out from bad posture, but that's a separate thing and doesn't hurt. "
     "What I'm asking about is my lower back, sore for five days.", ("lower",)),
    ("I get aches between my shoulder blades after long drives, always have. The new thing is my lower back on the "
     "left, since Friday.", ("lower", "left")),
])
def test_a_place_told_as_a_separate_thing_or_the_usual_is_not_where_it_hurts(text: str, where: tuple[str, ...]) -> None:
    assert read(text, None, verify=False).facts.get("location") == where
