"""Regression cases of the walk's guarantee (issue 8, items 1 to 3), sync and async."""

from __future__ import annotations

import asyncio
import copy
from typing import Any

import pytest

from loyalty_runtime.errors import LoyaltyError, PaginationError
from loyalty_runtime.pointer import resolve
from sandbox.pages import delete_pointer, set_pointer
from tests.fakes.clients import call_arguments, make_client, operation_module
from tests.fakes.ledger import LedgerFake, make_records
from tests.hostile.test_walk_edits import MODES, OPS, VENDORS, walk
from tests.hostile.test_walk_repeats import records, replace_records


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", ["yuko", "capillary"])
def test_three_records_deleted_at_the_head_after_page_two(key: str, mode: str) -> None:
    """Item 2: 50 records at 20 a page; after page 2 the 3 records at the head of the order go (Yuko's newest; the
    same three places on Capillary). Every record that survives is yielded exactly once (the three deleted ones
    were already yielded on page 1), where fixed page numbers skipped three survivors."""
    op = OPS[key]
    fake = LedgerFake(op, make_records(op, 50))
    original = [fake.id_of(record) for record in fake.records]
    totals: list[object] = []

    def delete_head(fake: LedgerFake, page: int) -> None:
        if page == 2:
            del fake.records[:3]

    def note_total(fake: LedgerFake, page: int, body: dict[str, Any]) -> dict[str, Any]:
        if op.paging.totals is not None and op.paging.totals.total is not None:
            totals.append(resolve(body, op.paging.totals.total))
        return body

    fake.before_page, fake.rewrite_page = delete_head, note_total
    walked: list[str] = []
    walk(op, fake, 20, mode, walked)
    assert walked == original
    if op.paging.totals is not None:
        assert (totals[0], totals[-1]) == (50, 47)  # the total shows the shrinkage; the walk does not rely on it


@pytest.mark.parametrize("mode", MODES)
def test_appy_stamp_pages_repeating_two_pages_back_raise(mode: str) -> None:
    """Item 1: page 3 repeats page 1, page 5 repeats page 3 ... behind fresh cursors: 120 records with 20 unique
    were yielded before; now the walk raises after the two honest pages, each record once."""
    op = OPS["appy_stamp"]
    served: list[list[Any]] = []

    def stale(fake: LedgerFake, page: int, body: dict[str, Any]) -> dict[str, Any]:
        served.append(records(fake, body))
        return replace_records(fake, body, served[page - 2]) if page >= 2 else body

    fake = LedgerFake(op, make_records(op, 120), rewrite_page=stale)
    walked: list[str] = []
    with pytest.raises(PaginationError, match="already yielded"):
        walk(op, fake, 20, mode, walked)
    assert walked == [fake.id_of(record) for record in fake.records[:40]]


def _capillary_without(change: Any) -> LedgerFake:
    op = OPS["capillary"]

    def strip(fake: LedgerFake, page: int, body: dict[str, Any]) -> dict[str, Any]:
        body = copy.deepcopy(body)
        change(body)
        return body

    return LedgerFake(op, make_records(op, 5), rewrite_page=strip)


@pytest.mark.parametrize("mode", MODES)
def test_capillary_200_without_data_is_an_empty_page(mode: str) -> None:
    """Item 3: one answer, one behaviour: ``sync`` returns the page, ``sync_all`` yields nothing, the pages walk
    yields that one page."""
    op = OPS["capillary"]
    fake = _capillary_without(lambda body: delete_pointer(body, "/data"))
    module = operation_module(op.key, op.operation_id)
    arguments = call_arguments(op, module)
    walked: list[str] = []
    walk(op, fake, 10, mode, walked)
    assert walked == []
    with make_client(op.key, fake.transport(), max_retries=0) as client:
        page = module.sync(client=client, **arguments)
        assert module._records(page) == []
        assert len(list(module.sync_pages(client=client, **arguments))) == 1

    async def pages() -> int:
        async with make_client(op.key, fake.async_transport(), max_retries=0) as client:
            return len([page async for page in module.asyncio_pages(client=client, **arguments)])

    assert asyncio.run(pages()) == 1


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", VENDORS)
@pytest.mark.parametrize("value", [None, {"id": "1"}, "records", 3, "absent"])
def test_a_records_field_that_is_not_an_array_is_empty_or_a_loyalty_error(key: str, mode: str, value: object) -> None:
    """Item 3: absent or null records are an empty page (where the model allows it); anything else where the
    records should be is a ``LoyaltyError`` (never a bare ``ValueError``), from ``sync`` and the walks alike."""
    op = OPS[key]

    def spoil(fake: LedgerFake, page: int, body: dict[str, Any]) -> dict[str, Any]:
        body = copy.deepcopy(body)
        if value == "absent":
            delete_pointer(body, op.paging.items)
        else:
            set_pointer(body, op.paging.items, value)
        return body

    fake = LedgerFake(op, make_records(op, 5), rewrite_page=spoil)
    module = operation_module(op.key, op.operation_id)
    arguments = call_arguments(op, module)
    with make_client(op.key, fake.transport(), max_retries=0) as client:
        try:
            page = module.sync(client=client, **arguments)
        except LoyaltyError:
            single: list[str] | None = None
        else:
            single = [str(item.id) for item in module._records(page)]
    walked: list[str] = []
    try:
        walk(op, fake, 3, mode, walked)
    except LoyaltyError:
        # A page the client cannot read is refused by the page call too, or the walk cannot go on past it.
        assert single is None or single == []
    else:
        assert single == [] and walked == []
    if value not in (None, "absent"):
        assert single is None
