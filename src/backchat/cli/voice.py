"""The voice commands: ``backchat voice`` (the whole intake by voice) and ``backchat models``.

Every missing piece (no microphone, no sound output, no libportaudio2, no libespeak-ng, a
broken or incomplete model) is one sentence saying what is missing and how to fix it; the
intake then carries on in text, with nothing lost.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from backchat.cli.linemode import run_chat, stdin_reader
from backchat.cli.options import intake_options, options_from
from backchat.intake import close_conversation, open_conversation

__all__ = ["voice", "models", "voice_options", "voice_settings"]

ENGINE_CHOICES = ("auto", "pocketsphinx", "sphinx", "vosk")  # as voice.setup (not imported: light --help)


def voice_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """The options of the commands that listen and speak."""
    decorators = [
        click.option("--engine", type=click.Choice(ENGINE_CHOICES), default="auto", show_default=True,
                     help="Speech recogniser: auto uses Vosk when a model is found, else PocketSphinx."),
        click.option("--vosk-model", type=click.Path(path_type=Path),
                     help="A Vosk model folder (default: $BACKCHAT_VOSK_MODEL, models/, the data folder)."),
        click.option("--audio-in", type=click.Path(exists=True, dir_okay=False, path_type=Path), multiple=True,
                     help="Take each answer from a WAV file, one per turn (repeat the option), not the microphone."),
        click.option("--speak-to", type=click.Path(file_okay=False, path_type=Path),
                     help="Write each prompt as a numbered WAV file in this folder instead of playing it."),
        click.option("--voice-rate", type=click.IntRange(80, 400), help="Speaking rate, words per minute."),
        click.option("--voice-name", help="Speech synthesis voice (a name or part of one)."),
        click.option("--mic-device", help="Microphone: a device number or part of its name."),
    ]
    for deco in reversed(decorators):
        fn = deco(fn)
    return fn


def voice_settings(kw: dict[str, Any]) -> Any:
    """The :class:`~backchat.voice.setup.VoiceSettings` of the parsed voice options."""
    from backchat.voice.setup import VoiceSettings  # noqa: PLC0415

    return VoiceSettings(engine=kw.get("engine") or "auto", vosk_model=kw.get("vosk_model"),
                         audio_in=tuple(kw.get("audio_in") or ()), speak_to=kw.get("speak_to"),
                         voice_rate=kw.get("voice_rate"), voice_name=kw.get("voice_name"),
                         mic_device=kw.get("mic_device"))


@click.command()
@intake_options
@voice_options
@click.pass_context
def voice(ctx: click.Context, /, **kw: Any) -> None:
    """The whole intake by voice alone: backchat speaks each question and listens for the answer."""
    from backchat.errors import SpeechError  # noqa: PLC0415
    from backchat.voice.loop import run_voice_intake  # noqa: PLC0415
    from backchat.voice.setup import open_voice  # noqa: PLC0415

    opts = options_from(ctx, **kw)

    def notice(text: str) -> None:
        click.echo(text, err=True)

    conv, first = open_conversation(opts, notice)
    try:
        try:
            parts = open_voice(voice_settings(kw))
        except SpeechError as exc:
            notice(f"{exc} Carrying on in text.")
            sys.exit(_text_fallback(conv, first))
        try:
            for line in parts.notices:
                notice(line)
            notice(parts.announce)
            sys.exit(run_voice_intake(conv, first, parts, click.echo))
        finally:
            parts.close()
    finally:
        close_conversation(conv)


def _text_fallback(conv: Any, first: Any) -> int:
    interactive = sys.stdin.isatty()
    return run_chat(conv, first, stdin_reader(interactive), click.echo, interactive)


@click.command()
def models() -> None:
    """List the speech models found and check that each is complete."""
    from backchat.speech.models import VOSK_ENV, default_model_dirs, find_models  # noqa: PLC0415

    found = find_models()
    for info in found:
        size = f"{info.size_bytes / 1e6:.0f} MB" if info.size_bytes else ""
        if info.complete:
            extra = ", phrase lists: yes" if info.engine == "vosk" and info.grammar else ""
            click.echo(f"ok      {info.engine:<12} {info.path}  ({size}{extra})")
        else:
            click.echo(f"broken  {info.engine:<12} {info.path}: {info.problem}")
    click.echo("searched: " + ", ".join(str(d) for d in default_model_dirs()) + f"; and ${VOSK_ENV}")
    if not any(i.engine == "vosk" and i.complete for i in found):
        click.echo("No Vosk model: voice uses PocketSphinx's bundled model. models/README.md says how to add one.")
