"""The microphone: energy endpointing, and the sounddevice edge faked."""

from __future__ import annotations

import builtins
import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from backchat.core.engine import Engine
from backchat.core.loader import load_flow
from backchat.speech import devices
from backchat.speech.audio import join, silence, split, with_noise_floor
from backchat.speech.errors import (
    AudioDeviceError,
    NoAudioLibraryError,
    NoInputDeviceError,
    NoOutputDeviceError,
)
from backchat.speech.grammars import build_constraint
from backchat.speech.microphone import Endpointer, Endpointing, Microphone
from backchat.speech.ports import AudioChunk, AudioInput
from backchat.speech.sphinx_listener import SphinxListener
from backchat.voice.constraints import ConstraintBook
from backchat.voice.listen import Listen
from backchat.voice.live import LiveHost
from backchat.voice.setup import StreamingMic, VoiceParts

from .conftest import Say
from .fakes import FakeInputStream, FakeSounddevice, device


def room(*parts: AudioChunk) -> AudioChunk:
    """Audio as a microphone in a quiet room would give it (noise floor -50 dBFS)."""
    return with_noise_floor(join(parts), -50.0)


def stream_of(audio: AudioChunk, **kw: Any) -> Callable[..., FakeInputStream]:
    made: list[FakeInputStream] = []

    def factory(**options: Any) -> FakeInputStream:
        made.append(FakeInputStream(audio, **kw, **options))
        return made[-1]

    factory.made = made  # type: ignore[attr-defined]
    return factory


def test_a_turn_ends_after_silence_once_speech_started(say: Say) -> None:
    speech = say("since yesterday")
    audio = room(silence(1.0), speech, silence(2.0), say("two days"))
    endpointer = Endpointer()
    emitted: list[AudioChunk] = []
    for block in split(audio, 0.03):
        emitted += endpointer.push(block)
        if endpointer.done:
            break
    turn = join(emitted)
    assert endpointer.speaking and endpointer.done
    # pre-roll (<= 0.3 s) + the words + about 0.5 s of silence, and not the next answer
    assert speech.seconds < turn.seconds < speech.seconds + 0.3 + 0.6
    assert endpointer.noise_dbfs == pytest.approx(-50, abs=3)
    assert endpointer.quiet_seconds == pytest.approx(0.5, abs=0.04)


def test_quiet_is_counted_from_the_last_speech_and_restarts_with_more() -> None:
    endpointer = Endpointer()
    loud = AudioChunk(b"".join((8000 if i % 2 else -8000).to_bytes(2, "little", signed=True) for i in range(480)))
    hush = silence(0.03)
    for block in (hush, hush, loud, loud, loud, loud, hush, hush):
        endpointer.push(block)
    assert endpointer.speaking and endpointer.quiet_seconds == pytest.approx(0.06)
    endpointer.push(loud)
    assert endpointer.quiet_seconds == 0.0


def test_a_whole_answer_ends_the_turn_after_a_shorter_silence(say: Say) -> None:
    audio = room(silence(0.6), say("no"), silence(1.5))
    lengths = {}
    for complete in (False, True):
        endpointer = Endpointer()
        emitted: list[AudioChunk] = []
        for block in split(audio, 0.03):
            endpointer.complete = complete and endpointer.speaking  # as the recogniser says so
            emitted += endpointer.push(block)
            if endpointer.done:
                break
        lengths[complete] = join(emitted).seconds
    cfg = Endpointing()
    assert lengths[False] - lengths[True] == pytest.approx(
        cfg.silence_seconds - cfg.answer_silence_seconds, abs=0.07)


def test_nobody_speaks() -> None:
    endpointer = Endpointer(Endpointing(no_speech_seconds=1.0))
    emitted = [b for block in split(room(silence(2.0)), 0.03) for b in endpointer.push(block)]
    assert endpointer.done and not endpointer.speaking and emitted == []


def test_a_click_is_not_speech(say: Say) -> None:
    click = join([say("t")])
    endpointer = Endpointer()
    for block in split(room(silence(0.5), AudioChunk(click.audio[:960]), silence(0.5)), 0.03):
        endpointer.push(block)
    assert not endpointer.speaking


