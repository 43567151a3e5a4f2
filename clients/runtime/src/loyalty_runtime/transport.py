"""Sending one operation's request: retries, a deadline, mapping answers to typed errors, decoding success bodies.

Generated endpoint modules build the request arguments and a ``parse`` function (the success model's
``from_dict``); everything else happens here, the same way for every vendor.

Whatever goes wrong reaches the caller as a ``LoyaltyError`` subclass: every exception httpx raises becomes an
``APIConnectionError`` (``APITimeoutError`` for a timeout) or, for a body that cannot be decoded, a
``ResponseDecodeError``. A ``ValueError``/``TypeError`` that a caller's own argument causes while the request is
built (a header value that cannot be encoded) passes through unchanged; nothing was sent.

Every call keeps a total deadline (:data:`loyalty_runtime.retry.DEFAULT_DEADLINE`, per client and per call): each
phase timeout of an attempt is capped to the time left, the body is read chunk by chunk against the clock, and a
retry wait that would end past the deadline is not started.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any, NoReturn, TypeVar

import httpx

try:
    import orjson as _orjson  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # the optional "fast" extra is not installed
    _orjson = None  # type: ignore[assignment,unused-ignore]

from loyalty_runtime.client import BaseClient, _as_timeout
from loyalty_runtime.decode import Mismatch
from loyalty_runtime.envelope import ErrorEnvelope
from loyalty_runtime.errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    ResponseDecodeError,
    error_class,
)
from loyalty_runtime.retry import RetryPolicy, checked_deadline
from loyalty_runtime.types import Response

T = TypeVar("T")
# What a generated from_dict raises on a body that does not fit its model.
_DECODE_FAILURES = (KeyError, TypeError, ValueError, AttributeError, IndexError, OverflowError, RecursionError)
_IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
# Everything httpx raises while building, sending or reading a request (InvalidURL and StreamError are not
# HTTPErrors).
_HTTPX_FAILURES = (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, httpx.CookieConflict)
# How close to the deadline a timeout must fire to be the deadline's doing (the phase timeouts are capped to it),
# and the least time a retry must have left after its wait to be worth sending.
_DEADLINE_SLACK = 0.05


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
    """Per-call overrides of the client's settings. In a paginated walk they apply to each page's request."""

    max_retries: int | None = None
    timeout: httpx.Timeout | float | None = None
    deadline: float | None = None
    # Told the wait before each retry (a concurrent walk slows down on it); ``None``: nobody listens.
    on_wait: Callable[[float], None] | None = None

    def told(self, on_wait: Callable[[float], None] | None) -> CallOptions:
        """These options, telling ``on_wait`` of every wait before a retry."""
        return self if on_wait is None else replace(self, on_wait=on_wait)

    def policy(self, client: BaseClient) -> RetryPolicy:
        policy = client.retry
        if self.max_retries is not None:
            if self.max_retries < 0:
                raise ValueError(f"max_retries must be 0 or more, got {self.max_retries}")
            policy = replace(policy, max_retries=self.max_retries)
        if self.deadline is not None:
            policy = replace(policy, deadline=checked_deadline(self.deadline))
        if self.on_wait is not None:
            policy = _telling(policy, self.on_wait)
        return policy

    def timeout_of(self, http: httpx.Client | httpx.AsyncClient) -> httpx.Timeout:
        return http.timeout if self.timeout is None else _as_timeout(self.timeout)


def _telling(policy: RetryPolicy, on_wait: Callable[[float], None]) -> RetryPolicy:
    """``policy`` with its sleeps telling ``on_wait`` first."""
    sleep, asleep = policy.sleep, policy.asleep

    def told(seconds: float) -> None:
        on_wait(seconds)
        sleep(seconds)

    async def atold(seconds: float) -> None:
        on_wait(seconds)
        await asleep(seconds)

    return replace(policy, sleep=told, asleep=atold)


@dataclass
class _Call:
    """One call's attempts against its deadline: what each attempt may spend, and what ends the call."""

    operation: Operation
    policy: RetryPolicy
    timeout: httpx.Timeout
    deadline_at: float = field(init=False)
    attempt: int = 0

    def __post_init__(self) -> None:
        self.deadline_at = self.policy.monotonic() + self.policy.deadline

    def remaining(self) -> float:
        return self.deadline_at - self.policy.monotonic()

    def capped_timeout(self, request: httpx.Request | None = None) -> httpx.Timeout:
        """The attempt's phase timeouts, none longer than the time left."""
        left = self.remaining()
        if left <= 0:
            raise self.expired(request)

        def cap(value: float | None) -> float:
            return left if value is None else min(value, left)

        timeout = self.timeout
        return httpx.Timeout(
            connect=cap(timeout.connect), read=cap(timeout.read), write=cap(timeout.write), pool=cap(timeout.pool)
        )

    def build(self, http: httpx.Client | httpx.AsyncClient, kwargs: dict[str, Any]) -> httpx.Request:
        """The next attempt's request, with its timeouts capped to the deadline."""
        timeout = self.capped_timeout()
        self.attempt += 1
        try:
            return http.build_request(**kwargs, timeout=timeout)
        except _HTTPX_FAILURES as error:  # e.g. InvalidURL: a local mistake, the same on every try
            raise self.failure(error, None) from error

    def before_body(self, response: httpx.Response) -> None:
        """Cap the read timeout of the body to the time left (httpcore reads it when the body is first read)."""
        response.request.extensions["timeout"] = self.capped_timeout(response.request).as_dict()

    def check(self, request: httpx.Request) -> None:
        """Raise once the deadline has passed (between chunks of a body)."""
        if self.remaining() <= 0:
            raise self.expired(request)

    def expired(self, request: httpx.Request | None) -> APITimeoutError:
        operation = self.operation
        return APITimeoutError(
            f"{operation.method} {operation.path}: the call's deadline of {self.policy.deadline:g} s passed "
            f"after {self.attempt} attempt(s)",
            request=request,
            attempts=self.attempt,
        )

    def failure(self, error: Exception, request: httpx.Request | None) -> APIError:
        """The typed error for an httpx exception of this attempt."""
        operation, attempts = self.operation, self.attempt
        where = f"{operation.method} {operation.path}"
        if isinstance(error, httpx.DecodingError):
            return ResponseDecodeError(
                f"{operation.operation_id}: the answer's body is not in its declared Content-Encoding",
                response=None,
                body="",
                attempts=attempts,
                request=request,
            )
        if isinstance(error, httpx.TimeoutException):
            return APITimeoutError(f"{where} timed out after {attempts} attempt(s)", request=request, attempts=attempts)
        return APIConnectionError(
            f"{where} failed ({type(error).__name__}) after {attempts} attempt(s)", request=request, attempts=attempts
        )

    def wait_after_exception(self, error: Exception, request: httpx.Request) -> float:
        """The wait before retrying a request that raised ``error``; raises the typed error when not retried."""
        if isinstance(error, httpx.TimeoutException) and self.remaining() <= _DEADLINE_SLACK:
            raise self.expired(request) from error  # the timeout was capped to the deadline, which has come
        failure = self.failure(error, request)
        if not self.policy.retries_exception(error, idempotent=self.operation.idempotent, attempt=self.attempt):
            raise failure from error
        return self._affordable(self.policy.delay(self.attempt, None), failure, error)

    def wait_after_answer(self, response: httpx.Response, client: BaseClient) -> float | None:
        """The wait before retrying a failed answer, or ``None`` when it is final."""
        policy, status = self.policy, response.status_code
        if response.is_success or not policy.retries_status(
            status, idempotent=self.operation.idempotent, attempt=self.attempt
        ):
            return None
        wait = policy.delay(self.attempt, response, client.vendor.retry_after)
        return self._affordable(wait, status_error(client.vendor.envelope, response, self.attempt), None)

    def _affordable(self, wait: float, failure: APIError, cause: Exception | None) -> float:
        """``wait`` when the retry after it still has time before the deadline; else ``failure`` is raised."""
        if wait + _DEADLINE_SLACK >= self.remaining():
            failure.add_note(
                f"Not retried: waiting {wait:.3g} s would pass the call's deadline of {self.policy.deadline:g} s."
            )
            raise failure from cause
        return wait


