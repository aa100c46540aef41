"""Vosk behind the :class:`~backchat.speech.ports.Listener` protocol, with a model the
user downloaded (see ``models/README.md``). The only module that imports ``vosk``.

Vosk never reaches the network from here: the model is always given as an explicit folder
(``Model(model_name=...)`` and ``Model(lang=...)`` would search and then download), and
``SetLogLevel(-3)`` is called before loading so Kaldi's C++ log stays off the terminal.

Closed questions use Vosk's grammar mode: the phrases of the constraint plus ``"[unk]"``.
Vosk turns the list into a bigram model, so its result may be a sequence that is not
one of the phrases; such results, and ``[unk]`` words, make the transcript
``out_of_grammar``. Big models with a static graph (``graph/HCLG.fst``) cannot take a
grammar; with them every question uses the full model and the phrase check alone.

Confidence is the mean of Vosk's word confidences (minimum Bayes risk posteriors, 0..1),
halved when the words are not an expected phrase. In grammar mode Vosk reports wrong
in-grammar words with confidence 1.0 quite often: confirm red-flag answers.
"""

from __future__ import annotations

import json
import os
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from backchat.speech.audio import join, split, to_speech_format
from backchat.speech.errors import ModelNotFoundError, RecognizerError
from backchat.speech.grammars import Constraint
from backchat.speech.models import check_vosk_model, resolve_vosk_model
from backchat.speech.ports import SPEECH_FORMAT, AudioChunk, Transcript

__all__ = ["VoskListener"]

_UNK = "[unk]"


