"""A hostile server and a broken network: nothing but a typed error (or a success) ever reaches the caller.

Items 5, 7 and 8 of the hardening issue: every httpx exception becomes a ``LoyaltyError``; only transient failures
are retried; ``NaN``/``Infinity`` literals are not JSON. Sync and async, for every vendor.
"""

from __future__ import annotations

import gzip
import json
import math
import zlib
from collections.abc import Callable

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loyalty_runtime.errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    LoyaltyError,
    ResponseDecodeError,
)
from tests.clients.replay import VENDORS, first_success, recorded_response
from tests.hostile.transport_support import FakeClock, alist_call, error_status_body, fake_client, list_call

Fault = Callable[[httpx.Request], httpx.Response]


def _raising(make: Callable[[httpx.Request], Exception]) -> Fault:
    def fault(request: httpx.Request) -> httpx.Response:
        raise make(request)

    return fault


# Every exception httpx (or a transport under it) raises, with whether trying again can help.
EXCEPTIONS: list[tuple[Callable[[httpx.Request], Exception], bool]] = [
    (lambda r: httpx.ConnectError("refused", request=r), True),
    (lambda r: httpx.ConnectTimeout("slow", request=r), True),
    (lambda r: httpx.ReadTimeout("slow", request=r), True),
    (lambda r: httpx.WriteTimeout("slow", request=r), True),
    (lambda r: httpx.PoolTimeout("busy", request=r), True),
    (lambda r: httpx.ReadError("reset", request=r), True),
    (lambda r: httpx.WriteError("reset", request=r), True),
    (lambda r: httpx.CloseError("reset", request=r), True),
    (lambda r: httpx.RemoteProtocolError("cut short", request=r), True),
    (lambda r: httpx.LocalProtocolError("illegal header value", request=r), False),
    (lambda r: httpx.UnsupportedProtocol("no scheme", request=r), False),
    (lambda r: httpx.ProxyError("proxy refused", request=r), False),
    (lambda r: httpx.DecodingError("not gzip", request=r), False),
    (lambda r: httpx.TooManyRedirects("loop", request=r), False),
    (lambda r: httpx.InvalidURL("bad url"), False),
    (lambda r: httpx.StreamConsumed(), False),
    (lambda r: httpx.StreamClosed(), False),
    (lambda r: httpx.ResponseNotRead(), False),
    (lambda r: httpx.RequestNotRead(), False),
    (lambda r: httpx.CookieConflict("two cookies"), False),
    (lambda r: httpx.HTTPStatusError("hook", request=r, response=httpx.Response(500, request=r)), False),
]
EXCEPTION_IDS = [type(make(httpx.Request("GET", "https://x.test"))).__name__ for make, _ in EXCEPTIONS]


def _run(key: str, mode: str, client: object, **options: object) -> object:
    return (list_call if mode == "sync" else alist_call)(key, client, **options)


# ---------------------------------------------------------------------------------------------- regressions


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("key", VENDORS)
@pytest.mark.parametrize(("make", "transient"), EXCEPTIONS, ids=EXCEPTION_IDS)
def test_every_httpx_exception_is_typed_and_only_transient_ones_are_retried(key, mode, make, transient):
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        raise make(request)

    with pytest.raises(LoyaltyError) as raised:
        _run(key, mode, fake_client(key, handler, FakeClock()))
    error = raised.value
    assert isinstance(error, APIError)
    assert error.attempts == len(sent) == (3 if transient else 1)
    expected = (
        ResponseDecodeError
        if isinstance(error.__cause__, httpx.DecodingError)
        else APITimeoutError
        if isinstance(error.__cause__, httpx.TimeoutException)
        else APIConnectionError
    )
    assert type(error) is expected
    assert isinstance(error.__cause__, Exception)


ENCODINGS = {"gzip": gzip.compress, "deflate": zlib.compress}


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("key", VENDORS)
@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_a_body_not_in_its_declared_content_encoding_is_a_decode_error(key, mode, encoding):
    plain = recorded_response(first_success(key)).content
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        headers = {"content-type": "application/json", "content-encoding": encoding}
        return httpx.Response(200, headers=headers, stream=httpx.ByteStream(plain))  # read by the client, not here

    with pytest.raises(ResponseDecodeError) as raised:
        _run(key, mode, fake_client(key, handler, FakeClock()))
    assert raised.value.attempts == len(sent) == 1
    assert raised.value.status_code == 200
    assert raised.value.body == plain.decode()
    assert raised.value.response is not None and raised.value.response.content == plain
    # The same bytes, truly encoded, decode fine: the error is the lie, not the encoding.
    honest = ENCODINGS[encoding](plain)

    def honest_handler(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": "application/json", "content-encoding": encoding}
        return httpx.Response(200, headers=headers, stream=httpx.ByteStream(honest))

    assert _run(key, mode, fake_client(key, honest_handler, FakeClock())) is not None


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("key", VENDORS)
def test_a_redirect_loop_is_a_status_error_sent_once(key, mode):
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(302, headers={"location": str(request.url)})

    client = fake_client(key, handler, FakeClock(), follow_redirects=True)
    # The client follows redirects itself (loyalty_runtime.redirects): past its budget the redirect is the answer.
    with pytest.raises(APIStatusError) as raised:
        _run(key, mode, client)
    assert raised.value.status_code == 302
    assert raised.value.attempts == 1
    assert len(sent) == 21  # the first request and 20 redirects, never retried


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("key", VENDORS)
@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
def test_non_finite_literals_are_not_json(key, mode, literal):
    body = recorded_response(first_success(key)).content.decode()
    text = body[: body.rindex("}")] + f', "hostile_extra": {literal}}}'
    assert math.isnan(json.loads(text)["hostile_extra"]) or math.isinf(json.loads(text)["hostile_extra"])

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "application/json"}, content=text.encode())

    with pytest.raises(ResponseDecodeError, match="not JSON") as raised:
        _run(key, mode, fake_client(key, handler, FakeClock()))
    assert raised.value.body == text


