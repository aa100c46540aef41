"""`backchat voice`: the loop's rules (read-back, retry, stop) with in-memory ports, and the real
command with WAV input, written prompts, and the fall-back to text when there is no microphone."""

from __future__ import annotations

import os
import subprocess
import sys
import wave
from collections.abc import Callable
from datetime import date
from pathlib import Path

from backchat.core.conversation import Conversation
from backchat.core.engine import Engine
from backchat.core.flow import Flow
from backchat.speech.audio import silence
from backchat.speech.ports import AudioChunk, Transcript
from backchat.speech.scripted import RecordingSpeaker, ScriptedListener
from backchat.voice.constraints import ConstraintBook
from backchat.voice.dialogue import JOINT_CHARS, VoiceStats
from backchat.voice.listen import Listen
from backchat.voice.loop import run_voice_intake
from backchat.voice.setup import VoiceParts

BIN = Path(sys.executable).with_name("backchat")


class Turns:
    """A fake turn source: a little silence per turn, as many turns as asked."""

    def __init__(self, count: int) -> None:
        self.left = count

    def next_turn(self) -> AudioChunk | None:
        if self.left == 0:
            return None
        self.left -= 1
        return silence(0.2)


def voice_run(flow: Flow, replies: list[str | Transcript], start: str | None = None,
              ) -> tuple[Engine, RecordingSpeaker, list[str], VoiceStats]:
    engine = Engine(flow, clock=lambda: date(2026, 11, 18))
    conv = Conversation(engine)
    first = conv.start()
    if start is not None:
        first = conv.handle(start)
    speaker, shown, stats = RecordingSpeaker(), [], VoiceStats()
    parts = VoiceParts(ScriptedListener(replies), speaker, Turns(len(replies)))
    run_voice_intake(conv, first, parts, shown.append, stats=stats)
    return engine, speaker, shown, stats


PAST_THE_OPENERS = "I lifted a box yesterday, lower back, it stays in my back"


def test_an_answer_that_raises_the_care_level_counts_only_after_it_is_confirmed(flow: Flow) -> None:
    engine, speaker, _, stats = voice_run(flow, ["yes", "yes"], start="it came on gradually")
    assert speaker.spoken[1] == "I heard: it started after a serious fall or accident. Is that right?"
    assert engine.state == "emergency" and stats.read_backs == 1


def test_a_denied_read_back_asks_again_more_simply_then_in_closed_form_then_moves_on(flow: Flow) -> None:
    q = flow.question("trauma")
    engine, speaker, _, stats = voice_run(flow, ["yes", "no", "yes", "no", "yes", "no"], start="it came on gradually")
    assert f"Sorry about that. {q.simpler}" in speaker.spoken
    assert any(s.startswith("Sorry about that. Please just say yes, no, or I don't know.") for s in speaker.spoken)
    assert (stats.retries, stats.closed_forms, stats.moved_on) == (1, 1, 1)
    assert engine.facts.get("trauma") is not False  # never recorded as a "no"


def test_nothing_usable_is_asked_again_simpler_then_closed_then_counted_unknown(flow: Flow) -> None:
    engine, speaker, _, stats = voice_run(flow, ["", "mumble grumble", "", "no"])
    assert speaker.spoken[1].startswith("Sorry, I didn't catch that.")
    assert "Say the number: one: " in speaker.spoken[2]
    # no choice of how it started raises the care level on its own (how serious a fall was is the
    # injury screen's), so none is asked on its own: the answer is counted unknown and the screen follows
    assert not any(s.startswith("Is it: ") for s in speaker.spoken)
    assert speaker.spoken[3].startswith("I'll note that you're not sure. Did the pain start after a serious fall")
    assert (stats.retries, stats.closed_forms, stats.moved_on) == (1, 1, 1)
    assert "onset" not in engine.facts


def test_where_it_hurts_not_heard_asks_about_the_shoulder_blades_before_counting_it_unknown(flow: Flow) -> None:
    engine, speaker, _, stats = voice_run(flow, ["no", "", "", "", "yes"],
                                          start="I lifted a box yesterday")
    assert "Is it: between the shoulder blades? Please say yes or no." in speaker.spoken
    assert engine.facts.get("location") == ("upper",) and stats.moved_on == 0


