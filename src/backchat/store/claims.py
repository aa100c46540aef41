"""Which sessions a running backchat holds, so two programs never carry on with the same one.

A claim is an exclusive ``flock`` on ``<data>/locks/<session id>.lock``. The
operating system drops it when the process ends in any way (even kill -9 or a
crash), so a claim never outlives its holder. Where ``fcntl`` is missing
(Windows), claims always succeed: do not resume one session from two programs there.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

__all__ = ["SessionClaim", "is_claimed", "remove_claim_file"]

log = logging.getLogger(__name__)

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


def _lock_path(folder: Path, session_id: str) -> Path:
    return folder / "locks" / f"{session_id}.lock"


class SessionClaim:
    """An exclusive hold on one session for as long as this object (or the process) lives."""

    def __init__(self, folder: Path, session_id: str) -> None:
        self.path = _lock_path(folder, session_id)
        self.session_id = session_id
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        """True while this object holds the claim."""
        return self._fd is not None

    def acquire(self) -> bool:
        """Take the claim; False when another program (or another claim here) holds it."""
        if self._fd is not None:
            return True
        if fcntl is None:  # pragma: no cover - Windows
            return True
        try:
            self.path.parent.mkdir(mode=0o700, exist_ok=True)
            if self.path.parent.stat().st_mode & 0o077:
                self.path.parent.chmod(0o700)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            log.debug("cannot make claim file %s: %s", self.path, exc)
            return True  # the store itself reports a folder that cannot be written
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        """Let the session go."""
        if self._fd is not None:
            os.close(self._fd)  # closing drops the flock
            self._fd = None


def is_claimed(folder: Path, session_id: str) -> bool:
    """True when a running program holds ``session_id``."""
    if fcntl is None or not _lock_path(folder, session_id).exists():  # pragma: no branch
        return False
    probe = SessionClaim(folder, session_id)
    free = probe.acquire()
    probe.release()
    return not free


def remove_claim_file(folder: Path, session_id: str) -> None:
    """Remove a deleted session's (unheld) claim file."""
    try:
        _lock_path(folder, session_id).unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.debug("cannot remove claim file: %s", exc)
