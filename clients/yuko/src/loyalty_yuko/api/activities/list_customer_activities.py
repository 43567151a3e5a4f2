# generated from specs/yuko/openapi.yaml — do not edit
"""List a customer's loyalty activities — ``GET /public/customers/activities``."""

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
from loyalty_runtime import checks, fast, pagination, transport
from loyalty_runtime import decode as _decode
from loyalty_runtime.log import logger
from loyalty_runtime.paging import PagingSpec
from loyalty_runtime.transport import CallOptions, Operation

from ...client import AsyncAuthenticatedClient, AuthenticatedClient
from ...models.activity_source_type_filter import ActivitySourceTypeFilter
from ...models.customer_activity import CustomerActivity
from ...models.customer_activity_page import CustomerActivityPage
from ...types import UNSET, Response, Unset

OPERATION = Operation(operation_id="listCustomerActivities", method="GET", path="/public/customers/activities")


def _get_kwargs(
    *,
    customer_id: str,
    source_type: ActivitySourceTypeFilter | Unset = UNSET,
    activity_type: str | Unset = UNSET,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> dict[str, Any]:
    checks.check_string("customer_id", customer_id, min_length=1)
    checks.check_enum("source_type", source_type, ActivitySourceTypeFilter, optional=True)
    checks.check_string("activity_type", activity_type, optional=True)
    checks.check_integer("per_page", per_page, minimum=1, maximum=100, optional=True)
    checks.check_integer("page", page, minimum=1, optional=True)

    params: dict[str, Any] = {}

    params["customer_id"] = customer_id

    json_source_type: str | Unset = UNSET
    if not isinstance(source_type, Unset):
        json_source_type = source_type.value

    params["source_type"] = json_source_type

    params["activity_type"] = activity_type

    params["per_page"] = per_page

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/public/customers/activities",
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
    source_type: ActivitySourceTypeFilter | Unset = UNSET,
    activity_type: str | Unset = UNSET,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
) -> Response[CustomerActivityPage]:
    """List a customer's loyalty activities

    Returns one page of a customer's loyalty activities — points earned, rewards redeemed, tier changes
    and manual adjustments — newest first (`created_at` descending). The customer is identified by the
    e-commerce platform's customer ID (e.g. the Shopify customer ID), not by Yuko's own UUID. Results
    can be narrowed with `source_type` and `activity_type`.

    Requires a REST API token with the `activities:read` scope ("activities" with Read Access).

    Paging: send `page` (from 1) and `per_page` (1–100); continue with `meta.pagination.current_page +
    1` while `meta.pagination.has_more` is `true`. Inferred: new activities created during a walk push
    older ones onto later pages, so the same activity can appear on two pages; de-duplicate on `id`.

    ``sync`` returns only the decoded model; ``asyncio_detailed`` and ``asyncio`` are their awaitable twins.

    Args:
        client: The authenticated client.
        customer_id (str): The customer's ID on the e-commerce platform (for a Shopify store, the Shopify
            customer ID), e.g. `9049402769586`. This is not Yuko's customer UUID returned in
            `data[].customer_id`.
        source_type (ActivitySourceTypeFilter | Unset): Only return activities produced by this source
            (module or entity).
        activity_type (str | Unset): Only return activities of this type, e.g. `purchase`,
            `point_adjustment` or `reward_used`. Any string is accepted (the vendor documents it as a free
            string, not an enum).
        per_page (int | Unset): How many activities to return per page. Inferred: values outside 1–100 are
            rejected by the client before sending, because the server's handling of them is not documented.
            Default: 20.
        page (int | Unset): Which page to return. Inferred: pages are numbered from 1 (the documented
            default), so the minimum is 1. Default: 1.
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
        source_type=source_type,
        activity_type=activity_type,
        per_page=per_page,
        page=page,
    )
    return transport.send(
        client, OPERATION, kwargs, _parse, CallOptions(max_retries=max_retries, timeout=timeout, deadline=deadline)
    )


def sync(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    customer_id: str,
    source_type: ActivitySourceTypeFilter | Unset = UNSET,
    activity_type: str | Unset = UNSET,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
) -> CustomerActivityPage:
    """List a customer's loyalty activities

    Calls ``sync_detailed`` with the same arguments and returns only the decoded model; the
    operation, its arguments and its errors are documented on ``sync_detailed``.

    Returns:
        CustomerActivityPage: the decoded success answer (an error status raises instead).
    """

    return sync_detailed(
        client=client,
        customer_id=customer_id,
        source_type=source_type,
        activity_type=activity_type,
        per_page=per_page,
        page=page,
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    customer_id: str,
    source_type: ActivitySourceTypeFilter | Unset = UNSET,
    activity_type: str | Unset = UNSET,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
) -> Response[CustomerActivityPage]:
    """List a customer's loyalty activities (awaitable)

    The awaitable twin of ``sync_detailed``, with the same arguments and behaviour; the operation, its arguments and
    its errors are documented on ``sync_detailed``.

    Returns:
        Response[CustomerActivityPage]: status, headers, raw content and the decoded model.
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        source_type=source_type,
        activity_type=activity_type,
        per_page=per_page,
        page=page,
    )
    return await transport.asend(
        client, OPERATION, kwargs, _parse, CallOptions(max_retries=max_retries, timeout=timeout, deadline=deadline)
    )


