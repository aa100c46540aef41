"""Every error backchat raises derives from :class:`BackchatError`.

Hierarchy::

    BackchatError                 base; ``exit_code`` is what the CLI exits with
    ├── FlowError                 a flow file is missing, unreadable or invalid
    ├── ScriptError               a scripted dialogue file is missing or invalid
    ├── UsageError                options that cannot be used together (exit 2)
    ├── StorageError              the session store cannot be used
    └── SpeechError               speech in or out cannot be used (see backchat.speech)

Each error's message is one plain sentence a person can act on; the CLI prints
it without a traceback.

Exit codes, defined once here and used by every command:

==============  ====  =====================================================================
EXIT_OK            0  done: the intake finished (or the command did its job)
EXIT_ERROR         1  something could not be done (store, speech, a failed check); one sentence on stderr
EXIT_USAGE         2  the command line or a named file is wrong (bad option, missing or invalid flow)
EXIT_UNFINISHED    3  the intake was left before its result (quit or end of input); ``--resume`` carries on
EXIT_CRASH        70  an unexpected failure; details are saved to crash.log in the data folder
EXIT_INTERRUPTED 130  Ctrl+C; the answers so far are kept and ``--resume`` carries on
==============  ====  =====================================================================
"""

from __future__ import annotations

__all__ = ["BackchatError", "FlowError", "ScriptError", "StorageError", "SpeechError", "UsageError",
           "EXIT_OK", "EXIT_ERROR", "EXIT_USAGE", "EXIT_UNFINISHED", "EXIT_CRASH", "EXIT_INTERRUPTED",
           "resume_hint"]

EXIT_OK = 0
"""The intake finished, or the command did its job."""
EXIT_ERROR = 1
"""Something could not be done; one sentence on stderr says what."""
EXIT_USAGE = 2
"""The command line or a file it names is wrong."""
EXIT_UNFINISHED = 3
"""The intake was left before its result (quit, or the input ended); ``--resume`` carries on."""
EXIT_CRASH = 70
"""An unexpected failure (details in crash.log), as sysexits' EX_SOFTWARE."""
EXIT_INTERRUPTED = 130
"""Ctrl+C (128 + SIGINT), as shells report it."""


def resume_hint(no_store: bool) -> str:
    """What a person is told when an intake is left unfinished (exit 3 or 130): how to carry on."""
    if no_store:
        return "Nothing was kept (--no-store)."
    return "Your answers so far are kept; carry on with: backchat --resume"


class BackchatError(Exception):
    """Base class of every error backchat raises."""

    exit_code = EXIT_ERROR


class UsageError(BackchatError):
    """Options that cannot be used together, or a value that makes no sense (names the option)."""

    exit_code = EXIT_USAGE


class FlowError(BackchatError):
    """A flow file is missing, unreadable or invalid (names the file, the place and the reason)."""

    exit_code = EXIT_USAGE

    def __init__(self, file: str, location: str, reason: str, *, more: tuple[str, ...] = ()) -> None:
        self.file = file
        self.location = location
        self.reason = reason
        self.more = more
        """Further problems in the same file, each "location: reason" (``flows check`` lists them all)."""
        where = f"{file}: {location}" if location else file
        super().__init__(f"{where}: {reason}")

    @property
    def all_problems(self) -> list[str]:
        """Every problem found in the file, each as one line naming the file."""
        return [str(self), *(f"{self.file}: {m}" for m in self.more)]


class ScriptError(BackchatError):
    """A scripted dialogue file is missing or invalid."""

    exit_code = EXIT_USAGE


class StorageError(BackchatError):
    """The session store cannot be used."""


class SpeechError(BackchatError):
    """Speech in or out cannot be used; the message says what is missing and how to fix it."""
