"""Retries: how many times a request is sent for 503 and 429 answers, by method and per-call option."""

from __future__ import annotations

import asyncio
import copy
import dataclasses
import inspect

import pytest

from tests.clients.replay import (
    ERRORS,
    VENDORS,
    Replay,
    call_kwargs,
    errors_module,
    first_success,
    json_response,
    list_module,
    make_client,
    normalized,
    operation_module,
    recorded_response,
    success_model,
)


def _error_body(key: str, status: int | None = None) -> object:
    """A recorded error body of the vendor: of ``status``, or of a 5xx answer."""
    recording = next(
        r
        for k, r in ERRORS
        if k == key and (r.response["status"] == status or (status is None and r.response["status"] >= 500))
    )
    return copy.deepcopy(recording.response["body"])


def _client(key: str, replay: Replay, sleeps: list[float], **options):
    """A client on ``replay`` whose retry waits are recorded instead of slept."""
    client = make_client(key, replay, **options)

    async def asleep(seconds: float) -> None:
        sleeps.append(seconds)

    client.retry = dataclasses.replace(client.retry, sleep=sleeps.append, asleep=asleep)
    return client


def _list_call(key: str, client, **options):
    return list_module(key).sync(client=client, **call_kwargs(key, first_success(key)), **options)


@pytest.mark.parametrize("key", VENDORS)
def test_per_call_no_retries_on_503(key):
    replay, sleeps = Replay([json_response(503, _error_body(key))]), []
    with pytest.raises(errors_module(key).InternalServerError) as raised:
        _list_call(key, _client(key, replay, sleeps), max_retries=0)
    assert len(replay.requests) == 1
    assert raised.value.attempts == 1
    assert raised.value.status_code == 503
    assert sleeps == []


@pytest.mark.parametrize("key", VENDORS)
def test_default_retries_twice_on_503(key):
    replay, sleeps = Replay([json_response(503, _error_body(key))]), []
    with pytest.raises(errors_module(key).InternalServerError) as raised:
        _list_call(key, _client(key, replay, sleeps))
    assert len(replay.requests) == 3
    assert raised.value.attempts == 3
    assert len(sleeps) == 2
    assert all(request.url == replay.requests[0].url for request in replay.requests)


@pytest.mark.parametrize("key", VENDORS)
def test_retry_then_success(key):
    recording = first_success(key)
    replay, sleeps = Replay([json_response(503, _error_body(key)), recorded_response(recording)]), []
    page = _list_call(key, _client(key, replay, sleeps))
    assert page == success_model(key, recording.data["operation"]).from_dict(recording.response["body"])
    assert len(replay.requests) == 2
    assert len(sleeps) == 1


@pytest.mark.parametrize("key", VENDORS)
def test_client_and_call_retry_settings(key):
    replay, sleeps = Replay([json_response(503, _error_body(key))]), []
    client = _client(key, replay, sleeps, max_retries=0)
    with pytest.raises(errors_module(key).InternalServerError):
        _list_call(key, client)
    assert len(replay.requests) == 1
    with pytest.raises(errors_module(key).InternalServerError) as raised:
        _list_call(key, client, max_retries=1)
    assert len(replay.requests) == 3
    assert raised.value.attempts == 2


@pytest.mark.parametrize("key", VENDORS)
def test_async_default_retries_on_503(key):
    replay, sleeps = Replay([json_response(503, _error_body(key))]), []
    client = _client(key, replay, sleeps)
    kwargs = call_kwargs(key, first_success(key))
    with pytest.raises(errors_module(key).InternalServerError) as raised:
        asyncio.run(list_module(key).asyncio(client=client, **kwargs))
    assert len(replay.requests) == 3
    assert raised.value.attempts == 3
    assert len(sleeps) == 2


# ------------------------------------------------------------------------------------------ a POST (processEarnRule)


def _process_earn_rule():
    recording = first_success("appy_stamp", "processEarnRule")
    return recording, operation_module("appy_stamp", "processEarnRule")


def test_post_is_not_retried_on_503():
    recording, module = _process_earn_rule()
    replay, sleeps = Replay([json_response(503, _error_body("appy_stamp"))]), []
    with pytest.raises(errors_module("appy_stamp").InternalServerError) as raised:
        module.sync(client=_client("appy_stamp", replay, sleeps), **call_kwargs("appy_stamp", recording))
    assert len(replay.requests) == 1
    assert raised.value.attempts == 1
    assert sleeps == []


def test_post_is_retried_on_429():
    recording, module = _process_earn_rule()
    replay, sleeps = Replay([json_response(429, _error_body("appy_stamp", 429))]), []
    with pytest.raises(errors_module("appy_stamp").RateLimitError) as raised:
        module.sync(client=_client("appy_stamp", replay, sleeps), **call_kwargs("appy_stamp", recording))
    assert len(replay.requests) == 3
    assert raised.value.attempts == 3
    assert len(sleeps) == 2


def test_post_429_then_success():
    recording, module = _process_earn_rule()
    replay, sleeps = Replay([json_response(429, _error_body("appy_stamp", 429)), recorded_response(recording)]), []
    result = module.sync(client=_client("appy_stamp", replay, sleeps), **call_kwargs("appy_stamp", recording))
    assert normalized(result.to_dict()) == normalized(recording.response["body"])
    assert len(replay.requests) == 2
    assert [replay.sent_json(i) for i in range(2)] == [recording.request["body"]] * 2


# ------------------------------------------------------------------------------------------ the deadline argument


def _functions(key: str):
    """Every generated call function of the vendor: sync/asyncio (+ detailed), and the walks where they exist."""
    for operation in {r.data["operation"] for k, r in ERRORS if k == key}:
        module = operation_module(key, operation)
        names = ("sync", "sync_detailed", "asyncio", "asyncio_detailed", "sync_pages", "sync_all", "asyncio_pages")
        for name in (*names, "asyncio_all"):
            if hasattr(module, name):
                yield getattr(module, name)


@pytest.mark.parametrize("key", VENDORS)
def test_every_function_takes_a_deadline(key):
    functions = list(_functions(key))
    assert functions
    for function in functions:
        parameter = inspect.signature(function).parameters["deadline"]
        assert parameter.kind is inspect.Parameter.KEYWORD_ONLY
        assert parameter.default is None
        # Documented where the arguments are (issue 10 item 10): on sync_detailed, and on each walk (where it
        # means each page's request); the other variants point to sync_detailed.
        documentation = function.__doc__ or ""
        assert "deadline" in documentation or "documented on ``sync_detailed``" in documentation, function


@pytest.mark.parametrize("key", VENDORS)
def test_the_client_takes_a_deadline(key):
    replay = Replay([json_response(503, _error_body(key))])
    assert make_client(key, replay).deadline == 120.0
    assert make_client(key, replay, deadline=5).deadline == 5.0
    with pytest.raises(ValueError, match="deadline"):
        make_client(key, replay, deadline=0)
