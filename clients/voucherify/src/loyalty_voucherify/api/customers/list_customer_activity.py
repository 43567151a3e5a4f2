# generated from specs/voucherify/openapi.yaml — do not edit
"""List customer activity — ``GET /v1/customers/{customerId}/activity``."""

import datetime
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
from loyalty_runtime import checks, fast, pagination, transport
from loyalty_runtime import decode as _decode
from loyalty_runtime.log import logger
from loyalty_runtime.paging import PagingSpec
from loyalty_runtime.transport import CallOptions, Operation

from ...client import AsyncAuthenticatedClient, AuthenticatedClient
from ...models.activity_category import ActivityCategory
from ...models.activity_order import ActivityOrder
from ...models.campaign_type import CampaignType
from ...models.customer_activity import CustomerActivity
from ...models.customer_activity_page import CustomerActivityPage
from ...models.customer_event_type_filter import CustomerEventTypeFilter
from ...types import UNSET, Response, Unset

OPERATION = Operation(operation_id="listCustomerActivity", method="GET", path="/v1/customers/{customerId}/activity")


def _get_kwargs(
    *,
    customer_id: str,
    limit: int | Unset = UNSET,
    order: ActivityOrder | Unset = UNSET,
    starting_after_id: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    campaign_id: str | Unset = UNSET,
    campaign_type: CampaignType | Unset = UNSET,
    category: ActivityCategory | Unset = UNSET,
    type_: CustomerEventTypeFilter | Unset = UNSET,
) -> dict[str, Any]:
    checks.check_string("customer_id", customer_id, min_length=1)
    checks.check_integer("limit", limit, minimum=1, maximum=100, optional=True)
    checks.check_enum("order", order, ActivityOrder, optional=True)
    checks.check_string("starting_after_id", starting_after_id, optional=True)
    checks.check_date_time("start_date", start_date, optional=True)
    checks.check_date_time("end_date", end_date, optional=True)
    checks.check_string("campaign_id", campaign_id, optional=True)
    checks.check_enum("campaign_type", campaign_type, CampaignType, optional=True)
    checks.check_enum("category", category, ActivityCategory, optional=True)
    checks.check_enum("type_", type_, CustomerEventTypeFilter, optional=True)

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["starting_after_id"] = starting_after_id

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = _decode.date_time_text(start_date)
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = _decode.date_time_text(end_date)
    params["end_date"] = json_end_date

    params["campaign_id"] = campaign_id

    json_campaign_type: str | Unset = UNSET
    if not isinstance(campaign_type, Unset):
        json_campaign_type = campaign_type.value

    params["campaign_type"] = json_campaign_type

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category.value

    params["category"] = json_category

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/customers/{customer_id}/activity".format(
            customer_id=checks.path_segment("customer_id", customer_id),
        ),
        "params": params,
    }

    return _kwargs


def _from_json(data: Any) -> CustomerActivityPage:
    return CustomerActivityPage.from_dict(data if type(data) is dict else _decode.dict_of(data, None))


def _load_fast() -> Callable[[bytes], tuple[Any, CustomerActivityPage]]:
    from ..._fast import customer_activity_page  # needs msgspec: imported on first use, when installed

    return customer_activity_page


# The reference decoding of parsed JSON, and the fast path over the body's bytes (loyalty_runtime.fast).
_parse = fast.Parser(_from_json, _load_fast)


