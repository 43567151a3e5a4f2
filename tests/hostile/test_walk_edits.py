"""A hostile ledger: records inserted and deleted at random places between pages, for every vendor, sync and async.

Law: every record present for the whole walk is yielded exactly once and in the ledger's order, no id is yielded
twice, or the walk raises ``PaginationError``; nothing but a ``LoyaltyError`` ever escapes. Cursor vendors are
served with keyset cursors (a cursor names the last record served), as their cursors are stable; page-number
vendors page by offset into the ledger as it is when each request arrives, so records shift under the walk.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_runtime.errors import PaginationError
from tests.fakes.clients import call_arguments, make_client, operation_module
from tests.fakes.ledger import LedgerFake, Walkable, make_records, walkable

VENDORS = ["yuko", "appy_stamp", "voucherify", "joy", "capillary"]
OPS = {key: walkable(key) for key in VENDORS}
MODES = ["sync", "async"]


def walk(
    op: Walkable, fake: LedgerFake, size: int, mode: str, into: list[str], *, pages: bool = False, concurrency: int = 1
) -> None:
    """Walk every record (or, with ``pages``, every page's records) into ``into``, as they arrive."""
    module = operation_module(op.key, op.operation_id)
    arguments = {**call_arguments(op, module, **{op.paging.page_size.param: size}), "concurrency": concurrency}
    if mode == "sync":
        with make_client(op.key, fake.transport(), max_retries=0) as client:
            if pages:
                for page in module.sync_pages(client=client, **arguments):
                    into.extend(str(item.id) for item in module._records(page))
            else:
                into.extend(str(item.id) for item in module.sync_all(client=client, **arguments))
        return

    async def run() -> None:
        async with make_client(op.key, fake.async_transport(), max_retries=0) as client:
            if pages:
                async for page in module.asyncio_pages(client=client, **arguments):
                    into.extend(str(item.id) for item in module._records(page))
            else:
                async for item in module.asyncio_all(client=client, **arguments):
                    into.append(str(item.id))

    asyncio.run(run())


def page_sizes(op: Walkable, largest: int = 8) -> st.SearchStrategy[int]:
    size = op.paging.page_size
    return st.integers(min_value=size.minimum, max_value=min(size.maximum or largest, largest))


# One edit: insert `count` new records, or delete one, at a place given as a fraction of the ledger's length.
EDIT = st.tuples(st.sampled_from(["insert", "delete"]), st.floats(0, 1), st.integers(1, 4))
SCRIPT = st.lists(st.lists(EDIT, max_size=3), max_size=6)


def editor(
    op: Walkable, script: list[list[tuple[str, float, int]]], deleted: set[str]
) -> Callable[[LedgerFake, int], None]:
    """A ``before_page`` hook applying one list of ``script``'s edits before each page after the first (under a
    lock: concurrent walks serve pages from several threads); the ids it deletes go into ``deleted``."""
    fresh = itertools.count(10_000)
    edits = iter(script)
    lock = threading.Lock()

    def edit(fake: LedgerFake, page: int) -> None:
        if page == 0:
            return
        with lock:
            for kind, where, number in next(edits, []):
                index = int(where * len(fake.records))
                if kind == "insert":
                    fake.insert(index, make_records(op, number, start=next(fresh) * 10))
                elif (gone := fake.delete(min(index, len(fake.records) - 1))) is not None:
                    deleted.add(fake.id_of(gone))

    return edit


def edited_walk(
    op: Walkable,
    count: int,
    size: int,
    script: list[list[tuple[str, float, int]]],
    mode: str,
    *,
    pages: bool = False,
    concurrency: int = 1,
) -> tuple[LedgerFake, list[str], list[str], PaginationError | None]:
    """Walk a ledger of ``count`` records edited by ``script`` (one list of edits before each page after the
    first); the fake, what was yielded, the ids present throughout, and the ``PaginationError`` if one was raised."""
    fake = LedgerFake(op, make_records(op, count), keyset=True)
    original = [fake.id_of(record) for record in fake.records]
    deleted: set[str] = set()
    fake.before_page = editor(op, script, deleted)
    walked: list[str] = []
    raised: PaginationError | None = None
    try:
        walk(op, fake, size, mode, walked, pages=pages, concurrency=concurrency)
    except PaginationError as error:
        raised = error
    return fake, walked, [key for key in original if key not in deleted], raised


def assert_exactly_once(walked: list[str], throughout: list[str], raised: PaginationError | None) -> None:
    assert len(walked) == len(set(walked)), "a record was yielded twice"
    if raised is None:
        assert [key for key in walked if key in set(throughout)] == throughout


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", VENDORS)
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_inserts_and_deletes_between_pages(key: str, mode: str, data: st.DataObject) -> None:
    op = OPS[key]
    count = data.draw(st.integers(0, 30), label="records")
    size = data.draw(page_sizes(op), label="page size")
    script = data.draw(SCRIPT, label="edits before each page")
    _, walked, throughout, raised = edited_walk(op, count, size, script, mode)
    assert_exactly_once(walked, throughout, raised)


@pytest.mark.parametrize("concurrency", [1, 2])
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", VENDORS)
@settings(max_examples=20, deadline=None)
@given(data=st.data())
def test_pages_give_each_record_once_under_edits(key: str, mode: str, concurrency: int, data: st.DataObject) -> None:
    op = OPS[key]
    count = data.draw(st.integers(0, 30), label="records")
    size = data.draw(page_sizes(op), label="page size")
    script = data.draw(SCRIPT, label="edits before each page")
    _, walked, throughout, raised = edited_walk(op, count, size, script, mode, pages=True, concurrency=concurrency)
    assert_exactly_once(walked, throughout, raised)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", ["yuko", "capillary"])
@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_deletions_before_the_walk_position_are_recovered(key: str, mode: str, data: st.DataObject) -> None:
    """Deletions alone never make a page-number walk give up: it re-reads and still yields every survivor."""
    op = OPS[key]
    size = data.draw(page_sizes(op), label="page size")
    count = data.draw(st.integers(size, 30), label="records")
    deletions = st.lists(st.tuples(st.just("delete"), st.floats(0, 1), st.just(1)), max_size=3)
    script = data.draw(st.lists(deletions, max_size=6), label="deletions before each page")
    fake, walked, throughout, raised = edited_walk(op, count, size, script, mode)
    assert raised is None
    assert_exactly_once(walked, throughout, raised)
    assert set(walked) <= {fake.id_of(record) for record in make_records(op, count)}  # nothing invented


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", ["yuko", "capillary"])
@settings(max_examples=30, deadline=None)
@given(data=st.data())
def test_insertions_anywhere_are_walked_through(key: str, mode: str, data: st.DataObject) -> None:
    """Insertions alone (a growing ledger, at its head or anywhere) never make a page-number walk give up: every
    original record is yielded once, in order; inserted ones at most once."""
    op = OPS[key]
    size = data.draw(page_sizes(op), label="page size")
    count = data.draw(st.integers(0, 30), label="records")
    insertions = st.lists(st.tuples(st.just("insert"), st.floats(0, 1), st.integers(1, 4)), max_size=3)
    script = data.draw(st.lists(insertions, max_size=6), label="insertions before each page")
    _, walked, throughout, raised = edited_walk(op, count, size, script, mode)
    assert raised is None
    assert_exactly_once(walked, throughout, raised)


def test_the_edit_script_moves_records_under_a_page_number_walk() -> None:
    """The fake really shifts records: a walk at fixed page numbers would miss a survivor (what the engine fixes)."""
    op = OPS["yuko"]
    fake = LedgerFake(op, make_records(op, 9))
    served: list[str] = []
    for page in (1, 2):
        served += [fake.id_of(r) for r in op.paging.items_of(fake.page({"page": str(page), "per_page": "3"}))]
        fake.delete(0)
    served += [fake.id_of(r) for r in op.paging.items_of(fake.page({"page": "3", "per_page": "3"}))]
    survivors = [fake.id_of(record) for record in fake.records]
    assert not set(survivors) <= set(served)
