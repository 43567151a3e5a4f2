# generated from specs/capillary/openapi.yaml — do not edit
"""Get a customer's loyalty events — ``GET /customers/{customerId}/loyaltyEvents``."""

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
from ...models.event_type import EventType
from ...models.loyalty_event import LoyaltyEvent
from ...models.loyalty_event_page import LoyaltyEventPage
from ...types import UNSET, Response, Unset

OPERATION = Operation(operation_id="getLoyaltyEvents", method="GET", path="/customers/{customerId}/loyaltyEvents")


def _get_kwargs(
    *,
    customer_id: int | str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
    event_type: EventType | str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
) -> dict[str, Any]:
    checks.check_any(
        "customer_id",
        customer_id,
        lambda n, v: checks.check_integer(n, v, minimum=0, maximum=9223372036854775807),
        lambda n, v: checks.check_string(n, v, min_length=1, pattern="^[0-9]+$"),
    )
    checks.check_integer("limit", limit, minimum=1, maximum=2147483647, optional=True)
    checks.check_integer("offset", offset, minimum=0, maximum=2147483647, optional=True)
    checks.check_integer("page", page, minimum=1, maximum=2147483647, optional=True)
    checks.check_any(
        "event_type",
        event_type,
        lambda n, v: checks.check_enum(n, v, EventType),
        lambda n, v: checks.check_string(n, v),
        optional=True,
    )
    checks.check_date("from_date", from_date, optional=True)
    checks.check_date("to_date", to_date, optional=True)

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["page"] = page

    json_event_type: str | Unset
    if isinstance(event_type, Unset):
        json_event_type = UNSET
    elif isinstance(event_type, EventType):
        json_event_type = event_type.value
    else:
        json_event_type = event_type
    params["eventType"] = json_event_type

    json_from_date: str | Unset = UNSET
    if not isinstance(from_date, Unset):
        json_from_date = from_date.isoformat()
    params["fromDate"] = json_from_date

    json_to_date: str | Unset = UNSET
    if not isinstance(to_date, Unset):
        json_to_date = to_date.isoformat()
    params["toDate"] = json_to_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customers/{customer_id}/loyaltyEvents".format(
            customer_id=checks.path_segment("customer_id", customer_id),
        ),
        "params": params,
    }

    return _kwargs


def _from_json(data: Any) -> LoyaltyEventPage:
    return LoyaltyEventPage.from_dict(data if type(data) is dict else _decode.dict_of(data, None))


def _load_fast() -> Callable[[bytes], tuple[Any, LoyaltyEventPage]]:
    from ..._fast import loyalty_event_page  # needs msgspec: imported on first use, when installed

    return loyalty_event_page


# The reference decoding of parsed JSON, and the fast path over the body's bytes (loyalty_runtime.fast).
_parse = fast.Parser(_from_json, _load_fast)


