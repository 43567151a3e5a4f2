"""loyalty-voucherify used exactly as the public contract shows it (type-checked with ``mypy --strict``, run by
test_usage_scripts against recorded responses)."""

# mypy: disallow-any-expr

from __future__ import annotations

import datetime
from typing import assert_type

import httpx
import loyalty_voucherify
from loyalty_voucherify import errors
from loyalty_voucherify.api.customers import list_customer_activity
from loyalty_voucherify.errors import RateLimitError
from loyalty_voucherify.models import CustomerActivity, CustomerActivityPage, CustomerActivityType
from loyalty_voucherify.types import Response, Unset

import loyalty_runtime.errors

assert RateLimitError is loyalty_runtime.errors.RateLimitError

APP_ID = "voucherify-app-id"
APP_TOKEN = "voucherify-app-token"
OAUTH_TOKEN = "voucherify-oauth-token"
CUSTOMER_ID = "cust_nk0N1uNQ1YnupAoJGOgvsODC"

Row = tuple[str, CustomerActivityType | str, datetime.datetime]
ErrorSummary = tuple[int, str | None, str, bool]


def first_page(transport: httpx.BaseTransport) -> tuple[list[Row], bool]:
    """One page: (id, type, created_at) of each event, and whether another page follows."""
    httpx_args: dict[str, httpx.BaseTransport] = {"transport": transport}
    with loyalty_voucherify.AuthenticatedClient(app_id=APP_ID, app_token=APP_TOKEN, httpx_args=httpx_args) as client:
        page = list_customer_activity.sync(client=client, customer_id=CUSTOMER_ID, limit=100)
        assert_type(page, CustomerActivityPage)
        items: list[CustomerActivity] = page.data
        has_more: bool = page.has_more
        next_cursor: str | Unset = page.more_starting_after
        assert not has_more or isinstance(next_cursor, str)
        return [(activity.id, activity.type_, activity.created_at) for activity in items], has_more


def first_page_detailed(transport: httpx.BaseTransport) -> tuple[int, int]:
    """``sync_detailed``: the status code and the number of events in the decoded model."""
    httpx_args: dict[str, httpx.BaseTransport] = {"transport": transport}
    with loyalty_voucherify.AuthenticatedClient(app_id=APP_ID, app_token=APP_TOKEN, httpx_args=httpx_args) as client:
        response: Response[CustomerActivityPage] = list_customer_activity.sync_detailed(
            client=client, customer_id=CUSTOMER_ID, limit=100
        )
        status_code: int = response.status_code
        return status_code, len(response.parsed.data)


async def first_page_async(transport: httpx.AsyncBaseTransport) -> list[Row]:
    """The same page through ``async with`` and ``await ….asyncio(...)``, authenticated with an OAuth token."""
    httpx_args: dict[str, httpx.AsyncBaseTransport] = {"transport": transport}
    async with loyalty_voucherify.AuthenticatedClient(oauth_token=OAUTH_TOKEN, httpx_args=httpx_args) as client:
        page = await list_customer_activity.asyncio(client=client, customer_id=CUSTOMER_ID, limit=100)
        return [(activity.id, activity.type_, activity.created_at) for activity in page.data]


def read_error(transport: httpx.BaseTransport) -> ErrorSummary:
    """A failing call: (status_code, code, message, whether it was a RateLimitError)."""
    httpx_args: dict[str, httpx.BaseTransport] = {"transport": transport}
    with loyalty_voucherify.AuthenticatedClient(
        app_id=APP_ID, app_token=APP_TOKEN, max_retries=0, httpx_args=httpx_args
    ) as client:
        try:
            list_customer_activity.sync(client=client, customer_id=CUSTOMER_ID)
        except errors.APIStatusError as error:
            status_code: int = error.status_code
            code: str | None = error.code
            message: str = error.message
            return status_code, code, message, isinstance(error, RateLimitError)
    raise AssertionError("the call succeeded, an APIStatusError was expected")
