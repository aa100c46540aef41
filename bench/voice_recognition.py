"""Speech recognition figures on synthetic speech (not part of the test suite).

Synthesises answers with espeak-ng in several voices, resamples them to 16 kHz and
recognises them with PocketSphinx: the general language model (no constraint) against
the per-question constraint (grammar pass, bigram pass, both combined). Prints accuracy
per answer kind, out-of-grammar rejection, how often each agreement outcome of the two
passes was right (the calibration of ``CLOSED_CONFIDENCE``), the real-time factor and
per-utterance latency, and what comes out for open answers.

    .venv/bin/python bench/voice_recognition.py            # three voices, ~5 minutes
    .venv/bin/python bench/voice_recognition.py --quick    # one voice
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from backchat.speech.audio import load_speech, split
from backchat.speech.grammars import build_constraint
from backchat.speech.ports import AudioChunk
from backchat.speech.sphinx_listener import SphinxListener, agreement
from backchat.speech.words import spoken_words

ANSWERS: dict[str, list[str]] = {
    "yes_no": ["yes", "yeah", "no", "nope", "not really", "i think so", "i'm not sure",
               "i don't think so", "a little"],
    "duration": ["two days", "a week and a half", "since yesterday", "about three weeks",
                 "a couple of months", "three days ago", "nearly four months", "since monday"],
    "location": ["lower back on the left", "in the middle of my back", "my right hip",
                 "left buttock", "both sides"],
    "radiation": ["down my left leg to the calf", "into my buttock", "down both legs",
                  "no it stays in my back", "all the way down to my foot"],
    "onset": ["suddenly", "gradually", "when i lifted a box", "i woke up with it",
              "after gardening", "i fell off a ladder"],
    "number": ["seven", "forty two", "about seven out of ten", "i'm sixty three",
               "twenty five"],
}
ON_ANY = {
    "red_flag": ["i can't control my bladder", "my legs are numb", "i have a fever"],
    "command": ["repeat", "say that again", "go back", "stop", "help", "i don't know"],
}
OUT_OF_GRAMMAR = ["the weather is nice today", "what did you say", "banana",
                  "my cat is called tiddles"]
OPEN_ANSWERS = [
    "it came on suddenly two days ago when i lifted a box",
    "the pain goes down the back of my left leg",
    "it hurts more when i sit for a long time",
    "i was gardening at the weekend and felt something go",
    "it wakes me up at night and i can't get comfortable",
]
VOICES = [("en", 175, 50), ("en-us", 150, 40), ("en-gb-x-rp", 195, 60)]


def synthesise(text: str, voice: tuple[str, int, int], folder: Path) -> AudioChunk:
    name, speed, pitch = voice
    path = folder / "say.wav"
    subprocess.run(["espeak-ng", "-v", name, "-s", str(speed), "-p", str(pitch),
                    "-w", str(path), "--", text], check=True, capture_output=True)
    return load_speech(path)


YES = {"yes", "yeah", "yep", "yup", "definitely", "absolutely", "correct"}
NO = {"no", "nope", "never"}


def canonical(text: str) -> list[str]:
    """Words with the differences that do not change an answer's meaning removed."""
    out = []
    for word in text.split():
        word = "yes" if word in YES else "no" if word in NO else "a" if word == "an" else word
        out.append(word[:-1] if len(word) > 3 and word.endswith("s") else word)
    return out


def same_meaning(got: str, want: str) -> bool:
    return canonical(got) == canonical(want)


def timed(chunks: Iterable[AudioChunk], fed: list[float]) -> Iterator[AudioChunk]:
    """Yield ``chunks``, noting when the last one has been taken."""
    yield from chunks
    fed.append(time.perf_counter())