def sync_detailed(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    customer_id: int | str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
    event_type: EventType | str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
) -> Response[LoyaltyEventPage]:
    """Get a customer's loyalty events

    Returns the loyalty events Capillary has triggered for one customer (for example
    `CustomerRegistration`, `CustomerUpdate`), one page at a time, optionally filtered by event type and
    date range.

    Paging: `limit` records per page (default 10); `page` (1-based) selects the page and overrides
    `offset` when both are sent. The response has no total or "has more" flag. Inferred: walk with
    `page` = 1, 2, 3, ... and a fixed `limit`, or by `offset` alone (0, `limit`, 2 × `limit`, ...); the
    walk ends at the first page with fewer than `limit` records, at an empty page, or when a page after
    the first answers with error code 814 ("No Results Found", documented for the sibling
    points-transfer endpoint). Inferred: the order of events is undocumented; the vendor's samples list
    the oldest event first, and the client keeps the server's order. Inferred: offset paging over a
    ledger that grows during a walk can repeat a record on the next page, so records are de-duplicated
    by `id`.

    Errors: 8015 when no customer has the given id, 8069 when the customer has been merged into another
    customer. The HTTP status sent with them is undocumented (the vendor's own definition lists only 200
    and a 400 with an empty example); clients must treat any non-empty `errors` array as a failure,
    whatever the status.

    Rate limited (per-minute limits configured per organisation and API; 100 requests per minute per API
    key on demo/testing clusters). Requires read access to the "Points" access group.

    The global status codes 201 (batch partial failure), 405, 415 and 521 (concurrent actions on a
    customer) are documented for v2 in general but concern batch or write requests, so they are not
    declared here.

    ``sync`` returns only the decoded model; ``asyncio_detailed`` and ``asyncio`` are their awaitable twins.

    Args:
        client: The authenticated client.
        customer_id (int | str): Capillary's unique id of the customer whose loyalty events are returned
            (documented as a long, e.g. `565039505`; a loyalty event's `customerId` is that integer). Inferred:
            besides the documented integer (non-negative, within int64), a string of decimal digits is accepted
            and sent verbatim, so an id kept as text (for example one longer than a Python `int` should carry)
            passes unchanged.
        limit (int | Unset): Maximum number of events on one page. Inferred: minimum 1; the vendor documents
            no maximum (a sibling Capillary API caps its page size at 100) and does not say whether larger
            values are clamped or rejected, so none is declared. Default: 10.
        offset (int | Unset): Number of events to skip before the first one returned (zero-based). Ignored
            when `page` is also sent. Inferred: minimum 0. After its first request the client's walk moves
            `offset` (without `page`), so that each window overlaps the records already yielded by one record
            rather than by a page. Default: 0.
        page (int | Unset): 1-based number of the page to return, each page holding `limit` events;
            overrides `offset` when both are sent. Inferred: minimum 1. Default: 1.
        event_type (EventType | str | Unset): Return only events of this type. The vendor gives `EARN`,
            `REDEEM`, `EXPIRE` and `TRANSFER` as examples, not as a closed list, and does not say how these
            relate to the `eventName` values of the response; any other string is sent verbatim.
        from_date (datetime.date | Unset): Return only events on or after this date (`YYYY-MM-DD`).
            Inferred: whether the bound is inclusive and which time zone applies are undocumented.
        to_date (datetime.date | Unset): Return only events up to this date (`YYYY-MM-DD`). Inferred:
            whether the bound is inclusive and which time zone applies are undocumented.
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
        Response[LoyaltyEventPage]: status, headers, raw content and the decoded model.
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        limit=limit,
        offset=offset,
        page=page,
        event_type=event_type,
        from_date=from_date,
        to_date=to_date,
    )
    return transport.send(
        client, OPERATION, kwargs, _parse, CallOptions(max_retries=max_retries, timeout=timeout, deadline=deadline)
    )


def sync(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    customer_id: int | str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
    event_type: EventType | str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
) -> LoyaltyEventPage:
    """Get a customer's loyalty events

    Calls ``sync_detailed`` with the same arguments and returns only the decoded model; the
    operation, its arguments and its errors are documented on ``sync_detailed``.

    Returns:
        LoyaltyEventPage: the decoded success answer (an error status raises instead).
    """

    return sync_detailed(
        client=client,
        customer_id=customer_id,
        limit=limit,
        offset=offset,
        page=page,
        event_type=event_type,
        from_date=from_date,
        to_date=to_date,
        max_retries=max_retries,
        timeout=timeout,
        deadline=deadline,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    customer_id: int | str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
    event_type: EventType | str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
) -> Response[LoyaltyEventPage]:
    """Get a customer's loyalty events (awaitable)

    The awaitable twin of ``sync_detailed``, with the same arguments and behaviour; the operation, its arguments and
    its errors are documented on ``sync_detailed``.

    Returns:
        Response[LoyaltyEventPage]: status, headers, raw content and the decoded model.
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        limit=limit,
        offset=offset,
        page=page,
        event_type=event_type,
        from_date=from_date,
        to_date=to_date,
    )
    return await transport.asend(
        client, OPERATION, kwargs, _parse, CallOptions(max_retries=max_retries, timeout=timeout, deadline=deadline)
    )


async def asyncio(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    customer_id: int | str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
    event_type: EventType | str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
) -> LoyaltyEventPage:
    """Get a customer's loyalty events (awaitable)

    Calls ``asyncio_detailed`` with the same arguments and returns only the decoded model; the
    operation, its arguments and its errors are documented on ``sync_detailed``.

    Returns:
        LoyaltyEventPage: the decoded success answer (an error status raises instead).
    """

    return (
        await asyncio_detailed(
            client=client,
            customer_id=customer_id,
            limit=limit,
            offset=offset,
            page=page,
            event_type=event_type,
            from_date=from_date,
            to_date=to_date,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )
    ).parsed