def test_a_number_heard_for_the_closed_form_is_that_choice(flow: Flow) -> None:
    engine, _, _, _ = voice_run(flow, ["", "", "three", "yes"])
    assert engine.facts.get("onset") == "trauma"


def test_a_low_confidence_i_dont_know_on_a_red_flag_question_is_not_an_answer(flow: Flow) -> None:
    engine, _, _, stats = voice_run(flow, [Transcript("i don't know", 0.2)], start="it came on gradually")
    assert stats.retries == 1 and "trauma" not in engine.unknown


class Patient(ScriptedListener):
    """Says "no" to every question and "yes" to each check of what its story said; to read-backs,
    the replies given (then "yes"); to a question asked again on its own after a denied joint
    read-back, "yes"."""

    def __init__(self, confirmations: list[str]) -> None:
        super().__init__([])
        self.confirmations = confirmations

    def transcribe(self, audio, constraint=None):  # type: ignore[no-untyped-def]
        label = constraint.label if constraint is not None else ""
        if label == "confirm":
            text = self.confirmations.pop(0) if self.confirmations else "yes"
        else:
            text = "yes" if label.endswith((":closed", ":check")) else "no"
        return Transcript(text, 1.0)


def patient_run(flow: Flow, patient: Patient, turns: int) -> tuple[Engine, RecordingSpeaker, VoiceStats]:
    engine = Engine(flow, clock=lambda: date(2026, 11, 18))
    conv = Conversation(engine)
    conv.start()
    first = conv.handle(PAST_THE_OPENERS)
    speaker, stats = RecordingSpeaker(), VoiceStats()
    run_voice_intake(conv, first, VoiceParts(patient, speaker, Turns(turns)), lambda _: None, stats=stats)
    return engine, speaker, stats


def test_plain_noes_are_confirmed_together_in_lists_short_enough_to_say(flow: Flow) -> None:
    engine, speaker, stats = patient_run(flow, Patient([]), 40)
    joint = [s for s in speaker.spoken if s.startswith("So: ")]
    assert 1 <= len(joint) <= 3 and stats.joint_read_backs == len(joint)
    assert all(len(s) <= JOINT_CHARS and s.endswith("Is that right?") for s in joint)
    assert sum(s.count(",") + 1 for s in joint) >= 12  # many answers in few read-backs
    assert engine.facts.get("trauma") is False


def test_a_joint_check_of_what_the_story_said_is_heard_as_yes_or_no_and_keeps_it(flow: Flow) -> None:
    engine, speaker, _ = patient_run(flow, Patient([]), 40)
    assert ("Just to check, I noted: pain in your lower back; it doesn't spread; "
            "you've had it for 1 day. Is that right?") in " ".join(speaker.spoken)
    assert engine.facts.get("duration_days") == 1 and engine.facts.get("radiation") == "none"
    assert "one at a time" not in " ".join(speaker.spoken)  # heard as the yes it was
    check = ConstraintBook.of(flow).for_request(Listen("check", flow.question("duration")))
    heard = check.phrases(2000)
    assert "yes" in heard and "no" in heard and "three days" in heard


def test_a_denied_joint_read_back_asks_each_again_and_corrects_it(flow: Flow) -> None:
    engine, speaker, stats = patient_run(flow, Patient(["no", "yes"]), 40)
    assert flow.question("trauma").simpler in " ".join(speaker.spoken)
    assert stats.corrections == 1 and engine.facts.get("trauma") is True and engine.state == "emergency"


def test_stop_ends_the_intake_by_voice(flow: Flow) -> None:
    engine, speaker, shown, _ = voice_run(flow, ["stop"])
    assert speaker.spoken[-1] == "Goodbye, and take care." and not engine.finished
    assert "> (heard) stop" in shown


def test_every_prompt_is_spoken_and_shown(flow: Flow) -> None:
    _, speaker, shown, _ = voice_run(flow, ["it came on gradually", "yes"])
    assert speaker.spoken and all(s in shown or s in "\n".join(shown) for s in speaker.spoken)


def espeak(folder: Path, text: str, name: str) -> Path:
    path = folder / f"{name}.wav"
    subprocess.run(["espeak-ng", "-w", str(path), "--", text], check=True, capture_output=True)
    return path


