"""The configured origin: which base URLs a client accepts, and whether a URL is on the base URL's origin.

The base URL is the ``base_url`` argument, else the vendor's ``<VENDOR>_BASE_URL`` environment variable (its
spec's ``x-base-url-env``), else the spec's default server. Refused with a ``ValueError`` naming ``base_url`` (or
the variable): an empty or blank value (it must not quietly become the production URL), whitespace or control
characters, a scheme other than http/https, no host, a query, a fragment, a user name or password (credentials
are arguments; the message never repeats such a URL), and ``http://`` to a host other than loopback
(``localhost``, 127.0.0.0/8, ``::1``) unless the caller passes ``allow_insecure_http``.
"""

from __future__ import annotations

import ipaddress
import unicodedata
from collections.abc import Mapping
from urllib.parse import urlsplit

import httpx

_DEFAULT_PORTS = {"http": 80, "https": 443}

Origin = tuple[str, str, int]


def configured_base_url(
    base_url: str | None,
    default: str,
    env: str | None,
    environ: Mapping[str, str],
    *,
    allow_insecure_http: bool = False,
) -> str:
    """The base URL a client uses: ``base_url`` when given, else the vendor's environment variable ``env`` when it
    is set (even to an empty value, which is refused like an empty argument), else ``default``; checked by
    :func:`checked_base_url`, whose errors name the argument or the variable."""
    if base_url is None and env is not None and env in environ:
        return checked_base_url(environ[env], default, allow_insecure_http=allow_insecure_http, source=f"${env}")
    return checked_base_url(base_url, default, allow_insecure_http=allow_insecure_http)


def checked_base_url(
    base_url: str | None, default: str, *, allow_insecure_http: bool = False, source: str = "base_url"
) -> str:
    """The base URL to use (``default`` when ``base_url`` is ``None``), without its trailing slash. ``source``
    names where the value came from in error messages."""
    if base_url is None:
        base_url = default
    if not isinstance(base_url, str):
        raise TypeError(f"{source} must be a str, not {type(base_url).__name__}")
    if not base_url.strip():
        raise ValueError(f"{source} is empty; leave it out to use the vendor's default URL")
    if any(char.isspace() or unicodedata.category(char) == "Cc" for char in base_url):
        raise ValueError(f"{source} contains whitespace or a control character")
    try:
        httpx.URL(base_url)
        parts = urlsplit(base_url)
        if parts.port == 0:  # reading .port also refuses a malformed or out-of-range port
            raise ValueError
    except (ValueError, httpx.InvalidURL):
        raise ValueError(f"{source} is not a valid URL") from None
    if "@" in parts.netloc:
        raise ValueError(f"{source} must not contain a user name or password; pass credentials as arguments")
    if parts.query or parts.fragment or base_url.endswith(("?", "#")):
        raise ValueError(f"{source} must not contain a query or a fragment")
    if parts.scheme not in _DEFAULT_PORTS or not parts.hostname:
        raise ValueError(f"{source} must be an absolute http:// or https:// URL with a host, got {base_url!r}")
    if parts.scheme == "http" and not allow_insecure_http and not is_loopback(parts.hostname):
        raise ValueError(
            f"{source} {base_url!r} uses plain http:// to a non-loopback host, which would send the credentials "
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
