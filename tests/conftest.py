"""Shared fixtures. No test may reach the network: connections leave only to loopback."""

from __future__ import annotations

import ipaddress
import socket

import pytest

from geo.article import seed_article

_connect = socket.socket.connect


def _loopback_only(self, address):
    host = address[0] if isinstance(address, tuple) else address
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if self.family in (socket.AF_INET, socket.AF_INET6) and not loopback:
        raise OSError(f"test tried to reach the network: {address!r}")
    return _connect(self, address)


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    monkeypatch.setattr(socket.socket, "connect", _loopback_only)


@pytest.fixture(scope="session")
def article():
    return seed_article()
