"""``backchat --voice``: the terminal app with speech in and out, on in-memory twins of the ports
(a scripted recogniser, a recording speaker, silence as audio): no sound device is used."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

from textual.pilot import Pilot

from backchat.intake import Options
from backchat.speech.ports import AudioChunk, Spoken
from backchat.speech.scripted import RecordingSpeaker, ScriptedListener
from backchat.tui.app import BackchatApp, make_app
from backchat.voice.setup import VoiceParts, VoiceSettings
from tests.tui.conftest import send

SILENCE = AudioChunk(b"\x00\x00" * 1600)  # 0.1 s


class SilentTurns:
    """A TurnSource: a short chunk of silence per turn, then no more."""

    def __init__(self, turns: int) -> None:
        self.left = turns

    def next_turn(self) -> AudioChunk | None:
        if self.left <= 0:
            return None
        self.left -= 1
        return SILENCE


class HeldSpeaker(RecordingSpeaker):
    """Keeps "speaking" every prompt until stop() (a barge-in) is called."""

    def __init__(self) -> None:
        super().__init__()
        self._busy = threading.Event()

    def say(self, text: str) -> Future[Spoken]:
        future = super().say(text)
        self._busy.set()
        return future

    def stop(self) -> None:
        super().stop()
        self._busy.clear()

    def wait(self, timeout: float | None = None) -> bool:
        end = time.monotonic() + (timeout if timeout is not None else 5.0)
        while self._busy.is_set() and time.monotonic() < end:
            time.sleep(0.005)
        return not self._busy.is_set()

    @property
    def speaking(self) -> bool:
        return self._busy.is_set()


def voice_app(options: Options, replies: list[str], speaker: RecordingSpeaker | None) -> BackchatApp:
    parts = VoiceParts(ScriptedListener(replies), speaker, SilentTurns(len(replies)),
                       announce="Listening with a scripted recogniser; answers from silence; "
                                "speaking to a recorder.")
    return make_app(options, voice=parts)


async def until(pilot: Pilot[None], ok: Callable[[], bool], what: str, limit: float = 5.0) -> None:
    end = time.monotonic() + limit
    while not ok():
        if time.monotonic() > end:
            app = pilot.app
            texts = app.main_screen.log_view.texts if isinstance(app, BackchatApp) else []
            raise AssertionError(f"timed out waiting for {what}; the conversation: {texts}")
        await pilot.pause(0.02)


def users(app: BackchatApp) -> list[str]:
    return [t for s, t in app.main_screen.log_view.texts if s == "user"]


async def test_spoken_intake_with_readback(options: Options) -> None:
    speaker = RecordingSpeaker()
    replies = ["i lifted a box yesterday", "yes",    # changes the advice (lifting): read back
               "no",                                  # a plain no: confirmed later, with others
               "lower back",                          # changes nothing: not read back
               "down my left leg to my foot", "no",   # changes the advice: read back, rejected: not counted
               "down my left leg to my foot", "yes"]  # said again (asked more simply) and confirmed
    app = voice_app(options, replies, speaker)
    states: list[str] = []
    async with app.run_test(size=(100, 30)) as pilot:
        app.voice_status.watch(app.voice_status, "state", lambda s: states.append(s), init=False)
        await until(pilot, lambda: app.voice is not None and app.voice.ended, "the audio to run out", 60)
        texts = app.main_screen.log_view.texts
        assert texts[0] == ("assistant", "Listening with a scripted recogniser; answers from silence; "
                                         "speaking to a recorder.")
        assert "How did your back pain start?" in speaker.spoken[0]
        assert any("Where does" in s for s in speaker.spoken)
        readbacks = [s for s in speaker.spoken if s.startswith("I heard:")]
        assert len(readbacks) == 3 and all(s.endswith("Is that right?") for s in readbacks)
        assert any(t.startswith("I heard:") for s, t in texts if s == "assistant")  # shown too
        assert any(s.startswith("Sorry about that. ") for s in speaker.spoken)
        # only confirmed answers count, each once, as the person's turn
        assert users(app) == ["i lifted a box yesterday", "no", "lower back", "down my left leg to my foot"]
        assert app.conv.engine.question is not None
        assert app.conv.engine.question.id not in ("onset", "trauma", "location", "radiation")
        after = app.conv.engine.question.id
        assert {"speaking", "listening", "thinking"} <= set(states)
        assert app.voice_status.state == "off"  # audio ended: typing carries on
        await send(pilot, "no")
        assert users(app)[-1] == "no"
        assert app.conv.engine.question.id != after
    assert speaker.spoken and speaker._closed  # closed on quit


async def test_key_during_speech_stops_it_and_typing_still_works(options: Options) -> None:
    speaker = HeldSpeaker()
    listener_replies = ["i lifted a box yesterday", "yes"]
    app = voice_app(options, listener_replies, speaker)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: app.voice_status.state == "speaking", "speaking")
        await pilot.pause(0.1)
        listener = app.voice.parts.listener if app.voice else None
        assert isinstance(listener, ScriptedListener) and listener.calls == []  # half-duplex
        assert app.voice_status.has_class("-on")
        await pilot.press("x")
        assert speaker.stops == 1
        assert app.main_screen.answer.value == "x"  # the key still reached the input line
        await until(pilot, lambda: listener.calls != [], "listening after the barge-in")
        await until(pilot, lambda: any(s.startswith("I heard:") for s in speaker.spoken), "the read-back")
        await pilot.press("y")
        assert speaker.stops == 2
        await until(pilot, lambda: users(app) == ["i lifted a box yesterday"], "the confirmed answer")


async def test_without_sound_output_prompts_are_shown_and_listening_goes_on(options: Options) -> None:
    app = voice_app(options, ["no"], None)
    app.conv.handle("I lifted a box and it came on suddenly")  # past the red-flag opener
    app.turn = app.conv.resume()
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: users(app)[-1] == "no", "the spoken answer")
        assert any("Where does it hurt" in t for s, t in app.main_screen.log_view.texts if s == "assistant")


async def test_speech_error_at_start_falls_back_to_text(options: Options, tmp_path: Path) -> None:
    app = make_app(options, voice=VoiceSettings(engine="vosk", vosk_model=tmp_path / "no-model"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert app.voice is None
        assert not app.voice_status.has_class("-on")
        notes = [t for s, t in app.main_screen.log_view.texts if "Carrying on in text." in t]
        assert len(notes) == 1 and notes[0].count(". ") <= 2 and "no-model" in notes[0]
        await send(pilot, "I lifted a box and it came on suddenly")
        assert users(app) == ["I lifted a box and it came on suddenly"]
        assert app.conv.engine.question is not None and app.conv.engine.question.id != "onset"


async def test_voice_input_ending_as_the_screen_is_torn_down_stops_the_worker_quietly(options: Options) -> None:
    app = voice_app(options, ["no"], None)
    app.conv.handle("I lifted a box and it came on suddenly")
    app.turn = app.conv.resume()
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: users(app)[-1:] == ["no"], "the spoken answer")
        front = app.voice
        assert front is not None
        await app.voice_status.remove()  # as when the app closes: the status line is gone first
        escaped: list[BaseException] = []

        def end_of_input() -> None:
            try:
                front._post(front._ended, "(The audio input has ended; carry on by typing.)")
            except BaseException as exc:  # noqa: BLE001 - what escapes is the point of the test
                escaped.append(exc)

        worker = threading.Thread(target=end_of_input)
        worker.start()
        await until(pilot, lambda: not worker.is_alive(), "the worker's last post")
        assert [type(e).__name__ for e in escaped] == ["_Stopped"]  # the worker's own way out, never a traceback
