# generated from specs/capillary/openapi.yaml — do not edit
"""The resources of the clients: each tag's operations as methods, ``client.<tag>.<method>(...)``.

Each method calls the operation's function in ``loyalty_capillary.api.<tag>.<operation>`` with the client it is
bound to, so both take the same arguments and behave the same. Per operation: ``<method>`` (the decoded model),
``<method>_detailed`` (the ``Response``) and, for a list, ``<method>_all`` (every record) and ``<method>_pages``
(every page). The ``Async`` resources, of ``AsyncAuthenticatedClient``, have awaitables and async iterators.
"""

import datetime
from collections.abc import AsyncIterator, Iterator

import httpx
from loyalty_runtime.client import Resource

from .api.customers import get_loyalty_events as _get_loyalty_events
from .client import AsyncAuthenticatedClient, AuthenticatedClient
from .models.event_type import EventType
from .models.loyalty_event import LoyaltyEvent
from .models.loyalty_event_page import LoyaltyEventPage
from .types import UNSET, Response, Unset


class CustomersResource(Resource[AuthenticatedClient]):
    """``client.customers``: Operations on one Capillary customer, addressed by its Capillary customer id."""

    __slots__ = ()

    def list_loyalty_events(
        self,
        *,
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

        Args:
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
            LoyaltyEventPage: the decoded success answer (an error status raises instead).
        """

        return _get_loyalty_events.sync(
            client=self._client,
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

    def list_loyalty_events_detailed(
        self,
        *,
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

        Args:
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

        return _get_loyalty_events.sync_detailed(
            client=self._client,
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

    def list_loyalty_events_all(
        self,
        *,
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
        The operation's arguments are those of the ``_detailed`` method (documented there); these differ or are added:

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

        return _get_loyalty_events.sync_all(
            client=self._client,
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
            max_pages=max_pages,
            concurrency=concurrency,
            max_items=max_items,
        )

    def list_loyalty_events_pages(
        self,
        *,
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
        The operation's arguments are those of the ``_detailed`` method (documented there); these differ or are added:

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

        return _get_loyalty_events.sync_pages(
            client=self._client,
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
            max_pages=max_pages,
            concurrency=concurrency,
        )


class AsyncCustomersResource(Resource[AsyncAuthenticatedClient]):
    """``client.customers`` of ``AsyncAuthenticatedClient``: Operations on one Capillary customer, addressed by its Capillary customer id."""

    __slots__ = ()

    async def list_loyalty_events(
        self,
        *,
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

        Args:
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
            LoyaltyEventPage: the decoded success answer (an error status raises instead).
        """

        return await _get_loyalty_events.asyncio(
            client=self._client,
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

    async def list_loyalty_events_detailed(
        self,
        *,
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

        Args:
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

        return await _get_loyalty_events.asyncio_detailed(
            client=self._client,
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

    def list_loyalty_events_all(
        self,
        *,
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
        """Get a customer's loyalty events — every record, across all pages

        Walks the pages itself: starts at the given `page` (or the first page), follows the
        vendor's pagination and stops on its last-page signal. Every record present for the whole walk is yielded exactly
        once, or `errors.PaginationError` is raised; no record is ever yielded twice.
        Pages are read as overlapping windows (each request after the first chooses its
        record offset and page size), so records inserted or deleted while the walk runs are
        detected and re-read.
        Each page is one request, retried on its own. Arguments are checked when called, before the first request.
        The operation's arguments are those of the ``_detailed`` method (documented there); these differ or are added:

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

        return _get_loyalty_events.asyncio_all(
            client=self._client,
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
            max_pages=max_pages,
            concurrency=concurrency,
            max_items=max_items,
        )

    def list_loyalty_events_pages(
        self,
        *,
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
        """Get a customer's loyalty events — every page

        Walks the pages itself: starts at the given `page` (or the first page), follows the
        vendor's pagination and stops on its last-page signal. Every record present for the whole walk is yielded exactly
        once, or `errors.PaginationError` is raised; no record is ever yielded twice.
        Pages are read as overlapping windows (each request after the first chooses its
        record offset and page size), so records inserted or deleted while the walk runs are
        detected and re-read. Each page's records list holds only the
        records not yielded before.
        Each page is one request, retried on its own. Arguments are checked when called, before the first request.
        The operation's arguments are those of the ``_detailed`` method (documented there); these differ or are added:

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

        return _get_loyalty_events.asyncio_pages(
            client=self._client,
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
            max_pages=max_pages,
            concurrency=concurrency,
        )


__all__ = [
    "AsyncCustomersResource",
    "CustomersResource",
]