async def asyncio(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    customer_id: str,
    source_type: ActivitySourceTypeFilter | Unset = UNSET,
    activity_type: str | Unset = UNSET,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
) -> CustomerActivityPage:
    """List a customer's loyalty activities (awaitable)

    Calls ``asyncio_detailed`` with the same arguments and returns only the decoded model; the
    operation, its arguments and its errors are documented on ``sync_detailed``.

    Returns:
        CustomerActivityPage: the decoded success answer (an error status raises instead).
    """

    return (
        await asyncio_detailed(
            client=client,
            customer_id=customer_id,
            source_type=source_type,
            activity_type=activity_type,
            per_page=per_page,
            page=page,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )
    ).parsed


PAGING = PagingSpec.from_dict(
    {
        "style": "page_number",
        "items": "/data",
        "item_id": "/id",
        "order": "created_at descending",
        "page_size": {"param": "per_page", "default": 20, "minimum": 1, "maximum": 100},
        "position": {"param": "page", "next": "increment", "first": 1},
        "has_more": "/meta/pagination/has_more",
        "last_page": ["has_more_false"],
        "totals": {
            "total": "/meta/pagination/total",
            "last_page": "/meta/pagination/last_page",
            "current_page": "/meta/pagination/current_page",
        },
        "shifting": True,
    }
)


def _records(page: CustomerActivityPage) -> list[CustomerActivity]:
    return pagination.records_at(page, ["data"])


