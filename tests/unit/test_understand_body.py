"""Where it hurts, how far the pain spreads, and one leg or both."""

from __future__ import annotations

import pytest

from backchat.core.understand.body import read_bilateral, read_location, read_radiation
from backchat.core.understand.text import prepare


def location(text: str) -> tuple[str, ...] | None:
    return read_location(prepare(text))


def radiation(text: str) -> str | None:
    return read_radiation(prepare(text))


def bilateral(text: str) -> bool | None:
    return read_bilateral(prepare(text))


def test_areas_and_sides_of_the_back_are_locations() -> None:
    assert location("right side of my lower back") == ("lower", "right")
    assert location("pain between my shoulder blades") == ("upper",)
    assert location("neck and upper back") == ("upper", "neck")
    assert location("lower and middle of my back") == ("lower", "middle")
    # stories/README.md (issue 9): "both sides" adds no side
    assert location("it's really sore low down on both sides") == ("lower",)
    assert location("a twinge low on the right") == ("lower", "right")
    assert location("just above my belt on the left") == ("lower", "left")


def test_a_side_said_on_its_own_counts() -> None:
    assert location("lower back, the left, mostly") == ("lower", "left")


def test_a_side_said_on_its_own_after_a_leg_is_the_legs() -> None:
    # stories/README.md: the side of a leg symptom is not a back location
    assert location("it only goes down one leg, the left, as far as the knee") is None


def test_the_word_back_alone_names_no_area() -> None:
    assert location("my whole back hurts") is None
    assert location("grabbed my bag off the back seat") is None


def test_the_side_of_a_leg_is_not_a_place_in_the_back() -> None:
    # stories/README.md (issue 9): location is where the back hurts; the leg's side goes with radiation
    assert location("it runs down my right leg and my left leg is fine") is None
    assert location("lower back, and it runs down my right leg") == ("lower",)


def test_landing_on_the_bum_or_a_numb_bum_is_not_buttock_pain() -> None:
    assert location("slipped and landed right on my bum") is None
    assert location("my bum feels numb") is None
    assert location("the pain is mostly in my right buttock") == ("right", "buttock")


@pytest.mark.parametrize(("text", "level"), [
    ("it goes down to my knee", "thigh"),
    ("pain down the back of my thigh", "thigh"),
    ("it goes into my calf", "below_knee"),
    ("down my shin sometimes", "below_knee"),
    ("pain from my back down my leg to my ankle", "below_knee"),
    ("it goes right down to my foot", "foot"),
    ("shoots down to my toes", "foot"),
    ("it shoots into my bum", "buttock"),
])
def test_leg_level_words_give_how_far_the_pain_spreads(text: str, level: str) -> None:
    assert radiation(text) == level


def test_the_furthest_level_wins() -> None:
    assert radiation("it goes down to my knee and sometimes into my foot") == "foot"


def test_saying_it_does_not_spread_is_radiation_none() -> None:
    assert radiation("it doesn't go down my leg") == "none"
    assert radiation("it stays in my lower back") == "none"
    assert radiation("my legs are fine") == "none"
    assert radiation("no pain down the legs") == "none"


def test_not_just_my_back_is_not_radiation_none() -> None:
    assert radiation("it's in my neck too, not just my back") is None


def test_numbness_reaching_a_level_counts_as_spread() -> None:
    # clinical.md (issue 9): radiation is how far the pain OR the numbness/tingling reaches
    assert radiation("pins and needles in my left foot since the pain started") == "foot"
    assert radiation("tingling down to my toes") == "foot"
    # stories/README.md: one buttock tingling is radiation to the buttock (and not saddle numbness)
    assert radiation("my bum cheek tingles a bit") == "buttock"


def test_idioms_and_heights_are_not_leg_levels() -> None:
    assert radiation("it's only bad when i'm on my feet") is None
    assert radiation("i'm 5 foot 10") is None


def test_leg_pain_with_no_level_is_its_own_value() -> None:
    # clinical.md (issue 9): "down my leg" with no level is `leg`: the engine asks how far
    assert radiation("pain down my right leg, not sure how far") == "leg"


def test_both_legs_is_bilateral_and_one_leg_is_not() -> None:
    assert bilateral("pain going down both legs to the knees") is True
    assert bilateral("my legs keep giving way") is True
    assert bilateral("just the one leg") is False
    assert bilateral("only my right leg, the other one's fine") is False


def test_both_sides_of_the_back_or_fine_legs_are_not_bilateral() -> None:
    assert bilateral("it's on both sides of my lower back") is None
    assert bilateral("no pain down the legs") is None
    assert bilateral("my legs are fine") is None


def test_past_or_beyond_the_knee_is_below_the_knee_and_to_or_behind_it_is_the_thigh() -> None:
    # stories/README.md: to the knee or the back of the knee = thigh; past it = below_knee
    assert radiation("the pain goes past the knee") == "below_knee"
    assert radiation("a sharp pain right past my knee") == "below_knee"
    assert radiation("it shoots down beyond the knee") == "below_knee"
    assert radiation("it aches beyond my knee now") == "below_knee"
    assert radiation("pain under my knee") == "below_knee"
    assert radiation("it spreads to my knee") == "thigh"
    assert radiation("pain up to the knee") == "thigh"
    assert radiation("it goes to the back of my knee") == "thigh"
    assert radiation("pain behind my knee") == "thigh"


@pytest.mark.parametrize(("text", "level"), [
    ("below the knee", "below_knee"), ("my calf", "below_knee"), ("to my ankle", "below_knee"),
    ("foot", "foot"), ("thigh", "thigh"), ("just my thigh", "thigh"), ("above the knee", "thigh"),
    ("back of the knee", "thigh"), ("past the knee", "below_knee"),
])
def test_a_level_named_alone_answers_how_far_down_the_leg(text: str, level: str) -> None:
    assert read_radiation(prepare(text), answering=True) == level
    assert radiation(text) in (None, level)  # said out of the blue, a bare body part is no spread


def test_on_my_feet_is_no_level_even_as_the_answer_to_how_far() -> None:
    assert read_radiation(prepare("I'm on my feet all day"), answering=True) is None
