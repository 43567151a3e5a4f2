"""Concurrent walks (``concurrency=`` above 1): the laws of the one-at-a-time walk still hold, requests under way
never exceed the bound, and a 429 with ``Retry-After`` slows the whole walk instead of multiplying throttled
requests. Page-number vendors request windows ahead; cursor vendors work one page ahead of the caller (one request
under way). A walk abandoned early leaves no request under way and no thread behind."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_runtime.errors import PaginationError
from tests.fakes.clients import call_arguments, make_client, operation_module
from tests.fakes.ledger import LedgerFake, expected_requests, make_records
from tests.hostile.test_walk_edits import MODES, OPS, SCRIPT, VENDORS, assert_exactly_once, editor, page_sizes

SHIFTING = ["yuko", "capillary"]
CURSORS = [key for key in VENDORS if key not in SHIFTING]


def concurrent_walk(
    fake: LedgerFake, size: int, mode: str, concurrency: int, into: list[str], **client_options: Any
) -> None:
    """Walk every record of ``fake`` with ``concurrency`` requests under way into ``into``, as they arrive."""
    op = fake.op
    module = operation_module(op.key, op.operation_id)
    arguments = call_arguments(op, module, **{op.paging.page_size.param: size})
    if mode == "sync":
        with make_client(op.key, fake.transport(), **client_options) as client:
            into.extend(str(item.id) for item in module.sync_all(client=client, concurrency=concurrency, **arguments))
        return

    async def run() -> None:
        async with make_client(op.key, fake.async_transport(), **client_options) as client:
            async for item in module.asyncio_all(client=client, concurrency=concurrency, **arguments):
                into.append(str(item.id))

    asyncio.run(run())


@pytest.mark.parametrize("concurrency", [2, 4])
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", VENDORS)
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_inserts_and_deletes_during_a_concurrent_walk(key: str, mode: str, concurrency: int, data: Any) -> None:
    """Exactly once and in order, or ``PaginationError``, whatever is edited while windows are under way."""
    op = OPS[key]
    count = data.draw(st.integers(0, 30), label="records")
    size = data.draw(page_sizes(op), label="page size")
    script = data.draw(SCRIPT, label="edits before each request")
    fake = LedgerFake(op, make_records(op, count), keyset=True)
    original = [fake.id_of(record) for record in fake.records]
    deleted: set[str] = set()
    fake.before_page = editor(op, script, deleted)
    walked: list[str] = []
    raised: PaginationError | None = None
    try:
        concurrent_walk(fake, size, mode, concurrency, walked, max_retries=0)
    except PaginationError as error:
        raised = error
    assert_exactly_once(walked, [key for key in original if key not in deleted], raised)


class Counting(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Answers through ``fake`` after ``latency`` seconds, counting the requests under way (sync and async)."""

    def __init__(self, fake: LedgerFake, latency: float, log: list[str] | None = None) -> None:
        self.fake, self.latency, self.log = fake, latency, log
        self.lock = threading.Lock()
        self.under_way = self.most = 0

    def _enter(self, request: httpx.Request) -> None:
        with self.lock:
            if self.log is not None:
                self.log.append(f"send {request.url.query.decode()}")
            self.under_way += 1
            self.most = max(self.most, self.under_way)

    def _leave(self) -> None:
        with self.lock:
            self.under_way -= 1

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._enter(request)
        try:
            time.sleep(self.latency)
            with self.lock:
                return self.fake.handle(request)
        finally:
            self._leave()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._enter(request)
        try:
            await asyncio.sleep(self.latency)
            return self.fake.handle(request)
        finally:
            self._leave()


def counted_walk(key: str, mode: str, concurrency: int, records: int, size: int) -> tuple[Counting, list[str]]:
    op = OPS[key]
    fake = LedgerFake(op, make_records(op, records))
    counting = Counting(fake, 0.002)
    module = operation_module(key, op.operation_id)
    arguments = call_arguments(op, module, **{op.paging.page_size.param: size})
    walked: list[str] = []
    if mode == "sync":
        with make_client(key, counting, max_retries=0) as client:
            walked = [str(item.id) for item in module.sync_all(client=client, concurrency=concurrency, **arguments)]
    else:

        async def run() -> None:
            async with make_client(key, counting, max_retries=0) as client:
                async for item in module.asyncio_all(client=client, concurrency=concurrency, **arguments):
                    walked.append(str(item.id))

        asyncio.run(run())
    return counting, walked


