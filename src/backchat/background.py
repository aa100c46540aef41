"""Work on a daemon thread that leaves Ctrl+C to the main thread.

Linux hands a process's SIGINT to any thread that does not block it. Python runs its handler on the
main thread, but if the kernel picked a helper thread, the main thread's blocking read (waiting for
the next answer) is not interrupted: a Ctrl+C during the warm-up, followed by the end of the input,
then ended as "input ended" (exit 3) instead of "stopped" (exit 130). Helper threads block SIGINT, so
the kernel always delivers it to the main thread.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable

__all__ = ["start_daemon"]


def start_daemon(target: Callable[[], object], name: str) -> threading.Thread:
    """Start ``target`` on a daemon thread that never receives Ctrl+C; returns the started thread."""

    def run() -> None:
        if hasattr(signal, "pthread_sigmask"):  # POSIX; elsewhere Ctrl+C already goes to the main thread
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        target()

    thread = threading.Thread(target=run, name=name, daemon=True)
    thread.start()
    return thread
