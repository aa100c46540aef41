"""Where backchat keeps the user's files: one data folder, readable by the user only."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from backchat.errors import StorageError

__all__ = ["data_dir", "ensure_private_dir", "ENV_DATA_DIR"]

ENV_DATA_DIR = "BACKCHAT_DATA_DIR"


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


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (mode 0700) if needed and tighten its mode; returns it."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(path, 0o700)
    except OSError as exc:
        raise StorageError(f"The data folder {path} cannot be used ({exc.strerror or exc}).") from None
    return path
