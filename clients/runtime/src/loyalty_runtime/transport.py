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

Each attempt is logged to ``loyalty.<vendor>`` (:mod:`loyalty_runtime.log`) at DEBUG, each retry decision at INFO;
a connection error names the method, the full URL, the cause and the attempts.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any, TypeVar, cast

import httpx

from loyalty_runtime import fast
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
from loyalty_runtime.log import logger
from loyalty_runtime.retry import RetryPolicy, checked_deadline
from loyalty_runtime.types import NOT_PARSED, Response
from loyalty_runtime.vendor import VendorSpec

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

    def timeout_of(self, client: BaseClient) -> httpx.Timeout:
        return client.timeout if self.timeout is None else _as_timeout(self.timeout)


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
    log: logging.Logger
    deadline_at: float = field(init=False)
    attempt: int = 0
    sent_at: float = 0.0  # perf_counter when the current attempt was sent (for the DEBUG log)

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
            request = http.build_request(**kwargs, timeout=timeout)
        except _HTTPX_FAILURES as error:  # e.g. InvalidURL: a local mistake, the same on every try
            raise self.failure(error, None) from error
        self.sent_at = time.perf_counter()
        return request

    def where(self, request: httpx.Request | None) -> str:
        """The request line of an attempt: method and full URL (credentials are only ever in headers)."""
        return f"{self.operation.method} {request.url if request is not None else self.operation.path}"

    def answered(self, response: httpx.Response) -> None:
        """Log an attempt's answer at DEBUG: request line, status and elapsed time (body read included)."""
        if self.log.isEnabledFor(logging.DEBUG):
            elapsed = (time.perf_counter() - self.sent_at) * 1000
            self.log.debug(
                "%s -> %d %s in %.1f ms (attempt %d)",
                self.where(response.request),
                response.status_code,
                response.reason_phrase,
                elapsed,
                self.attempt,
            )

    def before_body(self, response: httpx.Response) -> None:
        """Cap the read timeout of the body to the time left (httpcore reads it when the body is first read)."""
        response.request.extensions["timeout"] = self.capped_timeout(response.request).as_dict()

    def check(self, request: httpx.Request) -> None:
        """Raise once the deadline has passed (between chunks of a body)."""
        if self.remaining() <= 0:
            raise self.expired(request)

    def expired(self, request: httpx.Request | None) -> APITimeoutError:
        return APITimeoutError(
            f"{self.where(request)} failed: the call's deadline of {self.policy.deadline:g} s passed "
            f"({_attempts(self.attempt)})",
            request=request,
            attempts=self.attempt,
        )

    def failure(self, error: Exception, request: httpx.Request | None) -> APIError:
        """The typed error for an httpx exception of this attempt."""
        operation, attempts = self.operation, self.attempt
        if isinstance(error, httpx.DecodingError):
            return ResponseDecodeError(
                f"{operation.operation_id}: the answer's body is not in its declared Content-Encoding",
                response=None,
                body="",
                attempts=attempts,
                request=request,
            )
        kind = APITimeoutError if isinstance(error, httpx.TimeoutException) else APIConnectionError
        message = f"{self.where(request)} failed: {cause_of(error)} ({_attempts(attempts)})"
        return kind(message, request=request, attempts=attempts)

    def wait_after_exception(self, error: Exception, request: httpx.Request) -> float:
        """The wait before retrying a request that raised ``error``; raises the typed error when not retried."""
        if isinstance(error, httpx.TimeoutException) and self.remaining() <= _DEADLINE_SLACK:
            raise self.expired(request) from error  # the timeout was capped to the deadline, which has come
        failure = self.failure(error, request)
        self.log.debug("%s failed: %s (attempt %d)", self.where(request), cause_of(error), self.attempt)
        if not self.policy.retries_exception(error, idempotent=self.operation.idempotent, attempt=self.attempt):
            raise failure from error
        return self._retrying(self.policy.delay(self.attempt, None), failure, error, cause_of(error))

    def wait_after_answer(self, response: httpx.Response, client: BaseClient) -> float | None:
        """The wait before retrying a failed answer, or ``None`` when it is final."""
        policy, status = self.policy, response.status_code
        if response.is_success or not policy.retries_status(
            status, idempotent=self.operation.idempotent, attempt=self.attempt
        ):
            return None
        wait = policy.delay(self.attempt, response, client.vendor.retry_after)
        reason = f"{status} {response.reason_phrase}".strip()
        return self._retrying(wait, status_error(client.vendor, response, self.attempt), None, reason)

    def _retrying(self, wait: float, failure: APIError, cause: Exception | None, reason: str) -> float:
        """``wait`` when the retry after it still has time before the deadline (logged at INFO with its reason);
        else ``failure`` is raised."""
        if wait + _DEADLINE_SLACK >= self.remaining():
            note = f"Not retried: waiting {wait:.3g} s would pass the call's deadline of {self.policy.deadline:g} s."
            self.log.info("%s: giving up after %s. %s", self.where(failure.request), reason, note)
            failure.add_note(note)
            raise failure from cause
        self.log.info(
            "%s: retrying in %.3g s after %s (attempt %d of %d)",
            self.where(failure.request),
            wait,
            reason,
            self.attempt + 1,
            self.policy.max_retries + 1,
        )
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
    kwargs = _with_overrides(client, kwargs)
    policy = options.policy(client)
    call = _Call(operation, policy, options.timeout_of(client), logger(client.vendor.key))
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
        call.answered(response)
        wait = call.wait_after_answer(response, client)
        if wait is None:
            return _answer(client.vendor, operation, response, parse, call.attempt)
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
    kwargs = _with_overrides(client, kwargs)
    policy = options.policy(client)
    call = _Call(operation, policy, options.timeout_of(client), logger(client.vendor.key))
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
        call.answered(response)
        wait = call.wait_after_answer(response, client)
        if wait is None:
            return _answer(client.vendor, operation, response, parse, call.attempt)
        await policy.asleep(wait)


