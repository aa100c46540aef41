"""The truthful patient: a story opens the real intake, then true answers in plain words to the end."""

from __future__ import annotations

from datetime import date

from backchat.checks.truthful import DEFAULTS, answer_for, run_story, run_text, truth_of
from backchat.core.flow import Flow

TODAY = date(2026, 11, 18)


def test_unstated_facts_take_the_benign_defaults() -> None:
    truth = truth_of({"age": 63, "location": ["middle"]}, {"radiation": "foot"})
    assert truth["age"] == 63 and truth["location"] == ("middle",) and truth["radiation"] == "foot"
    assert truth["duration_days"] == DEFAULTS["duration_days"] == 5 and truth["improving"] is True
    assert "fever" not in truth  # a screen not stated is answered "no"


def test_every_kind_of_question_gets_a_plain_true_answer(flow: Flow) -> None:
    truth = truth_of({"onset": "sudden", "trigger": "bending", "location": ["lower", "left"], "fever": True,
                      "radiation": "below_knee", "duration_days": 9, "age": 58})
    said = {q: answer_for(flow.question(q), truth) for q in
            ("onset", "location", "radiation", "fever", "night_pain", "duration", "age", "improving")}
    assert said == {"onset": "it came on suddenly, when I bent down", "location": "my lower back, on the left side",
                    "radiation": "down my leg to my calf", "fever": "yes", "night_pain": "no",
                    "duration": "9 days", "age": "58", "improving": "yes"}
    assert answer_for(flow.question("fever"), truth, confirming="fever") == "yes"


def test_a_story_with_no_red_flag_ends_in_self_care_after_every_screen(flow: Flow) -> None:
    story = {"text": "I pulled something in my lower back lifting a sofa three days ago. I'm 31 and it's easing.",
             "facts": {"trigger": "lifting", "location": ["lower"], "duration_days": 3, "age": 31}}
    result = run_story(flow, story, TODAY)
    assert result.level == "self_care"
    assert {"trauma", "both_legs", "bladder_bowel", "saddle", "sexual", "chest_pain"} <= set(result.asked)


def test_a_sign_the_story_leaves_out_is_caught_by_the_questions(flow: Flow) -> None:
    text = "My back has been sore for about a week since I moved house. I'm 45."
    truth = truth_of({"duration_days": 7, "age": 45}, {"saddle_numbness": True})
    assert run_text(flow, text, truth, TODAY).level == "emergency"


def test_numbness_in_one_leg_is_gp_unless_the_follow_up_says_it_is_worse(flow: Flow) -> None:
    text = "Lower back pain for 4 days after gardening, and my left foot tingles. I'm 39."
    facts = {"location": ["lower"], "duration_days": 4, "age": 39, "numbness_or_weakness": True,
             "radiation": "foot"}
    assert run_text(flow, text, truth_of(facts), TODAY).level == "gp"
    assert run_text(flow, text, truth_of(facts, {"neuro_deficit": True}), TODAY).level == "urgent"


def test_an_urgent_story_still_answers_the_emergency_screens(flow: Flow) -> None:
    story = {"text": "I've had a fever of 38.7 since my back started hurting two days ago.",
             "facts": {"fever": True, "duration_days": 2}, "answers": {"bladder_bowel": True}}
    result = run_story(flow, story, TODAY)
    assert result.level == "emergency" and result.asked[-1] == "bladder_bowel"


def test_a_joint_check_is_answered_yes_only_when_every_reading_is_true(flow: Flow) -> None:
    text = "I hurt my lower back lifting a box a week ago. It stays in my back."
    true = run_story(flow, {"text": text, "facts": {"trigger": "lifting", "location": ["lower"], "radiation": "none",
                                                    "duration_days": 7}}, TODAY)
    misread = run_story(flow, {"text": text, "facts": {"trigger": "lifting", "location": ["lower"],
                                                       "radiation": "none", "duration_days": 35}}, TODAY)
    joint = "Just to check, I noted:"

    def answers_to_joint(log: tuple[tuple[str, str], ...]) -> list[str]:
        return [log[i + 1][0] for i in range(len(log) - 1) if joint in log[i][1]]

    assert answers_to_joint(true.transcript) == ["yes"]
    assert answers_to_joint(misread.transcript) == ["no"]
    assert misread.level == "gp"  # the five weeks are told at the duration check and count