_READ: httpx.SyncByteStream = httpx.ByteStream(b"")
_AREAD: httpx.AsyncByteStream = httpx.ByteStream(b"")


class _DeadlineStream(httpx.SyncByteStream):
    """A response body read against the call's deadline. An encoded body's raw bytes are kept too, to show them
    should they not decode (only a ``Content-Encoding`` can fail to decode)."""

    def __init__(self, response: httpx.Response, check: Callable[[], None]) -> None:
        assert isinstance(response.stream, httpx.SyncByteStream)
        self._stream, self._check, self.raw = response.stream, check, bytearray()
        self._keep = "content-encoding" in response.headers

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            self._check()
            if self._keep:
                self.raw += chunk
            yield chunk

    def close(self) -> None:
        self._stream.close()

    def release(self) -> None:
        """Once the body is read: close the wrapped stream (if httpx has not) and let go of it. httpx's stream holds
        its response, so keeping it would be a reference cycle, and the body would stay in memory until the garbage
        collector next ran."""
        self._stream.close()
        self._stream = _READ


class _AsyncDeadlineStream(httpx.AsyncByteStream):
    """The async twin of :class:`_DeadlineStream`."""

    def __init__(self, response: httpx.Response, check: Callable[[], None]) -> None:
        assert isinstance(response.stream, httpx.AsyncByteStream)
        self._stream, self._check, self.raw = response.stream, check, bytearray()
        self._keep = "content-encoding" in response.headers

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            self._check()
            if self._keep:
                self.raw += chunk
            yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def release(self) -> None:
        """As :meth:`_DeadlineStream.release`."""
        await self._stream.aclose()
        self._stream = _AREAD