def test_voice_with_wav_answers_announces_itself_and_writes_each_prompt(tmp_path: Path,
                                                                       espeak_wav: Callable[..., Path]) -> None:
    # US English: the opening answer is heard with the open domain model (stories), where
    # espeak-ng's British voice is often misheard (the retry then uses the grammar)
    answers = [espeak_wav(t, "en-us") for t in ("it came on gradually", "yes", "no", "no")]
    out_dir = tmp_path / "prompts"
    run = subprocess.run([str(BIN), "voice", "--no-store", "--today", "2026-11-18", "--speak-to", str(out_dir),
                          *[a for p in answers for a in ("--audio-in", str(p))]],
                         capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
                         env={**os.environ, "BACKCHAT_VOSK_MODEL": ""})
    assert run.returncode == 0, run.stderr
    assert "Listening with PocketSphinx" in run.stderr and "4 WAV file(s)" in run.stderr
    assert "> (heard) it came on gradually" in run.stdout
    assert "(The audio input ended before the intake was finished.)" in run.stdout
    prompts = sorted(out_dir.glob("*.wav"))
    assert len(prompts) >= 3
    with wave.open(str(prompts[0])) as w:  # the greeting: many seconds of speech
        assert w.getnframes() / w.getframerate() > 5
    assert "Traceback" not in run.stderr


def test_voice_without_a_microphone_says_so_and_carries_on_in_text(tmp_path: Path) -> None:
    # injury: no; what the story said (where, that it stays in the back, since yesterday), checked
    # together: yes; thirteen screens; age; how bad
    answers = "I lifted a box yesterday, lower back, it stays in my back\nno\nyes\n" + "no\n" * 13 + "44\n6\n"
    run = subprocess.run([str(BIN), "voice", "--no-store", "--today", "2026-11-18", "--speak-to", str(tmp_path)],
                         input=answers, capture_output=True, text=True, timeout=120,
                         env={**os.environ, "BACKCHAT_VOSK_MODEL": ""})
    assert run.returncode == 0
    first_line = run.stderr.strip().splitlines()[0]
    assert "Carrying on in text." in first_line and "Traceback" not in run.stderr
    assert "Look after it at home" in run.stdout


class TalkingSpeaker(RecordingSpeaker):
    """A speaker that stays 'speaking' until stopped, like a long prompt being played."""

    def __init__(self) -> None:
        super().__init__()
        self.talking = False

    def say(self, text: str):  # type: ignore[no-untyped-def]
        self.talking = True
        return super().say(text)

    def stop(self) -> None:
        self.talking = False
        super().stop()

    @property
    def speaking(self) -> bool:
        return self.talking


class Mic:
    """A fake microphone edge: each turn is some blocks, the first ones heard while backchat talks."""

    def __init__(self, blocks: list[AudioChunk]) -> None:
        self.blocks = blocks

    def listen(self):  # type: ignore[no-untyped-def]
        yield from self.blocks

    def stop(self) -> None:
        pass


def test_talking_over_backchat_stops_its_speech_and_drops_what_was_heard_meanwhile() -> None:
    from backchat.voice.turns import MicrophoneTurns

    speaker = TalkingSpeaker()
    speaker.say("a long question")
    heard_while_talking, answer = silence(0.1), AudioChunk(b"\x01\x00" * 1600)
    turns = MicrophoneTurns(Mic([heard_while_talking, answer]), speaker)  # type: ignore[arg-type]
    audio = turns.next_turn()
    assert not speaker.speaking and speaker.stops == 1
    assert audio is not None and audio.audio == answer.audio


def test_in_the_terminal_app_talking_over_backchat_stops_it_too() -> None:
    from backchat.voice.setup import StreamingMic

    speaker = TalkingSpeaker()
    speaker.say("a long question")
    heard_while_talking, answer = silence(0.1), AudioChunk(b"\x01\x00" * 1600)
    mic = StreamingMic(Mic([heard_while_talking, answer]))  # type: ignore[arg-type]
    assert list(mic.stream_turn(speaker)) == [answer]
    assert speaker.stops == 1 and not speaker.speaking
