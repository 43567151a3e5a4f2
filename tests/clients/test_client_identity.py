"""Where a client sends its requests and how it names itself: the base URL from the environment variable its spec
declares (``x-base-url-env``), the User-Agent, and the vendor's request id (``x-request-id``) on answers and
errors. Every vendor, from its spec and recordings."""

from __future__ import annotations

import importlib.metadata
import platform
from typing import Any

import httpx
import pytest

from generator.specs import load_spec
from loyalty_runtime.errors import APIStatusError
from sandbox.seed import DEMO_CREDENTIALS, seeded
from tests.clients.replay import (
    LIST_OPERATIONS,
    VENDORS,
    Replay,
    alternatives,
    call_kwargs,
    first_success,
    json_response,
    kwargs_of,
    list_module,
    make_client,
    package,
    recorded_response,
)
from tests.hostile.transport_support import error_status_body


def _env_name(key: str) -> str:
    return str(load_spec(key)["servers"][0]["x-base-url-env"])


def _client(key: str, **options: Any) -> Any:
    values = kwargs_of(alternatives(key)[0])
    return package(key).AuthenticatedClient(**values, httpx_args={"transport": Replay([]).transport}, **options)


# ---------------------------------------------------------------------------------------------- base URL


@pytest.mark.parametrize("key", VENDORS)
def test_the_base_url_comes_from_the_variable_the_spec_declares(key: str, monkeypatch: pytest.MonkeyPatch) -> None:
    name = _env_name(key)
    assert name == f"{key.upper()}_BASE_URL"
    monkeypatch.setenv(name, "http://127.0.0.1:8701/some/root/")
    client = _client(key)
    assert client.base_url == "http://127.0.0.1:8701/some/root"
    replay = Replay([recorded_response(first_success(key))])
    with make_client(key, replay) as client:
        list_module(key).sync(client=client, **call_kwargs(key, first_success(key)))
    assert str(replay.requests[0].url).startswith("http://127.0.0.1:8701/some/root/")


