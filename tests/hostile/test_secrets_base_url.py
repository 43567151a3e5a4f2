"""Issue 8 item 16, regression tests: an empty base URL is refused instead of becoming production; plain HTTP to a
host other than loopback needs ``allow_insecure_http=True``; malformed base URLs are refused with a ``ValueError``
naming ``base_url`` that never repeats a password written into it."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_runtime.origin import checked_base_url, is_loopback, origin_of
from tests.clients.replay import VENDORS, Replay, alternatives, kwargs_of, package

DEFAULT = "https://api.vendor.example/v1"


def _client(key: str, **options: Any) -> Any:
    credentials = kwargs_of(alternatives(key)[0])
    return package(key).AuthenticatedClient(**credentials, httpx_args={"transport": Replay([]).transport}, **options)


@pytest.mark.parametrize("key", VENDORS)
@pytest.mark.parametrize("blank", ["", " ", "\t", "\n"])
def test_an_empty_base_url_is_refused(key: str, blank: str) -> None:
    with pytest.raises(ValueError, match="base_url"):
        _client(key, base_url=blank)


@pytest.mark.parametrize("key", VENDORS)
def test_leaving_base_url_out_uses_the_vendor_default(key: str) -> None:
    assert _client(key).base_url == package(key).AuthenticatedClient.vendor.base_url.rstrip("/")


@pytest.mark.parametrize("key", VENDORS)
@pytest.mark.parametrize("url", ["http://api.vendor.example/v1", "http://10.0.0.7:8080", "http://127.example.com"])
def test_plain_http_to_a_remote_host_needs_the_explicit_opt_in(key: str, url: str) -> None:
    with pytest.raises(ValueError, match="allow_insecure_http"):
        _client(key, base_url=url)
    assert _client(key, base_url=url, allow_insecure_http=True).base_url == url


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8080/api/v1", "http://127.8.9.10", "http://localhost:5000", "http://[::1]:9000/v2"]
)
def test_plain_http_to_loopback_is_accepted(url: str) -> None:
    assert checked_base_url(url, DEFAULT) == url


@pytest.mark.parametrize(
    "url",
    [
        "api.vendor.example/v1",  # no scheme
        "ftp://api.vendor.example",
        "https://",
        "https:///path-only",
        "https://api.vendor.example/v1?key=value",
        "https://api.vendor.example/v1?",
        "https://api.vendor.example/v1#frag",
        "https://api.vendor.example:99999/v1",
        "https://api.vendor.example:abc/v1",
        "https://api.vendor.example/v1\n",
        " https://api.vendor.example/v1",
        "https://api.vendor.example/a b",
    ],
)
def test_malformed_base_urls_are_refused(url: str) -> None:
    with pytest.raises(ValueError, match="base_url"):
        checked_base_url(url, DEFAULT)


@given(user=st.text("abcdefgh", min_size=1, max_size=8), password=st.text("xyz0123456789", min_size=8, max_size=16))
def test_userinfo_is_refused_without_repeating_it(user: str, password: str) -> None:
    with pytest.raises(ValueError, match="base_url") as raised:
        checked_base_url(f"https://{user}:{password}@api.vendor.example/v1", DEFAULT)
    assert password not in str(raised.value) and password not in repr(raised.value)


def test_a_query_is_refused_without_repeating_it() -> None:
    with pytest.raises(ValueError) as raised:
        checked_base_url("https://api.vendor.example/v1?api_key=s3cr3t-in-query", DEFAULT)
    assert "s3cr3t-in-query" not in str(raised.value)


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        *[("localhost", True), ("LOCALHOST", True), ("127.0.0.1", True), ("127.255.0.9", True), ("::1", True)],
        *[("128.0.0.1", False), ("localhost.example", False), ("::2", False), ("10.0.0.1", False), ("", False)],
    ],
)
def test_loopback_hosts(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_origins_compare_scheme_host_and_default_port() -> None:
    assert origin_of("https://API.example.com/v1") == origin_of(httpx.URL("https://api.example.com:443/other"))
    assert origin_of("http://api.example.com") != origin_of("https://api.example.com")
    assert origin_of("https://api.example.com:8443") != origin_of("https://api.example.com")
