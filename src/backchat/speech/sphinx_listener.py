"""PocketSphinx behind the :class:`~backchat.speech.ports.Listener` protocol: the default
recogniser, using the US English model bundled in the ``pocketsphinx`` wheel (offline).

The only module that imports ``pocketsphinx``. Grammars and small models run on a decoder
whose dictionary holds backchat's vocabulary only (compiling one takes milliseconds, not
the half second it takes against the 134k-word dictionary); the general model is loaded
the first time it is needed. How a question's constraint is used:

* **closed questions** (two passes over the same audio, run at once on two decoders while
  the person speaks, see :mod:`.sphinx_stream`):
  1. the JSGF grammar of expected answers + red flags + commands;
  2. a small bigram model of the same phrases plus ~400 common words at a low probability
     (:mod:`.ngram`), which can say "none of the above".
  The result is the grammar's phrase when the passes agree; a disagreement lowers the
  confidence; when neither pass yields a complete expected phrase the transcript is
  ``out_of_grammar`` and carries the second pass's words as a best guess.
* **open questions**: a domain bigram model (example answers, typical back-pain sentences,
  every closed kind's phrases, common words) instead of the general 130k-word model.
* **no constraint**: the general language model, the last resort.

Confidence (0..1): for closed questions it is the accuracy measured for each way the
two passes can agree or disagree (see :data:`CLOSED_CONFIDENCE`, calibrated on espeak-ng
voices by ``bench/voice_recognition.py``), scaled down by up to 40 % when the chosen
hypothesis has a low lattice posterior (below 0.03, where most errors were); for open
questions and the general model, the mean word posterior from the lattice. Treat it as a
ranking, not a probability, and confirm every red-flag answer by reading it back.

Audio is converted to 16 kHz mono, decoded block by block as it arrives (a whole recording:
in 0.1 s blocks, the same way), padded with 0.25 s of silence before (and, for a whole
recording, after), and given a faint noise floor (see
:func:`backchat.speech.audio.with_noise_floor`). Feature extraction is reset before every
utterance, so a result never depends on the utterances before it (the price: no adaptation
to the speaker's channel from one answer to the next). While a closed question's answer is
spoken, each partial transcript says whether a pass already has a whole expected
phrase (``Transcript.complete``): the microphone may then end the turn after a shorter
silence.
"""

from __future__ import annotations

import os
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from backchat.speech.audio import join, silence, to_speech_format
from backchat.speech.errors import RecognizerError
from backchat.speech.grammars import Constraint, builtin_vocabulary
from backchat.speech.microphone import Endpointer, Endpointing
from backchat.speech.ngram import build_arpa
from backchat.speech.ports import AudioChunk, Transcript
from backchat.speech.sphinx_searches import DecoderPair
from backchat.speech.sphinx_stream import LIVE_CMN_INIT, LiveDecoding, Pass, clip, decode_whole
from backchat.speech.vocabulary import EXTRA_PRONUNCIATIONS, FILLER_WORDS, SAME_MEANING

__all__ = ["SphinxListener", "Pass", "CLOSED_CONFIDENCE", "agreement"]

CLOSED_CONFIDENCE: dict[str, float] = {
    "agree": 0.96,
    "both_differ": 0.25,
    "grammar_only": 0.34,
    "ngram_only": 0.30,
    "neither": 0.1,
}
"""Share of right answers for each way the two passes can relate, measured by
``bench/voice_recognition.py`` on 3 espeak-ng voices (168 expected and 72 unexpected
utterances). Unexpected speech never made the passes agree; it often came out as a
"grammar_only" result (the grammar forces some phrase, the bigram pass hears other words).
"neither" is scaled by the bigram pass's word posterior: the text is then a best guess."""

_TYPICAL_POSTERIOR = 0.03

SETTLED_SECONDS = 0.1
"""Quiet after speech from which a closed answer with no expected phrase heard so far is
decoded again as a whole recording (on two spare decoders, about 14 MB), while the
microphone waits out its longer silence: the turn then ends without decoding it again."""
_SETTLING = Endpointing(silence_seconds=1e9, no_speech_seconds=1e9, max_turn_seconds=1e9)


