"""Credentials: arguments, environment fallback, precedence, missing credentials and secrecy."""

from __future__ import annotations

import hashlib
import logging

import httpx
import pytest

import loyalty_runtime.errors
from tests.clients.replay import (
    VENDORS,
    Replay,
    alternatives,
    call_kwargs,
    env_names,
    errors_module,
    expected_headers,
    first_success,
    json_response,
    kwargs_of,
    list_module,
    make_client,
    package,
    recorded_response,
    text_response,
)

ALTERNATIVES = [(key, index) for key in VENDORS for index in range(len(alternatives(key)))]
ALT_IDS = [f"{key}-{index}" for key, index in ALTERNATIVES]
PAIRS = [(key, index) for key, index in ALTERNATIVES if len(kwargs_of(alternatives(key)[index])) > 1]


def _sent_headers(key: str, credentials: dict[str, str] | None) -> httpx.Headers:
    """The headers of one list call made by a client built with ``credentials`` (None: nothing passed)."""
    recording = first_success(key)
    replay = Replay([recorded_response(recording)])
    client = package(key).AuthenticatedClient(**(credentials or {}), httpx_args={"transport": replay.transport})
    list_module(key).sync(client=client, **call_kwargs(key, recording))
    return replay.requests[0].headers


def _auth_header_names(key: str) -> set[str]:
    return {scheme.header.lower() for group in alternatives(key) for scheme in group}


def _assert_auth(headers: httpx.Headers, key: str, expected: dict[str, str]) -> None:
    for name, value in expected.items():
        assert headers.get(name) == value
    for other in _auth_header_names(key) - {name.lower() for name in expected}:
        assert other not in headers


# The header formats each vendor documents (ARCHITECTURE.md and the vendor docs), written out literally.
DOCUMENTED = [
    ("yuko", {"token": "py_abc"}, {"Authorization": "Bearer py_abc"}),
    ("appy_stamp", {"api_key": "k1", "api_secret": "s1"}, {"X-Api-Key": "k1", "X-Api-Secret": "s1"}),
    ("voucherify", {"app_id": "id1", "app_token": "tk1"}, {"X-App-Id": "id1", "X-App-Token": "tk1"}),
    ("voucherify", {"oauth_token": "oa1"}, {"Authorization": "Bearer oa1"}),
    ("joy", {"app_key": "ak", "secret_key": "sk"}, {"X-Joy-Loyalty-App-Key": "ak", "X-Joy-Loyalty-Secret-Key": "sk"}),
    (
        "capillary",
        {"username": "store.server", "password": "server123"},
        {"Authorization": "Basic c3RvcmUuc2VydmVyOjhhMTZhNmI3MDUwNWViMWYxZmY3Y2RjMGNkNTU1OWE3"},
    ),
    ("capillary", {"oauth_token": "cap1"}, {"X-CAP-API-OAUTH-TOKEN": "cap1"}),
]


@pytest.mark.parametrize(("key", "credentials", "expected"), DOCUMENTED, ids=[f"{d[0]}-{d[1]}" for d in DOCUMENTED])
def test_documented_header_formats(key, credentials, expected):
    _assert_auth(_sent_headers(key, credentials), key, expected)


@pytest.mark.parametrize(("key", "index"), ALTERNATIVES, ids=ALT_IDS)
def test_explicit_credentials(key, index):
    group = alternatives(key)[index]
    _assert_auth(_sent_headers(key, kwargs_of(group)), key, expected_headers(group, kwargs_of(group)))


@pytest.mark.parametrize(("key", "index"), ALTERNATIVES, ids=ALT_IDS)
def test_environment_fallback(key, index, monkeypatch):
    group = alternatives(key)[index]
    values = kwargs_of(group, prefix="env")
    for scheme in group:
        for credential in scheme.credentials:
            monkeypatch.setenv(credential.env, values[credential.kwarg])
    _assert_auth(_sent_headers(key, None), key, expected_headers(group, values))


@pytest.mark.parametrize(("key", "index"), ALTERNATIVES, ids=ALT_IDS)
def test_explicit_arguments_win_over_environment(key, index, monkeypatch):
    """Every variable of the vendor is set; the alternative passed as arguments is the one used."""
    for name in env_names(key):
        monkeypatch.setenv(name, f"env-{name}")
    group = alternatives(key)[index]
    values = kwargs_of(group, prefix="arg")
    _assert_auth(_sent_headers(key, values), key, expected_headers(group, values))


