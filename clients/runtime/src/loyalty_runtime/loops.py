"""One ``httpx.AsyncClient`` per event loop, so one client works across ``asyncio.run()`` calls and threads.

An ``httpx.AsyncClient``'s pooled connections belong to the loop that opened them; used from another loop they
fail with ``RuntimeError: Event loop is closed``. So each running loop gets its own client, created on first use
there. Each is also tied to its loop's shutdown: a tiny async generator, started on that loop, closes the client
when the loop finalizes its async generators (``asyncio.run()`` does that before closing the loop). A client whose
loop was closed without that (``loop.close()`` alone) is dropped, never awaited on the dead loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import AsyncGenerator, Callable

import httpx

Loop = asyncio.AbstractEventLoop | None  # None: called outside any running asyncio loop (e.g. under trio)


class LoopClients:
    """The async httpx clients of one ``BaseClient``, keyed by event loop; thread-safe."""

    def __init__(self, factory: Callable[[], httpx.AsyncClient]) -> None:
        self._factory = factory
        self._lock = threading.Lock()
        self._clients: dict[Loop, tuple[httpx.AsyncClient, AsyncGenerator[None, None] | None]] = {}

    def current(self) -> httpx.AsyncClient:
        """The running loop's client (created on first use in that loop)."""
        loop = _running_loop()
        with self._lock:
            self._forget_closed_loops()
            if loop is not None and loop not in self._clients and None in self._clients:
                # Created before any loop ran (e.g. to inspect it): the first loop that uses it adopts it.
                self._clients[loop] = (self._clients.pop(None)[0], None)
            client, closer = self._clients.get(loop, (None, None))
            if client is None or client.is_closed:  # (closed: by its loop's shutdown, or by hand)
                client, closer = self._factory(), None
            if closer is None and loop is not None:
                closer = _start(_close_at_shutdown(client))
            self._clients[loop] = (client, closer)
            return client

    async def aclose(self) -> None:
        """Close the running loop's client (those of other loops are closed by their own loop's shutdown)."""
        loop = _running_loop()
        with self._lock:
            client, closer = self._clients.pop(loop, (None, None))
            self._forget_closed_loops()
        if closer is not None:
            await closer.aclose()  # runs its finally: the client's aclose()
        elif client is not None:
            await client.aclose()

    def _forget_closed_loops(self) -> None:
        # Dropped, not awaited: a closed loop's finalizer hook just forgets its async generators.
        for loop in [loop for loop in self._clients if loop is not None and loop.is_closed()]:
            del self._clients[loop]


async def _close_at_shutdown(client: httpx.AsyncClient) -> AsyncGenerator[None, None]:
    try:
        yield
    finally:
        await client.aclose()


def _start(closer: AsyncGenerator[None, None]) -> AsyncGenerator[None, None]:
    """Run ``closer`` to its ``yield`` (synchronously: nothing before it waits); from this first step on, the
    running loop tracks it and closes it at shutdown."""
    with contextlib.suppress(StopIteration):
        closer.asend(None).send(None)
    return closer


def _running_loop() -> Loop:
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None