def sync_detailed(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    customer_id: str,
    limit: int | Unset = UNSET,
    order: ActivityOrder | Unset = UNSET,
    starting_after_id: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    campaign_id: str | Unset = UNSET,
    campaign_type: CampaignType | Unset = UNSET,
    category: ActivityCategory | Unset = UNSET,
    type_: CustomerEventTypeFilter | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
) -> Response[CustomerActivityPage]:
    """List customer activity

    Returns one page of the events recorded for a customer, identified by its Voucherify `id` or by the
    merchant's `source_id`. Events can be filtered by time range, campaign, campaign type, category and
    event type and ordered by creation time. Follow `more_starting_after` (sent back as
    `starting_after_id`) while `has_more` is `true` to read every page.

    This operation replaces the deprecated `GET /v1/customers/{customerId}/activities`, which has a
    different envelope (`total`) and different parameters and is not described here.

    ``sync`` returns only the decoded model; ``asyncio_detailed`` and ``asyncio`` are their awaitable twins.

    Args:
        client: The authenticated client.
        customer_id (str): The customer whose activity is listed: either the Voucherify customer ID
            (`cust_…`) or the merchant's own `source_id` for that customer. Inferred: percent-encode it as one
            path segment, because source IDs are free-form merchant strings.
        limit (int | Unset): Page size, the number of events to return (1–100). When omitted the API returns
            10. Default: 10.
        order (ActivityOrder | Unset): Sort order by the event's creation time: `created_at` oldest first,
            `-created_at` newest first. The vendor does not document the order used when this is omitted.
        starting_after_id (str | Unset): Cursor: return the events that come after the event with this ID.
            Use the previous page's `more_starting_after` value.
        start_date (datetime.datetime | Unset): Only events from this moment on (ISO 8601 date-time).
            Whether the bound is inclusive is not documented.
        end_date (datetime.datetime | Unset): Only events up to this moment (ISO 8601 date-time). Whether
            the bound is inclusive is not documented.
        campaign_id (str | Unset): Only events related to the campaign with this ID.
        campaign_type (CampaignType | Unset): Only events related to campaigns of this type. Inferred: one
            value per request (the vendor declares a single value and its SDK sends one).
        category (ActivityCategory | Unset): Only events of this category, actions or effects. Which event
            types belong to each category is not documented. Inferred: one value per request.
        type_ (CustomerEventTypeFilter | Unset): Only events of this event type. Accepts the 67 filterable
            event names; seven event types that can appear in responses are not accepted as a filter. Inferred:
            one value per request.
        max_retries: Retries for this call (default: the client's ``max_retries``).
        timeout: Timeout for this call (default: the client's ``timeout``).
        deadline: Seconds this call may take in all, retries, waits and the whole body included (default: the
            client's ``deadline``); past it the call raises ``errors.APITimeoutError``.

    Raises:
        TypeError: An argument or a body field has the wrong type (``None`` included); nothing was sent.
        ValueError: An argument or a body field is outside its documented values; nothing was sent.
        errors.APIStatusError: The vendor answered with an error (a subclass per status, with the vendor's ``code``).
        errors.APIConnectionError: No answer, after the allowed retries (``APITimeoutError``: timeout or deadline).
        errors.ResponseDecodeError: The answer is not JSON or does not fit the spec.

    Returns:
        Response[CustomerActivityPage]: status, headers, raw content and the decoded model.
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        limit=limit,
        order=order,
        starting_after_id=starting_after_id,
        start_date=start_date,
        end_date=end_date,
        campaign_id=campaign_id,
        campaign_type=campaign_type,
        category=category,
        type_=type_,
    )
    return transport.send(
        client, OPERATION, kwargs, _parse, CallOptions(max_retries=max_retries, timeout=timeout, deadline=deadline)
    )


def sync(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    customer_id: str,
    limit: int | Unset = UNSET,
    order: ActivityOrder | Unset = UNSET,
    starting_after_id: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    campaign_id: str | Unset = UNSET,
    campaign_type: CampaignType | Unset = UNSET,
    category: ActivityCategory | Unset = UNSET,
    type_: CustomerEventTypeFilter | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
) -> CustomerActivityPage:
    """List customer activity

    Calls ``sync_detailed`` with the same arguments and returns only the decoded model; the
    operation, its arguments and its errors are documented on ``sync_detailed``.

    Returns:
        CustomerActivityPage: the decoded success answer (an error status raises instead).
    """

    return sync_detailed(
        client=client,
        customer_id=customer_id,
        limit=limit,
        order=order,
        starting_after_id=starting_after_id,
        start_date=start_date,
        end_date=end_date,
        campaign_id=campaign_id,
        campaign_type=campaign_type,
        category=category,
        type_=type_,
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    customer_id: str,
    limit: int | Unset = UNSET,
    order: ActivityOrder | Unset = UNSET,
    starting_after_id: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    campaign_id: str | Unset = UNSET,
    campaign_type: CampaignType | Unset = UNSET,
    category: ActivityCategory | Unset = UNSET,
    type_: CustomerEventTypeFilter | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
) -> Response[CustomerActivityPage]:
    """List customer activity (awaitable)

    The awaitable twin of ``sync_detailed``, with the same arguments and behaviour; the operation, its arguments and
    its errors are documented on ``sync_detailed``.

    Returns:
        Response[CustomerActivityPage]: status, headers, raw content and the decoded model.
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        limit=limit,
        order=order,
        starting_after_id=starting_after_id,
        start_date=start_date,
        end_date=end_date,
        campaign_id=campaign_id,
        campaign_type=campaign_type,
        category=category,
        type_=type_,
    )
    return await transport.asend(
        client, OPERATION, kwargs, _parse, CallOptions(max_retries=max_retries, timeout=timeout, deadline=deadline)
    )


