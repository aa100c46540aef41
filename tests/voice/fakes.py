"""Fakes for the two things the speech tests cannot have: a downloaded Vosk model and a
sound card. Each stands in at the library edge only (the ``vosk`` / ``sounddevice`` module)."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path
from typing import Any

from backchat.speech.ports import AudioChunk

VOSK_FILES = ("am/final.mdl", "conf/model.conf", "conf/mfcc.conf", "graph/HCLr.fst",
              "graph/Gr.fst", "graph/disambig_tid.int", "graph/phones/word_boundary.int",
              "ivector/final.ie", "ivector/final.mat", "ivector/final.dubm",
              "ivector/global_cmvn.stats", "ivector/online_cmvn.conf", "ivector/splice.conf")


def make_vosk_model(folder: Path, *, static: bool = False, skip: tuple[str, ...] = ()) -> Path:
    """A folder laid out like vosk-model-small-en-us-0.15 (files with dummy content)."""
    files = [f for f in VOSK_FILES if f not in skip]
    if static:
        files = [f for f in files if f not in ("graph/HCLr.fst", "graph/Gr.fst")]
        files.append("graph/HCLG.fst")
    for name in files:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(b"x" * 10)
    return folder


class FakeVosk:
    """Stands in for the ``vosk`` module; records how it was used."""

    def __init__(self, results: list[dict[str, Any]] | None = None,
                 vocabulary: set[str] | None = None, fail: bool = False) -> None:
        self.results = list(results or [])
        self.vocabulary = vocabulary
        self.fail = fail
        self.log_level: int | None = None
        self.loaded: list[str] = []
        self.grammars: list[str | None] = []
        self.fed = 0
        outer = self

        class Model:
            def __init__(self, model_path: str | None = None, model_name: str | None = None,
                         lang: str | None = None) -> None:
                assert model_name is None and lang is None, "would go to the network"
                assert isinstance(model_path, str) and Path(model_path).is_dir()
                assert outer.log_level is not None and outer.log_level <= -1, "log not quiet"
                if outer.fail:
                    raise Exception("Failed to create a model")
                outer.loaded.append(model_path)

            def vosk_model_find_word(self, word: str) -> int:
                return 1 if outer.vocabulary is None or word in outer.vocabulary else -1

        class KaldiRecognizer:
            def __init__(self, model: Any, rate: float, grammar: str | None = None) -> None:
                assert rate == 16000
                outer.grammars.append(grammar)
                self.partials = 0

            def SetWords(self, on: bool) -> None:  # noqa: N802 - vosk's name
                assert on

            def AcceptWaveform(self, data: bytes) -> bool:  # noqa: N802
                outer.fed += len(data)
                self.partials += 1
                return False

            def PartialResult(self) -> str:  # noqa: N802
                return json.dumps({"partial": "since" if self.partials < 3 else "since yes"})

            def Result(self) -> str:  # noqa: N802
                return json.dumps({"text": ""})

            def FinalResult(self) -> str:  # noqa: N802
                return json.dumps(outer.results.pop(0) if outer.results else {"text": ""})

        self.Model = Model
        self.KaldiRecognizer = KaldiRecognizer

    def SetLogLevel(self, level: int) -> None:  # noqa: N802
        self.log_level = level


def words(*pairs: tuple[str, float]) -> dict[str, Any]:
    """A Vosk result with word confidences."""
    return {"result": [{"word": w, "conf": c, "start": 0.0, "end": 0.1} for w, c in pairs],
            "text": " ".join(w for w, _ in pairs)}


class FakeInputStream:
    """Stands in for ``sounddevice.RawInputStream``: plays back prepared audio in real
    block sizes (optionally in real time)."""

    def __init__(self, audio: AudioChunk, realtime: bool = False, **options: Any) -> None:
        assert options["samplerate"] == 16000 and options["channels"] == 1
        assert options["dtype"] == "int16"
        self.options = options
        self.data = audio.audio
        self.pos = 0
        self.realtime = realtime
        self.started = self.stopped = self.closed = False

    def start(self) -> None:
        self.started = True

    def read(self, frames: int) -> tuple[bytes, bool]:
        assert self.started and not self.closed
        block = self.data[self.pos : self.pos + 2 * frames]
        self.pos += 2 * frames
        if self.realtime:
            time.sleep(frames / 16000)
        return block, False

    def stop(self) -> None:
        self.stopped = True

    def close(self) -> None:
        self.closed = True


class FakeSounddevice:
    """Stands in for the ``sounddevice`` module: a device list and output streams."""

    class PortAudioError(Exception):
        pass

    def __init__(self, devices: list[dict[str, Any]], default: tuple[int, int] = (-1, -1),
                 block_sleep: float = 0.0) -> None:
        self.devices = devices
        self.default = type("Default", (), {"device": list(default)})()
        self.block_sleep = block_sleep
        self.written: list[bytes] = []
        self.aborted = threading.Event()
        outer = self

        class RawOutputStream:
            def __init__(self, **options: Any) -> None:
                self.options = options

            def start(self) -> None: ...

            def write(self, data: bytes) -> None:
                outer.written.append(data)
                time.sleep(outer.block_sleep)

            def stop(self) -> None: ...

            def abort(self) -> None:
                outer.aborted.set()

            def close(self) -> None: ...

        self.RawOutputStream = RawOutputStream

    def query_devices(self) -> list[dict[str, Any]]:
        return self.devices


def device(name: str, inputs: int = 0, outputs: int = 0) -> dict[str, Any]:
    return {"name": name, "max_input_channels": inputs, "max_output_channels": outputs,
            "default_samplerate": 48000.0}


class RealtimePlayer:
    """A sound device that takes real time to play and can be interrupted."""

    def __init__(self) -> None:
        self.played: list[tuple[float, bool]] = []
        self.started = threading.Event()
        self.closed = False

    def play(self, audio: AudioChunk, stop: threading.Event) -> bool:
        self.started.set()
        end = time.monotonic() + audio.seconds
        while time.monotonic() < end:
            if stop.wait(0.01):
                self.played.append((audio.seconds, False))
                return False
        self.played.append((audio.seconds, True))
        return True

    def close(self) -> None:
        self.closed = True
