"""Helper threads leave Ctrl+C to the main thread, whose blocking read it must interrupt."""

from __future__ import annotations

import signal
import threading

import pytest

from backchat.background import start_daemon


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX signal masks")
def test_a_helper_thread_never_receives_ctrl_c() -> None:
    seen: list[set[signal.Signals]] = []
    thread = start_daemon(lambda: seen.append(signal.pthread_sigmask(signal.SIG_BLOCK, set())), "probe")
    thread.join(timeout=5)
    assert thread.daemon and thread.name == "probe"
    assert signal.SIGINT in seen[0]


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX signal masks")
def test_the_main_thread_still_receives_it() -> None:
    assert threading.current_thread() is threading.main_thread()
    start_daemon(lambda: None, "probe").join(timeout=5)
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, set())
