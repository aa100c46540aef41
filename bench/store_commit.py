"""How long the session store adds to a turn, with synchronous=FULL (the default) and NORMAL.

Run: .venv/bin/python bench/store_commit.py [--intakes N] [--dir DIR]

Prints, per mode, the median and 95th percentile time of one ``record`` (one
committed turn, fsync included), the time to open the store, to resume the
latest unfinished session, and to export a session in each format. Use --dir to
measure on the disk the data folder really lives on (the default is a temporary
folder, often tmpfs or the same disk).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from backchat.core.conversation import Conversation, InputSource
from backchat.core.engine import Engine
from backchat.core.loader import load_flow
from backchat.core.turn import Turn
from backchat.store.db import SessionStore
from backchat.store.exports import export_text
from backchat.store.queries import list_sessions, load_session
from backchat.store.recorder import SessionRecorder
from backchat.store.resume import open_stored_conversation

TODAY = date(2026, 11, 18)
ANSWERS = {"onset": "I lifted a box on Monday", "location": "lower back", "radiation": "it stays in my back",
           "improving": "yes, a little", "age": "35", "severity": "4"}


class Timed(SessionRecorder):
    """A recorder that times each record call."""

    times: list[float]

    def record(self, user_text: str | None, source: InputSource, turn: Turn, engine: Engine) -> None:
        start = time.perf_counter()
        super().record(user_text, source, turn, engine)
        self.times.append(time.perf_counter() - start)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def run(folder: Path, synchronous: str, intakes: int) -> None:
    flow = load_flow()
    t0 = time.perf_counter()
    store = SessionStore.open(folder, synchronous=synchronous)
    opened = time.perf_counter() - t0
    times: list[float] = []
    for _ in range(intakes):
        rec = Timed(SessionStore.open(folder, synchronous=synchronous), flow, print, today=lambda: TODAY)
        rec.times = times
        conv = Conversation(Engine(flow, clock=lambda: TODAY), rec)
        turn = conv.start()
        while not turn.finished:
            assert turn.question is not None
            turn = conv.handle(ANSWERS.get(turn.question, "no"))
        rec.close()
    p95 = statistics.quantiles(times, n=20)[18]
    print(f"synchronous={synchronous}: {len(times)} turns; per committed turn median {_ms(statistics.median(times))},"
          f" p95 {_ms(p95)}, max {_ms(max(times))}; open {_ms(opened)}")
    sid = list_sessions(store)[0].id
    stored = load_session(store, sid)
    for fmt in ("markdown", "json", "fhir"):
        t0 = time.perf_counter()
        export_text(stored, fmt)
        print(f"  export {fmt}: {_ms(time.perf_counter() - t0)}")
    conv = Conversation(Engine(flow, clock=lambda: TODAY),
                        SessionRecorder(SessionStore.open(folder), flow, print, today=lambda: TODAY))
    conv.start()
    conv.handle("I lifted a box on Monday")
    conv.handle("lower back")
    conv.recorder.close()  # type: ignore[attr-defined]
    t0 = time.perf_counter()
    conv2, _ = open_stored_conversation(flow, lambda s: None, folder=folder, resume=True, clock=lambda: TODAY)
    print(f"  resume the latest unfinished session: {_ms(time.perf_counter() - t0)}")
    conv2.recorder.close()  # type: ignore[attr-defined]
    size = (folder / "backchat.db").stat().st_size
    print(f"  database: {size / 1024:.0f} KiB for {len(list_sessions(store))} sessions")
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--intakes", type=int, default=20)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    for mode in ("FULL", "NORMAL"):
        with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
            run(Path(tmp) / "data", mode, args.intakes)


if __name__ == "__main__":
    main()
