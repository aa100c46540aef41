"""One utterance decoded by PocketSphinx while it is spoken: every block of audio goes to the
decoders at once (one decoder per pass, so a closed question's grammar pass and bigram pass
both run during the speech), and at the end of speech only ``end_utt`` and reading the
results remain (tens of milliseconds, where decoding the whole turn afterwards took
0.3-1.3 s on real speech). :func:`decode_whole` is the other way: a whole recording at once.

Live decoding normalises the features with a fixed cepstral mean (the decoder's ``cmninit``);
decoding a whole recording uses the recording's own mean, which is more accurate on short
answers. Each pass starts from the same feature state (``reinit_feat``), so a result depends
only on the audio and on how it is padded, not on the utterances before it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from backchat.speech.audio import silence, to_speech_format, with_noise_floor
from backchat.speech.errors import RecognizerError
from backchat.speech.ports import AudioChunk

__all__ = ["Pass", "LiveDecoding", "decode_whole", "clean", "clip", "LIVE_CMN_INIT"]

_FILLERS = ("<s>", "</s>", "<sil>", "[NOISE]", "[SPEECH]")
LIVE_CMN_INIT = "52.03,-13.83,-2.73,-4.77,-3.80,-4.24,-3.86,-1.88,-0.56,-0.88,-0.01,-0.49,-0.41"
"""The cepstral mean live decoding starts from: the mean of the whole-recording means of 80
real recordings (Speech Commands: yes, no, one, two, five, six, stop, left; 10 each). The
model's own default (40,3,-1) made live decoding hear 6 of 20 real yes/no answers right."""
ADAPT_AFTER = 0.3
"""Seconds into an utterance after which the cepstral mean follows the audio so far (updated
after every block): on 20 real yes/no answers, 18 right instead of 17 with the mean fixed."""


@dataclass(frozen=True, slots=True)
class Pass:
    """What one decoding pass produced."""

    text: str
    """The hypothesis (lower case, no fillers)."""
    posterior: float
    """Posterior probability of the whole hypothesis in the lattice (0..1)."""
    word_posterior: float
    """Mean posterior of its words (0..1; 0 when there are none)."""


class LiveDecoding:
    """Feed blocks with :meth:`feed`; :meth:`partials` while speaking; :meth:`finish` once.

    Args:
        runs: (decoder, search name) per pass; None as the search keeps the decoder's current one.
        noise_dbfs: a faint noise floor added to every block (None: none).
        lead_in: seconds of silence fed before the first block.
    """

    def __init__(self, runs: Sequence[tuple[Any, str | None]], noise_dbfs: float | None,
                 lead_in: float) -> None:
        self._runs = list(runs)
        self._noise = noise_dbfs
        self._at = 0
        self._pcm: list[bytes] = []
        try:
            for decoder, search in self._runs:
                if search is not None:
                    decoder.activate_search(search)
                decoder.reinit_feat()
                decoder.start_utt()
        except RuntimeError as exc:
            raise RecognizerError(f"PocketSphinx could not start decoding ({exc}).") from None
        self.seconds = 0.0
        """Audio fed so far, padding included."""
        if lead_in > 0:
            self.feed(silence(lead_in))

    def feed(self, chunk: AudioChunk) -> None:
        """Decode one more block on every pass."""
        speech = to_speech_format(chunk)
        if not speech.audio:
            return
        if self._noise is not None:
            speech = with_noise_floor(speech, self._noise, self._at)
        self._at += len(speech.audio) // 2
        self._pcm.append(speech.audio)
        self.seconds += speech.seconds
        try:
            for decoder, _ in self._runs:
                decoder.process_raw(speech.audio, False, False)
                if self.seconds > ADAPT_AFTER:
                    decoder.get_cmn(True)  # the mean so far, for the frames still to come
        except RuntimeError as exc:
            raise RecognizerError(f"PocketSphinx failed to decode ({exc}).") from None

    def partials(self) -> list[str]:
        """Each pass's best words so far (fillers removed)."""
        found = []
        for decoder, _ in self._runs:
            hyp = decoder.hyp()
            found.append(clean(hyp.hypstr) if hyp is not None else "")
        return found

    def finish(self, tail: float = 0.0) -> list[Pass]:
        """Feed ``tail`` seconds of silence, end the utterance, and read each pass's result."""
        if tail > 0:
            self.feed(silence(tail))
        try:
            for decoder, _ in self._runs:
                decoder.end_utt()
        except RuntimeError as exc:
            raise RecognizerError(f"PocketSphinx failed to decode ({exc}).") from None
        return [_collect(decoder) for decoder, _ in self._runs]

    @property
    def pcm(self) -> bytes:
        """Everything fed so far, as decoded (padding and noise floor included)."""
        return b"".join(self._pcm)

    def abandon(self) -> None:
        """End the utterance without reading results (the audio stopped coming)."""
        for decoder, _ in self._runs:
            try:
                decoder.end_utt()
            except RuntimeError:  # pragma: no cover - not in an utterance
                pass


def decode_whole(runs: Sequence[tuple[Any, str | None]], pcm: bytes) -> list[Pass]:
    """Each pass over a whole recording at once (its own cepstral mean)."""
    found = []
    try:
        for decoder, search in runs:
            if search is not None:
                decoder.activate_search(search)
            decoder.reinit_feat()
            decoder.start_utt()
            decoder.process_raw(pcm, False, True)
            decoder.end_utt()
            found.append(_collect(decoder))
    except RuntimeError as exc:
        raise RecognizerError(f"PocketSphinx failed to decode ({exc}).") from None
    return found


def _collect(decoder: Any) -> Pass:
    hyp = decoder.hyp()
    if hyp is None:
        return Pass("", 0.0, 0.0)
    words = [s.prob for s in decoder.seg() if s.word.split("(")[0] not in _FILLERS]
    mean = sum(words) / len(words) if words else 0.0
    return Pass(clean(hyp.hypstr), clip(hyp.prob), clip(mean))


def clean(text: str) -> str:
    """``text`` without PocketSphinx's filler tokens."""
    return " ".join(w for w in text.split() if w not in _FILLERS)


def clip(value: float) -> float:
    """``value`` within 0..1 (NaN -> 0)."""
    return 0.0 if value != value else max(0.0, min(1.0, value))
