"""Collect the verifier's training rows: what one reader reads from a story set, value by value.

Run it with the reader of the commit that scored the set blind on ``PYTHONPATH`` (the rows must
show the mistakes the rules make on text they were not tuned on; ``scripts/verifier/collect-all``
does every set). It imports nothing newer than ``read`` and ``load_corpus``, so old commits run it.

    PYTHONPATH=<checkout>/src python scripts/verifier/collect.py OUT.jsonl STORIES.yaml...

Each row: the corpus file and story id, one (fact, value) the whole story was read as, whether the
annotation holds that value (``ok``) or another value of the fact (``wrong``), and the indexes of
the sentences that, read alone, give the same value.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from backchat.checks.evaluate import load_corpus
from backchat.core.understand import read

SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])")  # the same as verifier.sentences


def items(facts: dict) -> list:  # verifier.items_of, which the old commits this runs under lack
    out = []
    for fact, value in facts.items():
        if isinstance(value, list | tuple):
            out.extend((fact, v) for v in value)
        else:
            out.append((fact, value))
    return out


def rules(text: str, when: object) -> object:
    """The rules' reading (without the verifier, where the commit has one)."""
    try:
        return read(text, when, verify=False)
    except TypeError:  # a commit from before the verifier
        return read(text, when)


# a screen fact whose True is the red flag of the same name, which writers often list without the fact
FLAGGED = {"immune", "fever", "trauma", "cancer_history", "weight_loss", "night_pain", "neuro_deficit", "chest_pain",
           "back_lump"}


def holds(annotation: dict, fact: str, value: object, flags: set) -> bool:
    """The annotation states the value: as a fact, or (for a screen fact's True) by the red flag it makes
    (``minor_trauma`` is a fall with thin bones or long-term steroids: ``fragile_bones``)."""
    if value is True and ((fact in FLAGGED and fact in flags) or (fact == "fragile_bones" and "minor_trauma" in flags)):
        return True
    want = annotation.get(fact)
    return value in want if isinstance(want, list) else want == value and type(want) is type(value)


def main(out: str, paths: list[str]) -> None:
    with open(out, "w", encoding="utf-8") as sink:
        for path in paths:
            today, entries = load_corpus(path)
            for entry in entries:
                if "red_flags" not in entry:
                    continue  # stories only
                when = entry.get("today", today)
                text = str(entry["text"])
                annotation = dict(entry.get("facts") or {})
                parts = [s for s in SPLIT.split(text) if s.strip()]
                per = [items(rules(s, when).facts) for s in parts]
                for fact, value in items(rules(text, when).facts):
                    ok = holds(annotation, fact, value, set(entry.get("red_flags") or []))
                    sink.write(json.dumps({
                        "file": Path(path).name, "id": entry["id"], "fact": fact, "value": value, "ok": ok,
                        "wrong": not ok and fact in annotation and fact != "location",
                        "sents": [i for i, got in enumerate(per) if (fact, value) in got],
                    }) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