async def asyncio(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    customer_id: str,
    limit: int | Unset = UNSET,
    order: ActivityOrder | Unset = UNSET,
    starting_after_id: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    campaign_id: str | Unset = UNSET,
    campaign_type: CampaignType | Unset = UNSET,
    category: ActivityCategory | Unset = UNSET,
    type_: CustomerEventTypeFilter | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
) -> CustomerActivityPage:
    """List customer activity (awaitable)

    Calls ``asyncio_detailed`` with the same arguments and returns only the decoded model; the
    operation, its arguments and its errors are documented on ``sync_detailed``.

    Returns:
        CustomerActivityPage: the decoded success answer (an error status raises instead).
    """

    return (
        await asyncio_detailed(
            client=client,
            customer_id=customer_id,
            limit=limit,
            order=order,
            starting_after_id=starting_after_id,
            start_date=start_date,
            end_date=end_date,
            campaign_id=campaign_id,
            campaign_type=campaign_type,
            category=category,
            type_=type_,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )
    ).parsed


PAGING = PagingSpec.from_dict(
    {
        "style": "starting_after_id",
        "items": "/data",
        "item_id": "/id",
        "order": "created_at, in the direction chosen by the `order` parameter (`created_at` ascending, "
        "`-created_at` descending); the default direction is undocumented, so keep `order` the "
        "same on every page of a walk",
        "page_size": {"param": "limit", "default": 10, "minimum": 1, "maximum": 100},
        "position": {
            "param": "starting_after_id",
            "next": "response",
            "pointer": "/more_starting_after",
            "fallback_item_pointer": "/id",
        },
        "has_more": "/has_more",
        "last_page": ["has_more_false", "empty_page"],
        "shifting": False,
    }
)


def _records(page: CustomerActivityPage) -> list[CustomerActivity]:
    return pagination.records_at(page, ["data"])


