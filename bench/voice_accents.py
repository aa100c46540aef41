"""espeak-ng's British English voice (its default, "en") against its US English voice ("en-us"),
through PocketSphinx's bundled US English model with the voice dialogue's per-question grammars.

    .venv/bin/python bench/voice_accents.py
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from backchat.core.loader import load_flow
from backchat.core.understand import read
from backchat.speech.audio import load_speech
from backchat.speech.sphinx_listener import SphinxListener
from backchat.voice.constraints import ConstraintBook

PHRASES = [("location", "lower back"), ("location", "in my lower back"), ("location", "between my shoulder blades"),
           ("onset", "it came on suddenly when I lifted a box"), ("onset", "I fell off a ladder"),
           ("radiation", "it goes down both legs"), ("fever", "yes"), ("fever", "no"), ("severity", "six"),
           ("severity", "two out of ten"), ("duration", "about two weeks"), ("age", "forty four")]


def main() -> None:
    flow = load_flow()
    book = ConstraintBook.of(flow)
    sphinx = SphinxListener()
    with tempfile.TemporaryDirectory() as tmp:
        for voice in ("en", "en-us"):
            right = 0
            for i, (qid, text) in enumerate(PHRASES):
                q = flow.question(qid)
                path = Path(tmp) / f"{voice}-{i}.wav"
                subprocess.run(["espeak-ng", "-v", voice, "-w", str(path), "--", text], check=True, capture_output=True)
                heard = sphinx.transcribe(load_speech(path), book.for_question(q))
                want = read(text, None, q.id, q.kind)
                got = read(heard.text, None, q.id, q.kind)
                ok = (want.facts, want.answer) == (got.facts, got.answer)
                right += ok
                print(f"{voice:<6} {text!r:<45} -> {heard.text!r:<40} {'ok' if ok else 'WRONG'}")
            print(f"{voice}: {right}/{len(PHRASES)} understood as said\n")


if __name__ == "__main__":
    main()
