"""A hostile server that repeats itself: earlier records behind fresh cursors, a record twice on one page or on
two pages, a cursor handed out again. Every vendor, sync and async.

Law: where records cannot shift (cursor walks), any repeat raises ``PaginationError``; on every walk a record twice
on one page raises it; and no record is ever yielded twice. A page-number walk cannot tell a page of re-served
records from a ledger that changed or reordered under it, so there the law is: no record twice and none invented.
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_runtime.errors import PaginationError
from loyalty_runtime.pointer import resolve
from sandbox.pages import set_pointer
from tests.fakes.ledger import LedgerFake, make_records
from tests.hostile.test_walk_edits import MODES, OPS, VENDORS, page_sizes, walk

Body = dict[str, Any]


def served_walk(
    key: str, count: int, size: int, mode: str, rewrite: Any, concurrency: int = 1
) -> tuple[LedgerFake, list[str], bool]:
    """Walk a still ledger whose pages ``rewrite`` alters; the fake, what was yielded, whether it raised."""
    op = OPS[key]
    fake = LedgerFake(op, make_records(op, count), keyset=True, rewrite_page=rewrite)
    walked: list[str] = []
    try:
        walk(op, fake, size, mode, walked, concurrency=concurrency)
    except PaginationError:
        return fake, walked, True
    return fake, walked, False


def records(fake: LedgerFake, body: Body) -> list[Any]:
    return fake.op.paging.items_of(body)


def replace_records(fake: LedgerFake, body: Body, new: list[Any]) -> Body:
    body = copy.deepcopy(body)
    *parents, last = fake.op.paging.items.strip("/").split("/")
    target = body
    for token in parents:
        target = target[token]
    target[last] = copy.deepcopy(new)
    return body


def check(key: str, fake: LedgerFake, walked: list[str], raised: bool) -> None:
    assert len(walked) == len(set(walked)), "a record was yielded twice"
    if not OPS[key].paging.shifting:
        assert raised, "a cursor walk went on after a repeat"
    assert set(walked) <= {fake.id_of(record) for record in fake.records}


@pytest.mark.parametrize("concurrency", [1, 2])
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", VENDORS)
@settings(max_examples=15, deadline=None)
@given(data=st.data())
def test_earlier_records_behind_fresh_cursors(key: str, mode: str, concurrency: int, data: st.DataObject) -> None:
    """From page ``lag + 1`` on, each page serves the records of the page ``lag`` before it (the issue's case:
    page 3 repeats page 1, page 5 repeats page 3 ...)."""
    size = data.draw(page_sizes(OPS[key]), label="page size")
    count = data.draw(st.integers(size * 3, size * 6), label="records")
    lag = data.draw(st.integers(1, 2), label="lag")
    served: list[list[Any]] = []

    def stale(fake: LedgerFake, page: int, body: Body) -> Body:
        served.append(records(fake, body))
        return replace_records(fake, body, served[page - lag]) if page >= lag else body

    fake, walked, raised = served_walk(key, count, size, mode, stale, concurrency)
    check(key, fake, walked, raised)


@pytest.mark.parametrize("concurrency", [1, 2])
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", VENDORS)
@settings(max_examples=15, deadline=None)
@given(data=st.data())
def test_a_record_twice_on_one_page_raises(key: str, mode: str, concurrency: int, data: st.DataObject) -> None:
    """Every page that holds one chosen record holds it twice. The walk must read some page holding it, whichever
    requests a fetch-ahead window sends or drops, so it must raise. (Choosing the page by serving order instead
    would let a dropped fetch-ahead answer be the only doubled page: then nothing repeated reaches the walk.)"""
    size = data.draw(page_sizes(OPS[key]), label="page size")
    count = data.draw(st.integers(size * 2, size * 4), label="records")
    chosen = data.draw(st.integers(0, count - 1), label="record served twice")
    twin_id: list[str] = []

    def doubled(fake: LedgerFake, page: int, body: Body) -> Body:
        if not twin_id:
            twin_id.append(fake.id_of(fake.records[chosen]))
        found = records(fake, body)
        twins = [record for record in found if fake.id_of(record) == twin_id[0]]
        return replace_records(fake, body, [*found, *twins]) if twins else body

    _fake, walked, raised = served_walk(key, count, size, mode, doubled, concurrency)
    assert raised
    assert len(walked) == len(set(walked))


@pytest.mark.parametrize("concurrency", [1, 2])
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", VENDORS)
@settings(max_examples=15, deadline=None)
@given(data=st.data())
def test_a_record_of_an_earlier_page_again(key: str, mode: str, concurrency: int, data: st.DataObject) -> None:
    size = data.draw(page_sizes(OPS[key]), label="page size")
    count = data.draw(st.integers(size * 2 + 1, size * 5), label="records")
    earlier = data.draw(st.integers(0, size - 1), label="which earlier record")
    served: list[Any] = []

    def again(fake: LedgerFake, page: int, body: Body) -> Body:
        found = records(fake, body)
        if page == 0:
            served.extend(found)
        if page != 2 or not found:
            return body
        return replace_records(fake, body, [*found, served[earlier]])

    fake, walked, raised = served_walk(key, count, size, mode, again, concurrency)
    check(key, fake, walked, raised)


@pytest.mark.parametrize("concurrency", [1, 2])
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", [key for key in VENDORS if OPS[key].paging.position.next == "response"])
def test_a_cursor_handed_out_again_raises(key: str, mode: str, concurrency: int) -> None:
    op = OPS[key]
    pointer = op.paging.position.pointer
    assert pointer is not None
    cursors: list[object] = []

    def repeat_cursor(fake: LedgerFake, page: int, body: Body) -> Body:
        cursors.append(resolve(body, pointer))
        if page == 1:
            body = copy.deepcopy(body)
            set_pointer(body, pointer, cursors[0])
        return body

    fake, walked, raised = served_walk(key, 12, 3, mode, repeat_cursor, concurrency)
    assert raised
    # The second page points back to the first cursor: it raises before handing out its records or asking again.
    assert walked == [fake.id_of(record) for record in fake.records[:3]]
    assert len(fake.requests) == 2