def sync_pages(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    customer_id: str,
    limit: int | Unset = UNSET,
    order: ActivityOrder | Unset = UNSET,
    starting_after_id: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    campaign_id: str | Unset = UNSET,
    campaign_type: CampaignType | Unset = UNSET,
    category: ActivityCategory | Unset = UNSET,
    type_: CustomerEventTypeFilter | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
    max_pages: int | None = None,
    concurrency: int | None = None,
) -> Iterator[CustomerActivityPage]:
    """List customer activity — every page

    Walks the pages itself: starts at the given `starting_after_id` (or the first page), follows the
    vendor's pagination and stops on its last-page signal. Every record present for the whole walk is yielded exactly
    once, or `errors.PaginationError` is raised; no record is ever yielded twice.
    Each page is one request, retried on its own. Arguments are checked when called, before the first request.
    The operation's arguments are those of ``sync_detailed`` (documented there); these differ or are added:

    Args:
        deadline: Seconds each page's request may take in all, retries and waits included (default: the client's
            ``deadline``); the walk as a whole has none.
        max_pages: Stop after this many pages (default: no limit).
        concurrency: Requests under way at once, an integer of 1 or more (default: the client's ``concurrency``).
            Each request needs the previous answer's cursor, so one is under way at a time; above 1 the walk works a
            page ahead: the next page is requested before this page's records are handed out.

    Raises:
        errors.PaginationError: The pages cannot be walked safely (repeated cursor, non-advancing page, ...).
        Otherwise the errors of ``sync_detailed``, from whichever page's request failed.

    Returns:
        Iterator of CustomerActivityPage: each page's decoded model, in order.
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        limit=limit,
        order=order,
        starting_after_id=starting_after_id,
        start_date=start_date,
        end_date=end_date,
        campaign_id=campaign_id,
        campaign_type=campaign_type,
        category=category,
        type_=type_,
    )
    options = CallOptions(max_retries=max_retries, timeout=timeout, deadline=deadline)
    return pagination.iter_pages(
        PAGING,
        kwargs,
        lambda request, on_wait=None: transport.send(client, OPERATION, request, _parse, options.told(on_wait)),
        _records,
        max_pages=max_pages,
        concurrency=pagination.checked_concurrency(concurrency, client.concurrency),
        log=logger(client.vendor.key),
    )


def sync_all(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    customer_id: str,
    limit: int | Unset = UNSET,
    order: ActivityOrder | Unset = UNSET,
    starting_after_id: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    campaign_id: str | Unset = UNSET,
    campaign_type: CampaignType | Unset = UNSET,
    category: ActivityCategory | Unset = UNSET,
    type_: CustomerEventTypeFilter | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
    max_pages: int | None = None,
    concurrency: int | None = None,
    max_items: int | None = None,
) -> Iterator[CustomerActivity]:
    """List customer activity — every record, across all pages

    Walks the pages itself: starts at the given `starting_after_id` (or the first page), follows the
    vendor's pagination and stops on its last-page signal. Every record present for the whole walk is yielded exactly
    once, or `errors.PaginationError` is raised; no record is ever yielded twice.
    Each page is one request, retried on its own. Arguments are checked when called, before the first request.
    The operation's arguments are those of ``sync_detailed`` (documented there); these differ or are added:

    Args:
        deadline: Seconds each page's request may take in all, retries and waits included (default: the client's
            ``deadline``); the walk as a whole has none.
        max_pages: Stop after this many pages (default: no limit).
        concurrency: Requests under way at once, an integer of 1 or more (default: the client's ``concurrency``).
            Each request needs the previous answer's cursor, so one is under way at a time; above 1 the walk works a
            page ahead: the next page is requested before this page's records are handed out.
        max_items: Stop after this many records (default: no limit).

    Raises:
        errors.PaginationError: The pages cannot be walked safely (repeated cursor, non-advancing page, ...).
        Otherwise the errors of ``sync_detailed``, from whichever page's request failed.

    Returns:
        Iterator of CustomerActivity: every record once, in the vendor's order.
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        limit=limit,
        order=order,
        starting_after_id=starting_after_id,
        start_date=start_date,
        end_date=end_date,
        campaign_id=campaign_id,
        campaign_type=campaign_type,
        category=category,
        type_=type_,
    )
    options = CallOptions(max_retries=max_retries, timeout=timeout, deadline=deadline)
    return pagination.iter_items(
        PAGING,
        kwargs,
        lambda request, on_wait=None: transport.send(client, OPERATION, request, _parse, options.told(on_wait)),
        _records,
        max_pages=max_pages,
        max_items=max_items,
        concurrency=pagination.checked_concurrency(concurrency, client.concurrency),
        log=logger(client.vendor.key),
    )