def test_microphone_records_a_turn_that_the_recogniser_understands(
        say: Say, sphinx: SphinxListener) -> None:
    factory = stream_of(room(silence(0.6), say("about two weeks"), silence(1.5)))
    mic = Microphone(stream_factory=factory)
    assert isinstance(mic, AudioInput)
    turn = mic.record()
    assert turn is not None and mic.last_heard
    stream = factory.made[0]  # type: ignore[attr-defined]
    assert stream.started and stream.stopped and stream.closed
    assert stream.options["blocksize"] == 480
    assert sphinx.transcribe(turn, build_constraint("duration")).text == "about two weeks"


def test_streaming_straight_from_the_microphone(say: Say, sphinx: SphinxListener) -> None:
    mic = Microphone(stream_factory=stream_of(room(silence(0.5), say("i think so"),
                                                   silence(1.2))))
    results = list(sphinx.stream(mic.listen(), build_constraint("yes_no")))
    assert results[-1].text == "i think so"


def test_live_a_whole_answer_is_decoded_while_spoken_and_ends_the_turn_sooner(
        say: Say, sphinx: SphinxListener) -> None:
    flow = load_flow()
    read_until = {}
    for hint in (False, True):
        factory = stream_of(room(silence(0.6), say("no", "en-us"), silence(2.0)))
        mic = Microphone(stream_factory=factory)
        parts = VoiceParts(sphinx, None, StreamingMic(mic), microphone=mic if hint else None)
        host = LiveHost(parts, lambda: Engine(flow), show=lambda _: None, fix=lambda *_: None)
        heard = host.listen(Listen("answer", flow.question("fever")), ConstraintBook.of(flow))
        assert heard is not None and heard.text in ("no", "nope") and not heard.out_of_grammar
        read_until[hint] = factory.made[0].pos / 32000  # type: ignore[attr-defined]
    cfg = Endpointing()
    assert read_until[False] - read_until[True] == pytest.approx(
        cfg.silence_seconds - cfg.answer_silence_seconds, abs=0.1)


def test_no_speech_gives_none_and_stop_ends_listening(say: Say) -> None:
    quiet = Microphone(endpointing=Endpointing(no_speech_seconds=0.5),
                       stream_factory=stream_of(room(silence(1.0))))
    assert quiet.record() is None and not quiet.last_heard
    mic = Microphone(stream_factory=stream_of(room(silence(30.0)), realtime=True))
    threading.Timer(0.2, mic.stop).start()
    started = time.monotonic()
    assert mic.record() is None
    assert time.monotonic() - started < 1.0


def test_missing_portaudio_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    real_import = builtins.__import__

    def without_portaudio(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "sounddevice":
            raise OSError("PortAudio library not found")
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(__import__("sys").modules, "sounddevice", raising=False)
    monkeypatch.setattr(builtins, "__import__", without_portaudio)
    with pytest.raises(NoAudioLibraryError, match="sudo apt-get install libportaudio2"):
        Microphone()


def test_no_input_or_output_device() -> None:
    speakers_only = FakeSounddevice([device("HDMI", outputs=2)])
    with pytest.raises(NoInputDeviceError, match="No microphone was found"):
        devices.input_device(sd=speakers_only)
    with pytest.raises(NoOutputDeviceError, match="No sound output device"):
        devices.output_device(sd=FakeSounddevice([device("USB mic", inputs=1)]))
    with pytest.raises(NoInputDeviceError, match="called 'headset'"):
        devices.input_device("headset", sd=FakeSounddevice([device("USB mic", inputs=1)]))
    both = FakeSounddevice([device("USB mic", inputs=1), device("Laptop", 2, 2)], (1, 1))
    assert devices.input_device(sd=both).name == "Laptop"
    assert devices.input_device("usb", sd=both).index == 0


def test_a_device_that_fails_to_open() -> None:
    def broken(**options: Any) -> FakeInputStream:
        raise FakeSounddevice.PortAudioError("Error querying device -1")

    with pytest.raises(AudioDeviceError, match="The microphone cannot be opened"):
        Microphone(stream_factory=broken).record()


def test_player_plays_in_blocks_and_stops_within_one(say: Say) -> None:
    sd = FakeSounddevice([device("Speakers", outputs=2)], block_sleep=0.01)
    player = devices.SounddevicePlayer(sd=sd)
    audio = say("how long have you had this pain")
    assert player.play(audio, threading.Event())
    assert b"".join(sd.written) == audio.audio
    stop = threading.Event()
    threading.Timer(0.05, stop.set).start()
    started = time.monotonic()
    assert not player.play(audio, stop)
    assert time.monotonic() - started < 0.2 and sd.aborted.is_set()
