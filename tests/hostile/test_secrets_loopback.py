"""The secrecy law over real sockets, where httpcore logs every step at DEBUG: a hostile loopback server answers
401, redirects to a second loopback server (another origin: another port), or the port refuses connections. No
credential appears in a log record, in the error, or in what the second server received."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

import pytest

from loyalty_runtime.errors import APIConnectionError, APIStatusError, AuthenticationError
from tests.clients.replay import ALT_IDS, ALTERNATIVES, base_url, package
from tests.hostile.secrets_support import (
    assert_hidden,
    betrayals,
    debug_logs,
    kwargs_names,
    operation_call,
    reachable_texts,
    sent_credentials,
)


class _Hostile(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        self.server.seen.append(dict(self.headers.items()))
        if self.server.redirect_to:
            self._send(307, b"", {"Location": self.server.redirect_to + self.path})
        else:
            self._send(401, json.dumps({"message": "unauthorized"}).encode(), {"Content-Type": "application/json"})

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for name, value in {**headers, "Content-Length": str(len(body))}.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, redirect_to: str | None) -> None:
        super().__init__(("127.0.0.1", 0), _Hostile)
        self.redirect_to = redirect_to
        self.seen: list[dict[str, str]] = []

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.server_port}"


@contextmanager
def _running(redirect_to: str | None = None) -> Iterator[_Server]:
    server = _Server(redirect_to)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _call(key: str, values: dict[str, str], root: str, use_async: bool) -> BaseException:
    module, kwargs, _ = operation_call(key)
    path = urlsplit(base_url(key)).path
    client = package(key).AuthenticatedClient(
        **values, base_url=root + path, httpx_args={"follow_redirects": True}, timeout=5.0
    )
    call: Any = module.asyncio if use_async else module.sync
    with pytest.raises(Exception) as raised:
        if use_async:
            asyncio.run(call(client=client, **kwargs, max_retries=0))
        else:
            call(client=client, **kwargs, max_retries=0)
    client.close()
    return raised.value


@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(("key", "index"), ALTERNATIVES, ids=ALT_IDS)
def test_no_credential_in_debug_logs_errors_or_another_origin(key: str, index: int, use_async: bool) -> None:
    values = {name: f"s3cr3t{name}{index}q" for name in kwargs_names(key, index)}
    secrets = betrayals(key, index, values)
    with _running() as elsewhere, _running(redirect_to=elsewhere.root) as home, debug_logs() as logs:
        redirected = _call(key, values, home.root, use_async)
        refused = _call(key, values, f"http://127.0.0.1:{_closed_port()}", use_async)
    assert isinstance(redirected, AuthenticationError)  # the 401 of the other origin, reached without credentials
    assert isinstance(refused, APIConnectionError) and not isinstance(refused, APIStatusError)
    assert any("httpcore" in line for line in logs), "httpcore logged nothing: the law would be vacuous"
    assert_hidden(logs, secrets)
    for error in (redirected, refused):
        assert_hidden(reachable_texts(error), secrets)
    assert len(home.seen) == len(elsewhere.seen) == 1
    arrived = {name.lower(): value for name, value in home.seen[0].items()}
    assert sent_credentials(key, index, values).items() <= arrived.items()  # the origin did get them
    assert_hidden([repr(elsewhere.seen)], secrets)