def asyncio_pages(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    customer_id: str,
    limit: int | Unset = UNSET,
    order: ActivityOrder | Unset = UNSET,
    starting_after_id: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    campaign_id: str | Unset = UNSET,
    campaign_type: CampaignType | Unset = UNSET,
    category: ActivityCategory | Unset = UNSET,
    type_: CustomerEventTypeFilter | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
    max_pages: int | None = None,
    concurrency: int | None = None,
) -> AsyncIterator[CustomerActivityPage]:
    """List customer activity — every page (async iterator)

    Walks the pages itself: starts at the given `starting_after_id` (or the first page), follows the
    vendor's pagination and stops on its last-page signal. Every record present for the whole walk is yielded exactly
    once, or `errors.PaginationError` is raised; no record is ever yielded twice.
    Each page is one request, retried on its own. Arguments are checked when called, before the first request.
    The operation's arguments are those of ``sync_detailed`` (documented there); these differ or are added:

    Args:
        deadline: Seconds each page's request may take in all, retries and waits included (default: the client's
            ``deadline``); the walk as a whole has none.
        max_pages: Stop after this many pages (default: no limit).
        concurrency: Requests under way at once, an integer of 1 or more (default: the client's ``concurrency``).
            Each request needs the previous answer's cursor, so one is under way at a time; above 1 the walk works a
            page ahead: the next page is requested before this page's records are handed out.

    Raises:
        errors.PaginationError: The pages cannot be walked safely (repeated cursor, non-advancing page, ...).
        Otherwise the errors of ``sync_detailed``, from whichever page's request failed.

    Returns:
        AsyncIterator of CustomerActivityPage: each page's decoded model, in order.
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        limit=limit,
        order=order,
        starting_after_id=starting_after_id,
        start_date=start_date,
        end_date=end_date,
        campaign_id=campaign_id,
        campaign_type=campaign_type,
        category=category,
        type_=type_,
    )
    options = CallOptions(max_retries=max_retries, timeout=timeout, deadline=deadline)
    return pagination.aiter_pages(
        PAGING,
        kwargs,
        lambda request, on_wait=None: transport.asend(client, OPERATION, request, _parse, options.told(on_wait)),
        _records,
        max_pages=max_pages,
        concurrency=pagination.checked_concurrency(concurrency, client.concurrency),
        log=logger(client.vendor.key),
    )


def asyncio_all(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    customer_id: str,
    limit: int | Unset = UNSET,
    order: ActivityOrder | Unset = UNSET,
    starting_after_id: str | Unset = UNSET,
    start_date: datetime.datetime | Unset = UNSET,
    end_date: datetime.datetime | Unset = UNSET,
    campaign_id: str | Unset = UNSET,
    campaign_type: CampaignType | Unset = UNSET,
    category: ActivityCategory | Unset = UNSET,
    type_: CustomerEventTypeFilter | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
    max_pages: int | None = None,
    concurrency: int | None = None,
    max_items: int | None = None,
) -> AsyncIterator[CustomerActivity]:
    """List customer activity — every record, across all pages (async iterator)

    Walks the pages itself: starts at the given `starting_after_id` (or the first page), follows the
    vendor's pagination and stops on its last-page signal. Every record present for the whole walk is yielded exactly
    once, or `errors.PaginationError` is raised; no record is ever yielded twice.
    Each page is one request, retried on its own. Arguments are checked when called, before the first request.
    The operation's arguments are those of ``sync_detailed`` (documented there); these differ or are added:

    Args:
        deadline: Seconds each page's request may take in all, retries and waits included (default: the client's
            ``deadline``); the walk as a whole has none.
        max_pages: Stop after this many pages (default: no limit).
        concurrency: Requests under way at once, an integer of 1 or more (default: the client's ``concurrency``).
            Each request needs the previous answer's cursor, so one is under way at a time; above 1 the walk works a
            page ahead: the next page is requested before this page's records are handed out.
        max_items: Stop after this many records (default: no limit).

    Raises:
        errors.PaginationError: The pages cannot be walked safely (repeated cursor, non-advancing page, ...).
        Otherwise the errors of ``sync_detailed``, from whichever page's request failed.

    Returns:
        AsyncIterator of CustomerActivity: every record once, in the vendor's order.
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        limit=limit,
        order=order,
        starting_after_id=starting_after_id,
        start_date=start_date,
        end_date=end_date,
        campaign_id=campaign_id,
        campaign_type=campaign_type,
        category=category,
        type_=type_,
    )
    options = CallOptions(max_retries=max_retries, timeout=timeout, deadline=deadline)
    return pagination.aiter_items(
        PAGING,
        kwargs,
        lambda request, on_wait=None: transport.asend(client, OPERATION, request, _parse, options.told(on_wait)),
        _records,
        max_pages=max_pages,
        max_items=max_items,
        concurrency=pagination.checked_concurrency(concurrency, client.concurrency),
        log=logger(client.vendor.key),
    )
