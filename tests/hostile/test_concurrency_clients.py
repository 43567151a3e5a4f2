"""Issue 8 items 17 and 18: one ``AuthenticatedClient`` shared by many threads makes one ``httpx.Client`` (and
``close()`` closes it); one client used from successive ``asyncio.run()`` calls (or loops in several threads)
works, each loop with its own ``httpx.AsyncClient``, closed when its loop ends."""

from __future__ import annotations

import asyncio
import gc
import sys
import threading
import time
import warnings
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from openapi_python_client.strings import snake_case

from sandbox.clients import operation_module
from sandbox.seed import DEMO_CREDENTIALS, seeded
from sandbox.server import Running, serving
from tests.clients.replay import VENDORS, alternatives, kwargs_of, package
from tests.hostile.secrets_support import operation_call

THREADS = 16


class _Success:
    """A MockTransport handler answering every request with the vendor's recorded success; counts requests."""

    def __init__(self, answer: httpx.Response) -> None:
        self.answer = answer
        self.count = 0
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.count += 1
        return httpx.Response(self.answer.status_code, headers=self.answer.headers, content=self.answer.content)


def _client(key: str, transport: httpx.MockTransport) -> Any:
    return package(key).AuthenticatedClient(**kwargs_of(alternatives(key)[0]), httpx_args={"transport": transport})


@pytest.fixture
def created(monkeypatch: pytest.MonkeyPatch) -> list[httpx.Client]:
    """Every ``httpx.Client`` made while the test runs; making one is slow, to widen any race."""
    made: list[httpx.Client] = []

    class Counting(httpx.Client):
        def __init__(self, **options: Any) -> None:
            time.sleep(0.02)  # not a timing assertion: only makes an unguarded check-then-create race likely
            super().__init__(**options)
            made.append(self)

    monkeypatch.setattr(httpx, "Client", Counting)
    return made