PAGING = PagingSpec.from_dict(
    {
        "style": "offset",
        "items": "/data",
        "item_id": "/id",
        "order": "date ascending",
        "page_size": {"param": "limit", "default": 10, "minimum": 1},
        "position": {"param": "page", "next": "increment", "first": 1},
        "record_offset": "offset",
        "last_page": ["short_page", "empty_page", "end_error"],
        "end_error_codes": ["814"],
        "shifting": True,
    }
)


def _records(page: LoyaltyEventPage) -> list[LoyaltyEvent]:
    return pagination.records_at(page, ["data"])


def sync_pages(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    customer_id: int | str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
    event_type: EventType | str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
    max_pages: int | None = None,
    concurrency: int | None = None,
) -> Iterator[LoyaltyEventPage]:
    """Get a customer's loyalty events — every page

    Walks the pages itself: starts at the given `page` (or the first page), follows the
    vendor's pagination and stops on its last-page signal. Every record present for the whole walk is yielded exactly
    once, or `errors.PaginationError` is raised; no record is ever yielded twice.
    Pages are read as overlapping windows (each request after the first chooses its
    record offset and page size), so records inserted or deleted while the walk runs are
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
        Iterator of LoyaltyEventPage: each page's decoded model, in order.
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        limit=limit,
        offset=offset,
        page=page,
        event_type=event_type,
        from_date=from_date,
        to_date=to_date,
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
    customer_id: int | str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
    event_type: EventType | str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
    max_pages: int | None = None,
    concurrency: int | None = None,
    max_items: int | None = None,
) -> Iterator[LoyaltyEvent]:
    """Get a customer's loyalty events — every record, across all pages

    Walks the pages itself: starts at the given `page` (or the first page), follows the
    vendor's pagination and stops on its last-page signal. Every record present for the whole walk is yielded exactly
    once, or `errors.PaginationError` is raised; no record is ever yielded twice.
    Pages are read as overlapping windows (each request after the first chooses its
    record offset and page size), so records inserted or deleted while the walk runs are
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
        Iterator of LoyaltyEvent: every record once, in the vendor's order.
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        limit=limit,
        offset=offset,
        page=page,
        event_type=event_type,
        from_date=from_date,
        to_date=to_date,
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
    customer_id: int | str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
    event_type: EventType | str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
    max_pages: int | None = None,
    concurrency: int | None = None,
) -> AsyncIterator[LoyaltyEventPage]:
    """Get a customer's loyalty events — every page (async iterator)

    Walks the pages itself: starts at the given `page` (or the first page), follows the
    vendor's pagination and stops on its last-page signal. Every record present for the whole walk is yielded exactly
    once, or `errors.PaginationError` is raised; no record is ever yielded twice.
    Pages are read as overlapping windows (each request after the first chooses its
    record offset and page size), so records inserted or deleted while the walk runs are
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
        AsyncIterator of LoyaltyEventPage: each page's decoded model, in order.
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        limit=limit,
        offset=offset,
        page=page,
        event_type=event_type,
        from_date=from_date,
        to_date=to_date,
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
    customer_id: int | str,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    page: int | Unset = UNSET,
    event_type: EventType | str | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
    max_pages: int | None = None,
    concurrency: int | None = None,
    max_items: int | None = None,
) -> AsyncIterator[LoyaltyEvent]:
    """Get a customer's loyalty events — every record, across all pages (async iterator)

    Walks the pages itself: starts at the given `page` (or the first page), follows the
    vendor's pagination and stops on its last-page signal. Every record present for the whole walk is yielded exactly
    once, or `errors.PaginationError` is raised; no record is ever yielded twice.
    Pages are read as overlapping windows (each request after the first chooses its
    record offset and page size), so records inserted or deleted while the walk runs are
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
        AsyncIterator of LoyaltyEvent: every record once, in the vendor's order.
    """

    kwargs = _get_kwargs(
        customer_id=customer_id,
        limit=limit,
        offset=offset,
        page=page,
        event_type=event_type,
        from_date=from_date,
        to_date=to_date,
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
