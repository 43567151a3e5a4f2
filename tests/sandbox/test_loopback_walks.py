"""The pagination law over real HTTP: for any ledger and page size, ``sync_all`` and ``asyncio_all`` against the
loopback sandbox return exactly the ledger, in order (a smaller sample than the in-process suite)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_python_client.strings import snake_case

from loyalty_runtime.pointer import resolve
from sandbox.clients import operation_module
from sandbox.seed import DEMO_CREDENTIALS, make_ledger, seeded
from sandbox.server import Running, serving
from sandbox.vendor import Customer
from tests.sandbox.test_behaviour import client_for

VENDORS = sorted(DEMO_CREDENTIALS)
CUSTOMER = "5550001"


@pytest.fixture(scope="module")
def loopback() -> Iterator[dict[str, Running]]:
    with serving({key: seeded(key) for key in VENDORS}) as running:
        yield running


@pytest.mark.parametrize("key", VENDORS)
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(count=st.integers(0, 45), size=st.integers(1, 20), use_async=st.booleans())
def test_any_ledger_over_loopback(
    key: str, loopback: dict[str, Running], count: int, size: int, use_async: bool
) -> None:
    running = loopback[key]
    sandbox = running.sandbox
    listing = next(iter(sandbox.lists.values()))
    paging = listing.pages.paging
    size = max(size, paging.page_size.minimum)
    records = make_ledger(sandbox, listing, count, first_number=50_000)
    sandbox.customers[CUSTOMER] = Customer(CUSTOMER, records)
    module = operation_module(key, listing.operation.operation_id)
    arguments: dict[str, Any] = {
        snake_case(listing.customer_param[0]): CUSTOMER,
        snake_case(paging.page_size.param): size,
    }

    async def walk_async() -> list[str]:
        async with client_for(sandbox, base_url=running.base_url, httpx_args={}) as client:
            return [str(item.id) async for item in module.asyncio_all(client=client, **arguments)]

    if use_async:
        got = asyncio.run(walk_async())
    else:
        with client_for(sandbox, base_url=running.base_url, httpx_args={}) as client:
            got = [str(item.id) for item in module.sync_all(client=client, **arguments)]
    assert got == [str(resolve(record, paging.item_id)) for record in records]
