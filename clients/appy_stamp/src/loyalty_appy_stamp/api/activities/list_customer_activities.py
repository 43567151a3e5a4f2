# generated from specs/appy_stamp/openapi.yaml — do not edit
"""List a customer's activities — ``GET /customers/{id}/activities``."""

from typing import Any
from urllib.parse import quote

import httpx
from loyalty_runtime import checks, transport
from loyalty_runtime.transport import CallOptions, Operation

from ...client import AuthenticatedClient
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
    checks.check_text("id", id, min_length=1)
    checks.check_number("limit", limit, minimum=1, maximum=1000)

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["after"] = after

    params["before"] = before

    params["hasCount"] = has_count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customers/{id}/activities".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse(data: Any) -> CustomerActivityPage:
    response_200 = CustomerActivityPage.from_dict(data)

    return response_200


def sync_detailed(
    *,
    client: AuthenticatedClient,
    id: str,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    has_count: bool | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> Response[CustomerActivityPage]:
    """List a customer's activities

    Returns one page of the customer's loyalty ledger (stamps earned, redeemed and adjusted), newest
    first.
    The list is cursor-paginated: send the previous response's `meta.pagination.nextCursor` as `after`
    to
    fetch the next page, until `meta.pagination.hasNext` is `false`. The total `count` is only computed
    when
    `hasCount=true`.

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

    Raises:
        ValueError: An argument is outside its documented range; nothing was sent.
        errors.APIStatusError: The vendor answered with an error (a subclass per status, with the vendor's ``code``).
        errors.APIConnectionError: No answer, after the allowed retries (``APITimeoutError`` for a timeout).
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
    return transport.send(client, OPERATION, kwargs, _parse, CallOptions(max_retries=max_retries, timeout=timeout))


def sync(
    *,
    client: AuthenticatedClient,
    id: str,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    has_count: bool | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> CustomerActivityPage:
    """List a customer's activities

    Returns one page of the customer's loyalty ledger (stamps earned, redeemed and adjusted), newest
    first.
    The list is cursor-paginated: send the previous response's `meta.pagination.nextCursor` as `after`
    to
    fetch the next page, until `meta.pagination.hasNext` is `false`. The total `count` is only computed
    when
    `hasCount=true`.

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

    Raises:
        ValueError: An argument is outside its documented range; nothing was sent.
        errors.APIStatusError: The vendor answered with an error (a subclass per status, with the vendor's ``code``).
        errors.APIConnectionError: No answer, after the allowed retries (``APITimeoutError`` for a timeout).
        errors.ResponseDecodeError: The answer is not JSON or does not fit the spec.

    Returns:
        CustomerActivityPage
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
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id: str,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    has_count: bool | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> Response[CustomerActivityPage]:
    """List a customer's activities

    Returns one page of the customer's loyalty ledger (stamps earned, redeemed and adjusted), newest
    first.
    The list is cursor-paginated: send the previous response's `meta.pagination.nextCursor` as `after`
    to
    fetch the next page, until `meta.pagination.hasNext` is `false`. The total `count` is only computed
    when
    `hasCount=true`.

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

    Raises:
        ValueError: An argument is outside its documented range; nothing was sent.
        errors.APIStatusError: The vendor answered with an error (a subclass per status, with the vendor's ``code``).
        errors.APIConnectionError: No answer, after the allowed retries (``APITimeoutError`` for a timeout).
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
    return await transport.asend(
        client, OPERATION, kwargs, _parse, CallOptions(max_retries=max_retries, timeout=timeout)
    )


async def asyncio(
    *,
    client: AuthenticatedClient,
    id: str,
    limit: int | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
    has_count: bool | Unset = UNSET,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
) -> CustomerActivityPage:
    """List a customer's activities

    Returns one page of the customer's loyalty ledger (stamps earned, redeemed and adjusted), newest
    first.
    The list is cursor-paginated: send the previous response's `meta.pagination.nextCursor` as `after`
    to
    fetch the next page, until `meta.pagination.hasNext` is `false`. The total `count` is only computed
    when
    `hasCount=true`.

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

    Raises:
        ValueError: An argument is outside its documented range; nothing was sent.
        errors.APIStatusError: The vendor answered with an error (a subclass per status, with the vendor's ``code``).
        errors.APIConnectionError: No answer, after the allowed retries (``APITimeoutError`` for a timeout).
        errors.ResponseDecodeError: The answer is not JSON or does not fit the spec.

    Returns:
        CustomerActivityPage
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
        )
    ).parsed
