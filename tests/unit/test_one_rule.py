"""Small rules written once: a plain yes/no is its question's fact, and one public-facts projection
serves the engine, ``parse --json`` and the evaluation alike."""

from __future__ import annotations

import json

from click.testing import CliRunner

from backchat.checks.evaluate import understood
from backchat.cli.main import main
from backchat.core.answering import answer_facts
from backchat.core.engine import Engine
from backchat.core.flow import Flow
from backchat.core.triage import public_facts
from backchat.core.understand import read
from tests.conftest import TODAY


def _yes_no(flow: Flow) -> tuple[str, str]:
    q = next(q for q in flow.questions if q.kind == "yes_no")
    return q.id, q.sets[0]


def test_a_plain_no_is_the_yes_no_questions_fact_everywhere(flow: Flow) -> None:
    qid, fact = _yes_no(flow)
    q = flow.question(qid)
    reading = read("no", TODAY, qid, q.kind)
    assert answer_facts(reading, q) == {fact: False}
    engine = Engine(flow, clock=lambda: TODAY)
    engine.start()
    for _ in range(40):  # "no" to everything until the question comes
        asked = engine.question
        engine.handle("no")
        if asked is not None and asked.id == qid:
            break
    assert engine.facts[fact] is False
    out = CliRunner().invoke(main, ["parse", "--json", "--question", qid, "--today", TODAY.isoformat(), "no"])
    assert json.loads(out.stdout) == understood(flow, reading, q)


def test_a_plain_no_without_a_question_is_no_fact(flow: Flow) -> None:
    assert answer_facts(read("no", TODAY), None) == {}


def test_parse_json_prints_the_engines_projection_without_an_empty_red_flag_list(flow: Flow) -> None:
    text = "I lifted a box three days ago and it hurts in my lower back"
    out = CliRunner().invoke(main, ["parse", "--json", "--today", TODAY.isoformat(), text])
    projected = public_facts(flow, read(text, TODAY).facts)
    assert projected["red_flags"] == ()
    assert json.loads(out.stdout) == {k: list(v) if isinstance(v, tuple) else v
                                      for k, v in projected.items() if k != "red_flags"}


def test_the_engine_shows_the_same_projection(flow: Flow) -> None:
    engine = Engine(flow, clock=lambda: TODAY)
    engine.start()
    engine.handle("I lifted a box three days ago and now my lower back hurts")
    assert engine.public_facts() == public_facts(flow, engine.facts)
    assert engine.public_facts()["duration_days"] == 3
