"""The terminal app's own settings (today: the colour theme), kept between runs.

A small private JSON file in the data folder, written with
:func:`backchat.paths.write_private`. Nothing is written with ``--no-store``. A
missing or broken file means the defaults; it is never an error.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

from backchat.errors import BackchatError
from backchat.paths import write_private

__all__ = ["SETTINGS_FILE", "load_theme", "save_theme"]

SETTINGS_FILE = "settings.json"
"""The file's name in the data folder."""

log = logging.getLogger(__name__)


def _read(folder: Path) -> dict[str, object]:
    try:
        data = json.loads((folder / SETTINGS_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.info("ignoring %s: %s", folder / SETTINGS_FILE, exc)
        return {}
    return data if isinstance(data, dict) else {}


def load_theme(folder: Path) -> str | None:
    """The theme chosen last time, if any."""
    theme = _read(folder).get("theme")
    return theme if isinstance(theme, str) else None


def save_theme(folder: Path, theme: str) -> None:
    """Remember ``theme`` for next time (a failure is logged, never shown as an error)."""
    data = _read(folder)
    if data.get("theme") == theme:
        return
    data["theme"] = theme
    try:
        write_private(folder / SETTINGS_FILE, json.dumps(data, indent=2) + "\n", force=True)
    except BackchatError as exc:
        log.warning("the theme could not be remembered: %s", exc)
