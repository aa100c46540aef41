"""The session store at 100, 1,000 and 10,000 sessions, as ratios against an empty store, in one run.

Run: .venv/bin/python bench/store_scale.py [--sizes 100,1000,10000] [--repeat 7] [--real 100]

Prints:

* bytes per intake: a store of ``--real`` real intakes (the database file after a checkpoint,
  divided by the intakes), and the growth of the cloned stores per session;
* ``sessions list``, ``export latest`` and ``--resume`` (the CLI commands, run in-process with
  click's runner, and ``open_stored_conversation(resume=True)``) at each size, as the median of
  ``--repeat`` runs and the ratio to the same command on a store holding only the two sessions
  the commands use (one finished, one unfinished);
* a long intake (1,000 recorded answers: an answer changed again and again after the result),
  bytes and milliseconds per answer in blocks of 100: flat means linear growth.

Stores with N sessions are made by copying the rows of one real finished intake N times (each
with its own id, last active before the two sessions the commands use); the bytes are real rows.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from click.testing import CliRunner

from backchat.cli.main import main
from backchat.core.loader import load_flow
from backchat.store.db import DB_NAME, SessionStore
from backchat.store.models import format_ts
from backchat.store.resume import open_stored_conversation

TODAY = date(2026, 11, 18)
ANSWERS = {
    "onset": "I lifted a box on Monday", "trauma": "no", "location": "lower back",
    "radiation": "it stays in my back", "age": "35", "severity": "4", "improving": "yes, a little",
}


def _intake(folder: Path, stop_after: int | None = None) -> None:
    flow = load_flow()
    conv, turn = open_stored_conversation(flow, lambda _s: None, folder=folder, clock=lambda: TODAY)
    n = 0
    while not turn.finished and turn.question is not None and (stop_after is None or n < stop_after):
        turn = conv.handle(ANSWERS.get(turn.question, "no"))
        n += 1
    conv.recorder.close()  # type: ignore[attr-defined]


def _db_bytes(folder: Path) -> int:
    with SessionStore.open(folder) as store:
        store.checkpoint()
    return (folder / DB_NAME).stat().st_size


def _clone(folder: Path, template: Path, n: int) -> None:
    """Add ``n`` copies of the template's finished session, all last active a day or more ago."""
    src = sqlite3.connect(template / DB_NAME)
    session = src.execute("SELECT * FROM sessions WHERE status = 'finished'").fetchone()
    turns = src.execute("SELECT * FROM turns WHERE session_id = ?", (session[0],)).fetchall()
    src.close()
    dst = sqlite3.connect(folder / DB_NAME, isolation_level=None)
    dst.execute("BEGIN")
    base = datetime(2026, 1, 1, tzinfo=UTC)
    for i in range(n):
        sid = f"c{i:07x}"
        ts = format_ts(base + timedelta(minutes=i))
        dst.execute(f"INSERT INTO sessions VALUES ({', '.join('?' * len(session))})",
                    (sid, ts, ts, *session[3:]))
        dst.executemany(f"INSERT INTO turns VALUES ({', '.join('?' * len(turns[0]))})",
                        [(sid, *t[1:]) for t in turns])
    dst.execute("COMMIT")
    dst.close()


def _store(root: Path, name: str, template: Path, n: int) -> Path:
    folder = root / name
    _clone_dir = folder
    _intake(_clone_dir)  # the schema
    with sqlite3.connect(folder / DB_NAME) as c:
        c.execute("DELETE FROM turns")
        c.execute("DELETE FROM sessions")
    _clone(folder, template, n)
    _intake(folder)  # the finished intake `export latest` shows
    _intake(folder, stop_after=4)  # the unfinished one --resume carries on with
    return folder


def _cli(*args: str) -> Callable[[], None]:
    runner = CliRunner()

    def run() -> None:
        result = runner.invoke(main, list(args))
        assert result.exit_code == 0, result.output
    return run


def _resume(folder: Path) -> Callable[[], None]:
    flow = load_flow()

    def run() -> None:
        conv, first = open_stored_conversation(flow, lambda _s: None, folder=folder, resume=True,
                                               clock=lambda: TODAY)
        assert first.question is not None
        conv.recorder.close()  # type: ignore[attr-defined]
    return run


