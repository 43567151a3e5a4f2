"""The resource API of every package used as its README shows it: ``client.<tag>.<method>(...)`` on
``AuthenticatedClient`` and ``await``/``async for`` on ``AsyncAuthenticatedClient``, and ``with_options`` copies.

Type-checked with ``mypy --strict`` (test_usage_scripts) and pyright (``nox -s lint``); run against recorded
answers by test_resource_usage, which checks the typed values are the recorded ones.
"""

# mypy: disallow-any-expr
# pyright: strict

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import assert_type

import httpx
import loyalty_appy_stamp
import loyalty_capillary
import loyalty_joy
import loyalty_voucherify
import loyalty_yuko
from loyalty_appy_stamp import models as appy_stamp_models
from loyalty_appy_stamp import types as appy_stamp_types
from loyalty_capillary import models as capillary_models
from loyalty_capillary import types as capillary_types
from loyalty_joy import models as joy_models
from loyalty_joy import types as joy_types
from loyalty_voucherify import models as voucherify_models
from loyalty_voucherify import types as voucherify_types
from loyalty_yuko import models as yuko_models
from loyalty_yuko import types as yuko_types

Ids = tuple[list[str], list[str], list[str], list[str], list[str]]
"""The page's record ids read through list, list_detailed, list_pages, list_all and a with_options copy."""
AsyncIds = tuple[list[str], list[str], list[str]]
"""The page's record ids read through await list, async for over list_pages, and a with_options copy."""


def _events(page: capillary_models.LoyaltyEventPage) -> list[capillary_models.LoyaltyEvent]:
    return [] if isinstance(page.data, capillary_types.Unset) else page.data


def yuko(transport: httpx.BaseTransport) -> Ids:
    """``client.activities.list`` and its twins, then a copy with other options."""
    httpx_args: dict[str, httpx.BaseTransport] = {"transport": transport}
    with loyalty_yuko.AuthenticatedClient(token="py_" + "0" * 32, httpx_args=httpx_args) as client:
        page = client.activities.list(customer_id="9049402769586", per_page=100)
        assert_type(page, yuko_models.CustomerActivityPage)
        response = client.activities.list_detailed(customer_id="9049402769586", per_page=100)
        assert_type(response, yuko_types.Response[yuko_models.CustomerActivityPage])
        pages = client.activities.list_pages(customer_id="9049402769586", per_page=100, max_pages=1)
        assert_type(pages, Iterator[yuko_models.CustomerActivityPage])
        records = client.activities.list_all(customer_id="9049402769586", per_page=100, max_items=1, concurrency=2)
        assert_type(records, Iterator[yuko_models.CustomerActivity])
        quick = client.with_options(max_retries=0, timeout=5.0, deadline=10.0, headers={"X-Trace": "1"}, concurrency=2)
        assert_type(quick, loyalty_yuko.AuthenticatedClient)
        again = (
            quick.with_headers({"X-Other": "2"})
            .with_timeout(httpx.Timeout(3.0))
            .activities.list(customer_id="9049402769586", per_page=100)
        )
        return (
            [str(record.id) for record in page.data],
            [str(record.id) for record in response.parsed.data],
            [str(record.id) for page in pages for record in page.data],
            [str(record.id) for record in records],
            [str(record.id) for record in again.data],
        )


async def yuko_async(transport: httpx.AsyncBaseTransport) -> AsyncIds:
    """``await client.activities.list(...)`` and ``async for`` over its walk (async client)."""
    httpx_args: dict[str, httpx.AsyncBaseTransport] = {"transport": transport}
    async with loyalty_yuko.AsyncAuthenticatedClient(token="py_" + "0" * 32, httpx_args=httpx_args) as client:
        page = await client.activities.list(customer_id="9049402769586", per_page=100)
        assert_type(page, yuko_models.CustomerActivityPage)
        pages = client.activities.list_pages(customer_id="9049402769586", per_page=100, max_pages=1)
        assert_type(pages, AsyncIterator[yuko_models.CustomerActivityPage])
        walked = [str(record.id) async for page in pages for record in page.data]
        copy = client.with_options(max_retries=0)
        assert_type(copy, loyalty_yuko.AsyncAuthenticatedClient)
        again = await copy.activities.list(customer_id="9049402769586", per_page=100)
        return [str(record.id) for record in page.data], walked, [str(record.id) for record in again.data]