@pytest.mark.parametrize("concurrency", [1, 2, 4])
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", VENDORS)
def test_requests_under_way_never_exceed_the_concurrency(key: str, mode: str, concurrency: int) -> None:
    counting, walked = counted_walk(key, mode, concurrency, records=60, size=5)
    assert walked == [counting.fake.id_of(record) for record in counting.fake.records]
    assert counting.most <= concurrency
    if concurrency > 1 and key in SHIFTING:
        assert counting.most > 1  # windows really were requested ahead


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", VENDORS)
def test_a_429_slows_the_whole_walk_and_its_wait_is_honoured_first(key: str, mode: str) -> None:
    """The fifth request is throttled (``Retry-After: 7``): requests already under way go on, but none is sent
    after the 429 before its wait; the walk makes a bounded number of extra requests and still yields all. (A
    cursor walk working ahead has only the throttled request under way: nothing arrives before the wait.)"""
    op = OPS[key]
    fake = LedgerFake(op, make_records(op, 80))
    events: list[str] = []
    counting = Counting(fake, 0.002, events)
    seen = 0

    def before(fake: LedgerFake, page: int) -> None:
        nonlocal seen
        seen += 1
        if seen == 5:
            fake.faults.append("429:7")
        events.append("request")

    fake.before_page = before
    original = fake.handle

    def handle(request: httpx.Request) -> httpx.Response:
        response = original(request)
        if response.status_code == 429:
            events.append("429")
            events.append(f"throttled {request.url.query.decode()}")
        return response

    fake.handle = handle  # type: ignore[method-assign]
    module = operation_module(key, op.operation_id)
    arguments = call_arguments(op, module, **{op.paging.page_size.param: 5})
    sleeps: list[float] = []

    class Recorded(list[float]):
        def append(self, seconds: float) -> None:
            events.append(f"sleep {seconds:g}")
            sleeps.append(seconds)

    recorded = Recorded()
    walked: list[str] = []
    if mode == "sync":
        with make_client(key, counting, recorded, max_retries=2) as client:
            walked = [str(item.id) for item in module.sync_all(client=client, concurrency=4, **arguments)]
    else:

        async def run() -> None:
            async with make_client(key, counting, recorded, max_retries=2) as client:
                async for item in module.asyncio_all(client=client, concurrency=4, **arguments):
                    walked.append(str(item.id))

        asyncio.run(run())
    assert walked == [fake.id_of(record) for record in fake.records]
    assert sleeps == [7.0]
    throttled = events.index("429")
    waited = events.index("sleep 7")
    # Between the 429 and its wait, only requests already under way (at most concurrency - 1) may arrive.
    assert events[throttled:waited].count("request") <= (3 if key in SHIFTING else 0)
    if mode == "async":  # (one thread: the order of events is exact) the retry is the first request after the wait
        throttled_query = next(e for e in events if e.startswith("throttled ")).removeprefix("throttled ")
        assert next(e for e in events[waited:] if e.startswith("send ")) == f"send {throttled_query}"
    # In all: the pages of a walk one at a time, plus at most the requests that were ahead when it was throttled.
    assert events.count("request") <= expected_requests(op.paging, 80, 5) + 4


@pytest.mark.parametrize("key", VENDORS)
@pytest.mark.parametrize("value", [0, -1])
def test_concurrency_below_one_is_refused_when_called(key: str, value: int) -> None:
    op = OPS[key]
    fake = LedgerFake(op, make_records(op, 3))
    module = operation_module(key, op.operation_id)
    arguments = call_arguments(op, module)
    with make_client(key, fake.transport()) as client:
        with pytest.raises(ValueError, match="concurrency must be 1 or more"):
            module.sync_all(client=client, concurrency=value, **arguments)
        with pytest.raises(ValueError, match="concurrency must be 1 or more"):
            module.asyncio_pages(client=client, concurrency=value, **arguments)
    with pytest.raises(ValueError, match="concurrency must be 1 or more"):
        make_client(key, fake.transport(), concurrency=value)
    assert fake.requests == []


@pytest.mark.parametrize("key", VENDORS)
@pytest.mark.parametrize("value", [True, 2.0, "2", None])
def test_concurrency_of_another_type_is_refused(key: str, value: object) -> None:
    op = OPS[key]
    fake = LedgerFake(op, make_records(op, 3))
    module = operation_module(key, op.operation_id)
    arguments = call_arguments(op, module)
    with make_client(key, fake.transport()) as client:
        if value is not None:
            with pytest.raises(TypeError, match="concurrency must be an integer"):
                module.sync_pages(client=client, concurrency=value, **arguments)
    if value is not None:
        with pytest.raises(TypeError, match="concurrency must be an integer"):
            make_client(key, fake.transport(), concurrency=value)
    assert fake.requests == []


