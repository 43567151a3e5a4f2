# generated from specs/appy_stamp/openapi.yaml — do not edit
"""List a customer's activities — ``GET /customers/{id}/activities``."""

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

OPERATION = Operation(operation_id="listCustomerActivities", method="GET", path="/customers/{id}/activities")


def _get_kwargs(
    *,
    id: str,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    has_count: bool | Unset = UNSET,
) -> dict[str, Any]:
    checks.check_string("id", id, min_length=1)
    checks.check_integer("limit", limit, minimum=1, maximum=1000, optional=True)
    checks.check_string("after", after, optional=True)
    checks.check_string("before", before, optional=True)
    checks.check_boolean("has_count", has_count, optional=True)

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["after"] = after

    params["before"] = before

    params["hasCount"] = has_count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customers/{id}/activities".format(
            id=checks.path_segment("id", id),
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
    id: str,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    has_count: bool | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
) -> Response[CustomerActivityPage]:
    """List a customer's activities

    Returns one page of the customer's loyalty ledger (stamps earned, redeemed and adjusted), newest
    first. The list is cursor-paginated: send the previous response's `meta.pagination.nextCursor` as
    `after` to fetch the next page, until `meta.pagination.hasNext` is `false`. The total `count` is
    only computed when `hasCount=true`.

    ``sync`` returns only the decoded model; ``asyncio_detailed`` and ``asyncio`` are their awaitable twins.

    Args:
        client: The authenticated client.
        id (str): The customer's Shopify customer ID (for example `6677889900`).
        limit (int | Unset): Number of activities per page. Default: 20.
        after (str | Unset): Cursor of the page to fetch next: the `meta.pagination.nextCursor` of the
            previous response. Inferred: treat it as opaque (the published examples are base64 text, but the
            format is not promised) and send at most one of `after` and `before`, since combining them is not
            documented.
        before (str | Unset): Cursor of the page to fetch when walking backwards: the
            `meta.pagination.previousCursor` of the previous response. Inferred: opaque; send at most one of
            `after` and `before`.
        has_count (bool | Unset): When `true`, `meta.pagination.count` holds the total number of matching
            activities (slower). Inferred: leaving it out behaves as `false` (the count is then `null`); no
            default is documented.
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
        id=id,
        limit=limit,
        after=after,
        before=before,
        has_count=has_count,
    )
    return transport.send(
        client, OPERATION, kwargs, _parse, CallOptions(max_retries=max_retries, timeout=timeout, deadline=deadline)
    )


def sync(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    id: str,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    has_count: bool | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
) -> CustomerActivityPage:
    """List a customer's activities

    Calls ``sync_detailed`` with the same arguments and returns only the decoded model; the
    operation, its arguments and its errors are documented on ``sync_detailed``.

    Returns:
        CustomerActivityPage: the decoded success answer (an error status raises instead).
    """

    return sync_detailed(
        client=client,
        id=id,
        limit=limit,
        after=after,
        before=before,
        has_count=has_count,
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    id: str,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    has_count: bool | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
) -> Response[CustomerActivityPage]:
    """List a customer's activities (awaitable)

    The awaitable twin of ``sync_detailed``, with the same arguments and behaviour; the operation, its arguments and
    its errors are documented on ``sync_detailed``.

    Returns:
        Response[CustomerActivityPage]: status, headers, raw content and the decoded model.
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        after=after,
        before=before,
        has_count=has_count,
    )
    return await transport.asend(
        client, OPERATION, kwargs, _parse, CallOptions(max_retries=max_retries, timeout=timeout, deadline=deadline)
    )


async def asyncio(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    id: str,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    has_count: bool | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
) -> CustomerActivityPage:
    """List a customer's activities (awaitable)

    Calls ``asyncio_detailed`` with the same arguments and returns only the decoded model; the
    operation, its arguments and its errors are documented on ``sync_detailed``.

    Returns:
        CustomerActivityPage: the decoded success answer (an error status raises instead).
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            limit=limit,
            after=after,
            before=before,
            has_count=has_count,
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
        "order": "createdAt descending (newest first)",
        "page_size": {"param": "limit", "default": 20, "minimum": 1, "maximum": 1000},
        "position": {
            "param": "after",
            "next": "response",
            "pointer": "/meta/pagination/nextCursor",
            "reverse_param": "before",
        },
        "has_more": "/meta/pagination/hasNext",
        "last_page": ["has_more_false"],
        "totals": {"total": "/meta/pagination/count"},
        "shifting": False,
    }
)


def _records(page: CustomerActivityPage) -> list[CustomerActivity]:
    return pagination.records_at(page, ["data"])


def sync_pages(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    id: str,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    has_count: bool | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
    max_pages: int | None = None,
    concurrency: int | None = None,
) -> Iterator[CustomerActivityPage]:
    """List a customer's activities — every page

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
        id=id,
        limit=limit,
        after=after,
        before=before,
        has_count=has_count,
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
    id: str,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    has_count: bool | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
    max_pages: int | None = None,
    concurrency: int | None = None,
    max_items: int | None = None,
) -> Iterator[CustomerActivity]:
    """List a customer's activities — every record, across all pages

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
        id=id,
        limit=limit,
        after=after,
        before=before,
        has_count=has_count,
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
    id: str,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    has_count: bool | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
    max_pages: int | None = None,
    concurrency: int | None = None,
) -> AsyncIterator[CustomerActivityPage]:
    """List a customer's activities — every page (async iterator)

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
        id=id,
        limit=limit,
        after=after,
        before=before,
        has_count=has_count,
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
    id: str,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    has_count: bool | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
    max_pages: int | None = None,
    concurrency: int | None = None,
    max_items: int | None = None,
) -> AsyncIterator[CustomerActivity]:
    """List a customer's activities — every record, across all pages (async iterator)

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
        id=id,
        limit=limit,
        after=after,
        before=before,
        has_count=has_count,
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
