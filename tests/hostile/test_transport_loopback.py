"""A hostile server on a real loopback socket (what needs one): a slow drip, a stall, a short body, a lying
``Content-Encoding``, and local errors that must not be retried. Sync and async, every vendor.

The servers stop by themselves when a test ends. Deadlines are small; the elapsed-time bounds below are only
guards against a hang, never performance targets.
"""

from __future__ import annotations

import socket
import threading
import time

import httpx
import pytest

from loyalty_runtime.errors import APIConnectionError, APITimeoutError, ResponseDecodeError
from tests.clients.replay import (
    VENDORS,
    alternatives,
    call_kwargs,
    first_success,
    kwargs_of,
    operation_module,
    package,
    recorded_response,
)
from tests.hostile.transport_support import alist_call, head, list_call, loopback, loopback_client

MODES = ["sync", "async"]
HANG_GUARD = 10.0


def _run(key: str, mode: str, client: object, **options: object) -> object:
    return (list_call if mode == "sync" else alist_call)(key, client, **options)


def _drip(connection: socket.socket, stop: threading.Event) -> None:
    """Promise a 1000-byte body, then send one byte every 0.2 s (for 5 s at most, then hang up)."""
    connection.sendall(head(**{"Content-Length": "1000"}))
    for _ in range(25):
        if stop.wait(0.2):
            return
        connection.sendall(b" ")


def _stall(connection: socket.socket, stop: threading.Event) -> None:
    """Read the request, answer nothing (for 5 s at most, then hang up)."""
    stop.wait(5.0)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", VENDORS)
@pytest.mark.parametrize("script", [_drip, _stall], ids=["slow-drip", "stall"])
def test_a_slow_drip_or_a_stall_ends_at_the_deadline(key, mode, script):
    with loopback(script) as server:
        # Each read waits at most 1 s, which a drip never exceeds; a stall would meet the default 30 s. Only the
        # deadline ends either before the server hangs up (which would be an APIConnectionError).
        client = loopback_client(
            key, server, timeout=httpx.Timeout(30.0, read=1.0 if script is _drip else 30.0), deadline=0.5
        )
        started = time.monotonic()
        with pytest.raises(APITimeoutError):
            _run(key, mode, client)
        assert time.monotonic() - started < HANG_GUARD
        assert server.connections >= 1


def _short_body(connection: socket.socket, stop: threading.Event) -> None:
    """Declare 100 bytes, send 10, close."""
    connection.sendall(head(**{"Content-Length": "100"}) + b'{"data": [')


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", VENDORS)
def test_a_body_shorter_than_its_content_length_is_a_retried_connection_error(key, mode):
    with loopback(_short_body) as server:
        with pytest.raises(APIConnectionError) as raised:
            _run(key, mode, loopback_client(key, server))
        assert type(raised.value) is APIConnectionError
        assert isinstance(raised.value.__cause__, httpx.RemoteProtocolError)
        assert raised.value.attempts == server.connections == 3  # a GET may be repeated


def test_a_post_cut_short_is_not_repeated():
    recording = first_success("appy_stamp", "processEarnRule")
    module = operation_module("appy_stamp", "processEarnRule")
    with loopback(_short_body) as server:
        with pytest.raises(APIConnectionError) as raised:
            module.sync(client=loopback_client("appy_stamp", server), **call_kwargs("appy_stamp", recording))
        assert raised.value.attempts == server.connections == 1


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", VENDORS)
def test_a_plain_body_declared_gzip_is_a_decode_error(key, mode):
    plain = recorded_response(first_success(key)).content

    def lying(connection: socket.socket, stop: threading.Event) -> None:
        connection.sendall(head(**{"Content-Encoding": "gzip", "Content-Length": str(len(plain))}) + plain)

    with loopback(lying) as server:
        with pytest.raises(ResponseDecodeError) as raised:
            _run(key, mode, loopback_client(key, server))
        assert raised.value.attempts == server.connections == 1
        assert raised.value.body == plain.decode()
        assert raised.value.status_code == 200


def _answer_nothing(connection: socket.socket, stop: threading.Event) -> None:
    return None


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", VENDORS)
def test_an_illegal_header_value_is_not_retried(key, mode):
    with loopback(_answer_nothing) as server:
        client = loopback_client(key, server, headers={"X-Trace": "a\r\nInjected: yes"})
        with pytest.raises(APIConnectionError) as raised:
            _run(key, mode, client)
        assert isinstance(raised.value.__cause__, httpx.LocalProtocolError)
        assert raised.value.attempts == 1
        assert server.connections <= 1


class _Counting(httpx.HTTPTransport):
    """The real transport, counting the requests handed to it."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        return super().handle_request(request)


@pytest.mark.parametrize("key", VENDORS)
def test_a_base_url_without_a_scheme_is_not_retried(key):
    """Refused when the client is built, or failing once when it sends: never tried three times."""
    transport = _Counting()
    credentials = kwargs_of(alternatives(key)[0])
    try:
        client = package(key).AuthenticatedClient(
            **credentials, base_url="api.example.test/v1", httpx_args={"transport": transport}
        )
    except ValueError:
        assert transport.calls == 0
        return
    with pytest.raises(APIConnectionError) as raised:
        list_call(key, client)
    assert isinstance(raised.value.__cause__, httpx.UnsupportedProtocol)
    assert raised.value.attempts == transport.calls == 1
