"""Hands-free intake: the engine driven through the speech ports (speak, listen, confirm).

``constraints`` (what each question expects), ``readback`` (when and how a spoken answer is
confirmed), ``loop`` (``backchat voice``), ``replay_voice`` (``backchat replay --voice``).
"""

from __future__ import annotations