def appy_stamp(transport: httpx.BaseTransport) -> Ids:
    """``client.activities.list`` and its twins, then a copy with other options."""
    httpx_args: dict[str, httpx.BaseTransport] = {"transport": transport}
    with loyalty_appy_stamp.AuthenticatedClient(
        api_key="appy-key", api_secret="appy-secret", httpx_args=httpx_args
    ) as client:
        page = client.activities.list(id="6677889900", limit=100)
        assert_type(page, appy_stamp_models.CustomerActivityPage)
        response = client.activities.list_detailed(id="6677889900", limit=100)
        assert_type(response, appy_stamp_types.Response[appy_stamp_models.CustomerActivityPage])
        pages = client.activities.list_pages(id="6677889900", limit=100, max_pages=1)
        assert_type(pages, Iterator[appy_stamp_models.CustomerActivityPage])
        records = client.activities.list_all(id="6677889900", limit=100, max_items=1, concurrency=2)
        assert_type(records, Iterator[appy_stamp_models.CustomerActivity])
        quick = client.with_options(max_retries=0, timeout=5.0, deadline=10.0, headers={"X-Trace": "1"}, concurrency=2)
        assert_type(quick, loyalty_appy_stamp.AuthenticatedClient)
        again = (
            quick.with_headers({"X-Other": "2"})
            .with_timeout(httpx.Timeout(3.0))
            .activities.list(id="6677889900", limit=100)
        )
        return (
            [str(record.id) for record in page.data],
            [str(record.id) for record in response.parsed.data],
            [str(record.id) for page in pages for record in page.data],
            [str(record.id) for record in records],
            [str(record.id) for record in again.data],
        )


async def appy_stamp_async(transport: httpx.AsyncBaseTransport) -> AsyncIds:
    """``await client.activities.list(...)`` and ``async for`` over its walk (async client)."""
    httpx_args: dict[str, httpx.AsyncBaseTransport] = {"transport": transport}
    async with loyalty_appy_stamp.AsyncAuthenticatedClient(
        api_key="appy-key", api_secret="appy-secret", httpx_args=httpx_args
    ) as client:
        page = await client.activities.list(id="6677889900", limit=100)
        assert_type(page, appy_stamp_models.CustomerActivityPage)
        pages = client.activities.list_pages(id="6677889900", limit=100, max_pages=1)
        assert_type(pages, AsyncIterator[appy_stamp_models.CustomerActivityPage])
        walked = [str(record.id) async for page in pages for record in page.data]
        copy = client.with_options(max_retries=0)
        assert_type(copy, loyalty_appy_stamp.AsyncAuthenticatedClient)
        again = await copy.activities.list(id="6677889900", limit=100)
        return [str(record.id) for record in page.data], walked, [str(record.id) for record in again.data]


