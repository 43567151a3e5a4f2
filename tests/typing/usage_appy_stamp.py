"""loyalty-appy-stamp used exactly as the public contract shows it (type-checked with ``mypy --strict``, run by
test_usage_scripts against recorded responses)."""

# mypy: disallow-any-expr

from __future__ import annotations

import datetime
from typing import assert_type

import httpx
import loyalty_appy_stamp
from loyalty_appy_stamp import errors
from loyalty_appy_stamp.api.activities import list_customer_activities
from loyalty_appy_stamp.errors import RateLimitError
from loyalty_appy_stamp.models import CustomerActivity, CustomerActivityPage
from loyalty_appy_stamp.types import Response, Unset

import loyalty_runtime.errors

assert RateLimitError is loyalty_runtime.errors.RateLimitError

API_KEY = "appy-key"
API_SECRET = "appy-secret"
CUSTOMER_ID = "6677889900"

Row = tuple[str, int | Unset, datetime.datetime | Unset]
ErrorSummary = tuple[int, str | None, str, bool]


def first_page(transport: httpx.BaseTransport) -> tuple[list[Row], bool]:
    """One page: (id, stamp_change, created_at) of each activity, and whether another page follows."""
    httpx_args: dict[str, httpx.BaseTransport] = {"transport": transport}
    with loyalty_appy_stamp.AuthenticatedClient(
        api_key=API_KEY, api_secret=API_SECRET, httpx_args=httpx_args
    ) as client:
        page = list_customer_activities.sync(client=client, id=CUSTOMER_ID, limit=100)
        assert_type(page, CustomerActivityPage)
        items: list[CustomerActivity] = page.data
        has_next: bool = page.meta.pagination.has_next
        next_cursor: str | Unset | None = page.meta.pagination.next_cursor
        assert not has_next or isinstance(next_cursor, str)
        return [(activity.id, activity.stamp_change, activity.created_at) for activity in items], has_next


def first_page_detailed(transport: httpx.BaseTransport) -> tuple[int, int]:
    """``sync_detailed``: the status code and the number of activities in the decoded model."""
    httpx_args: dict[str, httpx.BaseTransport] = {"transport": transport}
    with loyalty_appy_stamp.AuthenticatedClient(
        api_key=API_KEY, api_secret=API_SECRET, httpx_args=httpx_args
    ) as client:
        response: Response[CustomerActivityPage] = list_customer_activities.sync_detailed(
            client=client, id=CUSTOMER_ID, limit=100
        )
        status_code: int = response.status_code
        return status_code, len(response.parsed.data)


async def first_page_async(transport: httpx.AsyncBaseTransport) -> list[Row]:
    """The same page through ``async with`` and ``await ….asyncio(...)``."""
    httpx_args: dict[str, httpx.AsyncBaseTransport] = {"transport": transport}
    async with loyalty_appy_stamp.AuthenticatedClient(
        api_key=API_KEY, api_secret=API_SECRET, httpx_args=httpx_args
    ) as client:
        page = await list_customer_activities.asyncio(client=client, id=CUSTOMER_ID, limit=100)
        return [(activity.id, activity.stamp_change, activity.created_at) for activity in page.data]


def read_error(transport: httpx.BaseTransport) -> ErrorSummary:
    """A failing call: (status_code, code, message, whether it was a RateLimitError)."""
    httpx_args: dict[str, httpx.BaseTransport] = {"transport": transport}
    with loyalty_appy_stamp.AuthenticatedClient(
        api_key=API_KEY, api_secret=API_SECRET, max_retries=0, httpx_args=httpx_args
    ) as client:
        try:
            list_customer_activities.sync(client=client, id=CUSTOMER_ID)
        except errors.APIStatusError as error:
            status_code: int = error.status_code
            code: str | None = error.code
            message: str = error.message
            return status_code, code, message, isinstance(error, RateLimitError)
    raise AssertionError("the call succeeded, an APIStatusError was expected")