class SphinxListener:
    """Speech in with PocketSphinx. Not thread-safe; calls are serialised by a lock.

    Args:
        config: extra decoder options (e.g. ``hmm``, ``dict``, ``lm`` paths of another
            model); the bundled US English model is used otherwise.
        extra_words: pronunciations to add to the dictionary (ARPAbet phones).
        noise_floor_dbfs: level of the noise added to the audio; None adds none.
        lead_in: seconds of silence put before and after each utterance.
        max_searches: compiled grammars / models kept (least recently used go first).
    """

    def __init__(
        self,
        *,
        config: Mapping[str, Any] | None = None,
        extra_words: Mapping[str, str] = EXTRA_PRONUNCIATIONS,
        noise_floor_dbfs: float | None = -50.0,
        lead_in: float = 0.25,
        max_searches: int = 24,
    ) -> None:
        try:
            import pocketsphinx
        except ImportError as exc:  # pragma: no cover - a dependency of backchat
            raise RecognizerError(f"PocketSphinx is not installed ({exc}).") from None
        self._ps = pocketsphinx
        self._options: dict[str, Any] = {"samprate": 16000, "loglevel": "FATAL", "cmninit": LIVE_CMN_INIT}
        self._options.update(config or {})
        self._extra = dict(extra_words)
        self._noise = noise_floor_dbfs
        self._lead_in = lead_in
        self._max_searches = max_searches
        self._lock = threading.Lock()
        self._pronunciations = self._read_dictionary()
        self._live = DecoderPair(self._small_decoder(), self._small_decoder(), self.has_word, max_searches)
        self._spare: DecoderPair | None = None  # decodes a turn again while its hangover runs
        self._full: Any = None
        self._prepared: OrderedDict[str, Constraint] = OrderedDict()

    def _read_dictionary(self) -> dict[str, list[str]]:
        """word -> its pronunciations (ARPAbet), from the model's dictionary and extras."""
        path = self._options.get("dict") or self._ps.get_model_path("en-us/cmudict-en-us.dict")
        found: dict[str, list[str]] = {}
        try:
            with open(path, encoding="utf-8") as lines:
                for line in lines:
                    word, _, phones = line.strip().partition(" ")
                    found.setdefault(word.split("(")[0], []).append(phones.strip())
        except OSError as exc:
            raise RecognizerError(f"PocketSphinx's dictionary {path} cannot be read "
                                  f"({exc.strerror or exc}).") from None
        for word, phones in self._extra.items():
            known = found.setdefault(word, [])
            if phones not in known:
                known.append(phones)
        return found

    def _small_decoder(self) -> Any:
        """A decoder whose dictionary holds backchat's vocabulary only: compiling a grammar
        or a bigram model then takes milliseconds instead of half a second."""
        words = {w for w in builtin_vocabulary() if w in self._pronunciations}
        with tempfile.TemporaryDirectory(prefix="backchat-") as folder:
            dict_path = os.path.join(folder, "small.dict")
            lm_path = os.path.join(folder, "start.arpa")
            with open(dict_path, "w", encoding="utf-8") as out:
                for word in sorted(words):
                    for i, phones in enumerate(self._pronunciations[word]):
                        out.write(f"{word if i == 0 else f'{word}({i + 1})'} {phones}\n")
            with open(lm_path, "w", encoding="utf-8") as out:
                out.write(build_arpa(["yes", "no"]))
            options = {**self._options, "dict": dict_path, "lm": lm_path}
            return self._new_decoder(options)

    def _new_decoder(self, options: Mapping[str, Any]) -> Any:
        try:
            return self._ps.Decoder(**options)
        except (RuntimeError, ValueError, OSError, KeyError) as exc:
            raise RecognizerError(f"PocketSphinx could not load its model ({exc}).") from None

    def _full_decoder(self) -> Any:
        """The general 130k-word model, loaded the first time it is needed (~0.4 s)."""
        if self._full is None:
            self._full = self._new_decoder(self._options)
            missing = [w for w in self._extra if self._full.lookup_word(w) is None]
            for i, word in enumerate(missing):
                self._full.add_word(word, self._extra[word], i == len(missing) - 1)
        return self._full

    def _ensure_words(self, words: Iterable[str]) -> None:
        """Add the words a grammar needs to the small decoders' dictionaries."""
        pairs = (self._live,) if self._spare is None else (self._live, self._spare)
        for decoder in (d for pair in pairs for d in (pair.grammars, pair.bigrams)):
            todo = [w for w in sorted(words) if w in self._pronunciations and decoder.lookup_word(w) is None]
            for i, word in enumerate(todo):
                for j, phones in enumerate(self._pronunciations[word]):
                    last = i == len(todo) - 1 and j == len(self._pronunciations[word]) - 1
                    decoder.add_word(word if j == 0 else f"{word}({j + 1})", phones, last)

    @property
    def name(self) -> str:
        """The engine's name."""
        return "pocketsphinx"

    def has_word(self, word: str) -> bool:
        """True when ``word`` is in the pronunciation dictionary (use as a grammar lexicon)."""
        return word in self._pronunciations

    def transcribe(
        self, audio: AudioChunk | Iterable[AudioChunk], constraint: Constraint | None = None
    ) -> Transcript:
        """Recognise one complete recording (decoded at once, padded before and after)."""
        chunk = to_speech_format(audio) if isinstance(audio, AudioChunk) else join(audio)
        with self._lock:
            runs, prepared = self._runs(constraint)
            return self._decide_passes(decode_whole(runs, self._conditioned(chunk)), prepared)

    def stream(
        self, chunks: Iterable[AudioChunk], constraint: Constraint | None = None, *,
        tail: float = 0.0,
    ) -> Iterator[Transcript]:
        """Partial transcripts while audio arrives, then the final one.

        Every block is decoded as it arrives, by both passes of a closed question. Once a
        closed answer with no expected phrase heard so far has been followed by
        :data:`SETTLED_SECONDS` of quiet, it is decoded again as a whole recording (as
        :meth:`transcribe` does: more accurate) on two spare decoders, while the microphone
        waits out its silence; more speech throws that away. At the end only ``tail`` seconds
        of padding (none by default: a microphone turn ends with the silence that ended it)
        and reading the results remain: the whole-recording result when it settles the
        question (an expected phrase, or only words that are no answer), else the live
        passes' when they do, else the whole-recording result. Open questions are decoded
        again at the end. On the 180 real recordings this gives the figures of decoding
        every turn again (yes/no 19/20, digits right or caught 98/100, non-answers counted
        1/60) with a p95 turn gap of about 0.7 s instead of 1.4 s (``bench/voice_gap.py``). A
        partial is the grammar pass's words so far; ``complete`` when its words or the
        bigram pass's are a whole expected phrase. The listener is busy until the generator is
        exhausted or closed.
        """
        with self._lock:
            utterance, prepared = self._begin(constraint)
            last: tuple[str, bool] = ("", False)
            finished = False
            settling = Endpointer(_SETTLING)
            again: list[Pass] | None = None
            try:
                for chunk in chunks:
                    utterance.feed(chunk)
                    settling.push(chunk)
                    texts = utterance.partials()
                    complete = prepared is not None and prepared.closed and any(
                        text and prepared.match(text) is not None for text in texts)
                    if settling.quiet_seconds == 0.0:
                        again = None  # still speaking: whatever was decoded early is stale
                    elif (again is None and not complete and prepared is not None and prepared.closed
                          and settling.quiet_seconds >= SETTLED_SECONDS):
                        again = self._decode_again(utterance.pcm, prepared)
                    if texts[0] and (texts[0], complete) != last:
                        last = (texts[0], complete)
                        yield Transcript(texts[0], 0.0, partial=True, engine=self.name,
                                         complete=complete)
                final = self._end(utterance, prepared, tail, again)
                finished = True
            finally:
                if not finished:
                    utterance.abandon()
        yield final

    def close(self) -> None:
        """Drop the compiled searches and the general model."""
        with self._lock:
            for pair in (self._live, self._spare):
                if pair is not None:
                    pair.clear()
            self._full = None

    def decode(self, audio: AudioChunk, constraint: Constraint | None, which: str) -> Pass:
        """One pass only (``which``: "grammar", "ngram" or "full"), for measurements."""
        with self._lock:
            if which == "full" or constraint is None:
                run: tuple[Any, str | None] = (self._full_decoder(), None)
            else:
                prepared = self._prepare(constraint)
                grammar = which == "grammar" and prepared.closed
                run = (self._live.grammars, self._live.grammar(prepared)) if grammar else (
                    self._live.bigrams, self._live.bigram(prepared))
            return decode_whole([run], self._conditioned(audio))[0]

    # -- internals -------------------------------------------------------------------------

    def _conditioned(self, chunk: AudioChunk) -> bytes:
        """A whole recording as it is decoded: padded with silence, with the noise floor."""
        padding = LiveDecoding([], self._noise, self._lead_in)  # no decoder: it only conditions
        padding.feed(chunk)
        padding.feed(silence(self._lead_in))
        return padding.pcm

    def _runs(self, constraint: Constraint | None) -> tuple[list[tuple[Any, str | None]], Constraint | None]:
        """The (decoder, search) of each pass ``constraint`` needs, and the constraint prepared."""
        if constraint is None:
            return [(self._full_decoder(), None)], None
        prepared = self._prepare(constraint)
        return self._live.runs(prepared), prepared

    def _begin(self, constraint: Constraint | None) -> tuple[LiveDecoding, Constraint | None]:
        """Start a live utterance on the passes ``constraint`` needs."""
        runs, prepared = self._runs(constraint)
        return LiveDecoding(runs, self._noise, self._lead_in), prepared

    def _decode_again(self, pcm: bytes, constraint: Constraint) -> list[Pass]:
        """A closed answer decoded again as a whole recording on the spare decoders (made the
        first time), padded as :meth:`transcribe` pads; the live decoders go on meanwhile."""
        if self._spare is None:
            self._spare = DecoderPair(self._small_decoder(), self._small_decoder(), self.has_word,
                                      self._max_searches)
        self._ensure_words(constraint.words() | set(FILLER_WORDS))
        padding = LiveDecoding([], self._noise, 0.0)
        padding.feed(silence(self._lead_in))
        return decode_whole(self._spare.runs(constraint), pcm + padding.pcm)

    def _end(self, utterance: LiveDecoding, constraint: Constraint | None, tail: float,
             again: list[Pass] | None = None) -> Transcript:
        if again is not None and constraint is not None and _decisive(again, constraint):
            utterance.abandon()  # decoded again while the turn's last silence was recorded
            return self._decide(again[0], again[1], constraint)
        passes = utterance.finish(tail)
        if constraint is not None and constraint.closed and _decisive(passes, constraint):
            return self._decide(passes[0], passes[1], constraint)
        if again is not None:
            return self._decide_passes(again, constraint)
        runs, _ = self._runs(constraint)  # nothing expected heard, or open: the whole turn again
        return self._decide_passes(decode_whole(runs, utterance.pcm), constraint)

    def _decide_passes(self, passes: list[Pass], constraint: Constraint | None) -> Transcript:
        if constraint is None or not constraint.closed:
            return self._open_result(passes[0])
        return self._decide(passes[0], passes[1], constraint)

    def _prepare(self, constraint: Constraint) -> Constraint:
        """The constraint restricted to known words, with its words in the small decoder."""
        prepared = self._prepared.get(constraint.key)
        if prepared is None:
            prepared = constraint.with_lexicon(self.has_word)
            self._ensure_words(prepared.words() | set(FILLER_WORDS))
            self._prepared[constraint.key] = prepared
            if len(self._prepared) > 4 * self._max_searches:
                self._prepared.pop(next(iter(self._prepared)))
        return prepared

    def _open_result(self, result: Pass) -> Transcript:
        return Transcript(result.text, result.word_posterior, engine=self.name)

    def _decide(self, grammar: Pass, ngram: Pass, constraint: Constraint) -> Transcript:
        outcome, chosen = agreement(grammar, ngram, constraint)
        if chosen is None:
            heard = bool(ngram.text or grammar.text)
            confidence = CLOSED_CONFIDENCE[outcome] * ngram.word_posterior
            return Transcript(ngram.text, clip(confidence), out_of_grammar=heard,
                              engine=self.name)
        scale = 0.6 + 0.4 * min(1.0, chosen.posterior / _TYPICAL_POSTERIOR)
        return Transcript(chosen.text, clip(CLOSED_CONFIDENCE[outcome] * scale),
                          engine=self.name)


def _decisive(passes: list[Pass], constraint: Constraint) -> bool:
    """Whether a closed question's two passes settle it: one heard an expected phrase, or the
    bigram pass heard only words that are no answer (or nothing)."""
    return (agreement(passes[0], passes[1], constraint)[0] != "neither"
            or set(passes[1].text.split()) <= set(constraint.garbage))


def agreement(grammar: Pass, ngram: Pass, constraint: Constraint) -> tuple[str, Pass | None]:
    """How the two passes of a closed question relate (a key of :data:`CLOSED_CONFIDENCE`),
    and the pass whose text to use (None: neither is an expected phrase)."""
    g_ok = bool(grammar.text) and constraint.match(grammar.text) is not None
    n_ok = bool(ngram.text) and constraint.match(ngram.text) is not None
    if g_ok and n_ok:
        same = _canonical(grammar.text) == _canonical(ngram.text)
        return ("agree" if same else "both_differ"), grammar
    if g_ok:
        return "grammar_only", grammar
    if n_ok:
        return "ngram_only", ngram
    return "neither", None


def _canonical(text: str) -> str:
    return " ".join(SAME_MEANING.get(w, w) for w in text.split())
