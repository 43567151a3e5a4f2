"""loyalty-capillary used exactly as the public contract shows it (type-checked with ``mypy --strict``, run by
test_usage_scripts against recorded responses)."""

# mypy: disallow-any-expr

from __future__ import annotations

import datetime
from typing import assert_type

import httpx
import loyalty_capillary
from loyalty_capillary import errors
from loyalty_capillary.api.customers import get_loyalty_events
from loyalty_capillary.errors import RateLimitError
from loyalty_capillary.models import EventName, LoyaltyEvent, LoyaltyEventPage
from loyalty_capillary.types import Response, Unset

import loyalty_runtime.errors

assert RateLimitError is loyalty_runtime.errors.RateLimitError

USERNAME = "till.username"
PASSWORD = "till-password"
OAUTH_TOKEN = "capillary-oauth-token"
CUSTOMER_ID = "565039505"
LIMIT = 10

Row = tuple[int, EventName | str, datetime.datetime]
ErrorSummary = tuple[int, str | None, str, bool]


def _events(page: LoyaltyEventPage) -> list[LoyaltyEvent]:
    return [] if isinstance(page.data, Unset) else page.data


def first_page(transport: httpx.BaseTransport) -> tuple[list[Row], bool]:
    """One page: (id, event_name, date) of each event, and whether another page may follow (a full page)."""
    httpx_args: dict[str, httpx.BaseTransport] = {"transport": transport}
    with loyalty_capillary.AuthenticatedClient(username=USERNAME, password=PASSWORD, httpx_args=httpx_args) as client:
        page = get_loyalty_events.sync(client=client, customer_id=CUSTOMER_ID, limit=LIMIT)
        assert_type(page, LoyaltyEventPage)
        items: list[LoyaltyEvent] = _events(page)
        assert not page.errors
        return [(event.id, event.event_name, event.date) for event in items], len(items) == LIMIT


def first_page_detailed(transport: httpx.BaseTransport) -> tuple[int, int]:
    """``sync_detailed``: the status code and the number of events in the decoded model."""
    httpx_args: dict[str, httpx.BaseTransport] = {"transport": transport}
    with loyalty_capillary.AuthenticatedClient(username=USERNAME, password=PASSWORD, httpx_args=httpx_args) as client:
        response: Response[LoyaltyEventPage] = get_loyalty_events.sync_detailed(
            client=client, customer_id=CUSTOMER_ID, limit=LIMIT, page=1
        )
        status_code: int = response.status_code
        return status_code, len(_events(response.parsed))


def same_customer_again(transport: httpx.BaseTransport) -> tuple[int, list[int]]:
    """A page's ``event.customer_id`` (the documented long) passed back as the ``customer_id`` argument."""
    httpx_args: dict[str, httpx.BaseTransport] = {"transport": transport}
    with loyalty_capillary.AuthenticatedClient(username=USERNAME, password=PASSWORD, httpx_args=httpx_args) as client:
        event = _events(get_loyalty_events.sync(client=client, customer_id=CUSTOMER_ID, limit=LIMIT))[0]
        customer_id: int = event.customer_id
        again = get_loyalty_events.sync(client=client, customer_id=customer_id, limit=LIMIT)
        return customer_id, [event.id for event in _events(again)]


async def first_page_async(transport: httpx.AsyncBaseTransport) -> list[Row]:
    """The same page through ``async with`` and ``await ….asyncio(...)``, authenticated with an OAuth token."""
    httpx_args: dict[str, httpx.AsyncBaseTransport] = {"transport": transport}
    async with loyalty_capillary.AuthenticatedClient(oauth_token=OAUTH_TOKEN, httpx_args=httpx_args) as client:
        page = await get_loyalty_events.asyncio(client=client, customer_id=CUSTOMER_ID, limit=LIMIT)
        return [(event.id, event.event_name, event.date) for event in _events(page)]


def read_error(transport: httpx.BaseTransport) -> ErrorSummary:
    """A failing call: (status_code, code, message, whether it was a RateLimitError)."""
    httpx_args: dict[str, httpx.BaseTransport] = {"transport": transport}
    with loyalty_capillary.AuthenticatedClient(
        username=USERNAME, password=PASSWORD, max_retries=0, httpx_args=httpx_args
    ) as client:
        try:
            get_loyalty_events.sync(client=client, customer_id=CUSTOMER_ID)
        except errors.APIStatusError as error:
            status_code: int = error.status_code
            code: str | None = error.code
            message: str = error.message
            return status_code, code, message, isinstance(error, RateLimitError)
    raise AssertionError("the call succeeded, an APIStatusError was expected")
