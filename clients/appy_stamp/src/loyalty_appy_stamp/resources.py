# generated from specs/appy_stamp/openapi.yaml — do not edit
"""The resources of the clients: each tag's operations as methods, ``client.<tag>.<method>(...)``.

Each method calls the operation's function in ``loyalty_appy_stamp.api.<tag>.<operation>`` with the client it is
bound to, so both take the same arguments and behave the same. Per operation: ``<method>`` (the decoded model),
``<method>_detailed`` (the ``Response``) and, for a list, ``<method>_all`` (every record) and ``<method>_pages``
(every page). The ``Async`` resources, of ``AsyncAuthenticatedClient``, have awaitables and async iterators.
"""

from collections.abc import AsyncIterator, Iterator

import httpx
from loyalty_runtime.client import Resource

from .api.activities import list_customer_activities as _list_customer_activities
from .api.activities import process_earn_rule as _process_earn_rule
from .api.earn_rules import get_earn_rule as _get_earn_rule
from .api.earn_rules import list_earn_rules as _list_earn_rules
from .client import AsyncAuthenticatedClient, AuthenticatedClient
from .models.customer_activity import CustomerActivity
from .models.customer_activity_page import CustomerActivityPage
from .models.earn_rule_list import EarnRuleList
from .models.earn_rule_response import EarnRuleResponse
from .models.process_earn_rule_request import ProcessEarnRuleRequest
from .models.stamp_result_response import StampResultResponse
from .types import UNSET, Response, Unset


