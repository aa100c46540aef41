"""A reading that keeps the care level low is checked, never taken on trust (screening.needs_check).

How long, where, how far it spreads, whether it is getting better, whether it happened before
and age decide between self-care and a GP. Read from a story, such a fact skips its question
only when it raises the level to a GP visit or an emergency; otherwise the person is asked "Just
to check, ... Is that right?" (a yes/no question is simply asked), so a misread story can cost a
question but never lower the outcome, and a misread place ("between my shoulder blades") cannot
alone send anyone to urgent care. How it started, read from a story told in answer to the first question,
is checked the same way. When several readings wait, the first check lists them all at once
("Just to check, I noted: ...; ... Is that right?"); a plain yes keeps them all,
anything else leaves each to be checked on its own.
"""

from __future__ import annotations

import json

from backchat.core.engine import Engine
from backchat.core.flow import Flow
from backchat.core.turn import Turn
from tests.conftest import TODAY


def answer(engine: Engine, by_question: dict[str, str | list[str]], until: str | None = None) -> Turn:
    """Answer each question by its id ("no" for the rest; a list answers it in turn)."""
    turn = engine.current()
    said: dict[str, int] = {}
    for _ in range(60):
        if turn.finished or turn.question == until:
            return turn
        assert turn.question is not None
        given = by_question.get(turn.question, "no")
        if isinstance(given, list):
            n = said.get(turn.question, 0)
            said[turn.question] = n + 1
            given = given[min(n, len(given) - 1)]
        turn = engine.handle(given)
    raise AssertionError("the intake did not finish")


def test_a_duration_from_the_story_is_checked_where_its_question_comes(engine: Engine) -> None:
    engine.handle("I lifted a box three days ago and my lower back has hurt since")
    turn = answer(engine, {}, until="duration")
    assert turn.say.endswith("Just to check, you've had this pain for 3 days. Is that right?")
    assert turn.prompt == "Just to check, you've had this pain for 3 days. Is that right?"
    assert engine.checking == "duration_days"


def test_yes_to_a_check_keeps_the_reading_and_moves_on(engine: Engine) -> None:
    engine.handle("I lifted a box three days ago and my lower back has hurt since")
    answer(engine, {}, until="duration")
    turn = engine.handle("yes, that's right")
    assert turn.question == "recurrent" and engine.facts["duration_days"] == 3


def test_a_misread_duration_corrected_at_the_check_raises_the_level(engine: Engine) -> None:
    # the story's pain-free weeks are misread as its duration; the person puts it right
    engine.handle("I strained my back at the gym, it's been bad for about a week")
    answer(engine, {}, until="duration")
    turn = engine.handle("no, more like five weeks")
    assert engine.facts["duration_days"] == 35 and turn.question == "improving"
    assert answer(engine, {"age": "40", "severity": "5"}).outcome.level == "gp"  # type: ignore[union-attr]


def test_a_bare_no_to_a_check_asks_the_question_in_full(engine: Engine) -> None:
    engine.handle("it started suddenly when I bent down, it stays in my back")
    answer(engine, {"location": "lower back"}, until="radiation")
    assert engine.checking == "radiation"
    turn = engine.handle("no")  # "no" here denies "it doesn't spread": it is not "no spread"
    assert "radiation" not in engine.facts and turn.question == "radiation"
    assert turn.say.endswith("Does the pain spread from your back, for example into your buttock or down a leg?")
    assert engine.checking is None
    engine.handle("down to my calf")
    assert engine.facts["radiation"] == "below_knee"


def test_a_reading_that_raises_the_level_is_not_checked(engine: Engine) -> None:
    engine.handle("I bent to tie my shoe and since then it shoots down my right leg to my foot")
    answer(engine, {"location": "lower back"}, until="fever")
    assert "radiation" not in [e.question for e in engine.transcript if e.role == "user"]


def test_a_first_episode_read_from_the_story_is_still_asked(engine: Engine) -> None:
    engine.handle("I've never had back pain like this before, it came on when I lifted my son")
    assert engine.facts.get("recurrent") is False
    turn = answer(engine, {"location": "lower back", "duration": "two days"}, until="recurrent")
    assert turn.say.endswith("Have you had back pain like this before?")
    engine.handle("yes, a few years ago")  # the truth decides, not the story's reading
    assert engine.facts["recurrent"] is True


