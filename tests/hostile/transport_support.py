"""Support of the hostile transport tests: a fake clock, clients on it, and a loopback server that stops by itself.

Everything about a vendor comes from its spec and recordings through ``tests.clients.replay``.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx

from generator.recordings import Recording, load_recordings
from tests.clients.replay import (
    ERRORS,
    Replay,
    alternatives,
    call_kwargs,
    first_success,
    kwargs_of,
    list_module,
    make_client,
    package,
)


@dataclass
class FakeClock:
    """Monotonic time that moves only when the client sleeps (or a fake server says a request took time)."""

    now: float = 1_000.0
    sleeps: list[float] = field(default_factory=list)

    def monotonic(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def on_clock(client: Any, clock: FakeClock) -> Any:
    """``client`` with its waits and its deadline measured on ``clock`` (wall time fixed, for date hints)."""
    client.retry = dataclasses.replace(
        client.retry, sleep=clock.sleep, asleep=clock.asleep, monotonic=clock.monotonic, clock=lambda: 1_900_000_000.0
    )
    return client


def fake_client(
    key: str,
    handler: Callable[[httpx.Request], httpx.Response],
    clock: FakeClock,
    *,
    follow_redirects: bool = False,
    **options: Any,
) -> Any:
    """The vendor's client on an ``httpx.MockTransport`` running ``handler``, on ``clock``."""
    transport = httpx.MockTransport(handler)
    client = package(key).AuthenticatedClient(
        **kwargs_of(alternatives(key)[0]),
        httpx_args={"transport": transport, "follow_redirects": follow_redirects},
        **options,
    )
    return on_clock(client, clock)


def replay_client(key: str, answers: list[httpx.Response], clock: FakeClock, **options: Any) -> tuple[Any, Replay]:
    replay = Replay(answers)
    return on_clock(make_client(key, replay, **options), clock), replay


def list_call(key: str, client: Any, **options: Any) -> Any:
    """The vendor's list operation called the way its first success recording was."""
    return list_module(key).sync(client=client, **call_kwargs(key, first_success(key)), **options)


def alist_call(key: str, client: Any, **options: Any) -> Any:
    async def run() -> Any:
        return await list_module(key).asyncio(client=client, **call_kwargs(key, first_success(key)), **options)

    return asyncio.run(run())


def error_status_body(key: str, status: int) -> object:
    """A recorded error body of the vendor with ``status`` (or its first 5xx body)."""
    return next(
        (r.response["body"] for k, r in ERRORS if k == key and r.response["status"] == status),
        next(r.response["body"] for k, r in ERRORS if k == key and r.response["status"] >= 500),
    )


def walk(key: str) -> list[Recording]:
    """A recorded walk of the vendor that ends on its last page (not on an error), in order."""
    sequences: dict[str, list[Recording]] = {}
    for recording in load_recordings(key):
        sequence = recording.data.get("sequence")
        if sequence:
            sequences.setdefault(sequence["name"], []).append(recording)
    for pages in sequences.values():
        if all(page.response["status"] == 200 for page in pages):
            return sorted(pages, key=lambda page: page.data["sequence"]["step"])
    raise AssertionError(f"{key}: no recorded walk")


# ---------------------------------------------------------------------------------------------- loopback server

Script = Callable[[socket.socket, threading.Event], None]


@dataclass
class Loopback:
    """A TCP server on 127.0.0.1 running ``script`` for each connection; stops when its block ends."""

    script: Script
    connections: int = 0
    port: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _serve(self, server: socket.socket) -> None:
        while not self._stop.is_set():
            try:
                connection, _ = server.accept()
            except OSError:  # the accept timeout, or the socket closed at the end
                continue
            self.connections += 1
            threading.Thread(target=self._run, args=(connection,), daemon=True).start()

    def _run(self, connection: socket.socket) -> None:
        with connection, contextlib.suppress(OSError):
            connection.settimeout(5.0)
            read_request(connection)
            self.script(connection, self._stop)


@contextlib.contextmanager
def loopback(script: Script) -> Iterator[Loopback]:
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.1)
    served = Loopback(script, port=server.getsockname()[1])
    thread = threading.Thread(target=served._serve, args=(server,), daemon=True)
    thread.start()
    try:
        yield served
    finally:
        served._stop.set()
        thread.join(5.0)
        server.close()


def read_request(connection: socket.socket) -> bytes:
    """The request head and whatever body arrived with it."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


def head(status: int = 200, **headers: str) -> bytes:
    lines = [f"HTTP/1.1 {status} X", "Content-Type: application/json", *(f"{k}: {v}" for k, v in headers.items())]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def loopback_client(key: str, server: Loopback, **options: Any) -> Any:
    """The vendor's client aimed at ``server`` (under the spec's base path), with its retry waits skipped."""
    path = httpx.URL(package(key).AuthenticatedClient.vendor.base_url).path.rstrip("/")
    client = package(key).AuthenticatedClient(
        **kwargs_of(alternatives(key)[0]), base_url=server.base_url + path, **options
    )

    async def no_wait(seconds: float) -> None:
        return None

    client.retry = dataclasses.replace(client.retry, sleep=lambda seconds: None, asleep=no_wait)
    return client