class ActivitiesResource(Resource[AuthenticatedClient]):
    """``client.activities``: A customer's loyalty ledger, and processing earn rules on the customer's behalf."""

    __slots__ = ()

    def list(
        self,
        *,
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

        Returns one page of the customer's loyalty ledger (stamps earned, redeemed and adjusted), newest
        first. The list is cursor-paginated: send the previous response's `meta.pagination.nextCursor` as
        `after` to fetch the next page, until `meta.pagination.hasNext` is `false`. The total `count` is
        only computed when `hasCount=true`.

        Args:
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
            CustomerActivityPage: the decoded success answer (an error status raises instead).
        """

        return _list_customer_activities.sync(
            client=self._client,
            id=id,
            limit=limit,
            after=after,
            before=before,
            has_count=has_count,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def list_detailed(
        self,
        *,
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

        Args:
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

        return _list_customer_activities.sync_detailed(
            client=self._client,
            id=id,
            limit=limit,
            after=after,
            before=before,
            has_count=has_count,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def list_all(
        self,
        *,
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
        The operation's arguments are those of the ``_detailed`` method (documented there); these differ or are added:

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

        return _list_customer_activities.sync_all(
            client=self._client,
            id=id,
            limit=limit,
            after=after,
            before=before,
            has_count=has_count,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
            max_pages=max_pages,
            concurrency=concurrency,
            max_items=max_items,
        )

    def list_pages(
        self,
        *,
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
        The operation's arguments are those of the ``_detailed`` method (documented there); these differ or are added:

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

        return _list_customer_activities.sync_pages(
            client=self._client,
            id=id,
            limit=limit,
            after=after,
            before=before,
            has_count=has_count,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
            max_pages=max_pages,
            concurrency=concurrency,
        )

    def process_earn_rule(
        self,
        *,
        id: str,
        body: ProcessEarnRuleRequest,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        deadline: float | None = None,
    ) -> StampResultResponse:
        """Process an earn rule for a customer

        Processes an earn rule on the customer's behalf (for example awarding stamps for a social follow or
        a review) and returns the stamp change applied and the customer's resulting balance. The amount
        awarded is the rule's `step` times its `multiplier`. Fails with `404 EARN_RULE_NOT_FOUND` for an
        unknown rule and `422 ACTIVITY_NOT_AWARDED` when the rule's own limits or eligibility prevent the
        award. Inferred: no idempotency key is documented, so a retry can award stamps twice; retry only
        when the request certainly did not take effect (connection refused, `429`), never after a timeout or
        `5xx`.

        Args:
            body (ProcessEarnRuleRequest): The request body, a model instance (a plain dict is
                refused: build one with ``from_dict``, which checks it).
            id (str): The customer's Shopify customer ID (for example `6677889900`).
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
            StampResultResponse: the decoded success answer (an error status raises instead).
        """

        return _process_earn_rule.sync(
            client=self._client, id=id, body=body, max_retries=max_retries, timeout=timeout, deadline=deadline
        )

    def process_earn_rule_detailed(
        self,
        *,
        id: str,
        body: ProcessEarnRuleRequest,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Response[StampResultResponse]:
        """Process an earn rule for a customer

        Processes an earn rule on the customer's behalf (for example awarding stamps for a social follow or
        a review) and returns the stamp change applied and the customer's resulting balance. The amount
        awarded is the rule's `step` times its `multiplier`. Fails with `404 EARN_RULE_NOT_FOUND` for an
        unknown rule and `422 ACTIVITY_NOT_AWARDED` when the rule's own limits or eligibility prevent the
        award. Inferred: no idempotency key is documented, so a retry can award stamps twice; retry only
        when the request certainly did not take effect (connection refused, `429`), never after a timeout or
        `5xx`.

        Args:
            body (ProcessEarnRuleRequest): The request body, a model instance (a plain dict is
                refused: build one with ``from_dict``, which checks it).
            id (str): The customer's Shopify customer ID (for example `6677889900`).
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
            Response[StampResultResponse]: status, headers, raw content and the decoded model.
        """

        return _process_earn_rule.sync_detailed(
            client=self._client, id=id, body=body, max_retries=max_retries, timeout=timeout, deadline=deadline
        )


class AsyncActivitiesResource(Resource[AsyncAuthenticatedClient]):
    """``client.activities`` of ``AsyncAuthenticatedClient``: A customer's loyalty ledger, and processing earn rules on the customer's behalf."""

    __slots__ = ()

    async def list(
        self,
        *,
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

        Returns one page of the customer's loyalty ledger (stamps earned, redeemed and adjusted), newest
        first. The list is cursor-paginated: send the previous response's `meta.pagination.nextCursor` as
        `after` to fetch the next page, until `meta.pagination.hasNext` is `false`. The total `count` is
        only computed when `hasCount=true`.

        Args:
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
            CustomerActivityPage: the decoded success answer (an error status raises instead).
        """

        return await _list_customer_activities.asyncio(
            client=self._client,
            id=id,
            limit=limit,
            after=after,
            before=before,
            has_count=has_count,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    async def list_detailed(
        self,
        *,
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

        Args:
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

        return await _list_customer_activities.asyncio_detailed(
            client=self._client,
            id=id,
            limit=limit,
            after=after,
            before=before,
            has_count=has_count,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def list_all(
        self,
        *,
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
        """List a customer's activities — every record, across all pages

        Walks the pages itself: starts at the given `after` (or the first page), follows the
        vendor's pagination and stops on its last-page signal. Every record present for the whole walk is yielded exactly
        once, or `errors.PaginationError` is raised; no record is ever yielded twice.
        Each page is one request, retried on its own. Arguments are checked when called, before the first request.
        The operation's arguments are those of the ``_detailed`` method (documented there); these differ or are added:

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

        return _list_customer_activities.asyncio_all(
            client=self._client,
            id=id,
            limit=limit,
            after=after,
            before=before,
            has_count=has_count,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
            max_pages=max_pages,
            concurrency=concurrency,
            max_items=max_items,
        )

    def list_pages(
        self,
        *,
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
        """List a customer's activities — every page

        Walks the pages itself: starts at the given `after` (or the first page), follows the
        vendor's pagination and stops on its last-page signal. Every record present for the whole walk is yielded exactly
        once, or `errors.PaginationError` is raised; no record is ever yielded twice.
        Each page is one request, retried on its own. Arguments are checked when called, before the first request.
        The operation's arguments are those of the ``_detailed`` method (documented there); these differ or are added:

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

        return _list_customer_activities.asyncio_pages(
            client=self._client,
            id=id,
            limit=limit,
            after=after,
            before=before,
            has_count=has_count,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
            max_pages=max_pages,
            concurrency=concurrency,
        )

    async def process_earn_rule(
        self,
        *,
        id: str,
        body: ProcessEarnRuleRequest,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        deadline: float | None = None,
    ) -> StampResultResponse:
        """Process an earn rule for a customer

        Processes an earn rule on the customer's behalf (for example awarding stamps for a social follow or
        a review) and returns the stamp change applied and the customer's resulting balance. The amount
        awarded is the rule's `step` times its `multiplier`. Fails with `404 EARN_RULE_NOT_FOUND` for an
        unknown rule and `422 ACTIVITY_NOT_AWARDED` when the rule's own limits or eligibility prevent the
        award. Inferred: no idempotency key is documented, so a retry can award stamps twice; retry only
        when the request certainly did not take effect (connection refused, `429`), never after a timeout or
        `5xx`.

        Args:
            body (ProcessEarnRuleRequest): The request body, a model instance (a plain dict is
                refused: build one with ``from_dict``, which checks it).
            id (str): The customer's Shopify customer ID (for example `6677889900`).
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
            StampResultResponse: the decoded success answer (an error status raises instead).
        """

        return await _process_earn_rule.asyncio(
            client=self._client, id=id, body=body, max_retries=max_retries, timeout=timeout, deadline=deadline
        )

    async def process_earn_rule_detailed(
        self,
        *,
        id: str,
        body: ProcessEarnRuleRequest,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Response[StampResultResponse]:
        """Process an earn rule for a customer

        Processes an earn rule on the customer's behalf (for example awarding stamps for a social follow or
        a review) and returns the stamp change applied and the customer's resulting balance. The amount
        awarded is the rule's `step` times its `multiplier`. Fails with `404 EARN_RULE_NOT_FOUND` for an
        unknown rule and `422 ACTIVITY_NOT_AWARDED` when the rule's own limits or eligibility prevent the
        award. Inferred: no idempotency key is documented, so a retry can award stamps twice; retry only
        when the request certainly did not take effect (connection refused, `429`), never after a timeout or
        `5xx`.

        Args:
            body (ProcessEarnRuleRequest): The request body, a model instance (a plain dict is
                refused: build one with ``from_dict``, which checks it).
            id (str): The customer's Shopify customer ID (for example `6677889900`).
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
            Response[StampResultResponse]: status, headers, raw content and the decoded model.
        """

        return await _process_earn_rule.asyncio_detailed(
            client=self._client, id=id, body=body, max_retries=max_retries, timeout=timeout, deadline=deadline
        )


class EarnRulesResource(Resource[AuthenticatedClient]):
    """``client.earn_rules``: The ways customers earn stamps in the shop."""

    __slots__ = ()

    def list(
        self,
        *,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        deadline: float | None = None,
    ) -> EarnRuleList:
        """List earn rules

        Returns every earn rule of the shop (the ways customers earn stamps) in one response, with the
        number of rules in `meta.count`.

        Args:
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
            EarnRuleList: the decoded success answer (an error status raises instead).
        """

        return _list_earn_rules.sync(client=self._client, max_retries=max_retries, timeout=timeout, deadline=deadline)

    def list_detailed(
        self,
        *,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Response[EarnRuleList]:
        """List earn rules

        Returns every earn rule of the shop (the ways customers earn stamps) in one response, with the
        number of rules in `meta.count`.

        Args:
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
            Response[EarnRuleList]: status, headers, raw content and the decoded model.
        """

        return _list_earn_rules.sync_detailed(
            client=self._client, max_retries=max_retries, timeout=timeout, deadline=deadline
        )

    def get(
        self,
        *,
        id: str,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        deadline: float | None = None,
    ) -> EarnRuleResponse:
        """Get an earn rule

        Returns one earn rule of the shop by its ID, or `404 EARN_RULE_NOT_FOUND`.

        Args:
            id (str): The earn rule's ID, as returned in `id` by `GET /earn-rules` (for example `12`).
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
            EarnRuleResponse: the decoded success answer (an error status raises instead).
        """

        return _get_earn_rule.sync(
            client=self._client, id=id, max_retries=max_retries, timeout=timeout, deadline=deadline
        )

    def get_detailed(
        self,
        *,
        id: str,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Response[EarnRuleResponse]:
        """Get an earn rule

        Returns one earn rule of the shop by its ID, or `404 EARN_RULE_NOT_FOUND`.

        Args:
            id (str): The earn rule's ID, as returned in `id` by `GET /earn-rules` (for example `12`).
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
            Response[EarnRuleResponse]: status, headers, raw content and the decoded model.
        """

        return _get_earn_rule.sync_detailed(
            client=self._client, id=id, max_retries=max_retries, timeout=timeout, deadline=deadline
        )


class AsyncEarnRulesResource(Resource[AsyncAuthenticatedClient]):
    """``client.earn_rules`` of ``AsyncAuthenticatedClient``: The ways customers earn stamps in the shop."""

    __slots__ = ()

    async def list(
        self,
        *,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        deadline: float | None = None,
    ) -> EarnRuleList:
        """List earn rules

        Returns every earn rule of the shop (the ways customers earn stamps) in one response, with the
        number of rules in `meta.count`.

        Args:
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
            EarnRuleList: the decoded success answer (an error status raises instead).
        """

        return await _list_earn_rules.asyncio(
            client=self._client, max_retries=max_retries, timeout=timeout, deadline=deadline
        )

    async def list_detailed(
        self,
        *,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Response[EarnRuleList]:
        """List earn rules

        Returns every earn rule of the shop (the ways customers earn stamps) in one response, with the
        number of rules in `meta.count`.

        Args:
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
            Response[EarnRuleList]: status, headers, raw content and the decoded model.
        """

        return await _list_earn_rules.asyncio_detailed(
            client=self._client, max_retries=max_retries, timeout=timeout, deadline=deadline
        )

    async def get(
        self,
        *,
        id: str,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        deadline: float | None = None,
    ) -> EarnRuleResponse:
        """Get an earn rule

        Returns one earn rule of the shop by its ID, or `404 EARN_RULE_NOT_FOUND`.

        Args:
            id (str): The earn rule's ID, as returned in `id` by `GET /earn-rules` (for example `12`).
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
            EarnRuleResponse: the decoded success answer (an error status raises instead).
        """

        return await _get_earn_rule.asyncio(
            client=self._client, id=id, max_retries=max_retries, timeout=timeout, deadline=deadline
        )

    async def get_detailed(
        self,
        *,
        id: str,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        deadline: float | None = None,
    ) -> Response[EarnRuleResponse]:
        """Get an earn rule

        Returns one earn rule of the shop by its ID, or `404 EARN_RULE_NOT_FOUND`.

        Args:
            id (str): The earn rule's ID, as returned in `id` by `GET /earn-rules` (for example `12`).
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
            Response[EarnRuleResponse]: status, headers, raw content and the decoded model.
        """

        return await _get_earn_rule.asyncio_detailed(
            client=self._client, id=id, max_retries=max_retries, timeout=timeout, deadline=deadline
        )


__all__ = [
    "AsyncActivitiesResource",
    "ActivitiesResource",
    "AsyncEarnRulesResource",
    "EarnRulesResource",
]
