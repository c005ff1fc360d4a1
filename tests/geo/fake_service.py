"""A geocoding service on 127.0.0.1 for tests: scripted replies, every request recorded.

Replies are queued per path and served in order; the last one repeats. A reply can
be slow (to trip a client's timeout), an HTTP error, any body at all, or a reset
connection. Nothing here touches the network.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

RESPONSES = Path(__file__).parent / "responses"


@dataclass(frozen=True)
class Reply:
    body: str = "{}"
    status: int = 200
    delay: float = 0.0
    reset: bool = False


@dataclass(frozen=True)
class Request:
    path: str
    params: dict
    at: float  # time.monotonic() when it arrived


def recorded(name: str) -> str:
    """The text of a recorded answer in ``tests/geo/responses``."""
    return (RESPONSES / name).read_text(encoding="utf-8")


class FakeService:
    def __init__(self) -> None:
        self.replies: dict[str, list[Reply]] = {}
        self.requests: list[Request] = []
        service = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                url = urlsplit(self.path)
                service.requests.append(Request(url.path, dict(parse_qsl(url.query)), time.monotonic()))
                queue = service.replies.get(url.path) or [Reply(status=404)]
                reply = queue.pop(0) if len(queue) > 1 else queue[0]
                if reply.reset:
                    # linger 0, then close: the client reads an RST, not an orderly end
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.connection.close()
                    self.close_connection = True
                    return
                time.sleep(reply.delay)
                data = reply.body.encode("utf-8")
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", "application/json; charset=utf-8")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:  # the client gave up waiting
                    pass

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.01,), daemon=True)

    @property
    def domain(self) -> str:
        return f"127.0.0.1:{self.server.server_address[1]}"

    def reply(self, path: str, *replies: Reply | str | dict | list | float) -> None:
        """Queue replies for ``path``: a Reply, or a body (text as is, anything else as JSON)."""
        self.replies[path] = [r if isinstance(r, Reply) else Reply(_text(r)) for r in replies]

    def paths(self) -> list[str]:
        return [r.path for r in self.requests]

    def __enter__(self) -> FakeService:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


def _text(body) -> str:
    return body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)