def voucherify(transport: httpx.BaseTransport) -> Ids:
    """``client.customers.list_activity`` and its twins, then a copy with other options."""
    httpx_args: dict[str, httpx.BaseTransport] = {"transport": transport}
    with loyalty_voucherify.AuthenticatedClient(
        app_id="voucherify-app-id", app_token="voucherify-app-token", httpx_args=httpx_args
    ) as client:
        page = client.customers.list_activity(customer_id="cust_nk0N1uNQ1YnupAoJGOgvsODC", limit=100)
        assert_type(page, voucherify_models.CustomerActivityPage)
        response = client.customers.list_activity_detailed(customer_id="cust_nk0N1uNQ1YnupAoJGOgvsODC", limit=100)
        assert_type(response, voucherify_types.Response[voucherify_models.CustomerActivityPage])
        pages = client.customers.list_activity_pages(
            customer_id="cust_nk0N1uNQ1YnupAoJGOgvsODC", limit=100, max_pages=1
        )
        assert_type(pages, Iterator[voucherify_models.CustomerActivityPage])
        records = client.customers.list_activity_all(
            customer_id="cust_nk0N1uNQ1YnupAoJGOgvsODC", limit=100, max_items=1, concurrency=2
        )
        assert_type(records, Iterator[voucherify_models.CustomerActivity])
        quick = client.with_options(max_retries=0, timeout=5.0, deadline=10.0, headers={"X-Trace": "1"}, concurrency=2)
        assert_type(quick, loyalty_voucherify.AuthenticatedClient)
        again = (
            quick.with_headers({"X-Other": "2"})
            .with_timeout(httpx.Timeout(3.0))
            .customers.list_activity(customer_id="cust_nk0N1uNQ1YnupAoJGOgvsODC", limit=100)
        )
        return (
            [str(record.id) for record in page.data],
            [str(record.id) for record in response.parsed.data],
            [str(record.id) for page in pages for record in page.data],
            [str(record.id) for record in records],
            [str(record.id) for record in again.data],
        )


async def voucherify_async(transport: httpx.AsyncBaseTransport) -> AsyncIds:
    """``await client.customers.list_activity(...)`` and ``async for`` over its walk (async client)."""
    httpx_args: dict[str, httpx.AsyncBaseTransport] = {"transport": transport}
    async with loyalty_voucherify.AsyncAuthenticatedClient(
        app_id="voucherify-app-id", app_token="voucherify-app-token", httpx_args=httpx_args
    ) as client:
        page = await client.customers.list_activity(customer_id="cust_nk0N1uNQ1YnupAoJGOgvsODC", limit=100)
        assert_type(page, voucherify_models.CustomerActivityPage)
        pages = client.customers.list_activity_pages(
            customer_id="cust_nk0N1uNQ1YnupAoJGOgvsODC", limit=100, max_pages=1
        )
        assert_type(pages, AsyncIterator[voucherify_models.CustomerActivityPage])
        walked = [str(record.id) async for page in pages for record in page.data]
        copy = client.with_options(max_retries=0)
        assert_type(copy, loyalty_voucherify.AsyncAuthenticatedClient)
        again = await copy.customers.list_activity(customer_id="cust_nk0N1uNQ1YnupAoJGOgvsODC", limit=100)
        return [str(record.id) for record in page.data], walked, [str(record.id) for record in again.data]


def joy(transport: httpx.BaseTransport) -> Ids:
    """``client.activities.list`` and its twins, then a copy with other options."""
    httpx_args: dict[str, httpx.BaseTransport] = {"transport": transport}
    with loyalty_joy.AuthenticatedClient(
        app_key="joy-app-key", secret_key="joy-secret-key", httpx_args=httpx_args
    ) as client:
        page = client.activities.list(shopify_customer_id="7603687882987", limit=100)
        assert_type(page, joy_models.CustomerActivityPage)
        response = client.activities.list_detailed(shopify_customer_id="7603687882987", limit=100)
        assert_type(response, joy_types.Response[joy_models.CustomerActivityPage])
        pages = client.activities.list_pages(shopify_customer_id="7603687882987", limit=100, max_pages=1)
        assert_type(pages, Iterator[joy_models.CustomerActivityPage])
        records = client.activities.list_all(shopify_customer_id="7603687882987", limit=100, max_items=1, concurrency=2)
        assert_type(records, Iterator[joy_models.CustomerActivity])
        quick = client.with_options(max_retries=0, timeout=5.0, deadline=10.0, headers={"X-Trace": "1"}, concurrency=2)
        assert_type(quick, loyalty_joy.AuthenticatedClient)
        again = (
            quick.with_headers({"X-Other": "2"})
            .with_timeout(httpx.Timeout(3.0))
            .activities.list(shopify_customer_id="7603687882987", limit=100)
        )
        return (
            [str(record.id) for record in page.data],
            [str(record.id) for record in response.parsed.data],
            [str(record.id) for page in pages for record in page.data],
            [str(record.id) for record in records],
            [str(record.id) for record in again.data],
        )


