# generated from specs/joy/openapi.yaml — do not edit
"""List point activities — ``GET /rest_api/v1/activities``."""

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
from loyalty_runtime import checks, fast, pagination, transport
from loyalty_runtime import decode as _decode
from loyalty_runtime.log import logger
from loyalty_runtime.paging import PagingSpec
from loyalty_runtime.transport import CallOptions, Operation

from ...client import AsyncAuthenticatedClient, AuthenticatedClient
from ...models.customer_activity import CustomerActivity
from ...models.customer_activity_page import CustomerActivityPage
from ...types import UNSET, Response, Unset

OPERATION = Operation(operation_id="listActivities", method="GET", path="/rest_api/v1/activities")


def _get_kwargs(
    *,
    shopify_customer_id: str,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:
    checks.check_string("shopify_customer_id", shopify_customer_id, min_length=1)
    checks.check_string("after", after, min_length=1, optional=True)
    checks.check_string("before", before, min_length=1, optional=True)
    checks.check_integer("limit", limit, minimum=1, maximum=1000, optional=True)

    params: dict[str, Any] = {}

    params["shopifyCustomerId"] = shopify_customer_id

    params["after"] = after

    params["before"] = before

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/rest_api/v1/activities",
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
    shopify_customer_id: str,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
) -> Response[CustomerActivityPage]:
    """List point activities

    Returns one page of a customer's point activities (earned, redeemed and manually adjusted points),
    newest first. The customer is selected by Shopify customer id.

    Inferred: pagination is not documented for v1. We follow v2 and the Joy JS SDK ("paginate by before
    and after parameters"): send `after` = the `id` of the last activity of the current page to get the
    next page, with the same `shopifyCustomerId` and `limit`; stop when `pageInfo.hasNext` is false or
    `data` is empty.

    ``sync`` returns only the decoded model; ``asyncio_detailed`` and ``asyncio`` are their awaitable twins.

    Args:
        client: The authenticated client.
        shopify_customer_id (str): Shopify customer id of the customer whose activities are listed (a
            numeric id such as `7603687882987`, sent as a string). Inferred: required - the v1 page renders it
            as optional, but the operation lists one customer's activities and the behaviour without it is
            undocumented.
        after (str | Unset): Inferred: mirrors v2 and the Joy JS SDK. Id of the activity after which the
            page starts (the `id` of the last activity of the previous page); omit for the first page.
        before (str | Unset): Inferred: mirrors v2 and the Joy JS SDK. Id of the activity before which the
            page ends (the `id` of the first activity of the current page), to walk backwards.
        limit (int | Unset): Inferred: mirrors v2 (activities default 10, maximum 1000). Number of
            activities per page. Default: 10.
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
        shopify_customer_id=shopify_customer_id,
        after=after,
        before=before,
        limit=limit,
    )
    return transport.send(
        client, OPERATION, kwargs, _parse, CallOptions(max_retries=max_retries, timeout=timeout, deadline=deadline)
    )


def sync(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    shopify_customer_id: str,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
) -> CustomerActivityPage:
    """List point activities

    Calls ``sync_detailed`` with the same arguments and returns only the decoded model; the
    operation, its arguments and its errors are documented on ``sync_detailed``.

    Returns:
        CustomerActivityPage: the decoded success answer (an error status raises instead).
    """

    return sync_detailed(
        client=client,
        shopify_customer_id=shopify_customer_id,
        after=after,
        before=before,
        limit=limit,
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    shopify_customer_id: str,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
) -> Response[CustomerActivityPage]:
    """List point activities (awaitable)

    The awaitable twin of ``sync_detailed``, with the same arguments and behaviour; the operation, its arguments and
    its errors are documented on ``sync_detailed``.

    Returns:
        Response[CustomerActivityPage]: status, headers, raw content and the decoded model.
    """

    kwargs = _get_kwargs(
        shopify_customer_id=shopify_customer_id,
        after=after,
        before=before,
        limit=limit,
    )
    return await transport.asend(
        client, OPERATION, kwargs, _parse, CallOptions(max_retries=max_retries, timeout=timeout, deadline=deadline)
    )


async def asyncio(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    shopify_customer_id: str,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
) -> CustomerActivityPage:
    """List point activities (awaitable)

    Calls ``asyncio_detailed`` with the same arguments and returns only the decoded model; the
    operation, its arguments and its errors are documented on ``sync_detailed``.

    Returns:
        CustomerActivityPage: the decoded success answer (an error status raises instead).
    """

    return (
        await asyncio_detailed(
            client=client,
            shopify_customer_id=shopify_customer_id,
            after=after,
            before=before,
            limit=limit,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )
    ).parsed


PAGING = PagingSpec.from_dict(
    {
        "style": "cursor",
        "items": "/data",
        "item_id": "/id",
        "order": "createdAt descending",
        "page_size": {"param": "limit", "default": 10, "minimum": 1, "maximum": 1000},
        "position": {"param": "after", "next": "last_item", "pointer": "/id", "reverse_param": "before"},
        "has_more": "/pageInfo/hasNext",
        "last_page": ["has_more_false", "empty_page"],
        "shifting": False,
    }
)


def _records(page: CustomerActivityPage) -> list[CustomerActivity]:
    return pagination.records_at(page, ["data"])


def sync_pages(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    shopify_customer_id: str,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
    max_pages: int | None = None,
    concurrency: int | None = None,
) -> Iterator[CustomerActivityPage]:
    """List point activities — every page

    Walks the pages itself: starts at the given `after` (or the first page), follows the
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
        shopify_customer_id=shopify_customer_id,
        after=after,
        before=before,
        limit=limit,
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
    shopify_customer_id: str,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
    max_pages: int | None = None,
    concurrency: int | None = None,
    max_items: int | None = None,
) -> Iterator[CustomerActivity]:
    """List point activities — every record, across all pages

    Walks the pages itself: starts at the given `after` (or the first page), follows the
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
        shopify_customer_id=shopify_customer_id,
        after=after,
        before=before,
        limit=limit,
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
    shopify_customer_id: str,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
    max_pages: int | None = None,
    concurrency: int | None = None,
) -> AsyncIterator[CustomerActivityPage]:
    """List point activities — every page (async iterator)

    Walks the pages itself: starts at the given `after` (or the first page), follows the
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
        shopify_customer_id=shopify_customer_id,
        after=after,
        before=before,
        limit=limit,
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
    shopify_customer_id: str,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    limit: int | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
    max_pages: int | None = None,
    concurrency: int | None = None,
    max_items: int | None = None,
) -> AsyncIterator[CustomerActivity]:
    """List point activities — every record, across all pages (async iterator)

    Walks the pages itself: starts at the given `after` (or the first page), follows the
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
        shopify_customer_id=shopify_customer_id,
        after=after,
        before=before,
        limit=limit,
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
