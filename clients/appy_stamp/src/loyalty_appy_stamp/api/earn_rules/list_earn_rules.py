# generated from specs/appy_stamp/openapi.yaml — do not edit
"""List earn rules — ``GET /earn-rules``."""

from collections.abc import Callable
from typing import Any

import httpx
from loyalty_runtime import decode as _decode
from loyalty_runtime import fast, transport
from loyalty_runtime.transport import CallOptions, Operation

from ...client import AsyncAuthenticatedClient, AuthenticatedClient
from ...models.earn_rule_list import EarnRuleList
from ...types import Response

OPERATION = Operation(operation_id="listEarnRules", method="GET", path="/earn-rules")


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/earn-rules",
    }

    return _kwargs


def _from_json(data: Any) -> EarnRuleList:
    return EarnRuleList.from_dict(data if type(data) is dict else _decode.dict_of(data, None))


def _load_fast() -> Callable[[bytes], tuple[Any, EarnRuleList]]:
    from ..._fast import earn_rule_list  # needs msgspec: imported on first use, when installed

    return earn_rule_list


# The reference decoding of parsed JSON, and the fast path over the body's bytes (loyalty_runtime.fast).
_parse = fast.Parser(_from_json, _load_fast)


def sync_detailed(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
) -> Response[EarnRuleList]:
    """List earn rules

    Returns every earn rule of the shop (the ways customers earn stamps) in one response, with the
    number of rules in `meta.count`.

    ``sync`` returns only the decoded model; ``asyncio_detailed`` and ``asyncio`` are their awaitable twins.

    Args:
        client: The authenticated client.
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

    kwargs = _get_kwargs()
    return transport.send(
        client, OPERATION, kwargs, _parse, CallOptions(max_retries=max_retries, timeout=timeout, deadline=deadline)
    )


def sync(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
) -> EarnRuleList:
    """List earn rules

    Calls ``sync_detailed`` with the same arguments and returns only the decoded model; the
    operation, its arguments and its errors are documented on ``sync_detailed``.

    Returns:
        EarnRuleList: the decoded success answer (an error status raises instead).
    """

    return sync_detailed(client=client, max_retries=max_retries, timeout=timeout, deadline=deadline).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
) -> Response[EarnRuleList]:
    """List earn rules (awaitable)

    The awaitable twin of ``sync_detailed``, with the same arguments and behaviour; the operation, its arguments and
    its errors are documented on ``sync_detailed``.

    Returns:
        Response[EarnRuleList]: status, headers, raw content and the decoded model.
    """

    kwargs = _get_kwargs()
    return await transport.asend(
        client, OPERATION, kwargs, _parse, CallOptions(max_retries=max_retries, timeout=timeout, deadline=deadline)
    )


async def asyncio(
    *,
    client: AuthenticatedClient | AsyncAuthenticatedClient,
    max_retries: int | None = None,
    timeout: httpx.Timeout | float | None = None,
    deadline: float | None = None,
) -> EarnRuleList:
    """List earn rules (awaitable)

    Calls ``asyncio_detailed`` with the same arguments and returns only the decoded model; the
    operation, its arguments and its errors are documented on ``sync_detailed``.

    Returns:
        EarnRuleList: the decoded success answer (an error status raises instead).
    """

    return (await asyncio_detailed(client=client, max_retries=max_retries, timeout=timeout, deadline=deadline)).parsed
