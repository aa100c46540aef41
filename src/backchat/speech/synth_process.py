"""The parent side of the speech synthesis process: start it, send it prompts as JSON
lines, read its replies without blocking past a stop request, and restart it if it dies.

The process itself (pyttsx3 on espeak-ng) is :func:`backchat.speech.pyttsx3_speaker._child_main`.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from backchat.speech.errors import SpeechOutputError

__all__ = ["SynthProcess", "NO_ESPEAK"]

NO_ESPEAK = ("Speech output needs the espeak-ng library, which is not installed: "
             "install it with: sudo apt-get install libespeak-ng1")
"""The message when libespeak-ng cannot be loaded."""


class SynthProcess:
    """The synthesis process (see :func:`backchat.speech.pyttsx3_speaker._child_main`) and
    its line protocol. Used from one thread: the speaker's worker."""

    def __init__(self, command: Sequence[str], rate: int | None, voice: str | None,
                 timeout: float) -> None:
        self._command, self._rate, self._voice, self._timeout = command, rate, voice, timeout
        self._proc: subprocess.Popen[bytes] | None = None
        self._buffer = bytearray()
        self._next_id = 0
        self._stale: dict[int, Path] = {}
        self.voice = ""
        self.voices: list[str] = []

    def start(self) -> None:
        """Start the process and wait until its engine is ready.

        Raises:
            SpeechOutputError: espeak-ng is missing, the voice is unknown, or no answer.
        """
        with tempfile.TemporaryFile() as log:
            try:
                self._proc = subprocess.Popen(list(self._command), stdin=subprocess.PIPE,
                                              stdout=subprocess.PIPE, stderr=log)
            except OSError as exc:
                raise SpeechOutputError(f"The speech process cannot start ({exc}).") from None
            self._buffer.clear()
            self._stale.clear()
            self._send({"op": "init", "rate": self._rate, "voice": self._voice})
            reply = self._read(self._timeout, None)
            if reply is None or not reply.get("ok"):
                self.stop()
                log.seek(0)
                lines = log.read().decode(errors="replace").strip().splitlines()
                if reply is not None and reply.get("error") == "no_espeak":
                    raise SpeechOutputError(NO_ESPEAK)
                message = reply.get("message") if reply else (lines[-1] if lines else "")
                raise SpeechOutputError(f"Speech output cannot start: "
                                        f"{message or 'the speech process did not answer'}.")
        self.voice = str(reply.get("voice", ""))
        self.voices = [str(v) for v in reply.get("voices", [])]

    def synthesize(self, text: str, path: Path, stop: threading.Event) -> bool:
        """Write ``text`` as a WAV at ``path``; False if ``stop`` was set first."""
        if self._proc is None or self._proc.poll() is not None:
            self.stop()  # closes the pipes of a process that died
            self.start()
        self._next_id += 1
        job = self._next_id
        self._send({"op": "synth", "id": job, "text": text, "path": str(path)})
        while True:
            reply = self._read(self._timeout, stop)
            if reply is None:
                if stop.is_set():
                    self._stale[job] = path
                    return False
                self.stop()
                raise SpeechOutputError("Speech synthesis stopped responding.")
            got = int(reply.get("id", -1))
            if got in self._stale:
                self._stale.pop(got).unlink(missing_ok=True)
            if got != job:
                continue
            if not reply.get("ok"):
                raise SpeechOutputError(f"Speech synthesis failed: {reply.get('message')}.")
            return True

    def stop(self) -> None:
        """End the process (politely, then by force) and forget unfinished work."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        try:
            if proc.poll() is None and proc.stdin is not None:
                proc.stdin.write(b'{"op": "quit"}\n')
                proc.stdin.flush()
            proc.wait(timeout=2)
        except (OSError, subprocess.TimeoutExpired):
            proc.kill()
            proc.wait()
        for stream in (proc.stdin, proc.stdout):
            if stream is not None:
                stream.close()
        for path in self._stale.values():
            path.unlink(missing_ok=True)
        self._stale.clear()

    def _send(self, message: dict[str, Any]) -> None:
        assert self._proc is not None and self._proc.stdin is not None
        try:
            self._proc.stdin.write(json.dumps(message).encode() + b"\n")
            self._proc.stdin.flush()
        except OSError as exc:
            self.stop()
            raise SpeechOutputError(f"The speech process has gone away ({exc}).") from None

    def _read(self, timeout: float, stop: threading.Event | None) -> dict[str, Any] | None:
        """The next reply; None on timeout, when ``stop`` is set, or if the child died."""
        assert self._proc is not None and self._proc.stdout is not None
        fd = self._proc.stdout.fileno()
        deadline = time.monotonic() + timeout
        while b"\n" not in self._buffer:
            if stop is not None and stop.is_set():
                return None
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([fd], [], [], min(left, 0.02))
            if ready:
                data = os.read(fd, 65536)
                if not data:
                    return None
                self._buffer += data
        line, _, rest = bytes(self._buffer).partition(b"\n")
        self._buffer[:] = rest
        try:
            loaded = json.loads(line)
        except ValueError:
            return None
        return loaded if isinstance(loaded, dict) else None