class VoskListener:
    """Speech in with Vosk. Not thread-safe; calls are serialised by a lock.

    Args:
        model: the model folder; None: ``$BACKCHAT_VOSK_MODEL``, then the model folders.
        environ: environment to read ``BACKCHAT_VOSK_MODEL`` from (default: os.environ).
        dirs: folders to look for models in (default: ``models.default_model_dirs()``).
        backend: the ``vosk`` module or a stand-in with ``SetLogLevel``, ``Model`` and
            ``KaldiRecognizer`` (tests pass a fake; there is no real model in the tests).
        grammar_limit: at most this many phrases go into a Vosk grammar.

    Raises:
        ModelNotFoundError: no complete model, or Vosk could not load it.
    """

    def __init__(
        self,
        model: str | os.PathLike[str] | None = None,
        *,
        environ: Mapping[str, str] | None = None,
        dirs: Sequence[Path] | None = None,
        backend: Any = None,
        grammar_limit: int = 2000,
    ) -> None:
        path = resolve_vosk_model(model, environ=environ, dirs=dirs)
        self.model_path = path
        self.accepts_grammar = check_vosk_model(path).grammar
        self._vosk = backend if backend is not None else _import_vosk()
        self._vosk.SetLogLevel(-3)
        try:
            # An explicit folder only: never model_name= or lang=, which may download.
            self._model = self._vosk.Model(str(path))
        except Exception as exc:  # vosk raises a bare Exception("Failed to create a model")
            raise ModelNotFoundError(f"Vosk could not load the model in {path} ({exc}).") from None
        self._limit = grammar_limit
        self._lock = threading.Lock()
        self._prepared: OrderedDict[str, Constraint] = OrderedDict()

    @property
    def name(self) -> str:
        """The engine's name."""
        return "vosk"

    def has_word(self, word: str) -> bool:
        """True when the model's vocabulary has ``word`` (use as a grammar lexicon)."""
        try:
            return int(self._model.vosk_model_find_word(word)) >= 0
        except AttributeError:  # pragma: no cover - very old vosk
            return True

    def transcribe(
        self, audio: AudioChunk | Iterable[AudioChunk], constraint: Constraint | None = None
    ) -> Transcript:
        """Recognise one complete utterance."""
        speech = to_speech_format(audio) if isinstance(audio, AudioChunk) else join(audio)
        with self._lock:
            prepared = self._prepare(constraint)
            recognizer = self._recognizer(prepared)
            for piece in split(speech, 0.2):
                recognizer.AcceptWaveform(piece.audio)
            return self._result(_load(recognizer.FinalResult()), prepared)

    def stream(
        self, chunks: Iterable[AudioChunk], constraint: Constraint | None = None
    ) -> Iterator[Transcript]:
        """Partial transcripts while audio arrives, then the final one."""
        words: list[dict[str, Any]] = []
        last = ""
        with self._lock:
            prepared = self._prepare(constraint)
            recognizer = self._recognizer(prepared)
            for chunk in chunks:
                if recognizer.AcceptWaveform(to_speech_format(chunk).audio):
                    words += _load(recognizer.Result()).get("result", [])
                    continue
                partial = " ".join(w for w in str(_load(recognizer.PartialResult()).get(
                    "partial", "")).split() if w != _UNK)
                said = " ".join([*(str(w.get("word", "")) for w in words), partial]).strip()
                if said and said != last:
                    last = said
                    yield Transcript(said, 0.0, partial=True, engine=self.name)
            words += _load(recognizer.FinalResult()).get("result", [])
            final = self._result({"result": words}, prepared)
        yield final

    def close(self) -> None:
        """Free the model."""
        with self._lock:
            self._prepared.clear()
            self._model = None

    # -- internals -------------------------------------------------------------------------

    def _prepare(self, constraint: Constraint | None) -> Constraint | None:
        if constraint is None:
            return None
        prepared = self._prepared.get(constraint.key)
        if prepared is None:
            prepared = constraint.with_lexicon(self.has_word)
            self._prepared[constraint.key] = prepared
            if len(self._prepared) > 64:
                self._prepared.popitem(last=False)
        return prepared

    def _recognizer(self, constraint: Constraint | None) -> Any:
        if self._model is None:
            raise RecognizerError("This Vosk listener has been closed.")
        rate = float(SPEECH_FORMAT.rate)
        try:
            if constraint is not None and constraint.closed and self.accepts_grammar:
                recognizer = self._vosk.KaldiRecognizer(self._model, rate,
                                                        constraint.vosk_grammar(self._limit))
            else:
                recognizer = self._vosk.KaldiRecognizer(self._model, rate)
            recognizer.SetWords(True)
        except Exception as exc:
            raise RecognizerError(f"Vosk could not start recognising ({exc}).") from None
        return recognizer

    def _result(self, result: Mapping[str, Any], constraint: Constraint | None) -> Transcript:
        entries = [w for w in result.get("result", []) if isinstance(w, dict)]
        if entries:
            words = [str(w.get("word", "")) for w in entries]
            confs = [float(w.get("conf", 0.0)) for w, word in zip(entries, words, strict=True)
                     if word != _UNK]
        else:
            words = str(result.get("text", "")).split()
            confs = [1.0 for word in words if word != _UNK]
        unknown = _UNK in words
        text = " ".join(w for w in words if w != _UNK)
        confidence = sum(confs) / len(confs) if confs else 0.0
        off_grammar = unknown
        if constraint is not None and constraint.closed and text:
            if constraint.match(text) is None:
                off_grammar = True
                confidence *= 0.5
        return Transcript(text, max(0.0, min(1.0, confidence)),
                          out_of_grammar=off_grammar, engine=self.name)


def _import_vosk() -> Any:
    try:
        import vosk
    except (ImportError, OSError) as exc:
        raise RecognizerError(f"Vosk cannot be loaded ({exc}).") from None
    return vosk


def _load(payload: str) -> dict[str, Any]:
    try:
        loaded = json.loads(payload)
    except (TypeError, ValueError) as exc:
        raise RecognizerError(f"Vosk returned something that is not JSON ({exc}).") from None
    return loaded if isinstance(loaded, dict) else {}
