"""What a person reads: plain words, reasons about them, nothing they did not say, honest progress."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from backchat.core.engine import Engine
from backchat.core.facts import CATALOGUE
from backchat.core.flow import Flow
from backchat.core.loader import flows_dir, load_flow
from backchat.core.turn import Turn, outcome_text
from backchat.core.understand import read
from backchat.core.wording import HELP, describe_fact, fact_label, fill_in, placeholders, sources_text
from backchat.tui.facts_view import fact_rows
from backchat.tui.widgets.progress import progress_content

TODAY = date(2026, 11, 18)
JARGON = ("saddle", "bowel, saddle", "sexual changes")
Patient = dict[str, str]
"""What a person answers to each question (by question id); "no" to any other."""
LIFTING_AT_34: Patient = {"onset": "it came on suddenly when I lifted a box yesterday", "location": "lower back",
                          "radiation": "no it stays in my back", "age": "34", "severity": "5"}
GRADUAL: Patient = {"onset": "it came on gradually", "location": "lower back", "duration": "3 days",
                    "age": "40", "severity": "4"}


def all_flows() -> list[Flow]:
    return [load_flow(p) for p in sorted(Path(flows_dir()).glob("*.yaml"))]


def interview(engine: Engine, patient: Patient, until: str | None = None) -> list[Turn]:
    """Answer each question as ``patient`` would, to the end (or until question ``until`` is open)."""
    turns: list[Turn] = []
    for _ in range(60):
        q = engine.question
        if q is None or q.id == until:
            return turns
        turns.append(engine.handle(patient.get(q.id, "no")))
    raise AssertionError("the interview did not end")


def user_texts(flow: Flow) -> list[str]:
    """Every sentence of the flow that a patient reads or hears."""
    texts = [flow.greeting, flow.disclaimer, flow.safety_net]
    for q in flow.questions:
        texts += [q.preface, q.prompt, q.reprompt, q.simpler, q.why, *q.examples, *q.choices]
    texts += [r.reason for r in flow.red_flags] + [r.reason for r in flow.care_rules]
    texts += [r.unknown_reason for r in flow.red_flags]
    texts += [o.title for o in flow.outcomes] + [o.action for o in flow.outcomes]
    texts += [a.title for a in flow.advice] + [a.text for a in flow.advice]
    return [t for t in texts if t]


# -- sources: kept in the data, shown on request, never in the patient's advice ---------------

def test_the_advice_a_patient_reads_carries_no_sources(engine: Engine, flow: Flow) -> None:
    turn = interview(engine, LIFTING_AT_34)[-1]
    assert turn.outcome is not None and turn.outcome.advice
    shown = outcome_text(flow, turn.outcome)
    titles = [s.title for s in flow.sources.values()]
    assert not any(t in shown for t in titles) and "Sources:" not in shown


def test_saying_sources_after_the_result_lists_where_each_advice_item_comes_from(
        engine: Engine, flow: Flow) -> None:
    outcome = interview(engine, LIFTING_AT_34)[-1].outcome
    assert outcome is not None
    turn = engine.handle("sources")
    assert turn.event == "sources" and turn.finished
    for advice in outcome.advice:
        expected = "; ".join(flow.sources[k].title for k in advice.sources)
        assert f"- {advice.title}: {expected}" in turn.say
    assert flow.sources["S3"].title in turn.say  # the safety-netting's own source


def test_sources_text_names_the_rules_behind_a_care_level(flow: Flow) -> None:
    text = sources_text(flow, rules=["age"])
    assert text.splitlines()[1] == "- Why this care level: " + "; ".join(
        flow.sources[k].title for k in next(r for r in flow.red_flags if r.id == "age").sources)
    assert sources_text(flow, advice=["no_such_item"]) == ""


def test_sources_during_the_interview_name_what_the_open_question_screens_for(engine: Engine,
                                                                                flow: Flow) -> None:
    interview(engine, GRADUAL, until="bladder_bowel")
    turn = engine.handle("where does this come from")
    assert turn.event == "sources" and not turn.finished
    assert "What this question checks for:" in turn.say and flow.sources["S6"].title in turn.say
    assert turn.say.endswith(flow.question(engine.state).reprompt)


# -- plain words --------------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(n for n, s in CATALOGUE.items() if s.kind == "bool"))
def test_a_yes_or_no_fact_is_read_back_in_plain_words(name: str) -> None:
    for value in (True, False):
        text = describe_fact(name, value)
        assert not any(j in text for j in JARGON), text
        assert ":" not in text, f"{name}={value} falls back to a label: {text}"


@pytest.mark.parametrize("name", sorted(CATALOGUE))
def test_a_fact_is_named_without_jargon(name: str) -> None:
    assert not any(j in fact_label(name) for j in JARGON), fact_label(name)


def test_a_no_to_the_bladder_question_is_read_back_without_jargon(engine: Engine) -> None:
    interview(engine, GRADUAL, until="bladder_bowel")
    turn = engine.handle("no")
    assert turn.say.startswith("Noted: no changes in your bladder or bowels.")
    assert "saddle" not in turn.say


def test_the_spreading_question_asks_one_thing_and_both_legs_is_asked_on_its_own(engine: Engine,
                                                                                   flow: Flow) -> None:
    spreading = flow.question("radiation").prompt
    assert spreading.count("?") == 1 and "both" not in spreading
    interview(engine, GRADUAL, until="radiation")
    turn = engine.handle("yes")
    assert turn.question == "radiation" and not turn.say.startswith("Sorry")
    assert "How far" in turn.say
    turn = engine.handle("down to my calf")
    assert turn.question == "both_legs" and turn.say.endswith(flow.question("both_legs").prompt)


@pytest.mark.parametrize("flow_", all_flows(), ids=lambda f: f.name)
def test_no_text_a_patient_reads_has_backticks_or_markup(flow_: Flow) -> None:
    for text in [*user_texts(flow_), HELP]:
        assert "`" not in text and "[/" not in text and "**" not in text, text


@pytest.mark.parametrize("flow_", all_flows(), ids=lambda f: f.name)
def test_every_choice_offered_is_understood_as_an_answer_to_its_question(flow_: Flow) -> None:
    for q in flow_.questions:
        if q.kind in ("yes_no", "number"):
            continue
        for choice in q.choices:
            facts = read(choice, TODAY, q.id, q.kind).facts
            assert q.sets[0] in facts and facts[q.sets[0]] not in q.vague, (q.id, choice, facts)


# -- reasons about the person ------------------------------------------------------------------

def test_a_72_year_old_hears_their_own_age_not_an_age_band(engine: Engine) -> None:
    turn = interview(engine, {**GRADUAL, "age": "72"})[-1]
    assert turn.outcome is not None and turn.outcome.level == "gp"
    reason = " ".join(r.text for r in turn.outcome.reasons)
    assert "Because you're 72," in reason and "over 50" not in reason and "{" not in reason


def test_a_long_episode_is_described_with_how_long_they_said(engine: Engine) -> None:
    turn = interview(engine, {**GRADUAL, "duration": "6 weeks", "improving": "yes"})[-1]
    assert turn.outcome is not None and turn.outcome.level == "gp"
    assert any("You've had this pain for about 6 weeks." in r.text for r in turn.outcome.reasons)


@pytest.mark.parametrize("flow_", all_flows(), ids=lambda f: f.name)
def test_a_reason_names_only_facts_its_rule_has_tested(flow_: Flow) -> None:
    rules = [(r.id, r.when, r.reason) for r in flow_.red_flags]
    rules += [(r.id, r.when, r.reason) for r in flow_.care_rules]
    for rid, when, reason in rules:
        tested = {f for c in when for f in c.facts()}
        if "duration_band" in tested:
            tested.add("duration_days")  # the band is worked out from it
        assert placeholders(reason) <= (tested & set(CATALOGUE)) | {"signs"}, rid
    for flag in flow_.red_flags:
        assert not placeholders(flag.unknown_reason), flag.id  # the fact is not known then


@pytest.mark.parametrize(("said", "sign"), [
    ("since yesterday I can't feel when I need to pee", "changes in your bladder or bowels"),
    ("it goes down both legs", "pain, numbness or weakness in both legs"),
])
def test_an_emergency_reason_names_only_the_sign_the_person_gave(engine: Engine, said: str,
                                                                  sign: str) -> None:
    turn = engine.handle(said)
    assert turn.outcome is not None and turn.outcome.level == "emergency"
    reason = next(r.text for r in turn.outcome.reasons if r.rule == "cauda_equina")
    assert reason.startswith(f"You told me about {sign}.")


def test_fill_in_fills_placeholders_from_the_answers_and_never_guesses() -> None:
    assert fill_in("Because you're {age}, ...", {"age": 72}) == "Because you're 72, ..."
    assert fill_in("for {duration_days}", {"duration_days": 42}) == "for about 6 weeks"
    assert fill_in("Because you're {age}", {}) == "Because you're your age"


# -- nothing they did not say ------------------------------------------------------------------

def test_a_no_to_night_pain_is_noted_as_what_was_asked_not_as_rest_easing_it(engine: Engine) -> None:
    interview(engine, GRADUAL, until="night_pain")
    turn = engine.handle("no")
    assert "rest eases" not in turn.say
    assert turn.say.startswith("Noted: it isn't worse at night or when you rest.")


def test_not_sure_how_it_started_is_noted_once(engine: Engine) -> None:
    turn = engine.handle("dunno")
    assert turn.say.count("not sure") == 1 and "Noted:" not in turn.say
    assert "no clear cause" not in turn.say


def test_go_back_says_which_answer_it_took_back(engine: Engine) -> None:
    interview(engine, GRADUAL, until="radiation")
    turn = engine.handle("go back")
    assert turn.event == "undo" and turn.question == "location"
    assert turn.say.startswith("I've taken back your answer about where it hurts (pain in your "
                               "lower back).")


def test_go_back_after_a_correction_names_it_in_plain_words(engine: Engine) -> None:
    interview(engine, GRADUAL, until="fever")
    engine.handle("actually it has been 3 weeks")
    turn = engine.handle("go back")
    assert turn.say.startswith("I've taken back your answer about how long you've had it "
                               "(for about 3 weeks).")
    assert "duration_days" not in engine.facts


# -- honest progress ---------------------------------------------------------------------------

@pytest.mark.parametrize("flow_", all_flows(), ids=lambda f: f.name)
def test_the_greeting_promises_no_number_the_progress_line_contradicts(flow_: Flow) -> None:
    turn = Engine(flow_).start()
    assert "a few questions" not in turn.say and "{" not in turn.say
    most = turn.progress.left[1]
    assert f"up to {most} " in turn.say  # the same count the progress line starts from


def questions_left(turns: list[Turn]) -> list[int]:
    """For each turn, how many questions were in fact still asked from then on (the open one too)."""
    asks = [i for i, t in enumerate(turns)
            if t.question and (i == 0 or t.question != turns[i - 1].question)]
    return [(1 if t.question else 0) + sum(1 for j in asks if j > i) for i, t in enumerate(turns)]


@pytest.mark.parametrize("patient", [
    {**LIFTING_AT_34, "onset": "I hurt it lifting a box", "duration": "1 day"},  # onset asked again
    {**GRADUAL, "duration": "6 weeks", "improving": "yes"},
    {"onset": "I fell over", "location": "lower back", "radiation": "down to my calf",
     "duration": "2 weeks", "age": "30", "severity": "3"},
    {**GRADUAL, "numbness_weakness": "yes, my left foot tingles"},
], ids=["lifting", "gradual", "fall", "tingling"])
def test_the_questions_left_always_lie_within_the_range_shown(
        new_engine: Callable[[], Engine], patient: Patient) -> None:
    engine = new_engine()
    turns = [engine.start(), *interview(engine, patient)]
    assert turns[-1].finished
    final_flags = turns[-1].facts["red_flags"]
    for turn, actual in zip(turns, questions_left(turns), strict=True):
        low, high = turn.progress.left
        assert actual <= high, (turn.question, turn.progress.left, actual)
        if turn.facts["red_flags"] == final_flags:  # a flag said later may end it sooner
            assert low <= actual, (turn.question, turn.progress.left, actual)
    assert turns[-1].progress.left_text == "all done"


def test_answers_given_early_only_shorten_what_is_left(new_engine: Callable[[], Engine]) -> None:
    engine = new_engine()
    turns = [engine.start(), *interview(engine, LIFTING_AT_34)]
    assert all(actual <= t.progress.left[1] for t, actual in zip(turns, questions_left(turns),
                                                                 strict=True))


def test_questions_not_needed_are_marked_skipped_not_left_pending(engine: Engine, flow: Flow) -> None:
    turn = interview(engine, LIFTING_AT_34)[-1]
    skipped = set(turn.progress.skipped)
    assert "improving" in skipped  # 1 day is too soon to ask whether it is getting better
    answered = {q.id for q in flow.questions if q.sets[0] in engine.facts or q.sets[0] in engine.unknown}
    assert not skipped & answered
    assert answered | skipped == {q.id for q in flow.questions}


def test_the_panel_shows_skipped_questions_as_not_needed_never_as_not_asked_yet(engine: Engine,
                                                                                 flow: Flow) -> None:
    interview(engine, LIFTING_AT_34)
    rows = {r.key: r for r in fact_rows(flow, engine.facts, engine.unknown, None, True)}
    assert rows["improving"].state == "skipped" and rows["improving"].value == "not needed"
    assert not [r for r in rows.values() if r.state == "pending"]


def test_the_panel_marks_what_the_story_said_as_to_check_until_it_is_confirmed(engine: Engine,
                                                                              flow: Flow) -> None:
    turn = engine.handle("I hurt my lower back lifting a box 3 days ago. It stays in my back.")
    assert turn.to_check == ("trigger", "location", "radiation", "duration_days")
    rows = {r.key: r for r in fact_rows(flow, engine.facts, engine.unknown, turn.question, False, turn.to_check)}
    assert rows["location"].mark == "~" and rows["location"].value == "lower back (to check)"
    turn = engine.handle("yes")
    rows = {r.key: r for r in fact_rows(flow, engine.facts, engine.unknown, turn.question, False, turn.to_check)}
    assert turn.to_check == () and rows["location"].mark == "✓" and rows["location"].value == "lower back"


def test_the_last_question_says_so(engine: Engine) -> None:
    turns = interview(engine, LIFTING_AT_34, until="severity")
    assert turns[-1].question == "severity" and turns[-1].progress.left_text == "last question"
    assert progress_content(turns[-1].progress, False).plain.endswith("  last question")


# -- a short why before a sensitive question -----------------------------------------------------

@pytest.mark.parametrize("qid", ["sexual", "weight_loss", "cancer_history", "immune"])
def test_a_sensitive_question_is_introduced_before_it_is_asked(flow: Flow, qid: str) -> None:
    assert flow.question(qid).preface


def test_the_cancer_question_is_never_asked_bare(engine: Engine, flow: Flow) -> None:
    turns = interview(engine, GRADUAL, until="cancer_history")
    q = flow.question("cancer_history")
    assert turns[-1].question == "cancer_history"
    assert turns[-1].say.endswith(f"{q.preface} {q.prompt}")
    assert engine.handle("repeat").say == f"{q.preface} {q.prompt}"
    assert engine.current().say == f"{q.preface} {q.prompt}"  # carrying on later
    engine.handle("no")
    assert engine.revisit("cancer_history").say == f"{q.preface} {q.prompt}"  # asked again
