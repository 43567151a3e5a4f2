"""Sending one operation's request: retries, mapping answers to typed errors, decoding success bodies.

Generated endpoint modules build the request arguments and a ``parse`` function (the success model's
``from_dict``); everything else happens here, the same way for every vendor.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any, TypeVar

import httpx

from loyalty_runtime.client import BaseClient, _as_timeout
from loyalty_runtime.envelope import ErrorEnvelope
from loyalty_runtime.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    ResponseDecodeError,
    error_class,
)
from loyalty_runtime.retry import RetryPolicy
from loyalty_runtime.types import Response

T = TypeVar("T")
# What a generated from_dict raises on a body that does not fit its model.
_DECODE_FAILURES = (KeyError, TypeError, ValueError, AttributeError, IndexError, OverflowError, RecursionError)
_IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})


@dataclass(frozen=True, slots=True)
class Operation:
    """The identity of one API operation, as its generated module declares it."""

    operation_id: str
    method: str
    path: str

    @property
    def idempotent(self) -> bool:
        return self.method.upper() in _IDEMPOTENT


@dataclass(frozen=True, slots=True)
class CallOptions:
    """Per-call overrides of the client's settings."""

    max_retries: int | None = None
    timeout: httpx.Timeout | float | None = None

    def policy(self, client: BaseClient) -> RetryPolicy:
        if self.max_retries is None:
            return client.retry
        if self.max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, got {self.max_retries}")
        return replace(client.retry, max_retries=self.max_retries)

    def request_args(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        return kwargs if self.timeout is None else {**kwargs, "timeout": _as_timeout(self.timeout)}


def send(
    client: BaseClient,
    operation: Operation,
    kwargs: dict[str, Any],
    parse: Callable[[object], T],
    options: CallOptions = CallOptions(),
) -> Response[T]:
    """Send a request (retrying as the policy allows) and return the decoded success answer, or raise."""
    http = client.get_httpx_client()
    policy = options.policy(client)
    attempt = 0
    while True:
        attempt += 1
        request = http.build_request(**options.request_args(kwargs))
        try:
            response = http.send(request)
        except httpx.TransportError as error:
            if policy.retries_exception(error, idempotent=operation.idempotent, attempt=attempt):
                policy.sleep(policy.delay(attempt, None))
                continue
            raise _connection_error(error, request, attempt) from error
        if not response.is_success and policy.retries_status(
            response.status_code, idempotent=operation.idempotent, attempt=attempt
        ):
            policy.sleep(policy.delay(attempt, response, client.vendor.retry_after))
            continue
        return _answer(client.vendor.envelope, operation, response, parse, attempt)


async def asend(
    client: BaseClient,
    operation: Operation,
    kwargs: dict[str, Any],
    parse: Callable[[object], T],
    options: CallOptions = CallOptions(),
) -> Response[T]:
    """The async twin of :func:`send`."""
    http = client.get_async_httpx_client()
    policy = options.policy(client)
    attempt = 0
    while True:
        attempt += 1
        request = http.build_request(**options.request_args(kwargs))
        try:
            response = await http.send(request)
        except httpx.TransportError as error:
            if policy.retries_exception(error, idempotent=operation.idempotent, attempt=attempt):
                await policy.asleep(policy.delay(attempt, None))
                continue
            raise _connection_error(error, request, attempt) from error
        if not response.is_success and policy.retries_status(
            response.status_code, idempotent=operation.idempotent, attempt=attempt
        ):
            await policy.asleep(policy.delay(attempt, response, client.vendor.retry_after))
            continue
        return _answer(client.vendor.envelope, operation, response, parse, attempt)


def _connection_error(error: httpx.TransportError, request: httpx.Request, attempt: int) -> APIConnectionError:
    kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
    what = "timed out" if kind is APITimeoutError else f"failed ({type(error).__name__})"
    return kind(
        f"{request.method} {request.url.path} {what} after {attempt} attempt(s)", request=request, attempts=attempt
    )


def _answer(
    envelope: ErrorEnvelope, operation: Operation, response: httpx.Response, parse: Callable[[object], T], attempt: int
) -> Response[T]:
    if not response.is_success:
        raise status_error(envelope, response, attempt)
    try:
        data = json.loads(response.content)
    except (ValueError, RecursionError) as error:  # nesting too deep for the decoder is malformed too
        raise ResponseDecodeError(
            f"{operation.operation_id}: the {response.status_code} answer is not JSON ({error})",
            response=response,
            body=response.text,
            attempts=attempt,
        ) from error
    if envelope.failed_despite_success(data):
        raise status_error(envelope, response, attempt, data)
    try:
        parsed = parse(data)
    except _DECODE_FAILURES as error:
        raise ResponseDecodeError(
            f"{operation.operation_id}: the {response.status_code} body does not fit the spec "
            f"({type(error).__name__}: {error})",
            response=response,
            body=response.text,
            attempts=attempt,
        ) from error
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        raw_json=data,
    )


def status_error(
    envelope: ErrorEnvelope, response: httpx.Response, attempt: int = 1, data: object = None
) -> APIStatusError:
    """The typed error for a failed answer, with the vendor's code and message read through its envelope."""
    if data is None:
        try:
            data = json.loads(response.content)
        except (ValueError, RecursionError):
            data = response.text
    code = envelope.code_of(data)
    message = envelope.message_of(data) or response.reason_phrase or f"HTTP {response.status_code}"
    kind = error_class(envelope.status_for(code, response.status_code))
    return kind(message, response=response, body=data, code=code, attempts=attempt)
