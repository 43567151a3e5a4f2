"""A request that gets no answer says what was asked of whom and why it failed, on a real loopback socket:
``GET http://127.0.0.1:<port>/<base path>/…?<query> failed: connection refused (after 3 attempts)``, and the same
for a server that stalls. Every vendor, sync and async."""

from __future__ import annotations

import re
import socket
import threading

import httpx
import pytest

from loyalty_runtime.errors import APIConnectionError, APITimeoutError
from tests.clients.replay import VENDORS
from tests.hostile.transport_support import Loopback, alist_call, list_call, loopback, loopback_client

MODES = ["sync", "async"]


def _closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return int(probe.getsockname()[1])


def _call(key: str, mode: str, client: object, **options: object) -> object:
    return (list_call if mode == "sync" else alist_call)(key, client, **options)


def _request_line(key: str, client: object) -> str:
    """The start of the message: method and the full URL of the list operation under the client's base URL."""
    return rf"^GET {re.escape(client.base_url)}/\S+ failed: "  # type: ignore[attr-defined]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", VENDORS)
def test_a_refused_connection_names_the_url_the_cause_and_the_attempts(key: str, mode: str) -> None:
    port = _closed_port()
    client = loopback_client(key, Loopback(lambda c, s: None, port=port))
    with pytest.raises(APIConnectionError) as raised:
        _call(key, mode, client, max_retries=2)
    message = str(raised.value)
    assert not isinstance(raised.value, APITimeoutError)
    assert re.match(_request_line(key, client) + r"connection refused \(after 3 attempts\)$", message), message
    assert f"127.0.0.1:{port}" in message
    assert raised.value.attempts == 3


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", VENDORS)
def test_a_stalled_server_names_the_url_and_the_timeout(key: str, mode: str) -> None:
    def stall(connection: socket.socket, stop: threading.Event) -> None:
        stop.wait(5.0)

    with loopback(stall) as server:
        client = loopback_client(key, server, timeout=httpx.Timeout(5.0, read=0.2))
        with pytest.raises(APITimeoutError) as raised:
            _call(key, mode, client, max_retries=1)
    message = str(raised.value)
    assert re.match(_request_line(key, client) + r"timed out waiting for the answer \(after 2 attempts\)$", message)
    assert raised.value.attempts == 2


@pytest.mark.parametrize("key", VENDORS)
def test_a_single_attempt_is_said_in_the_singular(key: str) -> None:
    client = loopback_client(key, Loopback(lambda c, s: None, port=_closed_port()))
    with pytest.raises(APIConnectionError, match=r"failed: connection refused \(after 1 attempt\)$"):
        _call(key, "sync", client, max_retries=0)


@pytest.mark.parametrize("key", VENDORS)
def test_the_deadline_message_names_the_url_too(key: str) -> None:
    def stall(connection: socket.socket, stop: threading.Event) -> None:
        stop.wait(5.0)

    with loopback(stall) as server:
        client = loopback_client(key, server, deadline=0.3)
        with pytest.raises(APITimeoutError) as raised:
            _call(key, "sync", client)
    message = str(raised.value)
    assert re.match(_request_line(key, client) + r"the call's deadline of 0\.3 s passed \(after 1 attempt\)$", message)
