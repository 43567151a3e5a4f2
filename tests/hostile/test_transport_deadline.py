"""Items 4 and 6 of the hardening issue, on a fake clock: whatever retry hints a server sends, every wait is finite
and bounded; no call outlives its deadline (per client, per call, per page of a walk). Sync and async, every vendor.
"""

from __future__ import annotations

import asyncio
import copy
import email.utils
import math

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st
from openapi_python_client.strings import snake_case

from loyalty_runtime.errors import APITimeoutError, InternalServerError, LoyaltyError, RateLimitError
from loyalty_runtime.retry import DEFAULT_DEADLINE
from tests.clients.replay import (
    VENDORS,
    call_kwargs,
    first_success,
    json_response,
    list_module,
    package,
    recorded_response,
)
from tests.fakes.ledger import LedgerFake, make_records, walkable
from tests.hostile.transport_support import (
    FakeClock,
    alist_call,
    error_status_body,
    fake_client,
    list_call,
    replay_client,
    walk,
)

MODES = ["sync", "async"]
WALL = 1_900_000_000.0  # the fake wall clock of on_clock (for date hints)


def _run(key: str, mode: str, client: object, **options: object) -> object:
    return (list_call if mode == "sync" else alist_call)(key, client, **options)


def _hint_headers(key: str) -> list[str]:
    return ["Retry-After", *(hint.header for hint in package(key).AuthenticatedClient.vendor.retry_after)]


def _answer(key: str, status: int, headers: dict[str, str]) -> httpx.Response:
    return json_response(status, error_status_body(key, status), {"content-type": "application/json", **headers})


HINT_VALUES = st.one_of(
    st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=30),
    st.floats().map(repr),
    st.integers(-(10**12), 10**12).map(str),
    st.floats(-WALL + 1, 1e9).map(lambda seconds: email.utils.formatdate(WALL + seconds, usegmt=True)),
    st.floats(-1e6, 1e6).map(lambda seconds: repr(WALL + seconds)),  # an epoch near the fake now
    st.sampled_from(
        ["nan", "-nan", "inf", "-Infinity", "1e400", "-1", "0", "59.5", "3600", "Fri, 31 Dec 9999 23:59:59"]
    ),
)


@pytest.mark.parametrize("key", VENDORS)
@given(data=st.data())
def test_any_retry_hint_gives_bounded_waits_within_the_deadline(key, data):
    """Arbitrary ``Retry-After`` and vendor retry headers on 429/503 answers: the call ends in its model or a
    typed error, every wait it asks for is finite and within the cap, and the waits fit in its deadline."""
    names = _hint_headers(key)
    answers = data.draw(
        st.lists(
            st.tuples(st.sampled_from([429, 503]), st.dictionaries(st.sampled_from(names), HINT_VALUES, max_size=2)),
            min_size=1,
            max_size=3,
        )
    )
    succeeds = data.draw(st.booleans())
    deadline = data.draw(st.floats(0.5, 200))
    mode = data.draw(st.sampled_from(MODES))
    responses = [_answer(key, status, headers) for status, headers in answers]
    if succeeds:
        responses.append(recorded_response(first_success(key)))
    clock = FakeClock()
    start = clock.now
    client, replay = replay_client(key, responses, clock, deadline=deadline)
    try:
        _run(key, mode, client)
    except LoyaltyError as error:
        assert isinstance(error, RateLimitError | InternalServerError | APITimeoutError)
        assert error.attempts == len(replay.requests)
    assert all(math.isfinite(wait) and 0 <= wait <= client.retry.max_retry_after for wait in clock.sleeps)
    assert len(replay.requests) == len(clock.sleeps) + 1
    assert clock.now - start < deadline


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", VENDORS)
@pytest.mark.parametrize("value", ["nan", "inf", "-5", "soon"])
def test_an_unreadable_retry_after_is_treated_as_absent(key, mode, value):
    clock = FakeClock()
    answers = [_answer(key, 503, {"Retry-After": value}), recorded_response(first_success(key))]
    client, replay = replay_client(key, answers, clock)
    _run(key, mode, client)
    assert len(replay.requests) == 2
    (wait,) = clock.sleeps
    assert 0 <= wait <= client.retry.base_delay  # the first backoff step, not the hint


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", VENDORS)
def test_a_wait_that_would_pass_the_deadline_is_not_started(key, mode):
    clock = FakeClock()
    client, replay = replay_client(key, [_answer(key, 503, {"Retry-After": "60"})], clock, deadline=100)
    assert client.deadline == 100
    with pytest.raises(InternalServerError) as raised:
        _run(key, mode, client)
    assert clock.sleeps == [60.0]  # the second 60 s wait would end at 120 s, past the deadline
    assert raised.value.attempts == len(replay.requests) == 2
    assert any("deadline" in note for note in raised.value.__notes__)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", VENDORS)
