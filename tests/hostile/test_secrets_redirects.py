"""Issue 8 item 15, regression tests: with redirects enabled, credentials of every scheme stay on the configured
origin, and a POST is never re-sent to another origin; redirects within the origin still work."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from loyalty_runtime.errors import APIStatusError
from loyalty_runtime.redirects import REDACTED
from tests.clients.replay import ALT_IDS, ALTERNATIVES, base_url
from tests.hostile.secrets_support import (
    POST,
    Arrivals,
    build_client,
    kwargs_names,
    operation_call,
    sent_credentials,
)

STATUSES = (301, 302, 303, 307, 308)


def _values(key: str, index: int) -> dict[str, str]:
    return {name: f"s3cr3t-{name}" for name in kwargs_names(key, index)}


def _hop_then(success: httpx.Response, location: str, status: int = 302) -> Arrivals:
    """Redirects the first request to ``location``; answers every later one with ``success``."""

    def answer(request: httpx.Request) -> httpx.Response:
        if len(arrivals.requests) == 1:
            return httpx.Response(status, headers={"location": location})
        return httpx.Response(success.status_code, headers=success.headers, content=success.content)

    arrivals = Arrivals(answer)
    return arrivals


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize(("key", "index"), ALTERNATIVES, ids=ALT_IDS)
def test_no_credential_header_follows_a_redirect_to_another_host(key: str, index: int, status: int) -> None:
    module, kwargs, success = operation_call(key)
    arrivals = _hop_then(success, "https://collector.example/steal", status)
    client = build_client(key, _values(key, index), arrivals.transport, follow_redirects=True)
    module.sync(client=client, **kwargs)
    first, second = arrivals.requests
    assert sent_credentials(key, index, _values(key, index)).items() <= dict(first.headers).items()
    assert second.url.host == "collector.example"
    names = {name.lower() for name in sent_credentials(key, index, _values(key, index))}
    assert not names & {name.lower() for name in second.headers}


@pytest.mark.parametrize(("key", "index"), ALTERNATIVES, ids=ALT_IDS)
def test_a_redirect_within_the_origin_keeps_the_credentials(key: str, index: int) -> None:
    module, kwargs, success = operation_call(key)
    moved = httpx.URL(base_url(key)).copy_with(path="/moved/here")
    arrivals = _hop_then(success, str(moved), 301)
    client = build_client(key, _values(key, index), arrivals.transport, follow_redirects=True)
    assert module.sync_detailed(client=client, **kwargs).status_code == success.status_code
    assert arrivals.requests[1].url == moved
    assert sent_credentials(key, index, _values(key, index)).items() <= dict(arrivals.requests[1].headers).items()


@pytest.mark.parametrize("location", ["http://{host}/same-host-plain-http", "https://{host}:8443/other-port"])
def test_same_host_on_another_scheme_or_port_is_another_origin(location: str) -> None:
    module, kwargs, success = operation_call("voucherify")
    host = httpx.URL(base_url("voucherify")).host
    arrivals = _hop_then(success, location.format(host=host))
    client = build_client("voucherify", _values("voucherify", 0), arrivals.transport, follow_redirects=True)
    module.sync(client=client, **kwargs)
    assert "x-app-token" not in arrivals.requests[1].headers
    assert "x-app-id" not in arrivals.requests[1].headers


def test_credentials_are_not_sent_again_once_a_redirect_left_the_origin() -> None:
    """Another origin sending the client back must not obtain a signed request of its choosing."""
    module, kwargs, success = operation_call("joy")
    home = httpx.URL(base_url("joy"))

    def answer(request: httpx.Request) -> httpx.Response:
        if len(arrivals.requests) == 1:
            return httpx.Response(302, headers={"location": "https://elsewhere.example/bounce"})
        if len(arrivals.requests) == 2:
            return httpx.Response(302, headers={"location": str(home.copy_with(path="/chosen/by/them"))})
        return httpx.Response(success.status_code, headers=success.headers, content=success.content)

    arrivals = Arrivals(answer)
    module.sync(client=build_client("joy", _values("joy", 0), arrivals.transport, follow_redirects=True), **kwargs)
    back = arrivals.requests[2]
    assert back.url.host == home.host
    assert "x-joy-loyalty-secret-key" not in back.headers


@pytest.mark.parametrize("status", [307, 308])
@pytest.mark.parametrize("use_async", [False, True])
def test_a_post_is_never_re_sent_to_another_origin(status: int, use_async: bool) -> None:
    module, kwargs, success = operation_call(*POST)
    arrivals = _hop_then(success, "https://collector.example/earn", status)
    client = build_client(POST[0], _values(POST[0], 0), arrivals.transport, follow_redirects=True)
    with pytest.raises(APIStatusError) as raised:
        if use_async:
            asyncio.run(module.asyncio(client=client, **kwargs))
        else:
            module.sync(client=client, **kwargs)
    assert raised.value.status_code == status
    assert "another origin" in str(raised.value)
    assert [r.url.host for r in arrivals.requests] == [httpx.URL(base_url(POST[0])).host]
    assert raised.value.request is not None
    assert raised.value.request.headers["x-api-secret"] == REDACTED


@pytest.mark.parametrize("status", [307, 308])
def test_a_post_redirected_within_the_origin_is_re_sent_with_its_body(status: int) -> None:
    module, kwargs, success = operation_call(*POST)
    arrivals = _hop_then(success, str(httpx.URL(base_url(POST[0])).copy_with(path="/v2/earn")), status)
    client = build_client(POST[0], _values(POST[0], 0), arrivals.transport, follow_redirects=True)
    module.sync(client=client, **kwargs)
    first, second = arrivals.requests
    assert second.method == "POST"
    assert json.loads(second.content) == json.loads(first.content)
    assert second.headers["x-api-secret"] == "s3cr3t-api_secret"


def test_a_post_answered_303_elsewhere_becomes_a_bare_get() -> None:
    module, kwargs, success = operation_call(*POST)
    arrivals = _hop_then(success, "https://receipts.example/done", 303)
    client = build_client(POST[0], _values(POST[0], 0), arrivals.transport, follow_redirects=True)
    module.sync(client=client, **kwargs)
    second = arrivals.requests[1]
    assert (second.method, second.content) == ("GET", b"")
    assert "x-api-secret" not in second.headers and "x-api-key" not in second.headers


def test_a_redirect_loop_ends_in_a_typed_error_after_max_redirects() -> None:
    module, kwargs, _ = operation_call("yuko")

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"location": str(request.url)})

    arrivals = Arrivals(answer)
    client = build_client("yuko", _values("yuko", 0), arrivals.transport, follow_redirects=True, max_redirects=5)
    with pytest.raises(APIStatusError, match="more than 5 redirects"):
        module.sync(client=client, **kwargs, max_retries=0)
    assert len(arrivals.requests) == 6


def test_an_unfollowed_redirect_offers_a_next_request_without_credentials() -> None:
    module, kwargs, success = operation_call("capillary")
    arrivals = _hop_then(success, "https://elsewhere.example/x")
    client = build_client("capillary", _values("capillary", 1), arrivals.transport)
    with pytest.raises(APIStatusError) as raised:
        module.sync(client=client, **kwargs)
    assert len(arrivals.requests) == 1
    assert isinstance(raised.value, APIStatusError)
    following = raised.value.response.next_request
    assert following is not None and "x-cap-api-oauth-token" not in following.headers


def test_a_request_for_another_origin_through_the_httpx_client_is_not_signed() -> None:
    arrivals = Arrivals(lambda request: httpx.Response(204))
    client = build_client("yuko", _values("yuko", 0), arrivals.transport)
    client.get_httpx_client().get("https://elsewhere.example/anything")
    assert "authorization" not in arrivals.requests[0].headers
