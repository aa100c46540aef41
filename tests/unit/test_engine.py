"""The engine's behaviour, one rule per test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from backchat.core.engine import Engine
from backchat.core.flow import Flow
from backchat.core.turn import Turn
from backchat.core.understand import read

Answers = list[str]


def run(engine: Engine, answers: Answers) -> None:
    for a in answers:
        engine.handle(a)


def answer(engine: Engine, by_question: dict[str, str], until: str | None = None,
           default: str = "no") -> Turn:
    """Answer each question by its id (``default`` for the rest) until ``until`` is open or the end."""
    turn = engine.current()
    for _ in range(60):
        if turn.finished or turn.question == until:
            return turn
        assert turn.question is not None
        turn = engine.handle(by_question.get(turn.question, default))
    raise AssertionError("the intake did not finish")


def asked(engine: Engine) -> list[str]:
    return [e.question for e in engine.transcript if e.role == "user" and e.question]


def test_start_greets_and_asks_how_it_started(new_engine: Callable[[], Engine]) -> None:
    turn = new_engine().start()
    assert turn.question == "onset" and turn.event == "ask"
    assert "How did your back pain start?" in turn.say and "diagnose" in turn.say


def test_one_rich_answer_fills_several_facts_and_only_checks_their_questions(engine: Engine) -> None:
    turn = engine.handle("lifted a box on monday, it shoots down my left leg to the knee, no numbness")
    assert turn.facts["trigger"] == "lifting" and turn.facts["duration_days"] == 2
    assert turn.facts["radiation"] == "thigh" and turn.facts["numbness_or_weakness"] is False
    assert turn.question == "trauma" and turn.say.startswith("Noted:")
    turn = answer(engine, {"location": "lower back"}, until="radiation")
    assert turn.say.endswith("Just to check, I noted: it spreads into your thigh, "
                             "no further than the knee; you've had it for 2 days. Is that right?")
    turn = answer(engine, {"radiation": "yes"}, until="recurrent")
    assert engine.facts["radiation"] == "thigh" and engine.facts["duration_days"] == 2


def test_how_it_started_never_skips_the_injury_question(engine: Engine) -> None:
    turn = engine.handle("it came on suddenly while I was bending over")
    assert turn.question == "trauma"  # bending does not rule out an accident


def test_a_volunteered_denial_still_asks_the_screen(engine: Engine) -> None:
    answer(engine, {"onset": "it came on gradually, no numbness or tingling", "location": "lower back",
                    "radiation": "no, it stays in my back"}, until="numbness_weakness")
    assert engine.state == "numbness_weakness"  # "no numbness" did not deny weakness


def test_a_stated_sign_skips_its_question(engine: Engine) -> None:
    answer(engine, {"onset": "gradually, and my left foot has gone numb", "location": "lower back",
                    "radiation": "no"}, until="fever")
    assert "numbness_weakness" not in asked(engine) and "neuro_deficit" in asked(engine)


def test_an_emergency_sign_ends_the_interview_at_once(engine: Engine) -> None:
    run(engine, ["it came on gradually", "no", "lower back"])
    turn = engine.handle("no, but since yesterday I can't control my bladder")
    assert turn.finished and turn.outcome is not None and turn.outcome.level == "emergency"
    assert "cauda_equina" in turn.facts["red_flags"]
    assert turn.outcome.advice == ()


def test_an_urgent_sign_still_asks_the_emergency_screens_first(engine: Engine) -> None:
    turn = engine.handle("I've had a fever of 39 since my back started hurting")
    assert not turn.finished and turn.question == "trauma" and "safety questions" in turn.say
    turn = answer(engine, {})
    assert turn.outcome is not None and turn.outcome.level == "urgent"
    assert asked(engine)[1:] == ["trauma", "both_legs", "bladder_bowel", "saddle", "sexual", "chest_pain"]


def test_an_emergency_screen_after_an_urgent_sign_can_make_it_an_emergency(engine: Engine) -> None:
    engine.handle("I had bowel cancer three years ago and now my back aches")
    turn = answer(engine, {"saddle": "yes"})
    assert turn.outcome is not None and turn.outcome.level == "emergency"


def test_each_cauda_equina_question_is_an_emergency_on_yes(new_engine: Callable[[], Engine]) -> None:
    for question in ("bladder_bowel", "saddle", "sexual", "both_legs", "chest_pain"):
        engine = new_engine()
        engine.start()
        turn = answer(engine, {"onset": "gradually", "location": "lower back", "radiation": "no",
                               question: "yes"})
        assert turn.outcome is not None and turn.outcome.level == "emergency", question


def test_numbness_in_one_leg_alone_is_a_gp_matter(engine: Engine) -> None:
    turn = answer(engine, {"onset": "gradually", "location": "lower back", "radiation": "no",
                           "numbness_weakness": "yes, my left foot tingles", "duration": "3 days",
                           "age": "40", "severity": "4"})
    assert turn.outcome is not None and turn.outcome.level == "gp"
    assert "neuro_deficit" in asked(engine)


def test_weakness_or_worsening_numbness_is_urgent(new_engine: Callable[[], Engine]) -> None:
    for reply in ("yes", "not sure"):
        engine = new_engine()
        engine.start()
        turn = answer(engine, {"onset": "gradually", "location": "lower back", "radiation": "no",
                               "numbness_weakness": "yes", "neuro_deficit": reply})
        assert turn.outcome is not None and turn.outcome.level == "urgent", reply


def test_down_the_leg_without_a_level_asks_how_far(engine: Engine) -> None:
    turn = answer(engine, {"onset": "gradually", "location": "lower back"}, until="radiation")
    turn = engine.handle("it goes down my leg")
    assert turn.question == "leg_level" and turn.facts["radiation"] == "leg"
    turn = engine.handle("all the way to my foot")
    assert turn.facts["radiation"] == "foot" and turn.question == "both_legs"


def test_age_raises_the_level_but_does_not_end_the_screen(engine: Engine) -> None:
    turn = engine.handle("I'm 70 and it came on gradually")
    assert not turn.finished and turn.question == "trauma"
    assert turn.facts["red_flags"] == ("age",)


def test_i_dont_know_on_a_red_flag_question_is_asked_again_more_simply(engine: Engine) -> None:
    answer(engine, {"onset": "gradually", "location": "lower back"}, until="bladder_bowel")
    turn = engine.handle("I don't know")
    assert turn.event == "simpler" and turn.question == "bladder_bowel"
    assert "peeing or pooing" in turn.say
    turn = engine.handle("not sure")
    assert turn.question == "saddle" and "bladder_bowel" in turn.unknown


def test_unknown_on_a_red_flag_question_never_leads_to_self_care(engine: Engine) -> None:
    turn = answer(engine, {"onset": "gradually", "location": "lower back", "fever": "not sure",
                           "duration": "3 days", "age": "30", "severity": "2"})
    assert turn.outcome is not None and turn.outcome.level == "urgent"


def test_a_plain_no_later_does_not_clear_a_stated_red_flag(engine: Engine) -> None:
    answer(engine, {"onset": "I lifted a box", "location": "lower back", "duration": "3 days",
                    "age": "55", "severity": "3"})
    assert engine.finished and engine.state == "gp"
    engine.handle("I've got a fever")
    assert engine.state == "urgent"
    engine.handle("no")
    assert engine.state == "urgent"


def test_an_explicit_correction_can_change_a_fact(engine: Engine) -> None:
    answer(engine, {"onset": "gradually", "location": "lower back"}, until="fever")
    turn = engine.handle("actually it has been two weeks")
    assert turn.facts["duration_days"] == 14 and "fever" not in turn.facts
    assert turn.question == "fever"


def test_go_back_undoes_the_last_answer(engine: Engine) -> None:
    run(engine, ["it came on gradually", "no", "lower back"])
    turn = engine.handle("go back")
    assert turn.event == "undo" and turn.question == "location" and "location" not in turn.facts


def test_go_back_at_the_start_says_there_is_nothing_to_undo(engine: Engine) -> None:
    assert "nothing to go back to" in engine.handle("undo").say


def test_restart_forgets_everything(engine: Engine) -> None:
    run(engine, ["it came on gradually", "no", "lower back"])
    turn = engine.handle("start again")
    assert turn.question == "onset" and turn.facts == {"red_flags": ()}


def test_why_help_and_repeat_change_nothing(engine: Engine) -> None:
    before = engine.snapshot()["facts"]
    assert engine.handle("why").event == "why"
    assert engine.handle("help").event == "help"
    assert engine.handle("repeat").event == "repeat"
    assert engine.snapshot()["facts"] == before and engine.state == "onset"


def test_quit_is_reported_to_the_front_end(engine: Engine) -> None:
    turn = engine.handle("quit")
    assert turn.event == "quit" and not turn.finished


def test_answers_it_cannot_understand_never_loop(engine: Engine) -> None:
    events = [engine.handle("blorp").event for _ in range(3)]
    assert events == ["off_topic", "reprompt", "ask"]  # examples, then numbered choices, then move on
    assert engine.state == "trauma" and "onset" in engine.unknown


def test_numbered_choices_are_accepted_after_two_failures(engine: Engine) -> None:
    run(engine, ["blah", "blah"])
    assert engine.handle("3").facts["onset"] == "trauma"


def test_empty_input_reprompts_without_counting_as_an_answer(engine: Engine) -> None:
    turn = engine.handle("   ")
    assert turn.event == "empty" and turn.question == "onset"


def test_another_language_gets_a_clear_message(engine: Engine) -> None:
    assert engine.handle("me duele mucho la espalda").event == "language"


def test_relative_dates_use_the_injected_clock(flow: Flow) -> None:
    e = Engine(flow, clock=lambda: date(2026, 11, 20))  # a Friday
    e.start()
    assert e.handle("it started on monday when I lifted a box").facts["duration_days"] == 4


def test_the_side_panel_correction_re_triages(engine: Engine) -> None:
    answer(engine, {"onset": "I lifted a box", "location": "lower back", "duration": "3 days",
                    "age": "30", "severity": "3"})
    assert engine.state == "self_care"
    turn = engine.correct("fever", "yes, 38.9")
    assert turn.event == "revised" and engine.state == "urgent"


def test_revisit_asks_a_question_again(engine: Engine) -> None:
    run(engine, ["it came on gradually", "no", "lower back", "no"])
    turn = engine.revisit("location")
    assert turn.question == "location" and "location" not in turn.facts
    assert engine.handle("middle of my back").question == "both_legs"


def test_snapshot_and_restore_carry_on_exactly(flow: Flow, engine: Engine) -> None:
    run(engine, ["it came on gradually", "no", "lower back", "no"])
    restored = Engine.restore(flow, engine.snapshot(), clock=lambda: date(2026, 11, 18))
    assert restored.state == engine.state and restored.facts == engine.facts
    assert restored.handle("no").question == engine.handle("no").question
    assert restored.handle("go back").question == engine.handle("go back").question


def test_the_same_answers_give_the_same_turns(new_engine: Callable[[], Engine]) -> None:
    answers = ["I lifted a box", "no", "lower back", "to the calf", "no", "no", "no", "no", "no", "no",
               "a week", "no", "no", "no", "no", "no", "no", "44", "5"]
    a, b = new_engine(), new_engine()
    a.start(), b.start()
    assert [a.handle(x).say for x in answers] == [b.handle(x).say for x in answers]


def test_self_care_advice_is_tailored_and_safety_netted(engine: Engine) -> None:
    outcome = answer(engine, {"onset": "I lifted a box yesterday", "location": "lower back",
                              "duration": "yesterday", "age": "30", "severity": "8"}).outcome
    assert outcome is not None and outcome.level == "self_care"
    ids = [a.id for a in outcome.advice]
    assert "lifting" in ids and "ice_then_heat" in ids and "strong_pain" in ids and "heat" not in ids
    assert "exercise_soreness" not in ids and all(a.sources for a in outcome.advice)
    assert "both legs" in outcome.safety_net


def test_emergency_outcome_has_no_advice_and_says_what_to_do_now(engine: Engine) -> None:
    outcome = engine.handle("I was in a car crash this morning and my back is agony").outcome
    assert outcome is not None and outcome.level == "emergency"
    assert outcome.advice == () and "emergency" in outcome.action.lower()


def test_preview_describes_what_an_answer_would_mean(engine: Engine) -> None:
    answer(engine, {"onset": "gradually", "location": "lower back"}, until="fever")
    assert engine.preview("no") == "no fever or chills"
    assert engine.state == "fever"


def test_a_correction_sets_every_fact_its_question_sets(engine: Engine) -> None:
    run(engine, ["I lifted a box", "no", "lower back", "down my left leg to the knee, just the left"])
    turn = engine.correct("radiation", "it goes down both legs to the calves")
    assert turn.facts["radiation"] == "below_knee" and turn.facts["bilateral"] is True
    assert turn.finished and turn.outcome is not None and turn.outcome.level == "emergency"


def test_a_correction_is_kept_in_the_transcript(engine: Engine) -> None:
    engine.handle("it came on gradually")
    engine.correct("onset", "it was sudden, when I bent down")
    assert any(e.role == "user" and "bent down" in e.text for e in engine.transcript)


def test_revisit_refuses_a_question_not_reached_yet(engine: Engine) -> None:
    run(engine, ["it came on gradually", "no", "lower back"])
    turn = engine.revisit("fever")
    assert "haven't got to that question yet" in turn.say and engine.state == "radiation"


def test_the_fall_choice_leaves_a_serious_injury_to_its_own_question(flow: Flow) -> None:
    """A slip on the ice picked as "after a fall or a knock" (or heard so by voice) is not a crash."""
    choice = flow.question("onset").choices[2]
    facts = read(choice, None, "onset", "onset").facts
    assert facts["onset"] == "trauma" and "trauma" not in facts  # the injury screen asks how serious
