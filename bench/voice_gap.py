"""Voice turn gap on real and synthetic speech, side by side, through backchat's live path.

Each answer is fed to backchat's own :class:`~backchat.speech.microphone.Microphone` block by
block (30 ms) as a microphone delivers it: 0.5 s of room noise, the recording, then room noise
until the endpointer ends the turn. The only stand-in is the sounddevice stream; it hands out
each block no earlier than the moment it would have been recorded. The turn goes through
:meth:`backchat.voice.live.LiveHost.listen` (PocketSphinx with the question's constraint, the
"whole answer" hint to the endpointer), then the engine's reply, then the first sentence of the
reply synthesised by pyttsx3 (to a file: there is no sound card here).

Turn gap = from the end of speech (the end of the last block the endpointer counts as speech)
to the first audio of the reply. By default the clock is simulated (the time spent decoding is
measured and added to the recording's timeline, so no real seconds are slept); ``--real-time``
sleeps instead. A turn is "cut short" when the endpointer ends it before the end of speech
(e.g. in the quiet closure of "six", or in a pause between two words).

Real speech: ../shared/audio/speech-commands (Speech Commands v0.01, Pete Warden 2018,
arXiv:1804.03209, CC BY 4.0). Synthetic: espeak-ng (en-us and en voices) saying the same words.

    .venv/bin/python bench/voice_gap.py [--real-time] [--clips DIR] [--limit N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.voice.real_speech import CLIPS, DAY, DIGITS, NOT_ANSWERS, _engine_at  # noqa: E402

from backchat.core.engine import Engine  # noqa: E402
from backchat.core.loader import load_flow  # noqa: E402
from backchat.core.understand import read  # noqa: E402
from backchat.speech.audio import dbfs, join, load_speech, split  # noqa: E402
from backchat.speech.factory import make_speaker  # noqa: E402
from backchat.speech.microphone import Endpointer, Endpointing, Microphone  # noqa: E402
from backchat.speech.ports import AudioChunk, Transcript  # noqa: E402
from backchat.speech.sphinx_listener import SphinxListener  # noqa: E402
from backchat.voice.constraints import ConstraintBook  # noqa: E402
from backchat.voice.listen import Listen  # noqa: E402
from backchat.voice.live import LiveHost  # noqa: E402
from backchat.voice.policy import try_answer  # noqa: E402
from backchat.voice.readback import verdict  # noqa: E402
from backchat.voice.setup import StreamingMic, VoiceParts  # noqa: E402

BLOCK = 0.03
KINDS = (("yes/no", ("yes", "no"), "fever"), ("number", DIGITS, "severity"),
         ("not an answer", NOT_ANSWERS, "recurrent"))


class Clock:
    """Simulated time: the recording's timeline plus the time spent working between reads."""

    def __init__(self, real_time: bool, cpu: bool = False) -> None:
        self.real_time = real_time
        self._time = time.thread_time if cpu and not real_time else time.perf_counter
        self.reset()

    def reset(self) -> None:
        """Time 0: the first block of a turn is being recorded."""
        self.now = 0.0
        self._origin = self._mark = self._time()

    def work(self) -> float:
        """Count the time since the last mark as work done; the current time."""
        t = self._time()
        self.now = t - self._origin if self.real_time else self.now + t - self._mark
        self._mark = t
        return self.now

    def wait_until(self, moment: float) -> None:
        """Wait for the block recorded until ``moment`` (no wait when it is already there)."""
        self.work()
        if moment > self.now:
            if self.real_time:
                time.sleep(moment - self.now)
                self.work()
            else:
                self.now = moment
        self.mark()

    def mark(self) -> None:
        """Time spent from here on counts as work."""
        self._mark = self._time()


class PacedStream:
    """sounddevice.RawInputStream stand-in: each block becomes readable when it is recorded."""

    def __init__(self, blocks: list[bytes], clock: Clock) -> None:
        self.blocks, self._clock, self.read_blocks = blocks, clock, 0

    def start(self) -> None:
        pass

    def read(self, frames: int) -> tuple[bytes, bool]:
        if self.read_blocks >= len(self.blocks):
            return b"", False
        self._clock.wait_until((self.read_blocks + 1) * BLOCK)
        self.read_blocks += 1
        return self.blocks[self.read_blocks - 1], False

    def stop(self) -> None:
        pass

    def close(self) -> None:
        pass


