"""When the runtime retries, and how long it waits (with a fake clock and fake randomness, never real sleeps)."""

from __future__ import annotations

import email.utils

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_runtime.retry import RetryPolicy
from loyalty_runtime.vendor import RetryAfterHeader

NOW = 1_900_000_000.0
POLICY = RetryPolicy(max_retries=2, clock=lambda: NOW, random=lambda: 1.0)
EPOCH_HINT = RetryAfterHeader(header="X-Rate-Limit-Retry", format="epoch-seconds")


def _answer(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, headers=headers)


@pytest.mark.parametrize(
    ("status", "idempotent", "retried"),
    [
        (429, True, True),
        (429, False, True),
        (408, True, True),
        (408, False, False),
        (500, True, True),
        (503, True, True),
        (520, True, True),
        (503, False, False),
        (400, True, False),
        (404, True, False),
        (422, True, False),
    ],
)
def test_which_statuses_are_retried(status: int, idempotent: bool, retried: bool) -> None:
    assert POLICY.retries_status(status, idempotent=idempotent, attempt=1) is retried


def test_a_post_is_retried_only_when_it_certainly_did_not_take_effect() -> None:
    request = httpx.Request("POST", "https://example.test/x")
    assert POLICY.retries_exception(httpx.ConnectError("refused", request=request), idempotent=False, attempt=1)
    assert not POLICY.retries_exception(httpx.ReadTimeout("slow", request=request), idempotent=False, attempt=1)
    assert not POLICY.retries_exception(httpx.RemoteProtocolError("cut", request=request), idempotent=False, attempt=1)
    assert POLICY.retries_exception(httpx.ReadTimeout("slow", request=request), idempotent=True, attempt=1)


def test_the_budget_is_max_retries() -> None:
    assert POLICY.retries_status(503, idempotent=True, attempt=2)
    assert not POLICY.retries_status(503, idempotent=True, attempt=3)
    assert not RetryPolicy(max_retries=0).retries_status(429, idempotent=True, attempt=1)


def test_retry_after_in_seconds_and_as_an_http_date() -> None:
    assert POLICY.delay(1, _answer(429, **{"Retry-After": "12"})) == 12.0
    date = email.utils.formatdate(NOW + 30, usegmt=True)
    assert POLICY.delay(1, _answer(429, **{"Retry-After": date})) == 30.0


def test_a_vendor_epoch_header_is_read_as_a_point_in_time() -> None:
    answer = _answer(429, **{"X-Rate-Limit-Retry": str(int(NOW + 5))})
    assert POLICY.delay(1, answer, (EPOCH_HINT,)) == 5.0
    assert POLICY.delay(1, answer) == 1.0 * POLICY.base_delay  # without the spec's hint it is not read


def test_hints_are_capped_and_never_negative() -> None:
    assert POLICY.delay(1, _answer(429, **{"Retry-After": "86400"})) == POLICY.max_retry_after
    assert POLICY.delay(1, _answer(429, **{"X-Rate-Limit-Retry": str(NOW - 100)}), (EPOCH_HINT,)) == 0.0


def test_an_unreadable_hint_falls_back_to_backoff() -> None:
    assert POLICY.delay(2, _answer(429, **{"Retry-After": "soon"})) == 2 * POLICY.base_delay


@given(st.integers(1, 30), st.floats(0, 1, exclude_max=True))
def test_backoff_is_full_jitter_below_a_capped_exponential(attempt: int, draw: float) -> None:
    policy = RetryPolicy(random=lambda: draw)
    ceiling = min(policy.max_delay, policy.base_delay * 2 ** (attempt - 1))
    assert 0 <= policy.delay(attempt, None) <= ceiling
    assert policy.delay(attempt, None) == pytest.approx(draw * ceiling)
