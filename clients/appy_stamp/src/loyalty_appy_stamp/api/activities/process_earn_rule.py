# generated from specs/appy_stamp/openapi.yaml — do not edit
"""Process an earn rule for a customer — ``POST /customers/{id}/activities``."""

from collections.abc import Callable
from typing import Any

import httpx
from loyalty_runtime import checks, fast, transport
from loyalty_runtime import decode as _decode
from loyalty_runtime.transport import CallOptions, Operation

from ...client import AsyncAuthenticatedClient, AuthenticatedClient
from ...models.process_earn_rule_request import ProcessEarnRuleRequest
from ...models.stamp_result_response import StampResultResponse
from ...types import Response

OPERATION = Operation(operation_id="processEarnRule", method="POST", path="/customers/{id}/activities")


def _get_kwargs(
    *,
    id: str,
    body: ProcessEarnRuleRequest,
) -> dict[str, Any]:
    checks.check_string("id", id, min_length=1)
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customers/{id}/activities".format(
            id=checks.path_segment("id", id),
        ),
    }

    _kwargs["json"] = checks.check_body("body", body, ProcessEarnRuleRequest)
    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _from_json(data: Any) -> StampResultResponse:
    return StampResultResponse.from_dict(data if type(data) is dict else _decode.dict_of(data, None))


def _load_fast() -> Callable[[bytes], tuple[Any, StampResultResponse]]:
    from ..._fast import stamp_result_response  # needs msgspec: imported on first use, when installed

    return stamp_result_response


# The reference decoding of parsed JSON, and the fast path over the body's bytes (loyalty_runtime.fast).
_parse = fast.Parser(_from_json, _load_fast)


def sync_detailed(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
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

    ``sync`` returns only the decoded model; ``asyncio_detailed`` and ``asyncio`` are their awaitable twins.

    Args:
        client: The authenticated client.
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

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    return transport.send(
        client, OPERATION, kwargs, _parse, CallOptions(max_retries=max_retries, timeout=timeout, deadline=deadline)
    )


def sync(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    id: str,
    body: ProcessEarnRuleRequest,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
) -> StampResultResponse:
    """Process an earn rule for a customer

    Calls ``sync_detailed`` with the same arguments and returns only the decoded model; the
    operation, its arguments and its errors are documented on ``sync_detailed``.

    Returns:
        StampResultResponse: the decoded success answer (an error status raises instead).
    """

    return sync_detailed(
        client=client, id=id, body=body, max_retries=max_retries, timeout=timeout, deadline=deadline
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    id: str,
    body: ProcessEarnRuleRequest,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
) -> Response[StampResultResponse]:
    """Process an earn rule for a customer (awaitable)

    The awaitable twin of ``sync_detailed``, with the same arguments and behaviour; the operation, its arguments and
    its errors are documented on ``sync_detailed``.

    Returns:
        Response[StampResultResponse]: status, headers, raw content and the decoded model.
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    return await transport.asend(
        client, OPERATION, kwargs, _parse, CallOptions(max_retries=max_retries, timeout=timeout, deadline=deadline)
    )


async def asyncio(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    id: str,
    body: ProcessEarnRuleRequest,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
) -> StampResultResponse:
    """Process an earn rule for a customer (awaitable)

    Calls ``asyncio_detailed`` with the same arguments and returns only the decoded model; the
    operation, its arguments and its errors are documented on ``sync_detailed``.

    Returns:
        StampResultResponse: the decoded success answer (an error status raises instead).
    """

    return (
        await asyncio_detailed(
            client=client, id=id, body=body, max_retries=max_retries, timeout=timeout, deadline=deadline
        )
    ).parsed