@pytest.mark.parametrize("key", VENDORS)
def test_an_error_body_with_non_finite_literals_is_kept_as_text(key):
    text = json.dumps(error_status_body(key, 400))[:-1] + ', "hostile_extra": NaN}'

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, headers={"content-type": "application/json"}, content=text.encode())

    with pytest.raises(APIError) as raised:
        list_call(key, fake_client(key, handler, FakeClock()))
    assert raised.value.body == text  # type: ignore[attr-defined]
    assert raised.value.code is None  # type: ignore[attr-defined]


# ---------------------------------------------------------------------------------------------- the law

_BODIES = st.one_of(
    st.binary(max_size=64),
    st.sampled_from([b"", b"{", b"null", b"[]", b"NaN", b'{"data": [NaN]}', b'{"a": Infinity}', b"\xff\xfe"]),
    st.just(b"RECORDED"),
)
_HEADERS = st.dictionaries(
    st.sampled_from(["content-encoding", "content-type", "retry-after", "location"]),
    st.sampled_from(["gzip", "deflate", "identity", "br", "application/json", "text/html", "nan", "-1", "1e999", "/x"]),
    max_size=3,
)
_ANSWERS = st.tuples(st.sampled_from([200, 201, 204, 302, 400, 401, 404, 408, 429, 500, 503, 599]), _BODIES, _HEADERS)
_FAULTS = st.lists(
    st.one_of(st.integers(0, len(EXCEPTIONS) - 1), _ANSWERS, st.just("RECORDED")), min_size=1, max_size=4
)


def _answer(key: str, fault: object, request: httpx.Request) -> httpx.Response:
    if fault == "RECORDED":
        return recorded_response(first_success(key))
    if isinstance(fault, int):
        raise EXCEPTIONS[fault][0](request)
    status, body, headers = fault  # type: ignore[misc]
    content = recorded_response(first_success(key)).content if body == b"RECORDED" else body
    return httpx.Response(status, headers=headers, stream=httpx.ByteStream(content))


@pytest.mark.parametrize("key", VENDORS)
@settings(suppress_health_check=[HealthCheck.too_slow])
@given(faults=_FAULTS, redirects=st.booleans())
def test_nothing_but_a_typed_error_escapes(key, faults, redirects):
    """Whatever the server and the network do, a call returns its model or raises a ``LoyaltyError``."""
    for mode in ("sync", "async"):
        sent: list[httpx.Request] = []

        def handler(request: httpx.Request, sent: list[httpx.Request] = sent) -> httpx.Response:
            sent.append(request)
            return _answer(key, faults[min(len(sent), len(faults)) - 1], request)

        clock = FakeClock()
        client = fake_client(key, handler, clock, follow_redirects=redirects)
        try:
            _run(key, mode, client)
        except LoyaltyError as error:
            assert isinstance(error, APIError)
            assert 1 <= error.attempts <= 3
            assert redirects or error.attempts == len(sent)  # each attempt is one request, and is counted
        assert all(math.isfinite(wait) and 0 <= wait <= 60 for wait in clock.sleeps)
        assert len(clock.sleeps) <= 2


@pytest.mark.parametrize("key", VENDORS)
@settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow])
@given(value=st.text(max_size=12), mode=st.sampled_from(["sync", "async"]))
def test_a_callers_header_value_of_any_text_gives_a_typed_error_or_a_value_error(key, value, mode):
    """A header the caller adds that cannot be encoded is a ``ValueError`` before anything is sent."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return recorded_response(first_success(key))

    try:
        _run(key, mode, fake_client(key, handler, FakeClock(), headers={"X-Hostile": value}))
    except (TypeError, ValueError):
        assert sent == []
        assert not value.isascii() or any(ord(c) < 32 or ord(c) == 127 for c in value)  # unsendable text
    except LoyaltyError as error:
        assert isinstance(error, APIError)
