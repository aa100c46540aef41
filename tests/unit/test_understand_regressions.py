"""Phrasings first missed on the blind held-out corpus and the vignettes, pinned so they stay understood."""

from __future__ import annotations

from datetime import date

import pytest

from backchat.core.understand import read

TODAY = date(2026, 11, 18)


def facts(text: str, question: str | None = None) -> dict[str, object]:
    return dict(read(text, TODAY, question, verify=False).facts)


@pytest.mark.parametrize("text", [
    "i cannot control my bladder",
    "i had an accident yesterday, i didn't feel myself going",
])
def test_cauda_equina_signs_in_everyday_words(text: str) -> None:
    assert facts(text)["bladder_bowel"] is True


@pytest.mark.parametrize("text", [
    "Today I noticed I can't really feel the toilet paper when I wipe, is that normal??",
    "now you mention it, it does feel numb when i wipe",
    "numb when I wipe",
    "it feels different when I wipe",
    "When I wipe it feels like someone else's skin.",
])
def test_a_change_when_wiping_is_saddle_numbness_not_a_bladder_change(text: str) -> None:
    # clinical.md: saddle numbness includes "a change when wiping"; the reason then names it
    found = facts(text)
    assert found["saddle_numbness"] is True
    assert "bladder_bowel" not in found and "numbness_or_weakness" not in found


def test_wiping_and_a_hedged_bladder_change_are_saddle_numbness_and_a_bladder_sign_to_confirm() -> None:
    reading = read("when i wipe it feels kinda weird, like numb-ish? and peeing is maybe a bit slow", TODAY,
                   verify=False)
    assert reading.facts["saddle_numbness"] is True and reading.uncertain == {"bladder_bowel": True}


def test_saddle_numbness_is_not_leg_numbness() -> None:
    found = facts("today my bum and between my legs feels numb, like after the dentist")
    assert found.get("saddle_numbness") is True and "bladder_bowel" not in found
    assert "numbness_or_weakness" not in found and "bilateral" not in found


def test_a_tight_chest_is_chest_pain() -> None:
    assert facts("between my shoulder blades, and my chest feels tight too")["chest_pain"] is True


def test_ongoing_immunosuppressants_count_however_long_ago_they_began() -> None:
    assert facts("I'm on tacrolimus since my kidney transplant in 2019")["immune"] is True


def test_clothes_falling_off_is_weight_loss_not_a_fall() -> None:
    found = facts("my jeans are falling off me and I haven't changed what I eat")
    assert found.get("weight_loss") is True and "trigger" not in found and "onset" not in found


@pytest.mark.parametrize("text, age", [("19F, lower back pain after a netball match", 19),
                                       ("I'm a 52 year old bus driver", 52),
                                       ("I'm 63, no wait, typo, 36", 36)])
def test_ages_as_people_write_them(text: str, age: int) -> None:
    assert facts(text)["age"] == age


@pytest.mark.parametrize("text, absent", [
    ("19F, lower back pain", "fever"),
    ("My son has had a fever all week and I've been carrying him", "fever"),
    ("it was 2 degrees out and I was shivering at the bus stop, no fever though", "fever"),
    ("honestly I'm numb to it by now", "numbness_or_weakness"),
    ("I work as a cancer nurse and I'm on my feet all day", "cancer_history"),
    ("my dog had an accident on the rug and I bent down to clean it up", "trauma"),
])
def test_look_alikes_state_nothing(text: str, absent: str) -> None:
    assert facts(text).get(absent) in (None, False)


def test_down_both_legs_to_my_feet_is_the_foot_level() -> None:
    found = facts("down both legs to my feet", "radiation")
    assert found["radiation"] == "foot" and found["bilateral"] is True
    assert "radiation" not in facts("i struggled to get to my feet")


def test_an_auxiliary_alone_is_yes_but_not_at_the_start_of_a_sentence() -> None:
    assert read("i have", TODAY, "fever", "yes_no", verify=False).answer == "yes"
    assert read("it has been two weeks", TODAY, "fever", "yes_no", verify=False).answer is None