async def joy_async(transport: httpx.AsyncBaseTransport) -> AsyncIds:
    """``await client.activities.list(...)`` and ``async for`` over its walk (async client)."""
    httpx_args: dict[str, httpx.AsyncBaseTransport] = {"transport": transport}
    async with loyalty_joy.AsyncAuthenticatedClient(
        app_key="joy-app-key", secret_key="joy-secret-key", httpx_args=httpx_args
    ) as client:
        page = await client.activities.list(shopify_customer_id="7603687882987", limit=100)
        assert_type(page, joy_models.CustomerActivityPage)
        pages = client.activities.list_pages(shopify_customer_id="7603687882987", limit=100, max_pages=1)
        assert_type(pages, AsyncIterator[joy_models.CustomerActivityPage])
        walked = [str(record.id) async for page in pages for record in page.data]
        copy = client.with_options(max_retries=0)
        assert_type(copy, loyalty_joy.AsyncAuthenticatedClient)
        again = await copy.activities.list(shopify_customer_id="7603687882987", limit=100)
        return [str(record.id) for record in page.data], walked, [str(record.id) for record in again.data]


def capillary(transport: httpx.BaseTransport) -> Ids:
    """``client.customers.list_loyalty_events`` and its twins, then a copy with other options."""
    httpx_args: dict[str, httpx.BaseTransport] = {"transport": transport}
    with loyalty_capillary.AuthenticatedClient(
        username="till.username", password="till-password", httpx_args=httpx_args
    ) as client:
        page = client.customers.list_loyalty_events(customer_id="565039505", limit=10)
        assert_type(page, capillary_models.LoyaltyEventPage)
        response = client.customers.list_loyalty_events_detailed(customer_id="565039505", limit=10)
        assert_type(response, capillary_types.Response[capillary_models.LoyaltyEventPage])
        pages = client.customers.list_loyalty_events_pages(customer_id="565039505", limit=10, max_pages=1)
        assert_type(pages, Iterator[capillary_models.LoyaltyEventPage])
        records = client.customers.list_loyalty_events_all(
            customer_id="565039505", limit=10, max_items=1, concurrency=2
        )
        assert_type(records, Iterator[capillary_models.LoyaltyEvent])
        quick = client.with_options(max_retries=0, timeout=5.0, deadline=10.0, headers={"X-Trace": "1"}, concurrency=2)
        assert_type(quick, loyalty_capillary.AuthenticatedClient)
        again = (
            quick.with_headers({"X-Other": "2"})
            .with_timeout(httpx.Timeout(3.0))
            .customers.list_loyalty_events(customer_id="565039505", limit=10)
        )
        return (
            [str(record.id) for record in _events(page)],
            [str(record.id) for record in _events(response.parsed)],
            [str(record.id) for page in pages for record in _events(page)],
            [str(record.id) for record in records],
            [str(record.id) for record in _events(again)],
        )


async def capillary_async(transport: httpx.AsyncBaseTransport) -> AsyncIds:
    """``await client.customers.list_loyalty_events(...)`` and ``async for`` over its walk (async client)."""
    httpx_args: dict[str, httpx.AsyncBaseTransport] = {"transport": transport}
    async with loyalty_capillary.AsyncAuthenticatedClient(
        username="till.username", password="till-password", httpx_args=httpx_args
    ) as client:
        page = await client.customers.list_loyalty_events(customer_id="565039505", limit=10)
        assert_type(page, capillary_models.LoyaltyEventPage)
        pages = client.customers.list_loyalty_events_pages(customer_id="565039505", limit=10, max_pages=1)
        assert_type(pages, AsyncIterator[capillary_models.LoyaltyEventPage])
        walked = [str(record.id) async for page in pages for record in _events(page)]
        copy = client.with_options(max_retries=0)
        assert_type(copy, loyalty_capillary.AsyncAuthenticatedClient)
        again = await copy.customers.list_loyalty_events(customer_id="565039505", limit=10)
        return [str(record.id) for record in _events(page)], walked, [str(record.id) for record in _events(again)]