def test_getting_better_read_from_the_story_can_be_denied_with_a_plain_no(engine: Engine) -> None:
    engine.handle("I hurt my back lifting two weeks ago, it's getting better")
    assert engine.facts.get("improving") is True
    answer(engine, {"location": "lower back", "duration": ["no", "yes"]}, until="improving")
    engine.handle("no")
    assert engine.facts["improving"] is False


def test_an_age_from_the_story_is_checked(engine: Engine) -> None:
    engine.handle("I am 35 and I hurt my back lifting at work yesterday")
    turn = answer(engine, {"location": "lower back", "duration": ["no", "yes"]}, until="age")
    assert turn.say.endswith("Just to check, you're 35. Is that right?")
    engine.handle("no, I'm 53")  # over 50: a GP
    assert engine.facts["age"] == 53


def test_an_age_that_raises_the_level_is_not_checked(engine: Engine) -> None:
    engine.handle("I am 72 and I hurt my back lifting at work yesterday")
    turn = answer(engine, {"location": "lower back", "duration": "yes"}, until="severity")
    assert turn.question == "severity" and "age" not in [e.question for e in engine.transcript if e.role == "user"]


def test_not_understood_twice_at_a_check_asks_the_question_in_full(engine: Engine) -> None:
    engine.handle("my lower back went when I lifted a box three days ago")
    answer(engine, {}, until="location")
    engine.handle("purple")  # the joint check, not understood: each is checked on its own
    turn = engine.handle("purple")
    assert turn.event == "reprompt" and "A yes or no is fine." in turn.say
    turn = engine.handle("purple")
    assert "location" not in engine.facts and turn.say.endswith(
        "Where does it hurt? For example, your lower back, the middle, between your shoulder blades, "
        "one side or both.")


def test_a_red_flag_said_at_a_check_still_ends_the_interview(engine: Engine) -> None:
    engine.handle("I lifted a box three days ago and my lower back has hurt since")
    answer(engine, {}, until="duration")
    turn = engine.handle("yes, and I've wet myself and can't feel when I need to go")
    assert turn.finished and turn.outcome is not None and turn.outcome.level == "emergency"


def test_go_back_after_a_check_restores_the_reading(engine: Engine) -> None:
    engine.handle("I lifted a box three days ago and my lower back has hurt since")
    answer(engine, {}, until="duration")
    engine.handle("no")
    assert "duration_days" not in engine.facts
    engine.undo()
    assert engine.facts["duration_days"] == 3 and engine.checking == "duration_days"


def test_several_readings_are_checked_together_once(engine: Engine) -> None:
    turn = engine.handle("I hurt my lower back lifting a box 3 days ago. It stays in my back.")
    # the story answers the first question: what it was read as is checked at once, with the readings waiting
    assert turn.question == "onset" and engine.checking_all == ("trigger", "location", "radiation", "duration_days")
    assert turn.say == ("Just to check, I noted: set off by lifting; pain in your lower back; "
                        "it doesn't spread; you've had it for 3 days. Is that right?")
    turn = engine.handle("yes")
    assert turn.question == "trauma" and engine.checking_all == ()
    answer(engine, {}, until="recurrent")
    asked = [e.question for e in engine.transcript if e.role == "user"]
    assert asked.count("duration") == 0 and asked.count("location") == 0


def test_a_no_to_the_joint_check_checks_each_on_its_own(engine: Engine) -> None:
    engine.handle("I hurt my lower back lifting a box 3 days ago. It stays in my back.")
    turn = engine.handle("no")
    assert turn.say == ("Then let me check them one at a time. "
                        "Just to check, I noted set off by lifting. Is that right?")
    engine.handle("yes")
    turn = engine.handle("no")  # no serious fall or accident
    assert turn.say.endswith("Just to check, I noted pain in your lower back. Is that right?")
    turn = engine.handle("yes")
    assert turn.say.endswith("Just to check, I noted that it doesn't spread. Is that right?")


def test_a_no_to_the_check_of_how_it_started_asks_it_in_full(engine: Engine) -> None:
    engine.handle("I hurt my lower back lifting a box 3 days ago. It stays in my back.")
    engine.handle("no")
    turn = engine.handle("no")
    assert "trigger" not in engine.facts and turn.question == "onset" and "How did your back pain start?" in turn.say
    engine.handle("it just came on gradually")
    assert engine.facts["onset"] == "gradual" and engine.facts.get("trigger") != "lifting"


def test_a_value_given_to_the_joint_check_answers_it_and_the_rest_are_checked(engine: Engine) -> None:
    engine.handle("I hurt my lower back lifting a box 3 days ago. It stays in my back.")
    engine.handle("it's been more like three weeks")
    assert engine.facts["duration_days"] == 21 and engine.checking == "onset"  # how it started, on its own


