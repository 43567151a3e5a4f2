"""When the runtime retries, and how long it waits (with a fake clock and fake randomness, never real sleeps)."""

from __future__ import annotations

import email.utils
import math

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_runtime.retry import DEFAULT_DEADLINE, RetryPolicy, checked_deadline
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


_REQUEST = httpx.Request("GET", "https://example.test/x")
TRANSIENT = [
    (httpx.ConnectError("refused", request=_REQUEST), True),
    (httpx.ConnectTimeout("slow", request=_REQUEST), True),
    (httpx.PoolTimeout("busy", request=_REQUEST), True),
    (httpx.ReadTimeout("slow", request=_REQUEST), False),
    (httpx.WriteTimeout("slow", request=_REQUEST), False),
    (httpx.ReadError("reset", request=_REQUEST), False),
    (httpx.WriteError("reset", request=_REQUEST), False),
    (httpx.CloseError("reset", request=_REQUEST), False),
    (httpx.RemoteProtocolError("cut", request=_REQUEST), False),
]
LOCAL = [
    httpx.UnsupportedProtocol("no scheme", request=_REQUEST),
    httpx.LocalProtocolError("illegal header value", request=_REQUEST),
    httpx.ProxyError("proxy refused", request=_REQUEST),
    httpx.TooManyRedirects("loop", request=_REQUEST),
    httpx.DecodingError("not gzip", request=_REQUEST),
    httpx.InvalidURL("bad url"),
    httpx.StreamConsumed(),
    ValueError("bad header"),
    TypeError("bad header"),
]


@pytest.mark.parametrize(("error", "even_a_post"), TRANSIENT, ids=[type(e).__name__ for e, _ in TRANSIENT])
def test_transient_failures_are_retried(error: Exception, even_a_post: bool) -> None:
    assert POLICY.transient(error)
    assert POLICY.retries_exception(error, idempotent=True, attempt=1)
    assert POLICY.retries_exception(error, idempotent=False, attempt=1) is even_a_post
    assert not POLICY.retries_exception(error, idempotent=True, attempt=3)


@pytest.mark.parametrize("error", LOCAL, ids=[type(e).__name__ for e in LOCAL])
def test_local_failures_are_never_retried(error: Exception) -> None:
    assert not POLICY.transient(error)
    assert not POLICY.retries_exception(error, idempotent=True, attempt=1)


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


UNREADABLE = ["nan", "NaN", "-nan", "inf", "Infinity", "-inf", "1e400", "-1", "-0.5", "Mon, 32 Foo 2026", "", "1,5"]


@pytest.mark.parametrize("value", UNREADABLE)
def test_non_finite_negative_or_unparsable_hints_are_treated_as_absent(value: str) -> None:
    backoff = POLICY.delay(2, None)
    assert POLICY.delay(2, _answer(429, **{"Retry-After": value})) == backoff
    assert POLICY.delay(2, _answer(429, **{"X-Rate-Limit-Retry": value}), (EPOCH_HINT,)) == backoff
    # An unreadable first hint does not hide a readable vendor hint behind it.
    both = _answer(429, **{"Retry-After": value, "X-Rate-Limit-Retry": str(NOW + 7)})
    assert POLICY.delay(2, both, (EPOCH_HINT,)) == 7.0


FORMATS = ["delay-seconds-or-http-date", "delay-seconds", "http-date", "epoch-seconds"]
HINT_TEXT = st.one_of(
    st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=40),
    st.floats().map(repr),
    st.floats().map(lambda number: f"{number:f}"),
    st.integers(-(10**30), 10**30).map(str),
    st.floats(-NOW + 1, 1e11).map(lambda seconds: email.utils.formatdate(NOW + seconds, usegmt=True)),
    st.sampled_from([*UNREADABLE, "Fri, 31 Dec 9999 23:59:59 GMT", "Mon, 01 Jan 0001 00:00:00 GMT", "1_0", " 3 "]),
)


@given(
    value=HINT_TEXT,
    hint_format=st.sampled_from(FORMATS),
    attempt=st.integers(1, 100),
    draw=st.floats(0, 1),
)
def test_every_wait_is_finite_and_within_bounds(value: str, hint_format: str, attempt: int, draw: float) -> None:
    """Whatever a server writes in a retry header, the wait is a finite number from 0 to the cap."""
    policy = RetryPolicy(clock=lambda: NOW, random=lambda: draw)
    hint = RetryAfterHeader(header="X-Rate-Limit-Retry", format=hint_format)  # type: ignore[arg-type]
    for headers in ({"Retry-After": value}, {"X-Rate-Limit-Retry": value}):
        wait = policy.delay(attempt, _answer(429, **headers), (hint,))
        assert math.isfinite(wait)
        assert 0.0 <= wait <= max(policy.max_retry_after, policy.max_delay)


def test_the_deadline_is_finite_and_checked() -> None:
    assert checked_deadline(None) == DEFAULT_DEADLINE == RetryPolicy().deadline
    assert checked_deadline(2) == 2.0
    for bad in (0, -1, math.nan, math.inf):
        with pytest.raises(ValueError, match="deadline"):
            checked_deadline(bad)
    for wrong in ("30", True):
        with pytest.raises(TypeError, match="deadline"):
            checked_deadline(wrong)  # type: ignore[arg-type]


def test_the_default_deadline_exceeds_a_default_call_slow_on_every_try() -> None:
    """Three attempts that each use their whole 30 s read timeout, plus the largest backoff, fit in it."""
    policy = RetryPolicy()
    backoff = sum(min(policy.max_delay, policy.base_delay * 2 ** (attempt - 1)) for attempt in (1, 2))
    assert (policy.max_retries + 1) * 30.0 + backoff < DEFAULT_DEADLINE


@given(st.integers(1, 30), st.floats(0, 1, exclude_max=True))
def test_backoff_is_full_jitter_below_a_capped_exponential(attempt: int, draw: float) -> None:
    policy = RetryPolicy(random=lambda: draw)
    ceiling = min(policy.max_delay, policy.base_delay * 2 ** (attempt - 1))
    assert 0 <= policy.delay(attempt, None) <= ceiling
    assert policy.delay(attempt, None) == pytest.approx(draw * ceiling)
