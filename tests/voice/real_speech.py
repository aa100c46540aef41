"""Measuring the voice path on real recordings (and on espeak-ng speech of the same words).

The clips are Speech Commands v0.01 (Pete Warden, 2018, arXiv:1804.03209), CC BY 4.0, as sampled
in vinsis/speech-commands-recognition; see shared/audio/speech-commands/README.md.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from backchat.core.engine import Engine
from backchat.core.loader import load_flow
from backchat.core.understand import read
from backchat.speech.audio import load_speech
from backchat.speech.ports import AudioChunk, Transcript
from backchat.speech.sphinx_listener import SphinxListener
from backchat.voice.constraints import ConstraintBook
from backchat.voice.policy import try_answer
from backchat.voice.readback import verdict

CLIPS = Path(__file__).resolve().parents[3] / "shared" / "audio" / "speech-commands"
DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
NOT_ANSWERS = ("stop", "go", "up", "down", "left", "right")
DAY = date(2026, 11, 18)


@dataclass
class Figures:
    """What one source of speech gave."""

    yes_no: list[tuple[str, str]] = field(default_factory=list)
    """(said, understood: yes / no / unclear)."""
    digits: list[tuple[int, int | None, bool]] = field(default_factory=list)
    """(said, heard, read back)."""
    not_answers: list[tuple[str, str, bool]] = field(default_factory=list)
    """(said, taken as: yes / no / "", counted without a read-back) on a yes/no question with no red flag."""
    decode_ms: list[float] = field(default_factory=list)


def _engine_at(question: str) -> Engine:
    engine = Engine(load_flow(), clock=lambda: DAY)
    engine.start()
    engine.handle("I lifted a box yesterday, lower back, it stays in my back")
    while engine.question is not None and engine.question.id != question:
        q = engine.question
        engine.handle("40" if q.kind == "number" else "no")
    return engine


def _clips(folder: Path, word: str, synthetic: bool, tmp: Path) -> list[AudioChunk]:
    if not synthetic:
        return [load_speech(p) for p in sorted(folder.glob(f"{word}__*.wav"))]
    out = []
    for voice in ("en-us", "en"):
        path = tmp / f"{word}-{voice}.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-w", str(path), "--", word], check=True, capture_output=True)
        out.append(load_speech(path))
    return out


def measure(folder: Path = CLIPS, synthetic: bool = False, listener: SphinxListener | None = None) -> Figures:
    """Every clip of ``folder`` (or espeak-ng speech of the same words) through the voice path."""
    if synthetic and shutil.which("espeak-ng") is None:
        raise RuntimeError("espeak-ng is not installed")
    sphinx = listener or SphinxListener()
    flow = load_flow()
    book = ConstraintBook.of(flow)
    fever, severity, plain = _engine_at("fever"), _engine_at("severity"), _engine_at("recurrent")
    yes_no = book.for_question(flow.question("fever"))
    plain_yes_no = book.for_question(flow.question("recurrent"))  # no red flag: nothing read back jointly
    scale = book.for_question(flow.question("severity"))
    figures = Figures()

    def hear(audio: AudioChunk, constraint: object) -> Transcript:
        start = time.perf_counter()
        heard = sphinx.transcribe(audio, constraint)  # type: ignore[arg-type]
        figures.decode_ms.append((time.perf_counter() - start) * 1000)
        return heard

    with tempfile.TemporaryDirectory() as tmp:
        for word in ("yes", "no"):
            for audio in _clips(folder, word, synthetic, Path(tmp)):
                heard = hear(audio, yes_no)
                trial = try_answer(fever, heard)
                figures.yes_no.append((word, verdict(fever, heard) if trial.usable else "unclear"))
        for n, word in enumerate(DIGITS):
            for audio in _clips(folder, word, synthetic, Path(tmp)):
                heard = hear(audio, scale)
                trial = try_answer(severity, heard)
                value = read(heard.text, DAY, "severity", "number").facts.get("severity") if trial.usable else None
                figures.digits.append((n, value if isinstance(value, int) else None, trial.read_back == "now"))
        for word in NOT_ANSWERS:
            for audio in _clips(folder, word, synthetic, Path(tmp)):
                heard = hear(audio, plain_yes_no)
                trial = try_answer(plain, heard)
                taken = verdict(plain, heard) if trial.usable else "unclear"
                figures.not_answers.append((word, taken if taken != "unclear" else "", trial.read_back == "none"))
    return figures


def report(source: str, f: Figures) -> str:
    """The figures as lines of text."""
    yn_ok = sum(said == got for said, got in f.yes_no)
    yes_as_no = sum(said == "yes" and got == "no" for said, got in f.yes_no)
    right = sum(said == heard for said, heard, _ in f.digits)
    caught = sum(said != heard and (heard is None or back) for said, heard, back in f.digits)
    taken = sum(bool(t) for _, t, _ in f.not_answers)
    silent = sum(bool(t) and quiet for _, t, quiet in f.not_answers)
    ms = sorted(f.decode_ms)
    return "\n".join([
        f"{source}: yes/no understood {yn_ok}/{len(f.yes_no)}; yes heard as no {yes_as_no}",
        f"{source}: digits 0-9 right {right}/{len(f.digits)}; wrong but not counted (asked again or read back) "
        f"{caught}; right or caught {right + caught}/{len(f.digits)}",
        f"{source}: not-answers read as yes/no {taken}/{len(f.not_answers)}; of those counted with no read-back "
        f"{silent}",
        f"{source}: decode per clip median {statistics.median(ms):.0f} ms, p95 {ms[int(0.95 * (len(ms) - 1))]:.0f} ms",
    ])