def test_a_per_call_deadline_overrides_the_clients(key, mode):
    clock = FakeClock()
    client, replay = replay_client(key, [_answer(key, 429, {"Retry-After": "60"})], clock, deadline=1000)
    with pytest.raises(RateLimitError) as raised:
        _run(key, mode, client, deadline=30)
    assert clock.sleeps == []
    assert raised.value.attempts == len(replay.requests) == 1


def _slow(key: str, clock: FakeClock, seconds: float, answer: httpx.Response, timeouts: list[tuple[float, dict]]):
    """A server taking ``seconds`` (on the fake clock) per request; keeps each request's start and timeouts."""

    def handler(request: httpx.Request) -> httpx.Response:
        timeouts.append((clock.now, dict(request.extensions["timeout"])))
        clock.now += seconds
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    return handler


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", VENDORS)
def test_a_slow_server_is_cut_at_the_deadline_and_every_timeout_is_capped_to_it(key, mode):
    clock = FakeClock()
    start, timeouts = clock.now, []
    handler = _slow(key, clock, 40.0, _answer(key, 503, {}), timeouts)
    with pytest.raises(APITimeoutError, match="deadline of 100 s") as raised:
        _run(key, mode, fake_client(key, handler, clock, deadline=100, timeout=30.0))
    assert raised.value.attempts == len(timeouts) == 3
    for sent_at, timeout in timeouts:
        assert all(sent_at + seconds <= start + 100 for seconds in timeout.values())
    assert timeouts[0][1] == {"connect": 30.0, "read": 30.0, "write": 30.0, "pool": 30.0}
    assert timeouts[-1][1]["read"] < 30.0  # the last attempt had less than a whole timeout left


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", VENDORS)
def test_the_default_deadline_lets_a_slow_but_answering_call_finish(key, mode):
    """Two answers that each take a whole default read timeout, then a success: within the default deadline."""
    clock = FakeClock()
    answers = iter([_answer(key, 503, {}), _answer(key, 503, {}), recorded_response(first_success(key))])

    def handler(request: httpx.Request) -> httpx.Response:
        clock.now += 30.0
        answer = next(answers)
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    client = fake_client(key, handler, clock)
    assert client.deadline == DEFAULT_DEADLINE
    assert _run(key, mode, client) is not None


@pytest.mark.parametrize("key", VENDORS)
def test_in_a_walk_the_deadline_applies_to_each_page(key):
    op = walkable(key)
    module = list_module(key)
    kwargs = {**call_kwargs(key, walk(key)[0]), snake_case(op.paging.page_size.param): 2}
    records = make_records(op, 5)
    expected = len(records)

    def slow_pages(clock: FakeClock):
        fake = LedgerFake(op, copy.deepcopy(records))

        def handler(request: httpx.Request) -> httpx.Response:
            clock.now += 40.0
            return fake.handle(request)

        return handler

    clock = FakeClock()  # three pages or more of 40 s each: 120 s or more in all, each page well within 50 s
    assert (
        len(list(module.sync_all(client=fake_client(key, slow_pages(clock), clock), **kwargs, deadline=50))) == expected
    )

    async def walk_async(clock: FakeClock, deadline: float) -> int:
        client = fake_client(key, slow_pages(clock), clock)
        return len([record async for record in module.asyncio_all(client=client, **kwargs, deadline=deadline)])

    assert asyncio.run(walk_async(FakeClock(), 50)) == expected
    with pytest.raises(APITimeoutError):
        asyncio.run(walk_async(FakeClock(), 30))
    clock = FakeClock()
    with pytest.raises(APITimeoutError):
        next(iter(module.sync_pages(client=fake_client(key, slow_pages(clock), clock), **kwargs, deadline=30)))


@pytest.mark.parametrize("key", VENDORS)
@pytest.mark.parametrize(
    ("deadline", "error"),
    [(0, ValueError), (-1, ValueError), (math.nan, ValueError), (math.inf, ValueError), ("30", TypeError)],
)
def test_a_deadline_must_be_a_finite_positive_number(key, deadline, error):
    with pytest.raises(error, match="deadline"):
        fake_client(key, lambda request: httpx.Response(500), FakeClock(), deadline=deadline)
    sent: list[httpx.Request] = []
    client = fake_client(key, lambda request: sent.append(request) or httpx.Response(500), FakeClock())
    with pytest.raises(error, match="deadline"):
        list_call(key, client, deadline=deadline)
    assert sent == []