def test_the_client_default_applies_to_each_walk() -> None:
    counting, _ = counted_walk("yuko", "sync", 3, records=60, size=5)
    assert counting.most <= 3


class Watching(Counting):
    """A :class:`Counting` transport that flags the arrival of each request after the first."""

    def __init__(self, fake: LedgerFake, latency: float) -> None:
        super().__init__(fake, latency)
        self.requests = 0
        self.second = threading.Event()

    def _enter(self, request: httpx.Request) -> None:
        super()._enter(request)
        with self.lock:
            self.requests += 1
        if self.requests > 1:
            self.second.set()


def held_walk(key: str, mode: str, concurrency: int, latency: float = 0.002) -> tuple[Watching, bool, int, int]:
    """Take the first record of a walk over 20 records in pages of 5 and, holding it, see whether the next
    page's request arrives (waiting up to 5 s); then abandon the walk. The transport, whether the request came,
    the requests under way and the walk threads alive as soon as closing the walk returned."""
    op = OPS[key]
    watching = Watching(LedgerFake(op, make_records(op, 20)), latency)
    module = operation_module(key, op.operation_id)
    arguments = call_arguments(op, module, **{op.paging.page_size.param: 5})
    if mode == "sync":
        with make_client(key, watching, max_retries=0) as client:
            records = module.sync_all(client=client, concurrency=concurrency, **arguments)
            next(records)
            came = watching.second.wait(5 if concurrency > 1 else 0.05)
            records.close()
            under_way, alive = watching.under_way, walk_threads()
    else:

        async def run() -> tuple[bool, int, int]:
            async with make_client(key, watching, max_retries=0) as client:
                records = module.asyncio_all(client=client, concurrency=concurrency, **arguments)
                await anext(records)
                came = await asyncio.to_thread(watching.second.wait, 5 if concurrency > 1 else 0.05)
                await records.aclose()
                return came, watching.under_way, walk_threads()

        came, under_way, alive = asyncio.run(run())
    return watching, came, under_way, alive


def walk_threads() -> int:
    return sum(1 for thread in threading.enumerate() if thread.name.startswith("loyalty-walk"))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", CURSORS)
def test_a_cursor_walk_works_one_page_ahead_only_above_concurrency_one(key: str, mode: str) -> None:
    """At ``concurrency=2`` the next page is requested while the caller still holds this page's records; at 1
    nothing is requested before the caller asks for a record past the page."""
    ahead, came, _, _ = held_walk(key, mode, 2)
    assert came and ahead.most == 1
    one_at_a_time, came, _, _ = held_walk(key, mode, 1)
    assert not came and one_at_a_time.requests == 1


@pytest.mark.parametrize("concurrency", [1, 2, 4])
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", VENDORS)
def test_an_abandoned_walk_leaves_no_request_under_way_and_no_thread(key: str, mode: str, concurrency: int) -> None:
    """Closing a walk while requests are under way (50 ms each) ends them before ``close`` returns."""
    watching, _, under_way, alive = held_walk(key, mode, concurrency, latency=0.05)
    assert under_way == 0
    assert alive == 0
    if concurrency > 1:
        assert watching.requests > 1  # there was a request under way to end


@pytest.mark.parametrize("concurrency", [1, 2, 4])
@pytest.mark.parametrize("key", VENDORS)
def test_an_async_walk_cancelled_while_waiting_leaves_no_request_under_way(key: str, concurrency: int) -> None:
    """Cancelled while it awaits an answer (200 ms each; cancelled after 30 ms), the walk ends its requests."""
    op = OPS[key]
    watching = Watching(LedgerFake(op, make_records(op, 20)), 0.2)
    module = operation_module(key, op.operation_id)
    arguments = call_arguments(op, module, **{op.paging.page_size.param: 5})

    async def run() -> None:
        async with make_client(key, watching, max_retries=0) as client:

            async def walk() -> None:
                async for _record in module.asyncio_all(client=client, concurrency=concurrency, **arguments):
                    pass

            with pytest.raises(TimeoutError):
                await asyncio.wait_for(walk(), 0.03)
            assert watching.requests >= 1 and watching.under_way == 0

    asyncio.run(run())
