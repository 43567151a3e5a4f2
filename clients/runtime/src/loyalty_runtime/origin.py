"""The configured origin: which base URLs a client accepts, and whether a URL is on the base URL's origin.

Refused with a ``ValueError`` naming ``base_url``: an empty or blank value (it must not quietly become the
production URL), whitespace or control characters, a scheme other than http/https, no host, a query, a fragment,
a user name or password (credentials are arguments; the message never repeats such a URL), and ``http://`` to a
host other than loopback (``localhost``, 127.0.0.0/8, ``::1``) unless the caller passes ``allow_insecure_http``.
"""

from __future__ import annotations

import ipaddress
import unicodedata
from urllib.parse import urlsplit

import httpx

_DEFAULT_PORTS = {"http": 80, "https": 443}

Origin = tuple[str, str, int]


def checked_base_url(base_url: str | None, default: str, *, allow_insecure_http: bool = False) -> str:
    """The base URL to use (``default`` when ``base_url`` is ``None``), without its trailing slash."""
    if base_url is None:
        base_url = default
    if not isinstance(base_url, str):
        raise TypeError(f"base_url must be a str, not {type(base_url).__name__}")
    if not base_url.strip():
        raise ValueError("base_url is empty; leave it out to use the vendor's default URL")
    if any(char.isspace() or unicodedata.category(char) == "Cc" for char in base_url):
        raise ValueError("base_url contains whitespace or a control character")
    try:
        httpx.URL(base_url)
        parts = urlsplit(base_url)
        if parts.port == 0:  # reading .port also refuses a malformed or out-of-range port
            raise ValueError
    except (ValueError, httpx.InvalidURL):
        raise ValueError("base_url is not a valid URL") from None
    if "@" in parts.netloc:
        raise ValueError("base_url must not contain a user name or password; pass credentials as arguments")
    if parts.query or parts.fragment or base_url.endswith(("?", "#")):
        raise ValueError("base_url must not contain a query or a fragment")
    if parts.scheme not in _DEFAULT_PORTS or not parts.hostname:
        raise ValueError(f"base_url must be an absolute http:// or https:// URL with a host, got {base_url!r}")
    if parts.scheme == "http" and not allow_insecure_http and not is_loopback(parts.hostname):
        raise ValueError(
            f"base_url {base_url!r} uses plain http:// to a non-loopback host, which would send the credentials "
            "unencrypted; use https://, or pass allow_insecure_http=True to accept that"
        )
    return base_url.rstrip("/")


def is_loopback(host: str) -> bool:
    """``localhost`` or a loopback address (127.0.0.0/8, ``::1``)."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def origin_of(url: httpx.URL | str) -> Origin:
    """Scheme, host and port (the scheme's default when none is written): what two URLs share on one origin."""
    url = httpx.URL(url)
    return url.scheme, url.host.lower(), url.port or _DEFAULT_PORTS.get(url.scheme, 0)