def test_the_joint_check_is_offered_once(engine: Engine) -> None:
    engine.handle("I hurt my lower back lifting a box 3 days ago. It stays in my back.")
    engine.handle("no")
    engine.undo()
    assert engine.checking_all == ("trigger", "location", "radiation", "duration_days")  # go back restores it
    engine.handle("no")
    engine.handle("yes")  # how it started, checked on its own
    engine.handle("no")  # no serious fall or accident
    assert engine.checking == "location" and engine.checking_all == ()


def test_a_no_to_a_check_is_previewed_as_a_denial_not_as_no_spread(engine: Engine) -> None:
    engine.handle("it started suddenly when I bent down, it stays in my back")
    answer(engine, {"location": "lower back"}, until="radiation")
    assert engine.checking == "radiation"
    assert engine.preview("no") == "that's not right"  # what voice reads back, too
    assert engine.preview("yes") == "that's right"
    assert engine.preview("it goes down to my calf") == "it spreads below the knee"


def test_an_intake_saved_during_a_joint_check_carries_on_with_it(engine: Engine, flow: Flow) -> None:
    engine.handle("I hurt my lower back lifting a box 3 days ago. It stays in my back.")
    restored = Engine.restore(flow, json.loads(json.dumps(engine.snapshot())), clock=lambda: TODAY)
    assert restored.checking_all == ("trigger", "location", "radiation", "duration_days")
    assert restored.current().say.startswith("Just to check, I noted:")
    assert restored.handle("yes").question == "trauma"


def test_a_place_that_raises_the_level_only_to_urgent_is_checked(engine: Engine) -> None:
    engine.handle("It came on gradually over the weekend, an ache between my shoulder blades when I sit")
    turn = answer(engine, {}, until="location")
    assert turn.say.endswith("Is that right?") and "shoulder blades" in turn.say
    turn = engine.handle("no, sorry, it's my lower back")  # the misread place never sends them to urgent care
    assert engine.facts["location"] == ("lower",)
    assert answer(engine, {"duration": "three days", "age": "40", "severity": "4", "improving": "yes"}).outcome \
        .level == "self_care"  # type: ignore[union-attr]


def test_yes_to_the_check_of_a_place_keeps_the_urgent_level(engine: Engine) -> None:
    engine.handle("It came on gradually over the weekend, an ache between my shoulder blades when I sit")
    answer(engine, {}, until="location")
    engine.handle("yes")
    outcome = answer(engine, {"duration": "three days", "age": "40", "severity": "4", "improving": "yes"}).outcome
    assert outcome is not None and outcome.level == "urgent"


def test_a_start_corrected_at_the_check_keeps_nothing_of_the_misread_start(engine: Engine) -> None:
    # the rest of the story raises the level (three months, to the foot), so only how it started waits
    engine.handle("My back went when I bent down to pick up the cat. That was three months ago and it still goes "
                  "right down to my foot.")
    assert engine.checking_all == ("onset", "trigger")
    engine.handle("no, it built up gradually")
    assert engine.facts["onset"] == "gradual" and "trigger" not in engine.facts and engine.question is not None
    assert engine.question.id == "trauma"


def test_a_start_told_in_one_sentence_is_taken_as_said(engine: Engine) -> None:
    turn = engine.handle("I hurt my lower back lifting a box")
    assert engine.facts["trigger"] == "lifting" and turn.question == "trauma" and "Just to check" not in turn.say


def test_a_start_told_at_the_check_of_what_set_it_off_answers_it(engine: Engine) -> None:
    story = "I hurt my lower back lifting a heavy box at work on Monday. It's sore but it doesn't go down my legs."
    engine.handle(story)
    engine.handle("no")
    assert engine.checking == "onset"  # "set off by lifting", checked on its own
    turn = engine.handle("no, it came on gradually")
    assert engine.facts["onset"] == "gradual" and "trigger" not in engine.facts and turn.question == "trauma"


def test_a_start_told_at_the_joint_check_answers_the_story_and_leaves_the_rest_to_check(engine: Engine) -> None:
    engine.handle("I hurt my lower back lifting a heavy box at work on Monday. It doesn't go down my legs.")
    turn = engine.handle("no, it came on gradually")
    assert engine.facts["onset"] == "gradual" and "trigger" not in engine.facts and turn.question == "trauma"
    answer(engine, {}, until="location")
    assert engine.checking == "location"
