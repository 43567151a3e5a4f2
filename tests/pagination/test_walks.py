"""Laws of auto-pagination, for every vendor's list operation, against a fake that pages as the spec says.

- any ledger, any valid page size: ``sync_all``/``asyncio_all`` yield exactly the ledger, in order, with the
  expected number of requests (page-number walks: overlapping windows, replayed by ``expected_requests``) and never
  a request past the last page;
- injected 429/5xx/timeouts within the retry budget change nothing but the request count;
- faults beyond the budget raise, after yielding no record twice;
- a server that ignores the position makes a cursor walk raise ``PaginationError``; a page-number walk yields each
  record once or raises, and never loops.

Hostile servers (records inserted, deleted, repeated, reordered between pages) are in ``tests/hostile``.
"""

from __future__ import annotations

import asyncio
from collections import deque
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_runtime.errors import APIConnectionError, APIStatusError, PaginationError
from loyalty_runtime.pagination import FRUITLESS_LIMIT
from loyalty_runtime.pointer import resolve
from tests.fakes.clients import call_arguments, make_client, operation_module
from tests.fakes.ledger import LedgerFake, Walkable, expected_requests, make_records, walkable

VENDORS = ["yuko", "appy_stamp", "voucherify", "joy", "capillary"]
OPS = {key: walkable(key) for key in VENDORS}


def _ids(op: Walkable, records: list[Any]) -> list[str]:
    return [str(resolve(record, op.paging.item_id)) for record in records]


def _walk(op: Walkable, fake: LedgerFake, size: int, **options: Any) -> list[str]:
    module = operation_module(op.key, op.operation_id)
    with make_client(op.key, fake.transport(), **options) as client:
        arguments = call_arguments(op, module, **{op.paging.page_size.param: size})
        return [str(item.id) for item in module.sync_all(client=client, **arguments)]


def _awalk(op: Walkable, fake: LedgerFake, size: int) -> list[str]:
    module = operation_module(op.key, op.operation_id)

    async def run() -> list[str]:
        async with make_client(op.key, fake.async_transport()) as client:
            arguments = call_arguments(op, module, **{op.paging.page_size.param: size})
            return [str(item.id) async for item in module.asyncio_all(client=client, **arguments)]

    return asyncio.run(run())


def _size(op: Walkable) -> st.SearchStrategy[int]:
    size = op.paging.page_size
    return st.integers(min_value=size.minimum, max_value=min(size.maximum or 25, 25))


@pytest.mark.parametrize("key", VENDORS)
@settings(max_examples=40)
@given(data=st.data())
def test_sync_all_yields_the_ledger_in_order(key: str, data: st.DataObject) -> None:
    op = OPS[key]
    count, size = data.draw(st.integers(0, 60), label="records"), data.draw(_size(op), label="page size")
    fake = LedgerFake(op, make_records(op, count))
    assert _walk(op, fake, size) == _ids(op, fake.records)
    assert len(fake.requests) == expected_requests(op.paging, count, size)


@pytest.mark.parametrize("key", VENDORS)
@settings(max_examples=15)
@given(data=st.data())
def test_asyncio_all_yields_the_ledger_in_order(key: str, data: st.DataObject) -> None:
    op = OPS[key]
    count, size = data.draw(st.integers(0, 40), label="records"), data.draw(_size(op), label="page size")
    fake = LedgerFake(op, make_records(op, count))
    assert _awalk(op, fake, size) == _ids(op, fake.records)
    assert len(fake.requests) == expected_requests(op.paging, count, size)


RECOVERABLE = st.sampled_from(["429", "500", "503", "timeout", "connect", "429:0"])


@pytest.mark.parametrize("key", VENDORS)
@settings(max_examples=25)
@given(data=st.data())
def test_faults_within_the_retry_budget_change_nothing(key: str, data: st.DataObject) -> None:
    op = OPS[key]
    count, size = data.draw(st.integers(0, 30), label="records"), data.draw(_size(op), label="page size")
    pages = expected_requests(op.paging, count, size)
    # At most max_retries (2) faults before each page's successful answer.
    plan = data.draw(st.lists(st.lists(RECOVERABLE, max_size=2), min_size=pages, max_size=pages), label="faults")
    fake = LedgerFake(op, make_records(op, count))
    sleeps: list[float] = []
    faults_per_page = deque(plan)
    fake.faults = deque(faults_per_page.popleft())

    def next_faults(fake: LedgerFake, page: int) -> None:
        if faults_per_page:
            fake.faults.extend(faults_per_page.popleft())

    fake.before_page = next_faults
    assert _walk(op, fake, size, sleeps=sleeps) == _ids(op, fake.records)
    assert len(fake.requests) == pages + sum(len(faults) for faults in plan)
    assert all(wait >= 0 for wait in sleeps)