@pytest.mark.parametrize("key", VENDORS)
def test_threads_sharing_a_client_make_one_httpx_client(key: str, created: list[httpx.Client]) -> None:
    module, kwargs, success = operation_call(key)
    handler = _Success(success)
    client = _client(key, httpx.MockTransport(handler))
    start = threading.Barrier(THREADS)
    failures: list[BaseException] = []

    def call() -> None:
        start.wait()
        try:
            module.sync(client=client, **kwargs)
        except BaseException as error:  # reported below, in the test's thread
            failures.append(error)

    threads = [threading.Thread(target=call) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert handler.count == THREADS
    assert len(created) == 1
    client.close()
    assert created[0].is_closed


def test_close_then_use_opens_a_new_client(created: list[httpx.Client]) -> None:
    module, kwargs, success = operation_call("yuko")
    client = _client("yuko", httpx.MockTransport(_Success(success)))
    module.sync(client=client, **kwargs)
    client.close()
    module.sync(client=client, **kwargs)
    assert [c.is_closed for c in created] == [True, False]
    client.close()
    assert created[1].is_closed


# ---------------------------------------------------------------------------------------------- event loops


@pytest.mark.parametrize("key", VENDORS)
def test_successive_asyncio_runs_each_get_a_client_closed_with_their_loop(key: str) -> None:
    module, kwargs, success = operation_call(key)
    handler = _Success(success)
    client = _client(key, httpx.MockTransport(handler))

    async def call() -> httpx.AsyncClient:
        await module.asyncio(client=client, **kwargs)
        return client.get_async_httpx_client()

    first = asyncio.run(call())
    assert first.is_closed  # closed by asyncio.run's shutdown of its loop, not left to the garbage collector
    second = asyncio.run(call())
    assert second is not first and second.is_closed
    assert handler.count == 2


def test_async_with_in_successive_runs_and_aclose_closes_the_current_loops_client() -> None:
    module, kwargs, success = operation_call("joy")
    client = _client("joy", httpx.MockTransport(_Success(success)))

    async def call() -> tuple[httpx.AsyncClient, bool]:
        async with client:
            await module.asyncio(client=client, **kwargs)
            inner = client.get_async_httpx_client()
            open_inside = not inner.is_closed
        return inner, open_inside and inner.is_closed

    for _ in range(2):
        _, closed_by_aexit = asyncio.run(call())
        assert closed_by_aexit


def test_a_loop_closed_without_shutdown_is_dropped_quietly(monkeypatch: pytest.MonkeyPatch) -> None:
    """``loop.close()`` alone (no async-generator shutdown): the next loop gets a new client, nothing is awaited on
    the dead loop and nothing is reported as an ignored exception."""
    unraisable: list[Any] = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    module, kwargs, success = operation_call("capillary")
    client = _client("capillary", httpx.MockTransport(_Success(success)))
    loop = asyncio.new_event_loop()
    loop.run_until_complete(module.asyncio(client=client, **kwargs))
    stale = loop.run_until_complete(_current(client))
    loop.close()
    fresh = asyncio.run(_with_call(client, module, kwargs))
    gc.collect()
    assert fresh is not stale
    assert unraisable == []


async def _current(client: Any) -> httpx.AsyncClient:
    result: httpx.AsyncClient = client.get_async_httpx_client()
    return result


async def _with_call(client: Any, module: Any, kwargs: dict[str, Any]) -> httpx.AsyncClient:
    await module.asyncio(client=client, **kwargs)
    return await _current(client)


def test_loops_in_two_threads_share_one_client() -> None:
    module, kwargs, success = operation_call("voucherify")
    handler = _Success(success)
    client = _client("voucherify", httpx.MockTransport(handler))
    start = threading.Barrier(2)
    seen: list[httpx.AsyncClient] = []

    async def call() -> None:
        await module.asyncio(client=client, **kwargs)
        seen.append(client.get_async_httpx_client())
        await asyncio.to_thread(start.wait)  # both loops are alive at once here
        await module.asyncio(client=client, **kwargs)

    threads = [threading.Thread(target=asyncio.run, args=(call(),)) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert handler.count == 4
    assert len({id(c) for c in seen}) == 2


# ---------------------------------------------------------------------------------------------- over real sockets


@pytest.fixture(scope="module")
def loopback() -> Iterator[dict[str, Running]]:
    with serving({key: seeded(key) for key in VENDORS}) as running:
        yield running


def _loopback_client(key: str, running: Running) -> Any:
    names = {c.kwarg for scheme in running.sandbox.vendor.security[0] for c in scheme.credentials}
    credentials = {k: v for k, v in DEMO_CREDENTIALS[key].items() if k in names}
    return package(key).AuthenticatedClient(**credentials, base_url=running.base_url)


@pytest.mark.parametrize("key", VENDORS)
def test_two_asyncio_runs_over_a_real_socket(key: str, loopback: dict[str, Running]) -> None:
    """Pooled keep-alive connections belong to the loop that opened them; the second run must not touch them, and
    the first run's must be closed, not left to the garbage collector."""
    running = loopback[key]
    sandbox = running.sandbox
    listing = next(iter(sandbox.lists.values()))
    module = operation_module(key, listing.operation.operation_id)
    customer = next(iter(sandbox.customers))
    arguments = {snake_case(listing.customer_param[0]): customer}
    client = _loopback_client(key, running)

    async def walk() -> list[str]:
        return [str(item.id) async for item in module.asyncio_all(client=client, **arguments)]

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        first, second = asyncio.run(walk()), asyncio.run(walk())
        gc.collect()
    assert len(first) == len(sandbox.customers[customer].records) > 0
    assert second == first
    assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []


def test_a_client_made_outside_any_loop_is_adopted_by_the_first_loop() -> None:
    module, kwargs, success = operation_call("yuko")
    client = _client("yuko", httpx.MockTransport(_Success(success)))
    made_early = client.get_async_httpx_client()
    assert asyncio.run(_with_call(client, module, kwargs)) is made_early
    assert made_early.is_closed
