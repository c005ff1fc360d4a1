"""No test may reach the network: this module blocks every connection and DNS lookup that
would leave the machine, in the test process and in every Python subprocess the tests start.

``tests/conftest.py`` installs it in-process and puts this folder first on ``PYTHONPATH``, so
Python runs it at start-up in each subprocess (the CLIs, the Streamlit server). It raises before
any packet is sent; loopback (127.0.0.0/8, ::1, localhost) still works.
"""

from __future__ import annotations

import ipaddress
import socket

MESSAGE = "network guard: the tests may not reach the network"
_LOCAL_NAMES = {None, "", "localhost", "localhost.localdomain", "ip6-localhost"}


class NetworkBlocked(OSError):
    """A test (or a process it started) tried to leave the machine."""


def _is_local(host) -> bool:
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    if host in _LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


def _is_literal(host) -> bool:
    try:
        ipaddress.ip_address(str(host).split("%")[0])
        return True
    except ValueError:
        return False


def _checked(sock: socket.socket, address) -> None:
    if sock.family in (socket.AF_INET, socket.AF_INET6) and not _is_local(address[0]):
        raise NetworkBlocked(f"{MESSAGE}: connect to {address!r} blocked")


def install() -> None:
    """Patch ``socket`` once: connect, connect_ex and name lookups refuse to leave loopback."""
    if getattr(socket, "_network_guard", False):
        return
    connect, connect_ex = socket.socket.connect, socket.socket.connect_ex
    getaddrinfo, gethostbyname = socket.getaddrinfo, socket.gethostbyname

    def guarded_connect(self, address):
        _checked(self, address)
        return connect(self, address)

    def guarded_connect_ex(self, address):
        _checked(self, address)
        return connect_ex(self, address)

    def guarded_getaddrinfo(host, *args, **kwargs):
        if not _is_local(host) and not _is_literal(host):
            raise NetworkBlocked(f"{MESSAGE}: DNS lookup of {host!r} blocked")
        return getaddrinfo(host, *args, **kwargs)

    def guarded_gethostbyname(host):
        if not _is_local(host) and not _is_literal(host):
            raise NetworkBlocked(f"{MESSAGE}: DNS lookup of {host!r} blocked")
        return gethostbyname(host)

    socket.socket.connect, socket.socket.connect_ex = guarded_connect, guarded_connect_ex
    socket.getaddrinfo, socket.gethostbyname = guarded_getaddrinfo, guarded_gethostbyname
    socket._network_guard = True


install()
