"""Real human speech through backchat's own voice path: yes/no, digits, non-answers, turn gap.

Clips: ../shared/audio/speech-commands (Speech Commands v0.01, Pete Warden 2018, arXiv:1804.03209,
CC BY 4.0; sampled by vinsis/speech-commands-recognition). Each clip is heard with the constraint
the voice dialogue uses (a red-flag yes/no question; the 0-10 pain scale), and judged by the
dialogue's own rules (:func:`backchat.voice.policy.try_answer`). espeak-ng speech of the same
words is measured side by side.

    .venv/bin/python bench/voice_real.py [--clips DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.voice.real_speech import CLIPS, measure, report  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clips", type=Path, default=CLIPS)
    args = parser.parse_args()
    for source in ("real", "espeak-ng"):
        print(report(source, measure(args.clips, synthetic=source != "real")), flush=True)


if __name__ == "__main__":
    main()