class Device:
    """Opens a :class:`PacedStream` over the blocks of the current turn."""

    def __init__(self, clock: Clock) -> None:
        self.clock, self.blocks = clock, [b""]
        self.stream = PacedStream([], clock)

    def open(self, **_: Any) -> PacedStream:
        self.stream = PacedStream(self.blocks, self.clock)
        return self.stream


def room(seconds: float, rng: random.Random, level: int = 30) -> AudioChunk:
    """Quiet room noise (about -60 dBFS)."""
    n = int(16000 * seconds)
    return AudioChunk(b"".join(int(rng.gauss(0, level)).to_bytes(2, "little", signed=True) for _ in range(n)))


def speech_end(blocks: list[bytes], config: Endpointing) -> float:
    """The end of the last block the endpointer counts as speech (with an endless hangover)."""
    endpointer, end = Endpointer(Endpointing(**{**_fields(config), "silence_seconds": 99.0})), 0.0
    for i, raw in enumerate(blocks):
        block = AudioChunk(raw)
        loud = dbfs(block) > endpointer.threshold
        endpointer.push(block)
        if endpointer.speaking and loud:
            end = (i + 1) * BLOCK
    return end


def longest_pause(blocks: list[bytes], config: Endpointing) -> float:
    """The longest quiet stretch between the first and the last block counted as speech."""
    endpointer, quiet, longest = Endpointer(Endpointing(**{**_fields(config), "silence_seconds": 99.0})), 0.0, 0.0
    for raw in blocks:
        block = AudioChunk(raw)
        loud = dbfs(block) > endpointer.threshold
        endpointer.push(block)
        if endpointer.speaking:
            longest = max(longest, quiet) if loud else longest
            quiet = 0.0 if loud else quiet + BLOCK
    return longest


def _fields(config: Endpointing) -> dict[str, Any]:
    return {name: getattr(config, name) for name in config.__dataclass_fields__}


def turn(host: LiveHost, device: Device, blocks: list[bytes], question: Any,
         book: ConstraintBook, config: Endpointing) -> tuple[Transcript, float, bool]:
    """One spoken answer: (heard, end of speech -> final text in s, cut short)."""
    end = speech_end(blocks, config)
    device.blocks = blocks
    device.clock.reset()
    heard = host.listen(Listen("answer", question), book)
    ready = device.clock.work()
    cut = device.stream.read_blocks * BLOCK < end
    return heard or Transcript("", 0.0), ready - end, cut


def judged(kind: str, word: str, engine: Any, heard: Transcript) -> bool:
    """Whether the dialogue's own rules get this answer right (the figures of bench/voice_real.py):
    a yes/no understood; a number right, or not counted (asked again or read back); a word that
    is no answer not counted as yes or no without a read-back."""
    trial = try_answer(engine, heard)
    if kind == "yes/no":
        return (verdict(engine, heard) if trial.usable else "unclear") == word
    if kind == "number":
        value = read(heard.text, DAY, "severity", "number").facts.get("severity") if trial.usable else None
        return value == DIGITS.index(word) or value is None or trial.read_back == "now"
    taken = verdict(engine, heard) if trial.usable else "unclear"
    return taken == "unclear" or trial.read_back != "none"


def quiet_host(parts: VoiceParts, engine: Engine) -> LiveHost:
    """backchat's live voice host for one engine, showing nothing."""
    return LiveHost(parts, lambda: engine, show=lambda _: None, fix=lambda *_: None, show_heard=False)


def pause_turns(real: dict[str, list[AudioChunk]], parts: VoiceParts, device: Device, book: ConstraintBook,
                rng: random.Random, config: Endpointing) -> list[tuple[float, bool]]:
    """(longest pause, cut short) for 'word ... yes/no' turns made of two real recordings."""
    answers = real["yes"] + real["no"]
    found = []
    for i, first in enumerate(a for w in NOT_ANSWERS for a in real[w]):
        engine = _engine_at("fever")
        host = quiet_host(parts, engine)
        stream = join([room(0.5, rng), first, room(0.2 * (i % 3), rng), answers[i % len(answers)], room(2.0, rng)])
        blocks = [c.audio for c in split(stream, BLOCK)]
        _, _, cut = turn(host, device, blocks, engine.question, book, config)
        found.append((longest_pause(blocks, config), cut))
    return found


