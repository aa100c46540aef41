"""Understanding and safety, measured on the annotated corpus and the vignette suite.

Asserted: every red flag in the corpus is understood, no fact is invented in a hard
negative, and no vignette is under-triaged. The other figures are reported by
`backchat eval` and quoted in the README, not asserted.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml

from backchat.checks.evaluate import Report, evaluate
from backchat.checks.vignettes import VignetteReport, run_vignettes
from backchat.core.facts import RED_FLAGS
from backchat.core.flow import Flow

CORPUS = Path(__file__).parent / "corpus"


@pytest.fixture(scope="module")
def report(flow: Flow) -> Report:
    return evaluate(flow, CORPUS / "utterances.yaml")


@pytest.fixture(scope="module")
def vignettes(flow: Flow) -> VignetteReport:
    return run_vignettes(flow, CORPUS / "vignettes.yaml")


def test_the_corpus_is_big_and_varied_enough() -> None:
    items = yaml.safe_load((CORPUS / "utterances.yaml").read_text(encoding="utf-8"))["utterances"]
    tags = Counter(t for u in items for t in u.get("tags") or [])
    flags = Counter(f for u in items for f in (u.get("facts") or {}).get("red_flags", []))
    assert len(items) >= 200 and tags["red_flag"] >= 40 and tags["hard_negative"] >= 40
    assert set(flags) == set(RED_FLAGS)


def test_every_red_flag_in_the_corpus_is_understood(report: Report) -> None:
    missed = [m for m in report.misses if m.fact == "red_flags" and m.kind != "invented"]
    assert report.red_flag_recall == 1.0, missed


def test_no_fact_is_invented_in_a_hard_negative(report: Report) -> None:
    assert report.hard_negatives >= 40
    assert report.hard_negative_inventions == 0


def test_no_vignette_is_under_triaged(vignettes: VignetteReport) -> None:
    assert len(vignettes.results) >= 60
    assert {r.expected for r in vignettes.results} == {"emergency", "urgent", "gp", "self_care"}
    assert vignettes.under == []


def test_the_wilson_interval_matches_the_textbook_figure() -> None:
    from backchat.checks.evaluate import wilson

    lo, hi = wilson(45, 50)
    assert round(lo, 3) == 0.786 and round(hi, 3) == 0.957
    assert wilson(0, 0) == (0.0, 1.0)


def test_a_story_corpus_reports_false_flags_and_invented_values(flow: Flow, tmp_path: Path) -> None:
    stories = [
        {"id": "s1", "text": "I've had a fever and chills since Monday and my lower back aches.",
         "facts": {"fever": True, "location": ["lower"]}, "red_flags": ["fever"], "level": "urgent"},
        {"id": "s2", "text": "My mum had a fever last week. My lower back aches.",
         "facts": {"location": ["lower"]}, "red_flags": [], "level": "self_care"},
    ]
    path = tmp_path / "stories.yaml"
    path.write_text(yaml.safe_dump(stories), encoding="utf-8")
    got = evaluate(flow, path, end_to_end=False)
    assert got.utterances == 2 and got.flag_expected == 1 and got.no_flag_texts == 1
    assert got.red_flag_recall == 1.0 and got.false_flag_texts == 0
    text = "\n".join(got.lines())
    assert "red-flag recall: 1.000 (1/1; 95% CI" in text and "false-flag rate: 0.000 (0/1" in text


def test_a_wrong_value_is_told_apart_from_a_fact_the_text_does_not_state(flow: Flow, tmp_path: Path) -> None:
    stories = [
        # annotated 9 days, read as 10: a stated fact with a wrong value
        {"id": "w", "text": "My lower back has ached for 10 days.",
         "facts": {"location": ["lower"], "duration_days": 9}, "red_flags": [], "level": "gp"},
        # "lower back" left out of the annotation: read, but (as annotated) not stated
        {"id": "i", "text": "My lower back has ached for 10 days.", "facts": {"duration_days": 10},
         "red_flags": [], "level": "gp"},
    ]
    path = tmp_path / "stories.yaml"
    path.write_text(yaml.safe_dump(stories), encoding="utf-8")
    got = evaluate(flow, path, end_to_end=False)
    assert (got.wrong_values, got.wrong_texts) == (1, 1)
    assert (got.invented_values, got.invented_texts) == (1, 1)
    assert got.values_read == 4 and got.precision("duration_days") == 0.5
    text = "\n".join(got.lines())
    assert "invented (a fact the text does not state): 0.250 of values read (1/4); in 1/2 texts" in text
    assert "wrong value (a stated fact read otherwise): 0.250 of values read (1/4); in 1/2 texts" in text


@pytest.fixture(scope="module")
def stories(flow: Flow) -> Report:
    return evaluate(flow, CORPUS / "stories" / "work.yaml", end_to_end=False)


def test_every_red_flag_of_the_work_stories_is_read_or_held_to_confirm(stories: Report) -> None:
    # the verifier may doubt a sign it reads (one confirming question then asks), never drop it
    assert stories.utterances >= 300 and stories.flag_expected >= 100
    assert stories.flag_found + stories.flag_held == stories.flag_expected
    assert stories.flag_found >= 0.99 * stories.flag_expected


def test_stories_without_a_red_flag_rarely_get_one(stories: Report) -> None:
    assert stories.no_flag_texts >= 100
    assert stories.false_flag_texts / stories.no_flag_texts <= 0.05


def test_end_to_end_reports_what_a_self_care_intake_costs_in_turns(flow: Flow, tmp_path: Path) -> None:
    stories = [
        {"id": "c", "text": "I hurt my lower back lifting a box 3 days ago. It stays in my back.",
         "facts": {"trigger": "lifting", "location": ["lower"], "radiation": "none", "duration_days": 3},
         "red_flags": [], "level": "self_care"},
        {"id": "u", "text": "I've had a fever and chills since Monday and my lower back aches.",
         "facts": {"fever": True, "location": ["lower"]}, "red_flags": ["fever"], "level": "urgent"},
    ]
    path = tmp_path / "stories.yaml"
    path.write_text(yaml.safe_dump(stories), encoding="utf-8")
    got = evaluate(flow, path)
    assert got.end_to_end is not None and got.end_to_end.under == []
    turns = got.end_to_end.self_care_turns
    assert len(turns) == 1 and 15 <= turns[0] <= 22  # the urgent story is not counted
    assert f"  turns per self-care intake: median {turns[0]}, mean {turns[0]:.1f} (n=1)" in got.lines()


def test_over_escalation_is_an_end_above_where_the_truthful_answers_lead(flow: Flow, tmp_path: Path) -> None:
    stories = [
        # no red flag in the story, but the truthful answer to the cancer question holds one: urgent is right
        {"id": "later", "text": "My lower back has ached for a week. It stays in my back.",
         "facts": {"location": ["lower"], "radiation": "none", "duration_days": 7}, "red_flags": [],
         "answers": {"cancer_history": True}, "level": "urgent"},
        # no red flag anywhere (as annotated), but a crash read as one: escalated by the opening words (one sentence,
        # which the verifier leaves as read)
        {"id": "misread", "text": "I was in a bad car crash on the motorway last week and my lower back aches.",
         "facts": {"location": ["lower"]}, "red_flags": [], "level": "self_care"},
    ]
    path = tmp_path / "stories.yaml"
    path.write_text(yaml.safe_dump(stories), encoding="utf-8")
    got = evaluate(flow, path)
    assert got.end_to_end is not None and got.end_to_end.under == []
    assert got.end_to_end.over_escalated == ["misread expected self_care, got emergency"]
    assert got.end_to_end.escalated_by_answers == ["later"]
    text = "\n".join(got.lines())
    assert "over-escalated 1/2 with no red flag" in text
    assert "escalated by a later truthful answer (as annotated): 1 (later)" in text


def test_every_story_level_follows_from_its_own_facts_and_answers(flow: Flow) -> None:
    # the truthful patient answers from the facts and answers alone: a red flag or level with no fact behind it
    # (a cauda equina story with no sign named) would be answered "no" and look like an under-triage
    from backchat.checks.evaluate import load_corpus
    from backchat.checks.truthful import truth_of
    from backchat.core.triage import triage

    stories = [e for path in sorted((CORPUS / "stories").glob("*.yaml")) for e in load_corpus(path)[1] if "level" in e]
    assert len(stories) >= 4000
    for e in stories:
        flags = e.get("red_flags") or ()
        got = triage(flow, truth_of(e.get("facts") or {}, e.get("answers") or {}, flags), set())
        assert (e["id"], got.level) == (e["id"], e["level"])
        assert set(flags) <= set(got.red_flags), e["id"]


def test_the_record_at_the_end_lists_every_value_the_person_never_said() -> None:
    from backchat.checks.truthful import unsaid

    truth = {"location": ("lower",), "duration_days": 5}
    record = {"location": ("lower", "left"), "duration_days": 5, "fever": False, "night_pain": True,
              "trigger": "unknown", "onset": "sudden"}
    # a screen never asked is the "no" they would give; "not sure" how it started is said; the rest was not
    assert unsaid(record, truth) == (["location=left", "night_pain=True", "onset=sudden"], 7)


def test_end_to_end_reports_the_share_of_the_record_never_said(flow: Flow, tmp_path: Path) -> None:
    stories = [{"id": "s1", "text": "My lower back has hurt for 3 days. It's a 4 out of 10.",
                "facts": {"location": ["lower"], "duration_days": 3}, "red_flags": [], "level": "self_care"}]
    path = tmp_path / "stories.yaml"
    path.write_text(yaml.safe_dump(stories), encoding="utf-8")
    got = evaluate(flow, path)
    assert got.end_to_end is not None and got.end_to_end.recorded > 5
    # annotated with no score, the truthful patient would say 5 if asked: the 4 read from the story is a value the
    # truth does not hold, and it stays in the record (a score is never checked)
    assert got.end_to_end.unsaid == ["s1 severity=4"]
    assert any(line.startswith("  record at the end: ") for line in got.lines())