def _time(fn: Callable[[], None]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _growth(root: Path, answers: int) -> list[tuple[int, float, float]]:
    """(answers so far, bytes per answer, ms per answer) for each block of 100 answers."""
    folder = root / "long"
    flow = load_flow()
    conv, turn = open_stored_conversation(flow, lambda _s: None, folder=folder, clock=lambda: TODAY)
    while not turn.finished and turn.question is not None:
        turn = conv.handle(ANSWERS.get(turn.question, "no"))
    out = []
    before, clock = _db_bytes_live(folder), time.perf_counter()
    for i in range(1, answers + 1):
        conv.correct("severity", str(i % 10))  # a changed answer after the result: recorded, reread
        if i % 100 == 0:
            now_bytes, now = _db_bytes_live(folder), time.perf_counter()
            out.append((i, (now_bytes - before) / 100, (now - clock) * 10))
            before, clock = now_bytes, now
    conv.recorder.close()  # type: ignore[attr-defined]
    return out


def _db_bytes_live(folder: Path) -> int:
    """The bytes the stored turns hold so far (their text and JSON; the file grows by pages)."""
    with sqlite3.connect(folder / DB_NAME) as c:
        row = c.execute("SELECT sum(length(turn) + length(snapshot) + coalesce(length(user_text), 0)) "
                        "FROM turns").fetchone()
    return int(row[0] or 0)


def main_() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--real", type=int, default=100)
    parser.add_argument("--answers", type=int, default=1000)
    args = parser.parse_args()
    sizes = [int(x) for x in args.sizes.split(",")]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        real = root / "real"
        for i in range(args.real):
            _intake(real, stop_after=None if i % 5 else 6)  # one in five left unfinished
        per_intake = _db_bytes(real) / args.real
        print(f"bytes per intake, {args.real} real intakes (1 in 5 unfinished): {per_intake:,.0f}")
        template = root / "template"
        _intake(template)
        stores = {0: _store(root, "s0", template, 0)}
        for n in sizes:
            stores[n] = _store(root, f"s{n}", template, n)
        base_bytes = _db_bytes(stores[0])
        for n in sizes:
            grown = (_db_bytes(stores[n]) - base_bytes) / n
            print(f"bytes per session at {n:>6,} (copies of one finished intake): {grown:,.0f}")
        commands: dict[str, Callable[[Path], Callable[[], None]]] = {
            "sessions list": lambda f: _cli("sessions", "list", "--data-dir", str(f)),
            "export latest": lambda f: _cli("export", "latest", "--data-dir", str(f)),
            "--resume": _resume,
        }
        times: dict[tuple[str, int], list[float]] = {}
        for _ in range(args.repeat):  # interleaved, so drift on a shared machine hits every size alike
            for name, make in commands.items():
                for n, folder in stores.items():
                    times.setdefault((name, n), []).append(_time(make(folder)))
        print(f"\nmedian of {args.repeat} runs; ratio = time / time on a store with only the two sessions used")
        print(f"{'command':<15}{'empty':>10}" + "".join(f"{n:>16,}" for n in sizes))
        for name in commands:
            empty = statistics.median(times[(name, 0)])
            medians = [statistics.median(times[(name, n)]) for n in sizes]
            cells = "".join(f"{m * 1000:>8.1f} ms {m / empty:>4.2f}x" for m in medians)
            print(f"{name:<15}{empty * 1000:>7.1f} ms{cells}")
        print(f"\nlong intake: {args.answers} changed answers after the result, per block of 100")
        print(f"{'answers':>8}{'bytes/answer':>14}{'ms/answer':>11}   (bytes: stored row text and JSON)")
        for i, b, ms in _growth(root, args.answers):
            print(f"{i:>8}{b:>14,.0f}{ms:>11.2f}")
        print(f"\n(pid {os.getpid()}; {time.strftime('%Y-%m-%d %H:%M:%S')})")


if __name__ == "__main__":
    main_()
