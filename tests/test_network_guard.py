"""The suite's network guard itself works, so a dependency that phones home is caught."""

from __future__ import annotations

import socket
import urllib.request

import pytest

from tests.conftest import NetworkBlocked


def test_an_outgoing_connection_fails() -> None:
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("example.org", 80), timeout=1)


def test_a_raw_socket_connect_fails() -> None:
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        with pytest.raises(NetworkBlocked):
            s.connect(("93.184.216.34", 80))
    finally:
        s.close()


def test_urllib_cannot_reach_out() -> None:
    with pytest.raises((NetworkBlocked, OSError)):
        urllib.request.urlopen("http://example.org", timeout=1)  # noqa: S310
