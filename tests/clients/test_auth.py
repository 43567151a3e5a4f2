"""Credentials: arguments, environment fallback, precedence, missing credentials and secrecy."""

from __future__ import annotations

import hashlib
import logging
import string

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

import loyalty_runtime.errors
from tests.clients.replay import (
    ALT_IDS,
    ALTERNATIVES,
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


# ---------------------------------------------------------------------------------------------- refused values

CREDENTIALS = [(key, c.kwarg, c.env) for key in VENDORS for c in package(key).AuthenticatedClient.vendor.credentials]
# Refused in every credential: control characters, C0 and C1, wherever they are.
CONTROL = ["s3cr3t-value\n", "s3cr3t-value\r\n", "s3cr3t\tvalue", "\x00s3cr3t-value", "s3cr3t-value\x7f", "s3cr3t\x85"]
# Refused where the value is sent as is in a header (every scheme but Basic, which base64-encodes it).
VERBATIM = ["s3cr3t-välue", "s3cr3t-value ", " s3cr3t-value", "s3cr3t-价值"]
ENV_VALUES = [value for value in CONTROL + VERBATIM if "\x00" not in value]  # a variable cannot hold NUL


def _basic(key: str, kwarg: str) -> bool:
    schemes = [scheme for group in alternatives(key) for scheme in group]
    return any(s.kind == "basic" and kwarg in {c.kwarg for c in s.credentials} for s in schemes)


def _complete_with(key: str, kwarg: str, value: str) -> dict[str, str]:
    """Arguments of the first alternative taking ``kwarg``, with ``value`` for it."""
    group = next(g for g in alternatives(key) if kwarg in {c.kwarg for s in g for c in s.credentials})
    return {**kwargs_of(group), kwarg: value}


def _assert_refused(raised: pytest.ExceptionInfo[Exception], names: str, value: str) -> None:
    error = raised.value
    assert isinstance(error, loyalty_runtime.errors.InvalidCredentialsError)
    assert isinstance(error, ValueError) and isinstance(error, loyalty_runtime.errors.LoyaltyError)
    assert names in str(error)
    visible = value.strip()
    for text in (str(error), repr(error), repr(error.args)):
        assert visible not in text and repr(value) not in text


def _unsendable(values: list[str]) -> list[tuple[str, str, str, str]]:
    """(key, kwarg, env, value) for each credential and each value it cannot take."""
    return [
        (key, kwarg, env, value)
        for key, kwarg, env in CREDENTIALS
        for value in values
        if value in CONTROL or not _basic(key, kwarg)
    ]


@pytest.mark.parametrize(("key", "kwarg", "env", "value"), _unsendable(CONTROL + VERBATIM))
def test_unsendable_argument_values_are_refused_at_construction(key, kwarg, env, value):
    with pytest.raises(loyalty_runtime.errors.InvalidCredentialsError) as raised:
        package(key).AuthenticatedClient(**_complete_with(key, kwarg, value))
    _assert_refused(raised, f"{kwarg}=", value)


@pytest.mark.parametrize(("key", "kwarg", "env", "value"), _unsendable(ENV_VALUES))
def test_unsendable_environment_values_are_refused_at_construction(key, kwarg, env, value, monkeypatch):
    others = {k: v for k, v in _complete_with(key, kwarg, value).items() if k != kwarg}
    monkeypatch.setenv(env, value)
    with pytest.raises(loyalty_runtime.errors.InvalidCredentialsError) as raised:
        package(key).AuthenticatedClient(**others)
    _assert_refused(raised, f"${env}", value)


def test_basic_credentials_take_any_printable_text_but_a_colon_in_the_user_name():
    headers = _sent_headers("capillary", {"username": "till-ü", "password": " pässwörd with spaces "})
    assert headers["authorization"].startswith("Basic ")
    with pytest.raises(loyalty_runtime.errors.InvalidCredentialsError, match="':'") as raised:
        package("capillary").AuthenticatedClient(username="till:one", password="x")
    assert "till:one" not in str(raised.value)


def test_an_unused_environment_value_is_not_checked(monkeypatch):
    """The alternative passed as arguments wins; a stale variable of another one does not stop the client."""
    monkeypatch.setenv("CAPILLARY_OAUTH_TOKEN", "stale\n")
    _assert_auth(
        _sent_headers("capillary", {"username": "u", "password": "p"}),
        "capillary",
        expected_headers(alternatives("capillary")[0], {"username": "u", "password": "p"}),
    )


@pytest.mark.parametrize("key", VENDORS)
def test_invalid_credentials_error_is_exported_by_every_client(key):
    assert errors_module(key).InvalidCredentialsError is loyalty_runtime.errors.InvalidCredentialsError


@given(
    case=st.sampled_from(CREDENTIALS),
    head=st.text(string.ascii_letters, min_size=10, max_size=16),
    control=st.characters(categories=["Cc"]),
    tail=st.text(string.ascii_letters, max_size=6),
)
def test_any_control_character_anywhere_is_refused(case, head, control, tail):
    key, kwarg, _ = case
    value = f"{head}{control}{tail}"
    with pytest.raises(loyalty_runtime.errors.InvalidCredentialsError) as raised:
        package(key).AuthenticatedClient(**_complete_with(key, kwarg, value))
    assert head not in str(raised.value) and value not in repr(raised.value)
