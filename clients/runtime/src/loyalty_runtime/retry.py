"""When to retry a request and how long to wait first.

Retried: connection failures, timeouts, 408, 429 and 5xx answers. A request that is not idempotent (a POST) is
retried only when it certainly did not take effect: the connection was never made, or the vendor answered 429.
Waits grow exponentially with full jitter, capped; a vendor's own retry hint (``Retry-After`` and the headers a
spec lists in ``x-rate-limit``) wins when present, within a sane maximum.
"""

from __future__ import annotations

import asyncio
import email.utils
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import httpx

from loyalty_runtime.vendor import RetryAfterHeader

RETRY_STATUSES = frozenset({408, 429})
STANDARD_HINT = RetryAfterHeader(header="Retry-After", format="delay-seconds-or-http-date")


@dataclass(frozen=True)
class RetryPolicy:
    """Retry settings of one client. ``sleep``/``asleep``/``clock``/``random`` are replaceable for tests."""

    max_retries: int = 2
    base_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 60.0
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)
    asleep: Callable[[float], Awaitable[None]] = field(default=asyncio.sleep, repr=False)
    clock: Callable[[], float] = field(default=time.time, repr=False)
    random: Callable[[], float] = field(default=random.random, repr=False)

    def retries_exception(self, error: httpx.TransportError, *, idempotent: bool, attempt: int) -> bool:
        """Whether a request that failed with ``error`` on its ``attempt``-th try should be sent again."""
        if attempt > self.max_retries:
            return False
        never_sent = isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)
        return idempotent or never_sent

    def retries_status(self, status: int, *, idempotent: bool, attempt: int) -> bool:
        """Whether an answer with ``status`` on the ``attempt``-th try should be retried."""
        if attempt > self.max_retries:
            return False
        if status == 429:
            return True
        return idempotent and (status in RETRY_STATUSES or status >= 500)

    def delay(self, attempt: int, response: httpx.Response | None, hints: tuple[RetryAfterHeader, ...] = ()) -> float:
        """Seconds to wait before try ``attempt + 1``: the vendor's hint if it gave one, else jittered backoff."""
        if response is not None:
            for hint in (STANDARD_HINT, *hints):
                value = response.headers.get(hint.header)
                wait = None if value is None else self._hinted_wait(value, hint)
                if wait is not None:
                    return min(max(wait, 0.0), self.max_retry_after)
        ceiling = min(self.max_delay, self.base_delay * 2.0 ** (attempt - 1))
        return float(self.random()) * ceiling

    def _hinted_wait(self, value: str, hint: RetryAfterHeader) -> float | None:
        value = value.strip()
        try:
            number = float(value)
        except ValueError:
            number = None
        if number is not None:
            return number - self.clock() if hint.format == "epoch-seconds" else number
        if hint.format in ("http-date", "delay-seconds-or-http-date"):
            try:
                when = email.utils.parsedate_to_datetime(value)
            except (TypeError, ValueError):
                return None
            return when.timestamp() - self.clock()
        return None
