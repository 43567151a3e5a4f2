"""When to retry a request, how long to wait first, and the deadline every call keeps.

Retried: transient failures only — a connection that could not be made or broke, a timeout, a malformed answer
from the server (``RemoteProtocolError``), and 408, 429 and 5xx answers. A request that is not idempotent (a POST)
is retried only when it certainly did not take effect: the connection was never made, or the vendor answered 429.
Local failures (no ``http(s)://`` scheme, an illegal header value, a proxy that refuses, too many redirects, a body
that cannot be decoded) would fail the same way again and are raised at once.

Waits grow exponentially with full jitter, capped; a vendor's own retry hint (``Retry-After`` and the headers a
spec lists in ``x-rate-limit``) wins when present and readable, within a sane maximum. A hint that is not a
finite, non-negative number or a valid date is treated as absent.

Every call (all its attempts, waits and the whole body) ends by its ``deadline``: seconds on a monotonic clock.
"""

from __future__ import annotations

import asyncio
import email.utils
import math
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import httpx

from loyalty_runtime.vendor import RetryAfterHeader

RETRY_STATUSES = frozenset({408, 429})
STANDARD_HINT = RetryAfterHeader(header="Retry-After", format="delay-seconds-or-http-date")

DEFAULT_DEADLINE = 120.0
"""Seconds a whole call may take. It exceeds a default call that is merely slow on every try (2 retries after
a first attempt, each answering within the 30 s read timeout, plus at most 1.5 s of backoff: about 92 s), so it
only cuts calls that would otherwise run on: a server dripping bytes, long ``Retry-After`` waits."""

# Transient failures. Only those in _NEVER_SENT are safe to repeat for a request that is not idempotent.
_TRANSIENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def checked_deadline(deadline: float | None, default: float = DEFAULT_DEADLINE) -> float:
    """``deadline`` (or ``default`` when ``None``) when it is a finite, positive number of seconds, else an error."""
    if deadline is None:
        return default
    if isinstance(deadline, bool) or not isinstance(deadline, int | float):
        raise TypeError(f"deadline must be a number of seconds, got {type(deadline).__name__}")
    if not math.isfinite(deadline) or deadline <= 0:
        raise ValueError(f"deadline must be a finite, positive number of seconds, got {deadline}")
    return float(deadline)


@dataclass(frozen=True)
class RetryPolicy:
    """Retry settings and deadline of one client. ``sleep``/``asleep``/``clock``/``monotonic``/``random`` are
    replaceable for tests (``clock`` is wall time, for date hints; ``monotonic`` measures the deadline)."""

    max_retries: int = 2
    base_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    deadline: float = DEFAULT_DEADLINE
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    asleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep, repr=False)
    clock: Callable[[], float] = field(default=time.time, repr=False)
    monotonic: Callable[[], float] = field(default=time.monotonic, repr=False)
    random: Callable[[], float] = field(default=random.random, repr=False)

    @staticmethod
    def transient(error: Exception) -> bool:
        """Whether ``error`` (raised while sending) may go away by itself, so that trying again makes sense."""
        return isinstance(error, _TRANSIENT)

    def retries_exception(self, error: Exception, *, idempotent: bool, attempt: int) -> bool:
        """Whether a request that failed with ``error`` on its ``attempt``-th try should be sent again."""
        if attempt > self.max_retries or not self.transient(error):
            return False
        return idempotent or isinstance(error, _NEVER_SENT)

    def retries_status(self, status: int, *, idempotent: bool, attempt: int) -> bool:
        """Whether an answer with ``status`` on the ``attempt``-th try should be retried."""
        if attempt > self.max_retries:
            return False
        if status == 429:
            return True
        return idempotent and (status in RETRY_STATUSES or status >= 500)

    def delay(self, attempt: int, response: httpx.Response | None, hints: tuple[RetryAfterHeader, ...] = ()) -> float:
        """Seconds to wait before try ``attempt + 1``: the vendor's hint if it gave a readable one, else jittered
        backoff. Always finite, from 0 to ``max(max_retry_after, max_delay)``."""
        if response is not None:
            for hint in (STANDARD_HINT, *hints):
                value = response.headers.get(hint.header)
                wait = None if value is None else self._hinted_wait(value, hint)
                if wait is not None:
                    return min(max(wait, 0.0), self.max_retry_after)
        ceiling = min(self.max_delay, self.base_delay * 2.0 ** min(attempt - 1, 64))
        return min(max(float(self.random()), 0.0), 1.0) * ceiling

    def _hinted_wait(self, value: str, hint: RetryAfterHeader) -> float | None:
        """The wait a hint asks for, or ``None`` when it is unreadable: not a finite, non-negative number (a
        delay, or an epoch for ``epoch-seconds``) nor, where the format allows, a valid HTTP date."""
        value = value.strip()
        try:
            number: float | None = float(value)
        except ValueError:
            number = None
        if number is not None:
            if not math.isfinite(number) or number < 0:
                return None
            return number - self.clock() if hint.format == "epoch-seconds" else number
        if hint.format not in ("http-date", "delay-seconds-or-http-date"):
            return None
        try:
            wait = email.utils.parsedate_to_datetime(value).timestamp() - self.clock()
        except (TypeError, ValueError, OverflowError, IndexError):  # whatever a malformed date trips on
            return None
        return wait if math.isfinite(wait) else None