def sync_pages(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    customer_id: str,
    source_type: ActivitySourceTypeFilter | Unset = UNSET,
    activity_type: str | Unset = UNSET,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
    max_pages: int | None = None,
    concurrency: int | None = None,
) -> Iterator[CustomerActivityPage]:
    """List a customer's loyalty activities — every page

    Walks the pages itself: starts at the given `page` (or the first page), follows the
    vendor's pagination and stops on its last-page signal. Every record present for the whole walk is yielded exactly
    once, or `errors.PaginationError` is raised; no record is ever yielded twice.
    Pages are read as overlapping windows (each request after the first chooses its
    page and page size), so records inserted or deleted while the walk runs are
    detected and re-read. Each page's records list holds only the
    records not yielded before.
    Each page is one request, retried on its own. Arguments are checked when called, before the first request.
    The operation's arguments are those of ``sync_detailed`` (documented there); these differ or are added:

    Args:
        deadline: Seconds each page's request may take in all, retries and waits included (default: the client's
            ``deadline``); the walk as a whole has none.
        max_pages: Stop after this many pages (default: no limit).
        concurrency: Requests under way at once, an integer of 1 or more (default: the client's ``concurrency``).
            Above 1, the windows the walk will choose if nothing moves are requested ahead and their answers read in
            order; at the first surprise (a shift, a short page, an error) the rest are dropped and the walk goes on
            from its own choice. A retry wait (429, ``Retry-After``) drops the walk back to one request until it is
            answered, then it grows by one per answer.

    Raises:
        errors.PaginationError: The pages cannot be walked safely (repeated cursor, non-advancing page, ...).
        Otherwise the errors of ``sync_detailed``, from whichever page's request failed.

    Returns:
        Iterator of CustomerActivityPage: each page's decoded model, in order.
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        source_type=source_type,
        activity_type=activity_type,
        per_page=per_page,
        page=page,
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
    source_type: ActivitySourceTypeFilter | Unset = UNSET,
    activity_type: str | Unset = UNSET,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
    max_pages: int | None = None,
    concurrency: int | None = None,
    max_items: int | None = None,
) -> Iterator[CustomerActivity]:
    """List a customer's loyalty activities — every record, across all pages

    Walks the pages itself: starts at the given `page` (or the first page), follows the
    vendor's pagination and stops on its last-page signal. Every record present for the whole walk is yielded exactly
    once, or `errors.PaginationError` is raised; no record is ever yielded twice.
    Pages are read as overlapping windows (each request after the first chooses its
    page and page size), so records inserted or deleted while the walk runs are
    detected and re-read.
    Each page is one request, retried on its own. Arguments are checked when called, before the first request.
    The operation's arguments are those of ``sync_detailed`` (documented there); these differ or are added:

    Args:
        deadline: Seconds each page's request may take in all, retries and waits included (default: the client's
            ``deadline``); the walk as a whole has none.
        max_pages: Stop after this many pages (default: no limit).
        concurrency: Requests under way at once, an integer of 1 or more (default: the client's ``concurrency``).
            Above 1, the windows the walk will choose if nothing moves are requested ahead and their answers read in
            order; at the first surprise (a shift, a short page, an error) the rest are dropped and the walk goes on
            from its own choice. A retry wait (429, ``Retry-After``) drops the walk back to one request until it is
            answered, then it grows by one per answer.
        max_items: Stop after this many records (default: no limit).

    Raises:
        errors.PaginationError: The pages cannot be walked safely (repeated cursor, non-advancing page, ...).
        Otherwise the errors of ``sync_detailed``, from whichever page's request failed.

    Returns:
        Iterator of CustomerActivity: every record once, in the vendor's order.
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        source_type=source_type,
        activity_type=activity_type,
        per_page=per_page,
        page=page,
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
    source_type: ActivitySourceTypeFilter | Unset = UNSET,
    activity_type: str | Unset = UNSET,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
    max_pages: int | None = None,
    concurrency: int | None = None,
) -> AsyncIterator[CustomerActivityPage]:
    """List a customer's loyalty activities — every page (async iterator)

    Walks the pages itself: starts at the given `page` (or the first page), follows the
    vendor's pagination and stops on its last-page signal. Every record present for the whole walk is yielded exactly
    once, or `errors.PaginationError` is raised; no record is ever yielded twice.
    Pages are read as overlapping windows (each request after the first chooses its
    page and page size), so records inserted or deleted while the walk runs are
    detected and re-read. Each page's records list holds only the
    records not yielded before.
    Each page is one request, retried on its own. Arguments are checked when called, before the first request.
    The operation's arguments are those of ``sync_detailed`` (documented there); these differ or are added:

    Args:
        deadline: Seconds each page's request may take in all, retries and waits included (default: the client's
            ``deadline``); the walk as a whole has none.
        max_pages: Stop after this many pages (default: no limit).
        concurrency: Requests under way at once, an integer of 1 or more (default: the client's ``concurrency``).
            Above 1, the windows the walk will choose if nothing moves are requested ahead and their answers read in
            order; at the first surprise (a shift, a short page, an error) the rest are dropped and the walk goes on
            from its own choice. A retry wait (429, ``Retry-After``) drops the walk back to one request until it is
            answered, then it grows by one per answer.

    Raises:
        errors.PaginationError: The pages cannot be walked safely (repeated cursor, non-advancing page, ...).
        Otherwise the errors of ``sync_detailed``, from whichever page's request failed.

    Returns:
        AsyncIterator of CustomerActivityPage: each page's decoded model, in order.
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        source_type=source_type,
        activity_type=activity_type,
        per_page=per_page,
        page=page,
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
    source_type: ActivitySourceTypeFilter | Unset = UNSET,
    activity_type: str | Unset = UNSET,
    per_page: int | Unset = UNSET,
    page: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
    max_pages: int | None = None,
    concurrency: int | None = None,
    max_items: int | None = None,
) -> AsyncIterator[CustomerActivity]:
    """List a customer's loyalty activities — every record, across all pages (async iterator)

    Walks the pages itself: starts at the given `page` (or the first page), follows the
    vendor's pagination and stops on its last-page signal. Every record present for the whole walk is yielded exactly
    once, or `errors.PaginationError` is raised; no record is ever yielded twice.
    Pages are read as overlapping windows (each request after the first chooses its
    page and page size), so records inserted or deleted while the walk runs are
    detected and re-read.
    Each page is one request, retried on its own. Arguments are checked when called, before the first request.
    The operation's arguments are those of ``sync_detailed`` (documented there); these differ or are added:

    Args:
        deadline: Seconds each page's request may take in all, retries and waits included (default: the client's
            ``deadline``); the walk as a whole has none.
        max_pages: Stop after this many pages (default: no limit).
        concurrency: Requests under way at once, an integer of 1 or more (default: the client's ``concurrency``).
            Above 1, the windows the walk will choose if nothing moves are requested ahead and their answers read in
            order; at the first surprise (a shift, a short page, an error) the rest are dropped and the walk goes on
            from its own choice. A retry wait (429, ``Retry-After``) drops the walk back to one request until it is
            answered, then it grows by one per answer.
        max_items: Stop after this many records (default: no limit).

    Raises:
        errors.PaginationError: The pages cannot be walked safely (repeated cursor, non-advancing page, ...).
        Otherwise the errors of ``sync_detailed``, from whichever page's request failed.

    Returns:
        AsyncIterator of CustomerActivity: every record once, in the vendor's order.
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        source_type=source_type,
        activity_type=activity_type,
        per_page=per_page,
        page=page,
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
