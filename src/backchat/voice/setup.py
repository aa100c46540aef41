"""Opening the voice parts, the same for ``backchat voice`` and ``backchat --voice``: choose the
recogniser (Vosk when a model is found, else PocketSphinx), the audio source (WAV files or the
microphone), and the speaker (or none: prompts are then only shown)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from backchat.errors import SpeechError
from backchat.speech.ports import AudioChunk, AudioInput, Listener, Speaker
from backchat.voice.turns import MicrophoneTurns, TurnSource, WavTurns

__all__ = ["VoiceSettings", "VoiceParts", "StreamingMic", "open_voice", "choose_listener", "ENGINE_CHOICES"]

ENGINE_CHOICES = ("auto", "pocketsphinx", "sphinx", "vosk")


@dataclass(frozen=True)
class VoiceSettings:
    """The voice options of ``backchat voice`` and ``backchat --voice``."""

    engine: str = "auto"
    vosk_model: Path | None = None
    audio_in: tuple[Path, ...] = ()
    speak_to: Path | None = None
    voice_rate: int | None = None
    voice_name: str | None = None
    mic_device: str | None = None


@dataclass
class VoiceParts:
    """Built ports: what listens, what speaks (None: prompts shown only), where turns come from."""

    listener: Listener
    speaker: Speaker | None
    source: TurnSource
    announce: str = "Voice is on."
    """The sentence shown first: which recogniser, model and devices are used."""
    notices: list[str] = field(default_factory=list)
    """Sentences about missing pieces (e.g. no sound output)."""
    microphone: AudioInput | None = None
    """Stopped on quit, so a running listen ends."""

    def close(self) -> None:
        """Free the speaker and the listener."""
        for part in (self.speaker, self.listener):
            if part is not None:
                part.close()


class StreamingMic:
    """Microphone turns, also streamed chunk by chunk so a partial transcript can be shown."""

    barge_in = True

    def __init__(self, microphone: AudioInput, speaker: Speaker | None = None) -> None:
        self._turns = MicrophoneTurns(microphone, speaker)
        self.microphone = microphone
        self.speaker = speaker

    def next_turn(self) -> AudioChunk | None:
        """One whole turn (the :class:`TurnSource` way)."""
        return self._turns.next_turn()

    def stream_turn(self, speaker: Speaker | None = None) -> Iterator[AudioChunk]:
        """One turn's chunks, as they arrive. Talking over backchat stops its speech at once;
        what was heard while it was still speaking is dropped (it may be its own voice)."""
        speaker = speaker or self.speaker
        for chunk in self.microphone.listen():
            if speaker is not None and speaker.speaking:
                speaker.stop()
                continue
            yield chunk


def choose_listener(engine: str, vosk_model: Path | None) -> tuple[Listener, str]:
    """The recogniser and a sentence naming it and its model.

    Raises:
        SpeechError: the chosen recogniser or its model cannot be had (the message says why).
    """
    from backchat.speech.errors import ModelNotFoundError  # noqa: PLC0415
    from backchat.speech.factory import make_listener  # noqa: PLC0415
    from backchat.speech.models import resolve_vosk_model  # noqa: PLC0415

    if engine == "auto":
        try:
            model = resolve_vosk_model(vosk_model)
        except ModelNotFoundError:
            if vosk_model is not None:
                raise
            model = None
        engine = "vosk" if model is not None else "pocketsphinx"
        vosk_model = model
    if engine == "vosk":
        model = resolve_vosk_model(vosk_model)
        return make_listener("vosk", model=model), f"Vosk with the model in {model}"
    return make_listener("pocketsphinx"), "PocketSphinx with its bundled US English model"


def open_voice(settings: VoiceSettings) -> VoiceParts:
    """Make the listener, the audio source and the speaker.

    Raises:
        SpeechError: no recogniser or no audio input (the message says what to do). A missing
            sound output is not an error: the parts then have no speaker and a notice says why.
    """
    from backchat.speech.factory import make_microphone, make_speaker  # noqa: PLC0415

    listener, heard_with = choose_listener(settings.engine, settings.vosk_model)
    microphone: AudioInput | None = None
    try:
        if not settings.audio_in:
            microphone = make_microphone(settings.mic_device)
    except BaseException:
        listener.close()
        raise
    notices: list[str] = []
    speaker: Speaker | None
    try:
        speaker = make_speaker(rate=settings.voice_rate, voice=settings.voice_name, speak_to=settings.speak_to)
        out_name = f"WAV files in {settings.speak_to}" if settings.speak_to else "the speakers"
    except SpeechError as exc:
        speaker = None
        notices.append(f"{exc} The questions will be shown as text.")
        out_name = "text on screen only"
    source: TurnSource
    if microphone is None:
        source = WavTurns(list(settings.audio_in))
        source_name = f"{len(settings.audio_in)} WAV file(s), one per answer"
    else:
        source = StreamingMic(microphone, speaker)
        source_name = f"the microphone ({getattr(microphone, 'name', 'default')}; talk over me to interrupt)"
    announce = f"Listening with {heard_with}; answers from {source_name}; speaking to {out_name}."
    return VoiceParts(listener, speaker, source, announce, notices, microphone)
