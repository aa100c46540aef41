"""Speech out: pyttsx3 on espeak-ng in its own process, one worker, barge-in."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
import wave
from pathlib import Path

import pytest

from backchat.speech.audio import read_wav
from backchat.speech.errors import NoOutputDeviceError, SpeechOutputError
from backchat.speech.ports import AudioChunk, AudioFormat, Speaker, Spoken
from backchat.speech.pyttsx3_speaker import SYNTH_TRIES, Pyttsx3Speaker, _synthesize

from .fakes import FakeSounddevice, RealtimePlayer


def test_speak_to_writes_numbered_wavs_of_plausible_length(tmp_path: Path) -> None:
    with Pyttsx3Speaker(speak_to=tmp_path, rate=170) as speaker:
        assert isinstance(speaker, Speaker)
        short = speaker.say("Yes.").result(timeout=10)
        long = speaker.say("How long have you had this pain? Please answer in a few "
                           "words, for example two days or about a week.").result(timeout=10)
    assert short.path == tmp_path / "0001.wav" and long.path == tmp_path / "0002.wav"
    for spoken, words in ((short, 1), (long, 20)):
        assert spoken.completed and spoken.path is not None
        audio = read_wav(spoken.path)
        assert audio.format == AudioFormat(22050, 2, 1)
        assert 0.15 * words < audio.seconds < 0.2 + 0.6 * words
        assert spoken.seconds == pytest.approx(audio.seconds)
    with Pyttsx3Speaker(speak_to=tmp_path) as again:  # numbering carries on
        assert again.say("Next.").result(timeout=10).path == tmp_path / "0003.wav"


def test_fifty_prompts_in_a_row(tmp_path: Path) -> None:
    with Pyttsx3Speaker(speak_to=tmp_path) as speaker:
        futures = [speaker.say(f"Question {i}: does it hurt?") for i in range(50)]
        assert speaker.wait(timeout=30)
        results = [f.result() for f in futures]
    assert all(r.completed for r in results)
    assert sorted(p.name for p in tmp_path.glob("*.wav")) == [f"{i:04d}.wav" for i in range(1, 51)]


def test_stop_mid_prompt_silences_at_once_and_drops_the_queue() -> None:
    player = RealtimePlayer()
    with Pyttsx3Speaker(player=player) as speaker:
        first = speaker.say("This is a long prompt that takes a few seconds to say out loud.")
        queued = [speaker.say("Second."), speaker.say("Third.")]
        assert player.started.wait(10)
        assert speaker.speaking
        time.sleep(0.1)
        started = time.monotonic()
        speaker.stop()
        assert first.result(timeout=1) == Spoken(first.result().text, False, None,
                                                 first.result().seconds)
        assert time.monotonic() - started < 0.2
        assert [q.result(timeout=1).completed for q in queued] == [False, False]
        assert speaker.wait(timeout=1) and not speaker.speaking
        after = speaker.say("Still here.").result(timeout=10)
        assert after.completed
    assert [done for _, done in player.played] == [False, True]
    assert player.closed


def test_the_worker_survives_a_failing_device() -> None:
    class Failing(RealtimePlayer):
        def play(self, audio: AudioChunk, stop: object) -> bool:  # type: ignore[override]
            raise SpeechOutputError("The device went away.")

    with Pyttsx3Speaker(player=Failing()) as speaker:
        with pytest.raises(SpeechOutputError, match="went away"):
            speaker.say("One.").result(timeout=10)
        with pytest.raises(SpeechOutputError, match="went away"):
            speaker.say("Two.").result(timeout=10)


def test_child_output_stays_off_the_terminal(tmp_path: Path) -> None:
    code = ("from backchat.speech.pyttsx3_speaker import Pyttsx3Speaker\n"
            f"with Pyttsx3Speaker(speak_to={str(tmp_path)!r}) as s:\n"
            "    s.say('Hello there.').result(timeout=10)\n")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout == "" and run.stderr == ""  # no "Audio saved to ...", no aplay
    assert (tmp_path / "0001.wav").is_file()


def test_voice_and_rate_options(tmp_path: Path) -> None:
    with Pyttsx3Speaker(speak_to=tmp_path, voice="en-us", rate=120) as slow:
        assert slow.voice == "gmw/en-us" and "gmw/en" in slow.voices
        slow_seconds = slow.say("one two three four five six").result(timeout=10).seconds
    with Pyttsx3Speaker(speak_to=tmp_path, voice="English (America)", rate=240) as fast:
        fast_seconds = fast.say("one two three four five six").result(timeout=10).seconds
    assert slow_seconds > 1.4 * fast_seconds
    with pytest.raises(SpeechOutputError, match="there is no voice 'no-such-voice'"):
        Pyttsx3Speaker(speak_to=tmp_path, voice="no-such-voice")


def test_missing_espeak_library_is_reported(tmp_path: Path) -> None:
    without_espeak = (
        "import ctypes\n"
        "def refuse(*a, **k): raise OSError('libespeak-ng.so.1: cannot open shared object')\n"
        "ctypes.cdll.LoadLibrary = refuse\n"
        "from backchat.speech.pyttsx3_speaker import _child_main; _child_main()\n")
    with pytest.raises(SpeechOutputError, match=r"needs the espeak-ng library.*"
                       r"sudo apt-get install libespeak-ng1"):
        Pyttsx3Speaker(speak_to=tmp_path, child_command=(sys.executable, "-c", without_espeak))


def test_no_output_device_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    from backchat.speech import devices

    monkeypatch.setattr(devices, "load_sounddevice", lambda: FakeSounddevice([]))
    with pytest.raises(NoOutputDeviceError, match="No sound output device was found"):
        Pyttsx3Speaker()


def test_closed_speaker_refuses_prompts(tmp_path: Path) -> None:
    speaker = Pyttsx3Speaker(speak_to=tmp_path)
    speaker.close()
    speaker.close()
    with pytest.raises(SpeechOutputError, match="closed"):
        speaker.say("Hello?")


def test_a_dead_synthesis_process_is_restarted(tmp_path: Path) -> None:
    with Pyttsx3Speaker(speak_to=tmp_path) as speaker:
        assert speaker.say("One.").result(timeout=10).completed
        process = speaker._child._proc  # the child, as the OS would see it crash
        assert process is not None
        process.kill()
        process.wait()
        assert speaker.say("Two.").result(timeout=10).completed


class _FlakyEngine:
    """pyttsx3's engine as the synthesis process drives it, writing a header-only WAV for
    the first ``empty`` prompts: the one fault of espeak-ng that cannot be provoked here."""

    def __init__(self, done: threading.Event, empty: int) -> None:
        self.done, self.empty, self.saves = done, empty, 0
        self._job: tuple[str, str] = ("", "")

    def save_to_file(self, text: str, path: str) -> None:
        self._job = (text, path)

    def runAndWait(self) -> None:  # noqa: N802 (pyttsx3's name)
        self.saves += 1
        frames = b"" if self.saves <= self.empty else b"\x01\x00" * 2205
        with wave.open(self._job[1], "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(22050)
            out.writeframes(frames)
        self.done.set()


def test_a_prompt_that_comes_out_empty_is_synthesised_again(tmp_path: Path) -> None:
    done = threading.Event()
    engine = _FlakyEngine(done, empty=1)
    polls = iter([True, True, False])
    assert _synthesize(engine, done, "Yes.", str(tmp_path / "a.wav"), lambda: next(polls, False))
    assert engine.saves == 2 and read_wav(tmp_path / "a.wav").seconds == pytest.approx(0.1)


def test_a_prompt_empty_every_time_is_reported_not_retried_for_ever(tmp_path: Path) -> None:
    done = threading.Event()
    engine = _FlakyEngine(done, empty=99)
    assert not _synthesize(engine, done, "Yes.", str(tmp_path / "a.wav"), lambda: False)
    assert engine.saves == SYNTH_TRIES
