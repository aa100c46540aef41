"""The other red-flag screens: night pain, unexplained weight loss, cancer history, immune system."""

from __future__ import annotations

from backchat.core.understand.screens import (
    read_back_lump,
    read_cancer_history,
    read_chest_pain,
    read_immune,
    read_night_pain,
    read_weight_loss,
)
from backchat.core.understand.text import prepare


def test_pain_worse_at_night_or_not_eased_by_rest_is_night_pain() -> None:
    assert read_night_pain(prepare("the pain is worse at night")) is True
    assert read_night_pain(prepare("it wakes me up at 3am every night")) is True
    assert read_night_pain(prepare("doesnt matter how i lie i can't get comfy, no position eases it")) is True
    assert read_night_pain(prepare("in the middle of the night it gets worse")) is True


def test_morning_stiffness_or_pain_eased_by_lying_down_is_not_night_pain() -> None:
    assert read_night_pain(prepare("stiff first thing in the morning")) is None
    assert read_night_pain(prepare("it eases off when i lie down flat")) is None
    assert read_night_pain(prepare("the pain doesn't wake me, i sleep fine")) is False


def test_weight_lost_without_trying_is_weight_loss() -> None:
    assert read_weight_loss(prepare("i've lost about a stone without trying")) is True
    assert read_weight_loss(prepare("the weight's just dropping off me and i'm not dieting")) is True
    assert read_weight_loss(prepare("had to buy smaller jeans, didn't change anything")) is True
    assert read_weight_loss(prepare("i've not been eating much and lost a bit of weight")) is True


def test_weight_lost_on_purpose_is_not() -> None:
    assert read_weight_loss(prepare("lost half a stone on purpose doing slimming world")) is False
    assert read_weight_loss(prepare("i lost my keys yesterday")) is None


def test_own_cancer_past_or_present_counts_and_a_relatives_does_not() -> None:
    assert read_cancer_history(prepare("had bowel cancer, all clear since")) is True
    assert read_cancer_history(prepare("i'm in remission from lymphoma")) is True
    assert read_cancer_history(prepare("my mum had breast cancer")) is None
    assert read_cancer_history(prepare("no cancer or anything like that")) is False


def test_long_term_steroids_immune_drugs_and_injecting_weaken_the_immune_system() -> None:
    assert read_immune(prepare("i've been on prednisolone for my lungs for years")) is True
    assert read_immune(prepare("i'm on immunosuppressants")) is True
    assert read_immune(prepare("i inject drugs")) is True


def test_a_steroid_cream_one_injection_or_old_chemo_is_not() -> None:
    assert read_immune(prepare("i use a steroid cream for my eczema")) is None
    assert read_immune(prepare("had a steroid injection in my shoulder last year")) is None
    assert read_immune(prepare("i had chemo 10 years ago")) is None


def test_an_immune_system_said_to_be_fine_or_no_steroids_deny_it() -> None:
    # stories/README.md: a hedge keeps the meaning ("fine as far as I know" is still a no); a denial never
    # skips the screen question, it only answers it the way the person already did
    assert read_immune(prepare("my immune system's fine as far as i know")) is False
    assert read_immune(prepare("I'm 43 and healthy, no thin bones or steroids")) is False


def test_chest_pain_and_a_lump_on_the_back() -> None:
    assert read_chest_pain(prepare("i've got chest pain too")) is True
    assert read_back_lump(prepare("there's a new lump on my back")) is True
