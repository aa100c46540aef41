"""The voice turn gap, with WAV input: from the end of the person's speech to the recogniser's final
text, to the engine's reply, to the first audio of the spoken reply (synthesised to a file: this
machine has no sound card). Median and p95 over 30 turns; the recogniser's real-time factor; peak
memory of `backchat voice`.

Run: .venv/bin/python bench/voice_turns.py
"""

from __future__ import annotations

import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from backchat.core.engine import Engine
from backchat.core.loader import load_flow
from backchat.speech.audio import load_speech
from backchat.speech.factory import make_listener, make_speaker
from backchat.voice.constraints import ConstraintBook

ANSWERS = ["it came on gradually", "lower back", "no", "no", "no", "no", "three days", "no", "no", "no", "no",
           "forty four", "six"]
TURNS = 30


def espeak(folder: Path, text: str, n: int) -> Path:
    path = folder / f"{n:03d}.wav"
    subprocess.run(["espeak-ng", "-w", str(path), "--", text], check=True, capture_output=True)
    return path


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p * (len(ordered) - 1))))]


def main() -> None:
    flow = load_flow()
    listener = make_listener("pocketsphinx")
    book = ConstraintBook(flow)
    recognise, reply, first_audio, whole, rtf = [], [], [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        audio = {t: load_speech(espeak(folder, t, i)) for i, t in enumerate(dict.fromkeys(ANSWERS))}
        speaker = make_speaker(speak_to=folder / "out")
        speaker.say("warm up").result(timeout=30)
        done = 0
        while done < TURNS:
            engine = Engine(flow, clock=lambda: date(2026, 11, 18))
            engine.start()
            for text in ANSWERS:
                if engine.finished or done >= TURNS:
                    break
                chunk = audio[text]
                t0 = time.perf_counter()  # the end of the person's speech: the whole turn is in
                heard = listener.transcribe(chunk, book.for_question(engine.question))
                t1 = time.perf_counter()
                turn = engine.handle(heard.text or text)
                t2 = time.perf_counter()
                first_sentence = turn.say.split(". ")[0]
                speaker.say(first_sentence).result(timeout=30)
                t3 = time.perf_counter()
                recognise.append(t1 - t0)
                reply.append(t2 - t1)
                first_audio.append(t3 - t2)
                whole.append(t3 - t0)
                rtf.append((t1 - t0) / chunk.seconds)
                done += 1
        speaker.close()
    listener.close()
    print(f"turns: {len(whole)} (espeak-ng answers, PocketSphinx with per-question grammars)")
    for name, values in (("speech end -> final text", recognise), ("final text -> engine reply", reply),
                         ("reply -> first audio (first sentence synthesised)", first_audio),
                         ("whole turn gap", whole)):
        print(f"  {name:<50} median {statistics.median(values) * 1e3:6.0f} ms, p95 {pct(values, 0.95) * 1e3:6.0f} ms")
    print(f"  recogniser real-time factor: median {statistics.median(rtf):.2f}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = [espeak(folder, t, i) for i, t in enumerate(ANSWERS)]
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        subprocess.run([str(Path(sys.executable).with_name("backchat")), "voice", "--no-store", "--speak-to",
                        str(folder / "prompts"), *[a for f in files for a in ("--audio-in", str(f))]],
                       capture_output=True, check=True, timeout=300)
        peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
    print(f"peak memory of `backchat voice` (13 WAV answers; the largest process): {peak / 1024:.1f} MiB")


if __name__ == "__main__":
    main()
