"""loyalty-yuko used exactly as the public contract shows it (type-checked with ``mypy --strict``, run by
test_usage_scripts against recorded responses)."""

# mypy: disallow-any-expr

from __future__ import annotations

import datetime
from typing import assert_type
from uuid import UUID

import httpx
import loyalty_yuko
from loyalty_yuko import errors
from loyalty_yuko.api.activities import list_customer_activities
from loyalty_yuko.errors import RateLimitError
from loyalty_yuko.models import CustomerActivity, CustomerActivityPage
from loyalty_yuko.types import Response

import loyalty_runtime.errors

assert RateLimitError is loyalty_runtime.errors.RateLimitError

TOKEN = "py_" + "0" * 32
CUSTOMER_ID = "9049402769586"

Row = tuple[UUID, int, datetime.datetime]
ErrorSummary = tuple[int, str | None, str, bool]


def first_page(transport: httpx.BaseTransport) -> tuple[list[Row], bool]:
    """One page: (id, points, created_at) of each activity, and whether another page follows."""
    httpx_args: dict[str, httpx.BaseTransport] = {"transport": transport}
    with loyalty_yuko.AuthenticatedClient(token=TOKEN, httpx_args=httpx_args) as client:
        page = list_customer_activities.sync(client=client, customer_id=CUSTOMER_ID, per_page=100)
        assert_type(page, CustomerActivityPage)
        items: list[CustomerActivity] = page.data
        has_more: bool = page.meta.pagination.has_more
        return [(activity.id, activity.points, activity.created_at) for activity in items], has_more


def first_page_detailed(transport: httpx.BaseTransport) -> tuple[int, int]:
    """``sync_detailed``: the status code and the number of activities in the decoded model."""
    httpx_args: dict[str, httpx.BaseTransport] = {"transport": transport}
    with loyalty_yuko.AuthenticatedClient(token=TOKEN, httpx_args=httpx_args) as client:
        response: Response[CustomerActivityPage] = list_customer_activities.sync_detailed(
            client=client, customer_id=CUSTOMER_ID, per_page=100, page=1
        )
        status_code: int = response.status_code
        return status_code, len(response.parsed.data)


async def first_page_async(transport: httpx.AsyncBaseTransport) -> list[Row]:
    """The same page through ``async with`` and ``await ….asyncio(...)``."""
    httpx_args: dict[str, httpx.AsyncBaseTransport] = {"transport": transport}
    async with loyalty_yuko.AuthenticatedClient(token=TOKEN, httpx_args=httpx_args) as client:
        page = await list_customer_activities.asyncio(client=client, customer_id=CUSTOMER_ID, per_page=100)
        return [(activity.id, activity.points, activity.created_at) for activity in page.data]


def read_error(transport: httpx.BaseTransport) -> ErrorSummary:
    """A failing call: (status_code, code, message, whether it was a RateLimitError)."""
    httpx_args: dict[str, httpx.BaseTransport] = {"transport": transport}
    with loyalty_yuko.AuthenticatedClient(token=TOKEN, max_retries=0, httpx_args=httpx_args) as client:
        try:
            list_customer_activities.sync(client=client, customer_id=CUSTOMER_ID)
        except errors.APIStatusError as error:
            status_code: int = error.status_code
            code: str | None = error.code
            message: str = error.message
            return status_code, code, message, isinstance(error, RateLimitError)
    raise AssertionError("the call succeeded, an APIStatusError was expected")