@pytest.mark.parametrize("key", VENDORS)
@settings(max_examples=20)
@given(data=st.data())
def test_faults_beyond_the_budget_raise_without_duplicates(key: str, data: st.DataObject) -> None:
    op = OPS[key]
    size = data.draw(_size(op), label="page size")
    count = data.draw(st.integers(size + 1, size * 4), label="records")
    failing_page = data.draw(st.integers(0, expected_requests(op.paging, count, size) - 1), label="failing page")
    fault = data.draw(st.sampled_from(["503", "timeout", "connect", "429"]), label="fault")
    fake = LedgerFake(op, make_records(op, count))

    def fail_later(fake: LedgerFake, page: int) -> None:
        if page == failing_page - 1:
            fake.faults.extend([fault] * 3)  # three failures: one more than the default 2 retries

    fake.before_page = fail_later
    if failing_page == 0:
        fake.faults.extend([fault] * 3)
    module = operation_module(op.key, op.operation_id)
    seen: list[str] = []
    with make_client(op.key, fake.transport()) as client:
        arguments = call_arguments(op, module, **{op.paging.page_size.param: size})
        with pytest.raises((APIStatusError, APIConnectionError)) as raised:
            for item in module.sync_all(client=client, **arguments):
                seen.append(str(item.id))
    assert raised.value.attempts == 3
    assert len(seen) == len(set(seen))
    assert seen == _ids(op, fake.records)[: len(seen)]


@pytest.mark.parametrize("key", VENDORS)
def test_a_server_that_ignores_the_position_raises_instead_of_looping(key: str) -> None:
    op = OPS[key]
    size = op.paging.page_size.minimum + 1
    fake = LedgerFake(op, make_records(op, size * 5), ignore_position=True)
    if not op.paging.shifting:
        with pytest.raises(PaginationError):
            _walk(op, fake, size)
        assert len(fake.requests) <= 3
        return
    # A page-number server that ignores the page but honours the page size serves windows at the head of the
    # ledger: the walk either still gets each record exactly once (its windows grow) or gives up, never loops.
    try:
        walked = _walk(op, fake, size)
    except PaginationError:
        pass
    else:
        assert walked == _ids(op, fake.records)
    # Each record yielded may be followed by a bounded run of fruitless re-reads, so the walk always stops.
    records = size * 5
    assert len(fake.requests) <= (records + 1) * (FRUITLESS_LIMIT + 2 * records // size + 2)


@pytest.mark.parametrize("key", VENDORS)
def test_a_retried_page_waits_as_retry_after_says_and_repeats_only_that_page(key: str) -> None:
    op = OPS[key]
    fake = LedgerFake(op, make_records(op, 6))
    sleeps: list[float] = []

    def throttle_second_page(fake: LedgerFake, page: int) -> None:
        if page == 0:  # called as the first page is served: the fault meets the next request
            fake.faults.append("429:7")

    fake.before_page = throttle_second_page
    assert _walk(op, fake, 3, sleeps=sleeps) == _ids(op, fake.records)
    assert sleeps == [7.0]
    sent = [dict(request.url.params) for request in fake.requests]
    assert sent[1] == sent[2]  # the throttled page, asked again unchanged
    assert len(sent) == expected_requests(op.paging, 6, 3) + 1


@pytest.mark.parametrize("key", VENDORS)
def test_max_pages_and_max_items_stop_early(key: str) -> None:
    op = OPS[key]
    module = operation_module(op.key, op.operation_id)
    fake = LedgerFake(op, make_records(op, 20))
    with make_client(op.key, fake.transport()) as client:
        arguments = call_arguments(op, module, **{op.paging.page_size.param: 3})
        pages = list(module.sync_pages(client=client, max_pages=2, **arguments))
        assert len(pages) == 2 and len(fake.requests) == 2
        items = list(module.sync_all(client=client, max_items=4, **arguments))
    assert [str(item.id) for item in items] == _ids(op, fake.records)[:4]
    assert len(fake.requests) == 4  # two for the pages walk, two for four records at three a page


def test_page_number_walk_over_a_growing_ledger_yields_each_record_once() -> None:
    op = OPS["yuko"]
    fake = LedgerFake(op, make_records(op, 9))
    original = _ids(op, fake.records)
    arrivals = iter(range(100, 1000))

    def new_activity_at_the_head(fake: LedgerFake, page: int) -> None:
        if page > 0:  # between pages, two new activities arrive (newest first)
            fake.records[:0] = make_records(op, 2, start=next(arrivals) * 10)

    fake.before_page = new_activity_at_the_head
    walked = _walk(op, fake, 3)
    assert len(walked) == len(set(walked))
    assert walked == original


@pytest.mark.parametrize("key", VENDORS)
def test_a_walk_resumes_from_a_given_position(key: str) -> None:
    op = OPS[key]
    module = operation_module(op.key, op.operation_id)
    fake = LedgerFake(op, make_records(op, 10))
    size = {op.paging.page_size.param: 3}
    with make_client(op.key, fake.transport()) as client:
        first = next(iter(module.sync_pages(client=client, **call_arguments(op, module, **size))))
        # An interrupted export kept the position its first page pointed to; the walk resumes there.
        resume_at = op.paging.next_position(None, fake.page(dict(fake.requests[0].url.params)))
        resumed_arguments = call_arguments(op, module, **size, **{op.paging.position.param: resume_at})
        resumed = [str(item.id) for item in module.sync_all(client=client, **resumed_arguments)]
    assert len(first.data) == 3
    assert resumed == _ids(op, fake.records)[3:]
