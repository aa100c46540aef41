"""Load what understanding needs ahead of the first answer (a front end calls this in a thread)."""

from __future__ import annotations

import logging

from backchat.core.understand.lazy import compile_all
from backchat.core.understand.lemmas import load
from backchat.core.understand.spelling import domain_words
from backchat.core.understand.verifier import weights

__all__ = ["warm"]

log = logging.getLogger(__name__)


def warm() -> None:
    """Load the lemmatiser's dictionary, build the spelling lexicon, load the verifier's weights and
    compile the patterns now.

    Safe to call from a background thread while the greeting is shown; reading works without
    it (the first answer then pays the load, about a second on a busy machine).
    """
    try:
        load()
        domain_words()
        weights()
        compile_all()
    except Exception:  # noqa: BLE001 - a broken install must not stop the front end; the first read reports it
        log.exception("could not load the lemmatiser")