@pytest.mark.parametrize(("key", "index"), PAIRS, ids=[f"{k}-{i}" for k, i in PAIRS])
def test_arguments_and_environment_combine(key, index, monkeypatch):
    group = alternatives(key)[index]
    values = kwargs_of(group, prefix="mix")
    first, *rest = [c for scheme in group for c in scheme.credentials]
    for credential in rest:
        monkeypatch.setenv(credential.env, values[credential.kwarg])
    _assert_auth(_sent_headers(key, {first.kwarg: values[first.kwarg]}), key, expected_headers(group, values))


@pytest.mark.parametrize("key", VENDORS)
def test_missing_credentials(key):
    errors = errors_module(key)
    assert errors.MissingCredentialsError is loyalty_runtime.errors.MissingCredentialsError
    with pytest.raises(errors.MissingCredentialsError) as raised:
        package(key).AuthenticatedClient()
    assert isinstance(raised.value, ValueError)
    assert isinstance(raised.value, errors.LoyaltyError)
    for name in env_names(key):
        assert name in str(raised.value)


@pytest.mark.parametrize(("key", "index"), PAIRS, ids=[f"{k}-{i}" for k, i in PAIRS])
def test_incomplete_credentials(key, index):
    first = alternatives(key)[index][0].credentials[0]
    with pytest.raises(loyalty_runtime.errors.MissingCredentialsError) as raised:
        package(key).AuthenticatedClient(**{first.kwarg: "s3cr3t-partial"})
    assert "s3cr3t-partial" not in str(raised.value)
    assert "s3cr3t-partial" not in repr(raised.value)


@pytest.mark.parametrize("key", VENDORS)
def test_empty_string_is_not_a_credential(key):
    blank = {c.kwarg: "" for group in alternatives(key) for scheme in group for c in scheme.credentials}
    with pytest.raises(loyalty_runtime.errors.MissingCredentialsError):
        package(key).AuthenticatedClient(**blank)


# ---------------------------------------------------------------------------------------------- secrecy


def _secrets(key: str, index: int) -> tuple[dict[str, str], list[str]]:
    """Credential arguments with recognisable values, and every string that would betray them."""
    group = alternatives(key)[index]
    values = kwargs_of(group, prefix="s3cr3t")
    betrayals = [*values.values(), *expected_headers(group, values).values()]
    betrayals += [hashlib.md5(v.encode(), usedforsecurity=False).hexdigest() for v in values.values()]
    return values, [b.split(" ", 1)[-1] for b in betrayals]


@pytest.mark.parametrize(("key", "index"), ALTERNATIVES, ids=ALT_IDS)
def test_secrets_not_in_client_repr(key, index):
    values, betrayals = _secrets(key, index)
    client = make_client(key, Replay([]), values)
    for text in (repr(client), str(client)):
        assert type(client).__name__ in repr(client)
        for secret in betrayals:
            assert secret not in text


def _raise_all(key: str, credentials: dict[str, str]) -> list[Exception]:
    """A status error, a decode error and a connection error raised by the list call of clients with ``credentials``."""
    module, kwargs = list_module(key), call_kwargs(key, first_success(key))

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    transports = [
        Replay([json_response(401, {"message": "no"})]).transport,
        Replay([text_response(200, "<html>oops</html>")]).transport,
        httpx.MockTransport(refuse),
    ]
    raised: list[Exception] = []
    for transport in transports:
        client = package(key).AuthenticatedClient(**credentials, httpx_args={"transport": transport})
        with pytest.raises(loyalty_runtime.errors.APIError) as error:
            module.sync(client=client, **kwargs, max_retries=0)
        raised.append(error.value)
    return raised


@pytest.mark.parametrize(("key", "index"), ALTERNATIVES, ids=ALT_IDS)
def test_secrets_not_in_errors_or_logs(key, index, caplog):
    values, betrayals = _secrets(key, index)
    with caplog.at_level(logging.DEBUG):
        raised = _raise_all(key, values)
    assert [type(e).__name__ for e in raised] == ["AuthenticationError", "ResponseDecodeError", "APIConnectionError"]
    for error in raised:
        for text in (str(error), repr(error), repr(error.args), caplog.text):
            for secret in betrayals:
                assert secret not in text
