# generated from specs/yuko/openapi.yaml — do not edit
"""The resources of the clients: each tag's operations as methods, ``client.<tag>.<method>(...)``.

Each method calls the operation's function in ``loyalty_yuko.api.<tag>.<operation>`` with the client it is
bound to, so both take the same arguments and behave the same. Per operation: ``<method>`` (the decoded model),
``<method>_detailed`` (the ``Response``) and, for a list, ``<method>_all`` (every record) and ``<method>_pages``
(every page). The ``Async`` resources, of ``AsyncAuthenticatedClient``, have awaitables and async iterators.
"""

from collections.abc import AsyncIterator, Iterator

import httpx
from loyalty_runtime.client import Resource

from .api.activities import list_customer_activities as _list_customer_activities
from .client import AsyncAuthenticatedClient, AuthenticatedClient
from .models.activity_source_type_filter import ActivitySourceTypeFilter
from .models.customer_activity import CustomerActivity
from .models.customer_activity_page import CustomerActivityPage
from .types import UNSET, Response, Unset


class ActivitiesResource(Resource[AuthenticatedClient]):
    """``client.activities``: A customer's loyalty activity ledger."""

    __slots__ = ()

    def list(
        self,
        *,
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

        Returns one page of a customer's loyalty activities — points earned, rewards redeemed, tier changes
        and manual adjustments — newest first (`created_at` descending). The customer is identified by the
        e-commerce platform's customer ID (e.g. the Shopify customer ID), not by Yuko's own UUID. Results
        can be narrowed with `source_type` and `activity_type`.

        Requires a REST API token with the `activities:read` scope ("activities" with Read Access).

        Paging: send `page` (from 1) and `per_page` (1–100); continue with `meta.pagination.current_page +
        1` while `meta.pagination.has_more` is `true`. Inferred: new activities created during a walk push
        older ones onto later pages, so the same activity can appear on two pages; de-duplicate on `id`.

        Args:
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
            CustomerActivityPage: the decoded success answer (an error status raises instead).
        """

        return _list_customer_activities.sync(
            client=self._client,
            customer_id=customer_id,
            source_type=source_type,
            activity_type=activity_type,
            per_page=per_page,
            page=page,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def list_detailed(
        self,
        *,
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

        Args:
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

        return _list_customer_activities.sync_detailed(
            client=self._client,
            customer_id=customer_id,
            source_type=source_type,
            activity_type=activity_type,
            per_page=per_page,
            page=page,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def list_all(
        self,
        *,
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
            Iterator of CustomerActivity: every record once, in the vendor's order.
        """

        return _list_customer_activities.sync_all(
            client=self._client,
            customer_id=customer_id,
            source_type=source_type,
            activity_type=activity_type,
            per_page=per_page,
            page=page,
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
            Iterator of CustomerActivityPage: each page's decoded model, in order.
        """

        return _list_customer_activities.sync_pages(
            client=self._client,
            customer_id=customer_id,
            source_type=source_type,
            activity_type=activity_type,
            per_page=per_page,
            page=page,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
            max_pages=max_pages,
            concurrency=concurrency,
        )


class AsyncActivitiesResource(Resource[AsyncAuthenticatedClient]):
    """``client.activities`` of ``AsyncAuthenticatedClient``: A customer's loyalty activity ledger."""

    __slots__ = ()

    async def list(
        self,
        *,
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

        Returns one page of a customer's loyalty activities — points earned, rewards redeemed, tier changes
        and manual adjustments — newest first (`created_at` descending). The customer is identified by the
        e-commerce platform's customer ID (e.g. the Shopify customer ID), not by Yuko's own UUID. Results
        can be narrowed with `source_type` and `activity_type`.

        Requires a REST API token with the `activities:read` scope ("activities" with Read Access).

        Paging: send `page` (from 1) and `per_page` (1–100); continue with `meta.pagination.current_page +
        1` while `meta.pagination.has_more` is `true`. Inferred: new activities created during a walk push
        older ones onto later pages, so the same activity can appear on two pages; de-duplicate on `id`.

        Args:
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
            CustomerActivityPage: the decoded success answer (an error status raises instead).
        """

        return await _list_customer_activities.asyncio(
            client=self._client,
            customer_id=customer_id,
            source_type=source_type,
            activity_type=activity_type,
            per_page=per_page,
            page=page,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    async def list_detailed(
        self,
        *,
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

        Args:
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

        return await _list_customer_activities.asyncio_detailed(
            client=self._client,
            customer_id=customer_id,
            source_type=source_type,
            activity_type=activity_type,
            per_page=per_page,
            page=page,
            max_retries=max_retries,
            timeout=timeout,
            deadline=deadline,
        )

    def list_all(
        self,
        *,
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
        """List a customer's loyalty activities — every record, across all pages

        Walks the pages itself: starts at the given `page` (or the first page), follows the
        vendor's pagination and stops on its last-page signal. Every record present for the whole walk is yielded exactly
        once, or `errors.PaginationError` is raised; no record is ever yielded twice.
        Pages are read as overlapping windows (each request after the first chooses its
        page and page size), so records inserted or deleted while the walk runs are
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
            Iterator of CustomerActivity: every record once, in the vendor's order.
        """

        return _list_customer_activities.asyncio_all(
            client=self._client,
            customer_id=customer_id,
            source_type=source_type,
            activity_type=activity_type,
            per_page=per_page,
            page=page,
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
        """List a customer's loyalty activities — every page

        Walks the pages itself: starts at the given `page` (or the first page), follows the
        vendor's pagination and stops on its last-page signal. Every record present for the whole walk is yielded exactly
        once, or `errors.PaginationError` is raised; no record is ever yielded twice.
        Pages are read as overlapping windows (each request after the first chooses its
        page and page size), so records inserted or deleted while the walk runs are
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
            Iterator of CustomerActivityPage: each page's decoded model, in order.
        """

        return _list_customer_activities.asyncio_pages(
            client=self._client,
            customer_id=customer_id,
            source_type=source_type,
            activity_type=activity_type,
            per_page=per_page,
            page=page,
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
