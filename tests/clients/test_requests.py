"""Requests sent by the generated clients match the recorded ones: method, URL, query, body and auth headers."""

from __future__ import annotations

import asyncio
import json
from collections import defaultdict

import pytest

from tests.clients.replay import (
    ERRORS,
    SUCCESS,
    alternative_for,
    alternatives,
    base_url,
    date_time_params,
    errors_module,
    expected_headers,
    ids,
    instant,
    kwargs_of,
    operation_module,
    replay_recording,
    spec_operation,
)

ALL = SUCCESS + ERRORS


def _query(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = defaultdict(list)
    for name, value in pairs:
        grouped[name].append(value)
    return dict(grouped)


def _send(key, recording, *, use_async: bool = False):
    client, replay, kwargs = replay_recording(key, recording, max_retries=0)
    module = operation_module(key, recording.data["operation"])
    try:
        if use_async:
            asyncio.run(module.asyncio_detailed(client=client, **kwargs))
        else:
            module.sync_detailed(client=client, **kwargs)
    except errors_module(key).APIStatusError:
        pass
    assert len(replay.requests) == 1
    return replay.requests[0]


def _assert_matches(key, recording, request) -> None:
    recorded = recording.request
    assert request.method == recorded["method"]
    assert str(request.url.copy_with(query=None)) == base_url(key) + recorded["path"]
    sent = _query(request.url.params.multi_items())
    expected = {k: v if isinstance(v, list) else [v] for k, v in recorded["query"].items()}
    # Date-time parameters may be written with another (equal) offset notation: compare them as instants.
    for name in date_time_params(key, spec_operation(key, recording.data["operation"])):
        if name in sent and name in expected:
            assert [instant(v) for v in sent.pop(name)] == [instant(v) for v in expected.pop(name)]
    assert sent == expected
    if recorded["body"] is None:
        assert request.content == b""
    else:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == recorded["body"]


@pytest.mark.parametrize(("key", "recording"), ALL, ids=ids(ALL))
def test_request_matches_recording(key, recording):
    _assert_matches(key, recording, _send(key, recording))


@pytest.mark.parametrize(("key", "recording"), SUCCESS, ids=ids(SUCCESS))
def test_async_request_matches_recording(key, recording):
    _assert_matches(key, recording, _send(key, recording, use_async=True))


@pytest.mark.parametrize(("key", "recording"), ALL, ids=ids(ALL))
def test_auth_headers_of_the_recorded_scheme(key, recording):
    """The headers the recording shows are sent with the client's credentials (and no other scheme's headers)."""
    group = alternative_for(key, recording)
    request = _send(key, recording)
    for name, value in expected_headers(group, kwargs_of(group)).items():
        assert request.headers.get(name) == value
    recorded = {name.lower() for name in recording.request["headers"]}
    for other in {scheme.header.lower() for alternative in alternatives(key) for scheme in alternative} - recorded:
        assert other not in request.headers