def sources(clips: Path, tmp: Path, limit: int | None) -> dict[str, dict[str, list[AudioChunk]]]:
    found: dict[str, dict[str, list[AudioChunk]]] = {"real": {}, "espeak-ng": {}}
    for _, words, _ in KINDS:
        for word in words:
            found["real"][word] = [load_speech(p) for p in sorted(clips.glob(f"{word}__*.wav"))][:limit]
            made = []
            for voice in ("en-us", "en"):
                path = tmp / f"{word}-{voice}.wav"
                subprocess.run(["espeak-ng", "-v", voice, "-w", str(path), "--", word], check=True,
                               capture_output=True)
                made.append(load_speech(path))
            found["espeak-ng"][word] = made
    return found


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clips", type=Path, default=CLIPS)
    parser.add_argument("--real-time", action="store_true", help="sleep through the recordings")
    parser.add_argument("--limit", type=int, default=None, help="recordings per word (real)")
    parser.add_argument("--cpu-clock", action="store_true",
                        help="count this thread's CPU time as the time spent decoding (as on an idle core)")
    args = parser.parse_args()
    flow, rng = load_flow(), random.Random(7)
    book, listener = ConstraintBook.of(flow), SphinxListener()
    device = Device(Clock(args.real_time, args.cpu_clock))
    mic = Microphone(stream_factory=device.open)
    parts = VoiceParts(listener, None, StreamingMic(mic), microphone=mic)
    with tempfile.TemporaryDirectory() as tmp:
        speaker = make_speaker(speak_to=Path(tmp) / "out")
        speaker.say("warm up").result(timeout=30)
        rows: dict[str, dict[str, list[tuple[float, bool, bool]]]] = defaultdict(lambda: defaultdict(list))
        sources_found = sources(args.clips, Path(tmp), args.limit)
        for source, words in sources_found.items():
            for kind, said, qid in KINDS:
                for word in said:
                    for audio in words[word]:
                        engine = _engine_at(qid)
                        host = quiet_host(parts, engine)
                        stream = join([room(0.5, rng), audio, room(2.0, rng)])
                        blocks = [c.audio for c in split(stream, BLOCK)]
                        heard, gap, cut = turn(host, device, blocks, engine.question, book,
                                               mic.endpointing)
                        right = judged(kind, word, engine, heard)
                        t0 = time.perf_counter()
                        reply = engine.handle(heard.text or word)
                        speaker.say(reply.say.split(". ")[0]).result(timeout=30)
                        gap += time.perf_counter() - t0
                        rows[kind][source].append((gap, cut, right))
        pauses = pause_turns(sources_found["real"], parts, device, book, rng, mic.endpointing)
        speaker.close()
    listener.close()
    mode = "real time" if args.real_time else "simulated clock, decoding counted as " + (
        "CPU time" if args.cpu_clock else "wall time")
    print(f"Turn gap, end of speech -> first audio of the reply ({mode})")
    print(f"{'question kind':<14} {'source':<10} {'turns':>5} {'median':>8} {'p95':>8} {'cut short':>9} "
          f"{'judged right':>12}")
    total: dict[str, list[float]] = defaultdict(list)
    for kind, by_source in rows.items():
        for source in ("espeak-ng", "real"):
            got = by_source[source]
            gaps = [g for g, _, _ in got]
            total[source] += gaps
            print(f"{kind:<14} {source:<10} {len(got):>5} {statistics.median(gaps) * 1e3:>6.0f}ms "
                  f"{pct(gaps, 0.95) * 1e3:>6.0f}ms {sum(c for _, c, _ in got):>9} "
                  f"{sum(r for _, _, r in got):>5}/{len(got)}")
    print("\nPeople who pause: a word that is no answer ('go', 'left', ...), a pause, then a real yes or no"
          " (yes/no question).\nTurns ended in the pause, losing the yes or no, by the length of the pause:")
    for low, high in ((0.0, 0.3), (0.3, 0.5), (0.5, 0.7), (0.7, 9.0)):
        cuts = [cut for pause, cut in pauses if low <= pause < high]
        if cuts:
            print(f"  pause {low:.1f}-{high:.1f} s: {sum(cuts)}/{len(cuts)} cut short")
    for source in ("espeak-ng", "real"):
        gaps = total[source]
        print(f"{'all':<14} {source:<10} {len(gaps):>5} {statistics.median(gaps) * 1e3:>6.0f}ms "
              f"{pct(gaps, 0.95) * 1e3:>6.0f}ms")


if __name__ == "__main__":
    main()