@pytest.mark.parametrize("key", VENDORS)
def test_an_explicit_base_url_wins_over_the_variable(key: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(_env_name(key), "http://127.0.0.1:8701")
    assert _client(key, base_url="https://api.example.test/v9").base_url == "https://api.example.test/v9"


@pytest.mark.parametrize("key", VENDORS)
def test_without_the_variable_the_spec_default_is_used(key: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(_env_name(key), raising=False)
    assert _client(key).base_url == package(key).AuthenticatedClient.vendor.base_url.rstrip("/")


@pytest.mark.parametrize("key", VENDORS)
@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("", "is empty"),
        ("  ", "is empty"),
        ("http://api.example.test/v1", "allow_insecure_http"),
        ("https://user:hunter2@api.example.test", "user name or password"),
        ("https://api.example.test/v1?token=x", "query"),
        ("api.example.test/v1", "absolute"),
    ],
)
def test_the_variable_is_checked_like_the_argument_and_named(
    key: str, value: str, problem: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = _env_name(key)
    monkeypatch.setenv(name, value)
    with pytest.raises(ValueError, match=problem) as raised:
        _client(key)
    assert f"${name}" in str(raised.value)
    assert "hunter2" not in str(raised.value)


@pytest.mark.parametrize("key", VENDORS)
def test_plain_http_from_the_variable_takes_the_same_opt_in(key: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(_env_name(key), "http://10.0.0.7:8080")
    assert _client(key, allow_insecure_http=True).base_url == "http://10.0.0.7:8080"


# ---------------------------------------------------------------------------------------------- User-Agent


def _sent_headers(key: str, **options: Any) -> httpx.Headers:
    replay = Replay([recorded_response(first_success(key))])
    with make_client(key, replay, **options) as client:
        list_module(key).sync(client=client, **call_kwargs(key, first_success(key)))
    return replay.requests[0].headers


@pytest.mark.parametrize("key", VENDORS)
def test_the_user_agent_names_package_runtime_and_python(key: str) -> None:
    distribution = f"loyalty-{key.replace('_', '-')}"
    expected = (
        f"{distribution}/{importlib.metadata.version(distribution)} "
        f"loyalty-runtime/{importlib.metadata.version('loyalty-runtime')} python/{platform.python_version()}"
    )
    assert _sent_headers(key).get_list("user-agent") == [expected]
    assert package(key).__version__ == importlib.metadata.version(distribution)


@pytest.mark.parametrize("key", VENDORS)
@pytest.mark.parametrize("name", ["User-Agent", "user-agent", "USER-AGENT"])
def test_a_callers_user_agent_replaces_ours(key: str, name: str) -> None:
    headers = _sent_headers(key, headers={name: "my-app/2.0"})
    assert headers.get_list("user-agent") == ["my-app/2.0"]
    assert headers["accept"] == "application/json"


# ---------------------------------------------------------------------------------------------- request ids


def _declared(key: str) -> dict[str, Any]:
    return dict(load_spec(key).get("x-request-id", {}))


@pytest.mark.parametrize("key", VENDORS)
def test_a_success_answer_carries_the_request_id_header_the_spec_declares(key: str) -> None:
    recorded = recorded_response(first_success(key))
    header = _declared(key).get("header")
    answer = httpx.Response(
        200, headers={**recorded.headers, "Function-Execution-Id": "exec-42"}, content=recorded.content
    )
    replay = Replay([answer])
    with make_client(key, replay) as client:
        response = list_module(key).sync_detailed(client=client, **call_kwargs(key, first_success(key)))
    # Only the header the spec names counts: a vendor that declares none gets None, whatever it sends.
    assert response.request_id == ("exec-42" if header == "Function-Execution-Id" else None)
    assert header in (None, "Function-Execution-Id"), "extend this test for the new header"


@pytest.mark.parametrize("key", VENDORS)
@pytest.mark.parametrize("status", [404, 429, 500])
def test_every_status_error_carries_the_request_id(key: str, status: int) -> None:
    declared = _declared(key)
    body = error_status_body(key, status)
    if isinstance(body, dict):
        body = {**body, "request_id": "v-body-7"}
    headers = {"content-type": "application/json"}
    if declared.get("header"):
        headers[declared["header"]] = "hdr-9"
    replay = Replay([json_response(status, body, headers)])
    with make_client(key, replay, max_retries=0) as client, pytest.raises(APIStatusError) as raised:
        list_module(key).sync(client=client, **call_kwargs(key, first_success(key)))
    if declared.get("header"):
        expected: str | None = "hdr-9"
    elif "/request_id" in declared.get("error_body", []) and isinstance(body, dict):
        expected = "v-body-7"
    else:
        expected = None
    assert raised.value.request_id == expected


def test_the_specs_declare_request_ids_where_the_vendors_document_them() -> None:
    # Joy documents Function-Execution-Id ("quote it to Joy support"); Voucherify puts request_id in error bodies;
    # the other vendors document none.
    assert {key: _declared(key) for key in VENDORS if _declared(key)} == {
        "joy": {"header": "Function-Execution-Id"},
        "voucherify": {"error_body": ["/request_id"]},
    }


@pytest.mark.parametrize("key", VENDORS)
def test_the_sandbox_sends_a_fresh_request_id_where_the_spec_declares_one(key: str) -> None:
    sandbox = seeded(key)
    values = {name: DEMO_CREDENTIALS[key][name] for name in kwargs_of(alternatives(key)[0])}
    client = package(key).AuthenticatedClient(**values, httpx_args={"transport": httpx.MockTransport(sandbox.handle)})
    customer = {LIST_OPERATIONS[key][1]: next(iter(sandbox.customers))}
    with client:
        ids = [list_module(key).sync_detailed(client=client, **customer).request_id for _ in range(2)]
    if _declared(key).get("header"):
        assert ids == [f"sandbox-{key}-1", f"sandbox-{key}-2"]
    else:
        assert ids == [None, None]
