"""The terminal app (Textual): conversation, what-I've-understood panel, outcome screens.

Nothing is imported here so that ``import backchat.tui`` stays cheap; the entry
points are :func:`backchat.tui.app.make_app` and :func:`backchat.tui.app.run_tui`.
"""

from __future__ import annotations

__all__: list[str] = []
