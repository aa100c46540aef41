"""``backchat replay --voice``: run scripts through synthesis and the real recogniser."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from backchat.checks.replay import DialogueResult, Script, run_script
from backchat.core.flow import Flow
from backchat.speech.factory import make_listener
from backchat.speech.models import resolve_vosk_model
from backchat.voice.dialogue import VoiceStats
from backchat.voice.replay_voice import VoiceHear
from backchat.voice.synth import wav_synthesizer

__all__ = ["replay_by_voice"]


def replay_by_voice(scripts: Sequence[tuple[Path, Script]], flow: Flow, engine: str, vosk_model: Path | None,
                    show: Callable[[str], None] | None,
                    stats: dict[str, VoiceStats] | None = None, voice: str | None = "en-us",
                    ) -> list[DialogueResult]:
    """Each script through the voice path; ``show`` gets what was said and heard, turn by turn;
    ``stats`` (by file) what the voice dialogue did: read-backs, retries. ``voice``: the espeak-ng
    voice of the scripted patient (US English by default, like PocketSphinx's model; None: espeak-ng's
    default, British English)."""
    model = resolve_vosk_model(vosk_model) if engine == "vosk" else None
    listener = make_listener("vosk" if engine == "vosk" else "pocketsphinx", model=model)
    results = []
    try:
        with wav_synthesizer(voice=voice) as synthesize:
            for path, script in scripts:
                if not script.voice:
                    results.append(run_script(script, flow, str(path)))
                    continue
                hear = VoiceHear(flow, listener, synthesize)
                result = run_script(script, flow, str(path), hear=hear)
                results.append(result)
                if stats is not None:
                    stats[str(path)] = hear.stats
                if show is not None:
                    show(f"{path}:")
                    for h in hear.turns:
                        check = " (read back: confirmed)" if h.read_back else ""
                        show(f"  said {h.said!r} -> heard {h.heard!r}{check}")
                    s = hear.stats
                    show(f"  read-backs: {s.read_backs} ({s.joint_read_backs} joint); asked again: {s.retries}; "
                         f"closed form: {s.closed_forms}; moved on as not known: {s.moved_on}")
    finally:
        listener.close()
    return results
