# generated from specs/capillary/openapi.yaml — do not edit
"""The clients of the Capillary Loyalty Events API: ``AuthenticatedClient`` (sync) and
``AsyncAuthenticatedClient`` (async), each with the API's operations as methods of one resource per tag."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, Any

import httpx
from loyalty_runtime.client import DEFAULT_MAX_RETRIES, BaseClient
from loyalty_runtime.pagination import DEFAULT_CONCURRENCY

from ._vendor import VENDOR

if TYPE_CHECKING:
    from .resources import (
        AsyncCustomersResource,
        CustomersResource,
    )


class AuthenticatedClient(BaseClient):
    """Client of the Capillary Loyalty Events API.

    ``client.<resource>.<method>(...)`` calls an operation and returns its decoded model; ``<method>_all`` and
    ``<method>_pages`` walk every page. Use it as a context manager (``with AuthenticatedClient() as client:``).
    For ``await`` and ``async for``: ``AsyncAuthenticatedClient``, which takes the same arguments.

    Credentials (each keyword falls back to its environment variable; explicit arguments win):

    ``username`` (``CAPILLARY_USERNAME``) and ``password`` (``CAPILLARY_PASSWORD``)
    or ``oauth_token`` (``CAPILLARY_OAUTH_TOKEN``)

    Args:
        username: HTTP Basic authentication with the credentials of a till (store terminal) or Store Center
            user, as sent by every sample of this endpoint. The password is not sent as is: the client
            first replaces it with its MD5 digest in lower-case hex (32 characters), then sends
            `Authorization: Basic base64(username + ":" + md5_hex(password))`. Example from the
            vendor: user `store.server`, password `server123` → MD5 `8a16a6b70505eb1f1ff7cdc0cd5559a7`
            → `Basic c3RvcmUuc2VydmVyOjhhMTZhNmI3MDUwNWViMWYxZmY3Y2RjMGNkNTU1OWE3`. Basic auth must be
            enabled for the organisation in InTouch (it is by default). Recommended for POS terminals
            and servers.
        password: HTTP Basic authentication with the credentials of a till (store terminal) or Store Center
            user, as sent by every sample of this endpoint. The password is not sent as is: the client
            first replaces it with its MD5 digest in lower-case hex (32 characters), then sends
            `Authorization: Basic base64(username + ":" + md5_hex(password))`. Example from the
            vendor: user `store.server`, password `server123` → MD5 `8a16a6b70505eb1f1ff7cdc0cd5559a7`
            → `Basic c3RvcmUuc2VydmVyOjhhMTZhNmI3MDUwNWViMWYxZmY3Y2RjMGNkNTU1OWE3`. Basic auth must be
            enabled for the organisation in InTouch (it is by default). Recommended for POS terminals
            and servers.
        oauth_token: OAuth access token (a JWT) in the `X-CAP-API-OAUTH-TOKEN` header. Obtain it from `POST
            https://{host}/v3/oauth/token/generate` with body `{"key": ..., "secret": ...}`; the
            response's `data.accessToken` is the token and `data.ttlSeconds` its lifetime
            (configurable per client, at most 60 minutes). Recommended for backend-to-backend
            integrations.
        base_url: API root; default ``$CAPILLARY_BASE_URL`` when set, else ``https://eu.api.capillarytech.com/v2``. An empty
            value, a query, a fragment or a user name/password in it is refused (``ValueError``), and so is plain
            ``http://`` to anything but loopback.
        timeout: An ``httpx.Timeout`` or seconds; default 10 s to connect and 30 s per read/write (never unbounded).
        max_retries: Retries of a failed request (connection errors, timeouts, 408, 429, 5xx); default 2, 0 disables.
        deadline: Seconds one call may take in all, its retries, waits and whole body included; default 120
            (never unbounded). When it passes, the call raises ``errors.APITimeoutError``.
        headers: Extra headers sent with every request. A ``User-Agent`` here replaces the default
            ``loyalty-capillary/<version> loyalty-runtime/<version> python/<version>``.
        httpx_args: Extra keyword arguments for the underlying ``httpx.Client``/``httpx.AsyncClient``
            (e.g. ``transport=`` for tests). With ``follow_redirects=True`` the client follows redirects itself:
            credentials go only to the origin of ``base_url``, and a POST is never re-sent to another origin
            (``APIStatusError`` instead).
        allow_insecure_http: Accept an ``http://`` ``base_url`` to a non-loopback host, sending the credentials
            unencrypted; default False.
        concurrency: Requests a paginated walk (``sync_all``, ``asyncio_all``, ``*_pages``) may have under way at
            once; default 1. Page-number walks request the next windows ahead; cursor walks need each answer's
            cursor first, so above 1 they work one page ahead of the caller, one request at a time. A retry wait
            slows the whole walk back to one.

    Raises:
        errors.MissingCredentialsError: No complete set of credentials in the arguments or the environment.
        errors.InvalidCredentialsError: A credential with a control character (e.g. a trailing newline) or text
            its header cannot carry; the message names the argument or variable, never the value.
        ValueError: A ``base_url`` refused as above.
    """

    vendor = VENDOR

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        oauth_token: str | None = None,
        base_url: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = None,
        headers: Mapping[str, str] | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        allow_insecure_http: bool = False,
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> None:
        super().__init__(
            credentials={
                "username": username,
                "password": password,
                "oauth_token": oauth_token,
            },
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            headers=headers,
            httpx_args=httpx_args,
            allow_insecure_http=allow_insecure_http,
            concurrency=concurrency,
        )

    @cached_property
    def customers(self) -> CustomersResource:
        """Operations on one Capillary customer, addressed by its Capillary customer id."""
        from .resources import CustomersResource  # not at the top: it imports this module

        return CustomersResource(self)


class AsyncAuthenticatedClient(BaseClient):
    """Async client of the Capillary Loyalty Events API.

    ``await client.<resource>.<method>(...)`` calls an operation and returns its decoded model; ``async for`` over
    ``<method>_all`` or ``<method>_pages`` walks every page. Use it as an async context manager
    (``async with AsyncAuthenticatedClient() as client:``).

    Credentials (each keyword falls back to its environment variable; explicit arguments win):

    ``username`` (``CAPILLARY_USERNAME``) and ``password`` (``CAPILLARY_PASSWORD``)
    or ``oauth_token`` (``CAPILLARY_OAUTH_TOKEN``)

    Args:
        username: HTTP Basic authentication with the credentials of a till (store terminal) or Store Center
            user, as sent by every sample of this endpoint. The password is not sent as is: the client
            first replaces it with its MD5 digest in lower-case hex (32 characters), then sends
            `Authorization: Basic base64(username + ":" + md5_hex(password))`. Example from the
            vendor: user `store.server`, password `server123` → MD5 `8a16a6b70505eb1f1ff7cdc0cd5559a7`
            → `Basic c3RvcmUuc2VydmVyOjhhMTZhNmI3MDUwNWViMWYxZmY3Y2RjMGNkNTU1OWE3`. Basic auth must be
            enabled for the organisation in InTouch (it is by default). Recommended for POS terminals
            and servers.
        password: HTTP Basic authentication with the credentials of a till (store terminal) or Store Center
            user, as sent by every sample of this endpoint. The password is not sent as is: the client
            first replaces it with its MD5 digest in lower-case hex (32 characters), then sends
            `Authorization: Basic base64(username + ":" + md5_hex(password))`. Example from the
            vendor: user `store.server`, password `server123` → MD5 `8a16a6b70505eb1f1ff7cdc0cd5559a7`
            → `Basic c3RvcmUuc2VydmVyOjhhMTZhNmI3MDUwNWViMWYxZmY3Y2RjMGNkNTU1OWE3`. Basic auth must be
            enabled for the organisation in InTouch (it is by default). Recommended for POS terminals
            and servers.
        oauth_token: OAuth access token (a JWT) in the `X-CAP-API-OAUTH-TOKEN` header. Obtain it from `POST
            https://{host}/v3/oauth/token/generate` with body `{"key": ..., "secret": ...}`; the
            response's `data.accessToken` is the token and `data.ttlSeconds` its lifetime
            (configurable per client, at most 60 minutes). Recommended for backend-to-backend
            integrations.
        base_url: API root; default ``$CAPILLARY_BASE_URL`` when set, else ``https://eu.api.capillarytech.com/v2``. An empty
            value, a query, a fragment or a user name/password in it is refused (``ValueError``), and so is plain
            ``http://`` to anything but loopback.
        timeout: An ``httpx.Timeout`` or seconds; default 10 s to connect and 30 s per read/write (never unbounded).
        max_retries: Retries of a failed request (connection errors, timeouts, 408, 429, 5xx); default 2, 0 disables.
        deadline: Seconds one call may take in all, its retries, waits and whole body included; default 120
            (never unbounded). When it passes, the call raises ``errors.APITimeoutError``.
        headers: Extra headers sent with every request. A ``User-Agent`` here replaces the default
            ``loyalty-capillary/<version> loyalty-runtime/<version> python/<version>``.
        httpx_args: Extra keyword arguments for the underlying ``httpx.Client``/``httpx.AsyncClient``
            (e.g. ``transport=`` for tests). With ``follow_redirects=True`` the client follows redirects itself:
            credentials go only to the origin of ``base_url``, and a POST is never re-sent to another origin
            (``APIStatusError`` instead).
        allow_insecure_http: Accept an ``http://`` ``base_url`` to a non-loopback host, sending the credentials
            unencrypted; default False.
        concurrency: Requests a paginated walk (``sync_all``, ``asyncio_all``, ``*_pages``) may have under way at
            once; default 1. Page-number walks request the next windows ahead; cursor walks need each answer's
            cursor first, so above 1 they work one page ahead of the caller, one request at a time. A retry wait
            slows the whole walk back to one.

    Raises:
        errors.MissingCredentialsError: No complete set of credentials in the arguments or the environment.
        errors.InvalidCredentialsError: A credential with a control character (e.g. a trailing newline) or text
            its header cannot carry; the message names the argument or variable, never the value.
        ValueError: A ``base_url`` refused as above.
    """

    vendor = VENDOR

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        oauth_token: str | None = None,
        base_url: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = None,
        headers: Mapping[str, str] | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        allow_insecure_http: bool = False,
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> None:
        super().__init__(
            credentials={
                "username": username,
                "password": password,
                "oauth_token": oauth_token,
            },
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            headers=headers,
            httpx_args=httpx_args,
            allow_insecure_http=allow_insecure_http,
            concurrency=concurrency,
        )

    @cached_property
    def customers(self) -> AsyncCustomersResource:
        """Operations on one Capillary customer, addressed by its Capillary customer id."""
        from .resources import AsyncCustomersResource  # not at the top: it imports this module

        return AsyncCustomersResource(self)


__all__ = ["AsyncAuthenticatedClient", "AuthenticatedClient"]
