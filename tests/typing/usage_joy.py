"""loyalty-joy used exactly as the public contract shows it (type-checked with ``mypy --strict``, run by
test_usage_scripts against recorded responses)."""

# mypy: disallow-any-expr

from __future__ import annotations

import datetime
from typing import assert_type

import httpx
import loyalty_joy
from loyalty_joy import errors
from loyalty_joy.api.activities import list_activities
from loyalty_joy.errors import RateLimitError
from loyalty_joy.models import ActivityType, CustomerActivity, CustomerActivityPage
from loyalty_joy.types import Response, Unset

import loyalty_runtime.errors

assert RateLimitError is loyalty_runtime.errors.RateLimitError

APP_KEY = "joy-app-key"
SECRET_KEY = "joy-secret-key"
SHOPIFY_CUSTOMER_ID = "7603687882987"

Row = tuple[str, ActivityType | str, int | Unset | None, datetime.datetime]
ErrorSummary = tuple[int, str | None, str, bool]


def first_page(transport: httpx.BaseTransport) -> tuple[list[Row], bool]:
    """One page: (id, type, new_point, created_at) of each activity, and whether another page follows."""
    httpx_args: dict[str, httpx.BaseTransport] = {"transport": transport}
    with loyalty_joy.AuthenticatedClient(app_key=APP_KEY, secret_key=SECRET_KEY, httpx_args=httpx_args) as client:
        page = list_activities.sync(client=client, shopify_customer_id=SHOPIFY_CUSTOMER_ID, limit=100)
        assert_type(page, CustomerActivityPage)
        items: list[CustomerActivity] = page.data
        has_next: bool = page.page_info.has_next
        return [(activity.id, activity.type_, activity.new_point, activity.created_at) for activity in items], has_next


def first_page_detailed(transport: httpx.BaseTransport) -> tuple[int, int]:
    """``sync_detailed``: the status code and the number of activities in the decoded model."""
    httpx_args: dict[str, httpx.BaseTransport] = {"transport": transport}
    with loyalty_joy.AuthenticatedClient(app_key=APP_KEY, secret_key=SECRET_KEY, httpx_args=httpx_args) as client:
        response: Response[CustomerActivityPage] = list_activities.sync_detailed(
            client=client, shopify_customer_id=SHOPIFY_CUSTOMER_ID, limit=100
        )
        status_code: int = response.status_code
        assert_type(response.request_id, str | None)  # from the Function-Execution-Id header
        return status_code, len(response.parsed.data)


async def first_page_async(transport: httpx.AsyncBaseTransport) -> list[Row]:
    """The same page through ``async with`` and ``await ….asyncio(...)``."""
    httpx_args: dict[str, httpx.AsyncBaseTransport] = {"transport": transport}
    async with loyalty_joy.AuthenticatedClient(app_key=APP_KEY, secret_key=SECRET_KEY, httpx_args=httpx_args) as client:
        page = await list_activities.asyncio(client=client, shopify_customer_id=SHOPIFY_CUSTOMER_ID, limit=100)
        return [(activity.id, activity.type_, activity.new_point, activity.created_at) for activity in page.data]


def read_error(transport: httpx.BaseTransport) -> ErrorSummary:
    """A failing call: (status_code, code, message, whether it was a RateLimitError)."""
    httpx_args: dict[str, httpx.BaseTransport] = {"transport": transport}
    with loyalty_joy.AuthenticatedClient(
        app_key=APP_KEY, secret_key=SECRET_KEY, max_retries=0, httpx_args=httpx_args
    ) as client:
        try:
            list_activities.sync(client=client, shopify_customer_id=SHOPIFY_CUSTOMER_ID)
        except errors.APIStatusError as error:
            status_code: int = error.status_code
            code: str | None = error.code
            message: str = error.message
            assert_type(error.request_id, str | None)
            return status_code, code, message, isinstance(error, RateLimitError)
    raise AssertionError("the call succeeded, an APIStatusError was expected")
