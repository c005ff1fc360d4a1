"""The network guard holds in the test process and in every Python subprocess a test starts."""

from __future__ import annotations

import socket
import subprocess
import sys
from contextlib import closing

import pytest

from tests.netguard.sitecustomize import MESSAGE, NetworkBlocked

CONNECT = "import socket; socket.create_connection(('93.184.216.34', 80), timeout=5)"
LOOKUP = "import socket; socket.getaddrinfo('example.com', 80)"


def python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60)  # fmt: skip


@pytest.mark.parametrize("code", [CONNECT, LOOKUP])
def test_a_subprocess_cannot_reach_the_network(code):
    result = python(code)
    assert result.returncode == 1
    assert f"NetworkBlocked: {MESSAGE}" in result.stderr


def test_a_subprocess_can_still_reach_loopback():
    with closing(socket.socket()) as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        port = server.getsockname()[1]
        result = python(f"import socket; socket.create_connection(('localhost', {port})).close()")
    assert result.returncode == 0, result.stderr


def test_the_test_process_is_guarded_too():
    with pytest.raises(NetworkBlocked, match="connect to \\('93.184.216.34', 80\\) blocked"):
        socket.socket().connect(("93.184.216.34", 80))
    with pytest.raises(NetworkBlocked, match="DNS lookup of 'example.com' blocked"):
        socket.gethostbyname("example.com")