def wer(reference: str, hypothesis: str) -> float:
    ref, hyp = reference.split(), hypothesis.split()
    row = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        prev, row[0] = row[0], i
        for j, h in enumerate(hyp, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (r != h))
    return row[-1] / max(len(ref), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="one voice only")
    args = parser.parse_args()
    voices = VOICES[:1] if args.quick else VOICES

    started = time.perf_counter()
    listener = SphinxListener()
    print(f"PocketSphinx small-vocabulary decoder loaded in {time.perf_counter() - started:.2f} s")
    started = time.perf_counter()
    listener.transcribe(AudioChunk(bytes(3200)), None)
    print(f"general model loaded (first use) in {time.perf_counter() - started:.2f} s")
    constraints = {k: build_constraint(k, lexicon=listener.has_word) for k in ANSWERS}
    free = build_constraint("free", lexicon=listener.has_word)
    dropped = sorted({w for c in (*constraints.values(), free) for w in c.dropped_words})
    print(f"words not in the dictionary, dropped: {', '.join(dropped) or 'none'}")

    right: dict[str, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    outcomes: dict[str, Counter[bool]] = defaultdict(Counter)
    latency: list[float] = []
    stream_latency: list[float] = []
    full_latency: list[float] = []
    audio_seconds = decode_seconds = 0.0
    rejected = oog_total = 0
    oog_confidence: list[float] = []
    right_confidence: list[float] = []
    wrong_confidence: list[float] = []

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for voice in voices:
            for kind, constraint in constraints.items():
                cases = [(kind, t) for t in ANSWERS[kind]]
                if kind in ("yes_no", "duration"):
                    cases += [(cat, t) for cat, texts in ON_ANY.items() for t in texts]
                for group, text in cases:
                    audio = synthesise(text, voice, folder)
                    want = " ".join(spoken_words(text))
                    t0 = time.perf_counter()
                    result = listener.transcribe(audio, constraint)
                    spent = time.perf_counter() - t0
                    latency.append(spent)
                    audio_seconds += audio.seconds
                    decode_seconds += spent
                    t0 = time.perf_counter()
                    full = listener.transcribe(audio, None)
                    full_latency.append(time.perf_counter() - t0)
                    grammar = listener.decode(audio, constraint, "grammar")
                    ngram = listener.decode(audio, constraint, "ngram")
                    outcome, chosen = agreement(grammar, ngram, constraint)
                    outcomes[outcome][chosen is not None and chosen.text == want] += 1
                    label = group if group != kind else kind
                    totals[label] += 1
                    right[label]["full model"] += full.text == want
                    right[label]["grammar pass"] += grammar.text == want
                    right[label]["bigram pass"] += ngram.text == want
                    right[label]["combined"] += result.text == want
                    (right_confidence if result.text == want else wrong_confidence).append(
                        result.confidence)
                    fed: list[float] = []
                    final = list(listener.stream(timed(split(audio, 0.1), fed), constraint))[-1]
                    stream_latency.append(time.perf_counter() - fed[-1])
                    right[label]["same meaning"] += same_meaning(result.text, want)
                    right[label]["streamed"] += final.text == want
                for text in OUT_OF_GRAMMAR:
                    audio = synthesise(text, voice, folder)
                    result = listener.transcribe(audio, constraint)
                    grammar = listener.decode(audio, constraint, "grammar")
                    ngram = listener.decode(audio, constraint, "ngram")
                    outcomes[agreement(grammar, ngram, constraint)[0]][False] += 1
                    oog_total += 1
                    rejected += result.out_of_grammar
                    oog_confidence.append(result.confidence)

        print(f"\nAccuracy, exact words ({len(voices)} espeak-ng voice(s)):")
        columns = ["full model", "grammar pass", "bigram pass", "combined", "streamed",
                   "same meaning"]
        print(f"  {'answer kind':12} {'n':>4}  " + "  ".join(f"{c:>12}" for c in columns))
        for label in totals:
            n = totals[label]
            cells = "  ".join(f"{right[label][c] / n:>12.0%}" for c in columns)
            print(f"  {label:12} {n:>4}  {cells}")
        n_all = sum(totals.values())
        cells = "  ".join(f"{sum(right[k][c] for k in totals) / n_all:>12.0%}" for c in columns)
        print(f"  {'all':12} {n_all:>4}  {cells}")

        print("\nTwo-pass agreement (closed questions, expected and unexpected speech):"
              " outcome, count, share right")
        for outcome, counts in sorted(outcomes.items()):
            n = counts[True] + counts[False]
            print(f"  {outcome:13} {n:>4}  {counts[True] / n:.0%}")
        print(f"\nOut-of-grammar speech flagged out_of_grammar: {rejected}/{oog_total}; "
              f"mean confidence {statistics.mean(oog_confidence):.2f}")
        print(f"Mean confidence when right {statistics.mean(right_confidence):.2f}, "
              f"when wrong {statistics.mean(wrong_confidence or [0.0]):.2f}")

        print("Accepting answers at or above a confidence threshold (the rest re-asked or "
              "confirmed):")
        for threshold in (0.3, 0.5, 0.6, 0.8):
            taken_right = sum(c >= threshold for c in right_confidence)
            taken_wrong = sum(c >= threshold for c in wrong_confidence)
            taken_oog = sum(c >= threshold for c in oog_confidence)
            taken = taken_right + taken_wrong
            print(f"  >= {threshold:.1f}: {taken}/{n_all} expected answers taken, "
                  f"{taken_right / max(taken, 1):.0%} of them right; "
                  f"{taken_oog}/{oog_total} unexpected utterances taken")

        print(f"\nReal-time factor (two passes, whole utterance): "
              f"{decode_seconds / audio_seconds:.2f}")
        print(f"Latency per utterance, two passes: mean {statistics.mean(latency) * 1000:.0f} ms, "
              f"p95 {sorted(latency)[int(0.95 * len(latency))] * 1000:.0f} ms")
        print(f"Latency after the last chunk when streaming: mean "
              f"{statistics.mean(stream_latency) * 1000:.0f} ms")
        print(f"Latency per utterance, general model: mean "
              f"{statistics.mean(full_latency) * 1000:.0f} ms")

        print("\nOpen answers: domain bigram vs general model (word error rate)")
        errors: dict[str, list[float]] = defaultdict(list)
        for voice in voices:
            for text in OPEN_ANSWERS:
                audio = synthesise(text, voice, folder)
                domain = listener.transcribe(audio, free)
                general = listener.transcribe(audio, None)
                errors["domain"].append(wer(text, domain.text))
                errors["general"].append(wer(text, general.text))
                if voice == voices[0]:
                    print(f"  said:    {text}\n  domain:  {domain.text}  "
                          f"(conf {domain.confidence:.2f})\n  general: {general.text}  "
                          f"(conf {general.confidence:.2f})")
        print(f"  WER domain bigram {statistics.mean(errors['domain']):.0%}, "
              f"general model {statistics.mean(errors['general']):.0%}")


if __name__ == "__main__":
    sys.exit(main())
