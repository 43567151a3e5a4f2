"""The sandboxes as real HTTP servers on loopback (127.0.0.1 only), one port per vendor.

Each connection is answered on its own thread (``ThreadingHTTPServer``) and the sandbox locks only around its
state, so concurrent requests overlap, delayed ones included. The time spent reading requests and writing answers
is added to the sandbox's ``timing.serving`` (see :mod:`sandbox.vendor`)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import httpx

from sandbox.vendor import DroppedConnection, VendorSandbox

LOOPBACK = "127.0.0.1"


class _Handler(BaseHTTPRequestHandler):
    server: _SandboxServer
    _started = 0.0
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out in separate writes: do not wait for ACKs

    def _serve(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        request = httpx.Request(
            self.command,
            f"http://{LOOPBACK}:{self.server.server_port}{self.path}",
            headers=list(self.headers.items()),
            content=self.rfile.read(length) if length else b"",
        )
        timing = self.server.sandbox.timing
        before = time.perf_counter()  # the time inside handle is counted there
        try:
            response = self.server.sandbox.handle(request)  # thread-safe; it locks only around the state
        except (DroppedConnection, httpx.ReadTimeout):
            timing.add(0.0, serving=before - self._started, requests=0)
            if self.server.stall_on_timeout:  # outside any lock: other connections go on meanwhile
                time.sleep(self.server.stall_on_timeout)
            self.close_connection = True
            return
        after = time.perf_counter()
        self.send_response(response.status_code)
        for name, value in response.headers.items():
            if name.lower() not in ("content-length", "transfer-encoding", "connection"):
                self.send_header(name, value)
        sent_length = str(len(response.content))
        if self.command == "HEAD":  # the length the GET would have, and no body
            sent_length = response.headers.get("content-length", sent_length)
        self.send_header("Content-Length", sent_length)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(response.content)
        timing.add(0.0, serving=before - self._started + time.perf_counter() - after, requests=0)

    def parse_request(self) -> bool:
        self._started = time.perf_counter()  # the request line has arrived: the sandbox's work starts
        return super().parse_request()

    def __getattr__(self, name: str) -> object:
        """Every method (TRACE, OPTIONS, PROPFIND, ...) goes to the sandbox, which answers as the vendor would,
        instead of the stock 501 HTML page."""
        if name.startswith("do_"):
            return self._serve
        raise AttributeError(name)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet: the sandbox keeps its own request log (``sandbox.requests``)."""


class _SandboxServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, sandbox: VendorSandbox, port: int, stall_on_timeout: float) -> None:
        super().__init__((LOOPBACK, port), _Handler)
        self.sandbox = sandbox
        self.stall_on_timeout = stall_on_timeout


@dataclass
class Running:
    """A sandbox served on loopback."""

    sandbox: VendorSandbox
    server: _SandboxServer
    thread: threading.Thread

    @property
    def base_url(self) -> str:
        """The API root a client uses: loopback host and port, then the vendor's own base path."""
        return f"http://{LOOPBACK}:{self.server.server_port}{urlsplit(self.sandbox.vendor.base_url).path}"


def environment(running: dict[str, Running]) -> dict[str, str]:
    """The environment variables that aim every client at these sandboxes: each vendor's base URL variable and
    the variables of the demo credentials the sandbox accepts."""
    variables: dict[str, str] = {}
    for item in running.values():
        vendor, accepted = item.sandbox.vendor, item.sandbox.credentials
        if vendor.base_url_env is not None:
            variables[vendor.base_url_env] = item.base_url
        variables.update({c.env: accepted[c.kwarg] for c in vendor.credentials if c.kwarg in accepted})
    return variables


@contextmanager
def serving(
    sandboxes: dict[str, VendorSandbox], *, first_port: int = 0, stall_on_timeout: float = 0.0
) -> Iterator[dict[str, Running]]:
    """Serve each sandbox on its own loopback port (``first_port`` 0: any free ports) until the block ends."""
    running: dict[str, Running] = {}
    try:
        for offset, (key, sandbox) in enumerate(sandboxes.items()):
            port = first_port + offset if first_port else 0
            server = _SandboxServer(sandbox, port, stall_on_timeout)
            thread = threading.Thread(target=server.serve_forever, name=f"sandbox-{key}", daemon=True)
            thread.start()
            running[key] = Running(sandbox, server, thread)
        yield running
    finally:
        for item in running.values():
            item.server.shutdown()
            item.server.server_close()
