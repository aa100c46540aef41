"""Train the verifier (``src/backchat/core/understand/verifier.json``) from the collected rows.

    python scripts/verifier/train.py            train on every set and write the weights
    python scripts/verifier/train.py --held-out  train on all sets but one, score that one, for each set

Needs the ``train`` extra (``pip install -e '.[train]'``: numpy and scikit-learn, pinned); backchat
itself reads the weights in pure Python. The features are ``verifier.features`` (one definition).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from backchat.checks.evaluate import load_corpus
from backchat.core.understand.verifier import features, sentences, threshold

ROOT = Path(__file__).resolve().parents[2]
ROWS = ROOT / "scripts" / "verifier" / "training.jsonl"
OUT = ROOT / "src" / "backchat" / "core" / "understand" / "verifier.json"
STORIES = ROOT / "tests" / "corpus" / "stories"
SETS = {"a": 1, "b": 1, "c": 2, "d": 2, "e": 3, "f": 3, "g": 3, "h": 4, "i": 4, "j": 5, "k": 5, "l": 6, "m": 6,
        "n": 7, "o": 7, "q": 8, "r": 8, "s": 9, "t": 9, "u": 10, "v": 10, "x": 11, "y": 11, "w": 12, "z": 12,
        "aa": 13, "ab": 13, "ac": 14, "ad": 14, "ae": 15, "af": 15, "ag": 16, "ah": 16,
        "ai": 17, "aj": 17, "ak": 18, "al": 18, "am": 19, "an": 19, "ao": 20, "ap": 20,
        "aq": 21, "ar": 21, "as": 22, "at": 22,
        "aw": 24, "ax": 24, "ay": 24, "az": 24}
C = 1.0
PRUNE = 3e-2  # a weight smaller than this is left out: at 0.03 one decision of the 19,623 rows changes (0.01: none)


def rows() -> list[dict]:
    texts: dict[tuple[str, str], str] = {}
    out = []
    for line in ROWS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        key = (row["file"], row["id"])
        if key not in texts:
            for entry in load_corpus(STORIES / row["file"])[1]:
                texts[(row["file"], entry["id"])] = str(entry["text"])
        text = texts[key]
        parts = sentences(text)
        row["x"] = features(row["fact"], row["value"], [parts[i] for i in row["sents"]], text)
        row["set"] = SETS[row["file"][len("fresh_"):-len(".yaml")]]
        out.append(row)
    return out


def fit(train: list[dict]) -> tuple[DictVectorizer, LogisticRegression]:
    vec = DictVectorizer()
    model = LogisticRegression(C=C, max_iter=3000)
    model.fit(vec.fit_transform([r["x"] for r in train]), np.array([r["ok"] for r in train]))
    return vec, model


def held_out(data: list[dict]) -> None:
    total: dict[str, int] = defaultdict(int)
    for k in sorted({r["set"] for r in data}):
        vec, model = fit([r for r in data if r["set"] != k])
        test = [r for r in data if r["set"] == k]
        p = model.predict_proba(vec.transform([r["x"] for r in test]))[:, 1]
        n = {"invented": 0, "invented_doubted": 0, "right": 0, "right_doubted": 0}
        for r, pr in zip(test, p, strict=True):
            kind = "right" if r["ok"] else "invented" if not r["wrong"] else ""
            if kind:
                n[kind] += 1
                n[kind + "_doubted"] += int(pr < threshold(r["fact"], r["value"]))
        for key, v in n.items():
            total[key] += v
        print(f"set {k:2}: doubted {n['invented_doubted']}/{n['invented']} invented values, "
              f"{n['right_doubted']}/{n['right']} right ones")
    print(f"all   : doubted {total['invented_doubted']}/{total['invented']} invented values "
          f"({total['invented_doubted'] / total['invented']:.0%}), {total['right_doubted']}/{total['right']} "
          f"right ones ({total['right_doubted'] / total['right']:.1%})")


def main() -> None:
    data = rows()
    if "--held-out" in sys.argv:
        held_out(data)
        return
    vec, model = fit(data)
    kept = {name: round(float(w), 4) for name, w in zip(vec.get_feature_names_out(), model.coef_[0], strict=True)
            if abs(w) >= PRUNE}
    OUT.write_text(json.dumps({
        "about": "backchat's verifier: logistic regression, trained by scripts/verifier/train.py on "
                 f"scripts/verifier/training.jsonl (blind story sets 1-{max(r['set'] for r in data)}, each read by "
                 "the rules that scored it blind)",
        "rows": len(data), "C": C, "intercept": round(float(model.intercept_[0]), 4),
        "weights": dict(sorted(kept.items())),
    }, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"{len(data)} rows, {len(kept)} weights -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
