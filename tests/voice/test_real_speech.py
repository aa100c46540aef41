"""Real human speech (Speech Commands v0.01, Pete Warden 2018, arXiv:1804.03209, CC BY 4.0; see
shared/audio/speech-commands/README.md) through the voice path: each clip heard with the constraint
the voice dialogue uses and judged by its own rules. bench/voice_real.py prints the same figures
next to espeak-ng speech."""

from __future__ import annotations

from functools import partial

import pytest

from backchat.core.loader import load_flow
from backchat.speech.audio import join, load_speech, silence, split, with_noise_floor
from backchat.speech.microphone import Microphone
from backchat.voice.constraints import ConstraintBook
from backchat.voice.listen import Listen
from backchat.voice.live import LiveHost
from backchat.voice.policy import try_answer
from backchat.voice.readback import verdict
from backchat.voice.setup import StreamingMic, VoiceParts
from tests.voice.fakes import FakeInputStream
from tests.voice.real_speech import CLIPS, Figures, _engine_at, measure

pytestmark = pytest.mark.skipif(not CLIPS.is_dir(), reason=f"the real recordings are not in {CLIPS}")


@pytest.fixture(scope="module")
def real(sphinx) -> Figures:  # type: ignore[no-untyped-def]
    return measure(CLIPS, listener=sphinx)


def test_real_yes_and_no_are_understood_and_no_yes_is_heard_as_no(real: Figures) -> None:
    right = sum(said == got for said, got in real.yes_no)
    assert len(real.yes_no) == 20
    assert right >= 19  # 95 %
    assert not [(s, g) for s, g in real.yes_no if s == "yes" and g == "no"]


def test_real_digits_are_understood_or_caught_before_they_count(real: Figures) -> None:
    ok = sum(said == heard or heard is None or back for said, heard, back in real.digits)
    assert len(real.digits) == 100
    assert ok >= 85


def test_real_words_that_are_not_answers_are_rarely_counted_as_yes_or_no(real: Figures) -> None:
    silently = sum(bool(taken) and quiet for _, taken, quiet in real.not_answers)
    assert len(real.not_answers) == 60
    assert silently <= 3  # 5 %


def test_real_yes_and_no_from_a_microphone_are_understood_while_spoken(sphinx) -> None:  # type: ignore[no-untyped-def]
    """The live path: each recording comes from the microphone (only sounddevice is faked) in 30 ms
    blocks after half a second of room noise, is decoded while it arrives, and the turn ends on the
    endpointer's word."""
    flow = load_flow()
    fever, book = _engine_at("fever"), ConstraintBook.of(flow)
    taken = []
    for word in ("yes", "no"):
        for path in sorted(CLIPS.glob(f"{word}__*.wav")):
            audio = with_noise_floor(join([silence(0.5), load_speech(path), silence(1.5)]), -60.0)
            mic = Microphone(stream_factory=partial(FakeInputStream, audio))
            host = LiveHost(VoiceParts(sphinx, None, StreamingMic(mic), microphone=mic), lambda: fever,
                            show=lambda _: None, fix=lambda *_: None)
            heard = host.listen(Listen("answer", fever.question), book)
            assert heard is not None
            taken.append((word, verdict(fever, heard) if try_answer(fever, heard).usable else "unclear"))
    assert sum(said == got for said, got in taken) >= 19
    assert not [(s, g) for s, g in taken if s == "yes" and g == "no"]


@pytest.mark.parametrize(("first", "then", "means"), [
    ("left", "yes", {"yes", "yeah", "yep"}),
    ("up", "no", {"no", "nope"}),
])
def test_a_pause_then_the_real_answer_is_heard_whole(sphinx, first: str, then: str, means: set[str]) -> None:  # type: ignore[no-untyped-def]
    """A word that is no answer is decoded again as soon as it is followed by quiet; when the
    person then gives the answer, that early decoding is dropped and the answer counts."""
    fever = ConstraintBook.of(load_flow()).for_question(_engine_at("fever").question)
    word, answer = (load_speech(sorted(CLIPS.glob(f"{w}__*.wav"))[i]) for w, i in ((first, 0), (then, 1)))
    alone = join([silence(0.3), word, silence(0.6)])
    both = join([silence(0.3), word, silence(0.3), answer, silence(0.6)])
    heard = [list(sphinx.stream(split(with_noise_floor(a, -60.0), 0.03), fever))[-1].text for a in (alone, both)]
    assert not set(heard[0].split()) & means
    assert heard[1].split()[-1] in means
