# generated from specs/voucherify/openapi.yaml — do not edit
"""The resources of the clients: each tag's operations as methods, ``client.<tag>.<method>(...)``.

Each method calls the operation's function in ``loyalty_voucherify.api.<tag>.<operation>`` with the client it is
bound to, so both take the same arguments and behave the same. Per operation: ``<method>`` (the decoded model),
``<method>_detailed`` (the ``Response``) and, for a list, ``<method>_all`` (every record) and ``<method>_pages``
(every page). The ``Async`` resources, of ``AsyncAuthenticatedClient``, have awaitables and async iterators.
"""

import datetime
from collections.abc import AsyncIterator, Iterator

import httpx
from loyalty_runtime.client import Resource

from .api.customers import list_customer_activity as _list_customer_activity
from .client import AsyncAuthenticatedClient, AuthenticatedClient
from .models.activity_category import ActivityCategory
from .models.activity_order import ActivityOrder
from .models.campaign_type import CampaignType
from .models.customer_activity import CustomerActivity
from .models.customer_activity_page import CustomerActivityPage
from .models.customer_event_type_filter import CustomerEventTypeFilter
from .types import UNSET, Response, Unset


class CustomersResource(Resource[AuthenticatedClient]):
    """``client.customers``: Customer resources, including the customer's activity (event) history."""

    __slots__ = ()

    def list_activity(
        self,
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
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        deadline: float | None = None,
    ) -> CustomerActivityPage:
        """List customer activity

        Returns one page of the events recorded for a customer, identified by its Voucherify `id` or by the
        merchant's `source_id`. Events can be filtered by time range, campaign, campaign type, category and
        event type and ordered by creation time. Follow `more_starting_after` (sent back as
        `starting_after_id`) while `has_more` is `true` to read every page.

        This operation replaces the deprecated `GET /v1/customers/{customerId}/activities`, which has a
        different envelope (`total`) and different parameters and is not described here.

        Args:
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
            CustomerActivityPage: the decoded success answer (an error status raises instead).
        """

        return _list_customer_activity.sync(
            client=self._client,
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

    def list_activity_detailed(
        self,
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

        Args:
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

        return _list_customer_activity.sync_detailed(
            client=self._client,
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

    def list_activity_all(
        self,
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

        return _list_customer_activity.sync_all(
            client=self._client,
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
            max_pages=max_pages,
            concurrency=concurrency,
            max_items=max_items,
        )

    def list_activity_pages(
        self,
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

        return _list_customer_activity.sync_pages(
            client=self._client,
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
            max_pages=max_pages,
            concurrency=concurrency,
        )


class AsyncCustomersResource(Resource[AsyncAuthenticatedClient]):
    """``client.customers`` of ``AsyncAuthenticatedClient``: Customer resources, including the customer's activity (event) history."""

    __slots__ = ()

    async def list_activity(
        self,
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
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        deadline: float | None = None,
    ) -> CustomerActivityPage:
        """List customer activity

        Returns one page of the events recorded for a customer, identified by its Voucherify `id` or by the
        merchant's `source_id`. Events can be filtered by time range, campaign, campaign type, category and
        event type and ordered by creation time. Follow `more_starting_after` (sent back as
        `starting_after_id`) while `has_more` is `true` to read every page.

        This operation replaces the deprecated `GET /v1/customers/{customerId}/activities`, which has a
        different envelope (`total`) and different parameters and is not described here.

        Args:
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
            CustomerActivityPage: the decoded success answer (an error status raises instead).
        """

        return await _list_customer_activity.asyncio(
            client=self._client,
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

    async def list_activity_detailed(
        self,
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

        Args:
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

        return await _list_customer_activity.asyncio_detailed(
            client=self._client,
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

    def list_activity_all(
        self,
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
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        deadline: float | None = None,
        max_pages: int | None = None,
        concurrency: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[CustomerActivity]:
        """List customer activity — every record, across all pages

        Walks the pages itself: starts at the given `starting_after_id` (or the first page), follows the
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

        return _list_customer_activity.asyncio_all(
            client=self._client,
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
            max_pages=max_pages,
            concurrency=concurrency,
            max_items=max_items,
        )

    def list_activity_pages(
        self,
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
        max_retries: int | None = None,
        timeout: httpx.Timeout | float | None = None,
        deadline: float | None = None,
        max_pages: int | None = None,
        concurrency: int | None = None,
    ) -> AsyncIterator[CustomerActivityPage]:
        """List customer activity — every page

        Walks the pages itself: starts at the given `starting_after_id` (or the first page), follows the
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

        return _list_customer_activity.asyncio_pages(
            client=self._client,
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
            max_pages=max_pages,
            concurrency=concurrency,
        )


__all__ = [
    "AsyncCustomersResource",
    "CustomersResource",
]