def _with_overrides(client: BaseClient, kwargs: dict[str, Any]) -> dict[str, Any]:
    """The request arguments with the headers of a ``with_options`` copy added (its httpx client is its parent's,
    which sends the parent's headers); the operation's own headers win."""
    if not client.header_overrides:
        return kwargs
    headers = httpx.Headers(client.header_overrides)
    headers.update(kwargs.get("headers", {}))  # case-insensitive: a header of the operation replaces an override
    return {**kwargs, "headers": headers}


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


# The strict JSON parse of answers (msgspec when the "fast" extra is installed, else the standard library).
_json = fast.parse_json


def _answer(
    vendor: VendorSpec, operation: Operation, response: httpx.Response, parse: Callable[[object], T], attempt: int
) -> Response[T]:
    if not response.is_success:
        raise status_error(vendor, response, attempt)
    fast_model = fast_answer(vendor.envelope, parse, response.content)
    if fast_model is not None:
        # The fast path built no plain JSON: raw_json parses the content when first read.
        return Response(
            status_code=response.status_code,
            content=response.content,
            headers=response.headers,
            parsed=fast_model,
            raw_json=NOT_PARSED,
            request_id=vendor.request_id.of(response.headers),
        )
    try:
        data = _json(response.content)
    except (ValueError, RecursionError) as error:  # nesting too deep for the decoder is malformed too
        raise ResponseDecodeError(
            f"{operation.operation_id}: the {response.status_code} answer is not JSON ({error})",
            response=response,
            body=response.text,
            attempts=attempt,
        ) from error
    if vendor.envelope.failed_despite_success(data):
        raise status_error(vendor, response, attempt, data)
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
        request_id=vendor.request_id.of(response.headers),
    )


def fast_answer(envelope: ErrorEnvelope, parse: Callable[[object], T], content: bytes) -> T | None:
    """The model of a success body decoded on the fast path (:mod:`loyalty_runtime.fast`); ``None`` when the
    reference path must decide: no fast path, a body it refuses, or one that still reports failure."""
    if not isinstance(parse, fast.Parser):
        return None
    decoded = parse.from_bytes(content)
    if decoded is None:
        return None
    mirror, model = cast(tuple[object, T], decoded)
    if envelope.errors_on_success is not None:  # failed_despite_success, read on the mirror
        errors = fast.at_pointer(mirror, envelope.errors_on_success)
        if isinstance(errors, list) and len(errors) > 0:
            return None
    return model


def status_error(vendor: VendorSpec, response: httpx.Response, attempt: int = 1, data: object = None) -> APIStatusError:
    """The typed error for a failed answer, with the vendor's code and message read through its envelope, and its
    request id.

    The HTTP status picks the class of a non-2xx answer; a vendor code picks it (``status_by_code``) only for an
    error carried by a 2xx answer, whose status says nothing.
    """
    if data is None:
        try:
            data = _json(response.content)
        except (ValueError, RecursionError):
            data = response.text
    envelope = vendor.envelope
    code = envelope.code_of(data)
    message = envelope.message_of(data) or response.reason_phrase or f"HTTP {response.status_code}"
    status = envelope.status_for(code, response.status_code) if response.is_success else response.status_code
    kind = error_class(status)
    request_id = vendor.request_id.of(response.headers, data)
    return kind(message, response=response, body=data, code=code, attempts=attempt, request_id=request_id)


def _attempts(count: int) -> str:
    return f"after {count} attempt{'s' if count != 1 else ''}"


# What an httpx exception means, for the ones whose cause is not an operating-system error (their own text may
# quote the request, so it is never shown).
_CAUSES: tuple[tuple[type[Exception], str], ...] = (
    (httpx.ConnectTimeout, "timed out connecting"),
    (httpx.ReadTimeout, "timed out waiting for the answer"),
    (httpx.WriteTimeout, "timed out sending the request"),
    (httpx.PoolTimeout, "timed out waiting for a free connection"),
    (httpx.RemoteProtocolError, "the server broke the HTTP protocol or closed the connection without an answer"),
    (httpx.ProxyError, "the proxy refused the request"),
    (httpx.UnsupportedProtocol, "the URL's scheme is not http or https"),
    (httpx.LocalProtocolError, "the request is not valid HTTP (an illegal header name or value)"),
    (httpx.TooManyRedirects, "too many redirects"),
    (httpx.InvalidURL, "the URL is not valid"),
)


def _os_reason(error: OSError) -> str | None:
    """The operating system's words for an error number (asyncio words a refused connection its own way), else
    the error's own text (a name lookup's ``gaierror`` numbers are not ``errno`` values)."""
    if isinstance(error.errno, int) and error.errno > 0 and not isinstance(error, socket.gaierror):
        return os.strerror(error.errno)
    return error.strerror


def cause_of(error: BaseException) -> str:
    """Why a request got no answer, in words: the operating system's reason when there is one (``connection
    refused``, ``name or service not known``), else what the httpx exception means."""
    if not isinstance(error, httpx.TimeoutException):
        link: BaseException | None = error
        for _ in range(8):  # the chain is short (httpx, httpcore, the socket); a bound guards against a cycle
            if link is None:
                break
            text = _os_reason(link) if isinstance(link, OSError) else None
            if text:
                return text[:1].lower() + text[1:]
            link = link.__cause__ or link.__context__
    return next((text for kind, text in _CAUSES if isinstance(error, kind)), type(error).__name__)
