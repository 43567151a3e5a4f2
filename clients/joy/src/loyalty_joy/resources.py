# generated from specs/joy/openapi.yaml — do not edit
"""The resources of the clients: each tag's operations as methods, ``client.<tag>.<method>(...)``.

Each method calls the operation's function in ``loyalty_joy.api.<tag>.<operation>`` with the client it is
bound to, so both take the same arguments and behave the same. Per operation: ``<method>`` (the decoded model),
``<method>_detailed`` (the ``Response``) and, for a list, ``<method>_all`` (every record) and ``<method>_pages``
(every page). The ``Async`` resources, of ``AsyncAuthenticatedClient``, have awaitables and async iterators.
"""

from collections.abc import AsyncIterator, Iterator

import httpx
from loyalty_runtime.client import Resource

from .api.activities import list_activities as _list_activities
from .client import AsyncAuthenticatedClient, AuthenticatedClient
from .models.customer_activity import CustomerActivity
from .models.customer_activity_page import CustomerActivityPage
from .types import UNSET, Response, Unset


class ActivitiesResource(Resource[AuthenticatedClient]):
    """``client.activities``: Point activities (points history) of a loyalty customer."""

    __slots__ = ()

    def list(
        self,
        *,
        shopify_customer_id: str,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        deadline: float | None = None,
    ) -> CustomerActivityPage:
        """List point activities

        Returns one page of a customer's point activities (earned, redeemed and manually adjusted points),
        newest first. The customer is selected by Shopify customer id.

        Inferred: pagination is not documented for v1. We follow v2 and the Joy JS SDK ("paginate by before
        and after parameters"): send `after` = the `id` of the last activity of the current page to get the
        next page, with the same `shopifyCustomerId` and `limit`; stop when `pageInfo.hasNext` is false or
        `data` is empty.

        Args:
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
            CustomerActivityPage: the decoded success answer (an error status raises instead).
        """

        return _list_activities.sync(
            client=self._client,
            shopify_customer_id=shopify_customer_id,
            after=after,
            before=before,
            limit=limit,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def list_detailed(
        self,
        *,
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

        Args:
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

        return _list_activities.sync_detailed(
            client=self._client,
            shopify_customer_id=shopify_customer_id,
            after=after,
            before=before,
            limit=limit,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def list_all(
        self,
        *,
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

        return _list_activities.sync_all(
            client=self._client,
            shopify_customer_id=shopify_customer_id,
            after=after,
            before=before,
            limit=limit,
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

        return _list_activities.sync_pages(
            client=self._client,
            shopify_customer_id=shopify_customer_id,
            after=after,
            before=before,
            limit=limit,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
            max_pages=max_pages,
            concurrency=concurrency,
        )


class AsyncActivitiesResource(Resource[AsyncAuthenticatedClient]):
    """``client.activities`` of ``AsyncAuthenticatedClient``: Point activities (points history) of a loyalty customer."""

    __slots__ = ()

    async def list(
        self,
        *,
        shopify_customer_id: str,
        after: str | Unset = UNSET,
        before: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        deadline: float | None = None,
    ) -> CustomerActivityPage:
        """List point activities

        Returns one page of a customer's point activities (earned, redeemed and manually adjusted points),
        newest first. The customer is selected by Shopify customer id.

        Inferred: pagination is not documented for v1. We follow v2 and the Joy JS SDK ("paginate by before
        and after parameters"): send `after` = the `id` of the last activity of the current page to get the
        next page, with the same `shopifyCustomerId` and `limit`; stop when `pageInfo.hasNext` is false or
        `data` is empty.

        Args:
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
            CustomerActivityPage: the decoded success answer (an error status raises instead).
        """

        return await _list_activities.asyncio(
            client=self._client,
            shopify_customer_id=shopify_customer_id,
            after=after,
            before=before,
            limit=limit,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    async def list_detailed(
        self,
        *,
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

        Args:
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

        return await _list_activities.asyncio_detailed(
            client=self._client,
            shopify_customer_id=shopify_customer_id,
            after=after,
            before=before,
            limit=limit,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def list_all(
        self,
        *,
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
        """List point activities — every record, across all pages

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

        return _list_activities.asyncio_all(
            client=self._client,
            shopify_customer_id=shopify_customer_id,
            after=after,
            before=before,
            limit=limit,
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
        """List point activities — every page

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

        return _list_activities.asyncio_pages(
            client=self._client,
            shopify_customer_id=shopify_customer_id,
            after=after,
            before=before,
            limit=limit,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
            max_pages=max_pages,
            concurrency=concurrency,
        )


__all__ = [
    "AsyncActivitiesResource",
    "ActivitiesResource",
]
