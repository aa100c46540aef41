"""Which sessions a running backchat holds, so two programs never carry on with the same one.

A claim is an exclusive ``flock`` on ``<data>/locks/<session id>.lock``. The
operating system drops it when the process ends in any way (even kill -9 or a
crash), so a claim never outlives its holder. The file is removed when its
session is let go; a taker checks that the file it locked is still the one at the
path (so a file removed under it is never mistaken for a claim). Only files left
by a killed program remain, and :func:`claimed_ids` reads the folder once. Where ``fcntl`` is missing
(Windows), claims always succeed: do not resume one session from two programs there.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

__all__ = ["SessionClaim", "is_claimed", "remove_claim_file", "claimed_ids"]

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
        try:
            current = os.stat(self.path)
            mine = os.fstat(fd)
        except OSError:
            current = None
        if current is None or (current.st_ino, current.st_dev) != (mine.st_ino, mine.st_dev):
            os.close(fd)  # the holder removed it as we opened it: try again on the new file
            return self.acquire()
        self._fd = fd
        return True

    def release(self) -> None:
        """Let the session go and remove its claim file."""
        if self._fd is not None:
            try:
                self.path.unlink()  # removed while held, so no one can take the old file
            except OSError as exc:
                log.debug("cannot remove claim file %s: %s", self.path, exc)
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


def claimed_ids(folder: Path) -> set[str]:
    """The sessions a running program holds: one listing of the claim folder, a probe per file
    left there (claim files are removed when their session closes, so these are few)."""
    try:
        names = os.listdir(folder / "locks")
    except OSError:
        return set()
    return {n[:-5] for n in names if n.endswith(".lock") and is_claimed(folder, n[:-5])}


def remove_claim_file(folder: Path, session_id: str) -> None:
    """Remove a deleted session's (unheld) claim file."""
    try:
        _lock_path(folder, session_id).unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.debug("cannot remove claim file: %s", exc)
