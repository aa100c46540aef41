"""Shared fixtures. The whole suite runs with outgoing network connections blocked."""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest

from backchat.core.engine import Engine
from backchat.core.flow import Flow
from backchat.core.loader import load_flow

TODAY = date(2026, 11, 18)  # a Wednesday


class NetworkBlocked(RuntimeError):
    """Raised when code under test tries to open a network connection."""


def _is_local(address: Any) -> bool:
    if isinstance(address, str | bytes):  # AF_UNIX socket path
        return True
    host = address[0] if isinstance(address, tuple) and address else ""
    return host in ("127.0.0.1", "::1", "localhost") or str(host).startswith("127.")


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail any outgoing connection that is not to this machine."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def connect(self: socket.socket, address: Any) -> Any:
        if not _is_local(address):
            raise NetworkBlocked(f"backchat must not use the network (tried {address!r})")
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> Any:
        if not _is_local(address):
            raise NetworkBlocked(f"backchat must not use the network (tried {address!r})")
        return real_connect_ex(self, address)

    def create_connection(address: Any, *args: Any, **kwargs: Any) -> Any:
        raise NetworkBlocked(f"backchat must not use the network (tried {address!r})")

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "create_connection", create_connection)
    yield


@pytest.fixture(scope="session")
def flow() -> Flow:
    """The shipped low back pain flow."""
    return load_flow()


@pytest.fixture
def new_engine(flow: Flow) -> Callable[[], Engine]:
    """Make a fresh engine on the fixed test date."""
    return lambda: Engine(flow, clock=lambda: TODAY)


@pytest.fixture
def engine(new_engine: Callable[[], Engine]) -> Engine:
    """A started engine."""
    e = new_engine()
    e.start()
    return e