def send(
    client: BaseClient,
    operation: Operation,
    kwargs: dict[str, Any],
    parse: Callable[[object], T],
    options: CallOptions = CallOptions(),
) -> Response[T]:
    """Send a request (retrying as the policy allows, within the deadline) and return the decoded success answer,
    or raise."""
    http = client.get_httpx_client()
    policy = options.policy(client)
    call = _Call(operation, policy, options.timeout_of(http))
    while True:
        request = call.build(http, kwargs)
        try:
            response = http.send(request, stream=True)
            try:
                _read(call, response)
            finally:
                response.close()
        except _HTTPX_FAILURES as error:
            policy.sleep(call.wait_after_exception(error, request))
            continue
        wait = call.wait_after_answer(response, client)
        if wait is None:
            return _answer(client.vendor.envelope, operation, response, parse, call.attempt)
        policy.sleep(wait)


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
    call = _Call(operation, policy, options.timeout_of(http))
    while True:
        request = call.build(http, kwargs)
        try:
            response = await http.send(request, stream=True)
            try:
                await _aread(call, response)
            finally:
                await response.aclose()
        except _HTTPX_FAILURES as error:
            await policy.asleep(call.wait_after_exception(error, request))
            continue
        wait = call.wait_after_answer(response, client)
        if wait is None:
            return _answer(client.vendor.envelope, operation, response, parse, call.attempt)
        await policy.asleep(wait)


def _read(call: _Call, response: httpx.Response) -> None:
    """Read the whole body against the deadline (checked between chunks, and once more at the end)."""
    if isinstance(response.stream, httpx.SyncByteStream):  # else httpx has already read it
        # The check holds the request, not the response (which holds this stream): no reference cycle.
        stream = response.stream = _DeadlineStream(response, partial(call.check, response.request))
        call.before_body(response)
        try:
            response.read()
        except httpx.DecodingError as error:
            raise _undecodable(call, response, bytes(stream.raw)) from error
        stream.release()
    call.check(response.request)


async def _aread(call: _Call, response: httpx.Response) -> None:
    """The async twin of :func:`_read`."""
    if isinstance(response.stream, httpx.AsyncByteStream):
        stream = response.stream = _AsyncDeadlineStream(response, partial(call.check, response.request))
        call.before_body(response)
        try:
            await response.aread()
        except httpx.DecodingError as error:
            raise _undecodable(call, response, bytes(stream.raw)) from error
        await stream.release()
    call.check(response.request)


def _undecodable(call: _Call, response: httpx.Response, raw: bytes) -> ResponseDecodeError:
    # The undecodable bytes become the answer's content, so that error.response.content/.text can show them.
    response._content = raw
    encoding = response.headers.get("content-encoding", "")
    return ResponseDecodeError(
        f"{call.operation.operation_id}: the {response.status_code} body is not in its declared "
        f"Content-Encoding {encoding!r}",
        response=response,
        body=raw.decode("utf-8", errors="replace"),
        attempts=call.attempt,
    )


def _not_json(constant: str) -> NoReturn:
    raise ValueError(f"{constant} is not JSON")


def _json(content: bytes) -> object:
    """A JSON body, strictly: ``NaN``/``Infinity``/``-Infinity`` (which Python's decoder accepts) are refused.

    With the ``fast`` extra installed, orjson parses it first (about twice as fast as the standard library, and as
    strict); what orjson refuses (integers past 64 bits, nesting past 1024, UTF-16 bodies, or anything malformed)
    goes to the standard library, which decodes what it can and raises as it always did.
    """
    if _orjson is not None:
        try:
            return _orjson.loads(content)  # type: ignore[no-any-return,unused-ignore]
        except ValueError:
            pass
    return json.loads(content, parse_constant=_not_json)


def _answer(
    envelope: ErrorEnvelope, operation: Operation, response: httpx.Response, parse: Callable[[object], T], attempt: int
) -> Response[T]:
    if not response.is_success:
        raise status_error(envelope, response, attempt)
    try:
        data = _json(response.content)
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
        # A decode.Mismatch names the JSON path of the bad value; anything else is shown with its type.
        reason = str(error) if isinstance(error, Mismatch) else f"{type(error).__name__}: {error}"
        raise ResponseDecodeError(
            f"{operation.operation_id}: the {response.status_code} body does not fit the spec ({reason})",
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
    """The typed error for a failed answer, with the vendor's code and message read through its envelope.

    The HTTP status picks the class of a non-2xx answer; a vendor code picks it (``status_by_code``) only for an
    error carried by a 2xx answer, whose status says nothing.
    """
    if data is None:
        try:
            data = _json(response.content)
        except (ValueError, RecursionError):
            data = response.text
    code = envelope.code_of(data)
    message = envelope.message_of(data) or response.reason_phrase or f"HTTP {response.status_code}"
    status = envelope.status_for(code, response.status_code) if response.is_success else response.status_code
    kind = error_class(status)
    return kind(message, response=response, body=data, code=code, attempts=attempt)
