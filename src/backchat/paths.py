"""Where backchat keeps the user's files, and the one way it writes a private file.

Every file backchat writes for a person (an export, a saved summary, a recovery
file) goes through :func:`write_private`: created new (never through a symbolic
link, never onto a FIFO or a device), mode 0600, in folders made 0700 whatever
the umask; an existing file is replaced only with ``force`` and then atomically.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
from pathlib import Path

import platformdirs

from backchat.errors import StorageError

__all__ = [
    "data_dir",
    "ensure_private_dir",
    "make_missing_dirs",
    "write_private",
    "ENV_DATA_DIR",
    "PrivateFileError",
    "FileExistsRefused",
]

ENV_DATA_DIR = "BACKCHAT_DATA_DIR"

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


class PrivateFileError(StorageError):
    """A private file cannot be written; the message says which and why in one sentence."""


class FileExistsRefused(PrivateFileError):
    """The file exists and was not replaced (pass ``force``, or confirm, to replace it)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"{path} already exists and was not replaced (use --force to replace it).")


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: ``override``, else $BACKCHAT_DATA_DIR, else the platform's user data dir.

    Not created here; see :func:`ensure_private_dir`.
    """
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("backchat", appauthor=False))


def _reason(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    if exc.errno == errno.EROFS:
        return "the file system is read-only"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission was denied"
    return exc.strerror or str(exc)


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` and any missing parents, each mode 0700 whatever the umask; returns it.

    ``path`` itself is tightened to 0700 even if it existed; existing parents are left alone.
    """
    make_missing_dirs(path)
    try:
        os.chmod(path, 0o700)
    except OSError as exc:
        raise StorageError(f"The data folder {path} cannot be used ({_reason(exc)}).") from None
    return path


def make_missing_dirs(path: Path) -> Path:
    """Create the folders of ``path`` that do not exist yet, each mode 0700 whatever the umask.

    Folders that already exist are left as they are (a user's own folder keeps its mode).
    """
    missing: list[Path] = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    try:
        for folder in reversed(missing):
            try:
                os.mkdir(folder, 0o700)
            except FileExistsError:
                pass
            os.chmod(folder, 0o700)
    except OSError as exc:
        raise StorageError(f"The folder {path} cannot be used ({_reason(exc)}).") from None
    if not path.is_dir():
        raise StorageError(f"The folder {path} cannot be used (it is not a folder).")
    return path


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]
    os.fsync(fd)


def _create_new(path: Path, data: bytes) -> None:
    """Create ``path`` with O_EXCL|O_NOFOLLOW, mode 0600, and write ``data`` (removed on failure)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _NONBLOCK | _CLOEXEC
    fd = os.open(path, flags, 0o600)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):  # pragma: no cover - O_EXCL made it; belt and braces
            raise PrivateFileError(f"{path} is not a regular file, so nothing was written.")
        os.fchmod(fd, 0o600)
        _write_all(fd, data)
    except BaseException:
        os.close(fd)
        _unlink_quietly(path)
        raise
    os.close(fd)


def _unlink_quietly(path: Path) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _check_replaceable(path: Path) -> None:
    """With force, only a regular file (or a link, replaced itself, never followed) may be replaced."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    if not (stat.S_ISREG(info.st_mode) or stat.S_ISLNK(info.st_mode)):
        raise PrivateFileError(f"{path} is not a regular file, so it was not replaced.")


def write_private(path: str | os.PathLike[str], data: bytes | str, *, force: bool = False) -> Path:
    """Write ``data`` (str: UTF-8) to a new file ``path`` readable by the user only; returns the path.

    Without ``force`` an existing path (file, link, FIFO, anything) raises
    :class:`FileExistsRefused`. With ``force`` an existing regular file or link is
    replaced atomically (a private temporary file renamed over it; a link is
    replaced, never followed); FIFOs, devices and folders are refused.
    Any failure raises :class:`PrivateFileError` with one plain sentence.
    """
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    make_missing_dirs(target.parent)
    try:
        if not force:
            try:
                _create_new(target, payload)
            except FileExistsError:
                raise FileExistsRefused(target) from None
            return target
        _check_replaceable(target)
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
        _create_new(tmp, payload)
        try:
            os.replace(tmp, target)
        except BaseException:
            _unlink_quietly(tmp)
            raise
        _sync_dir(target.parent)
    except OSError as exc:
        raise PrivateFileError(f"{target} could not be written because {_reason(exc)}.") from None
    return target


def _sync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | _CLOEXEC)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
