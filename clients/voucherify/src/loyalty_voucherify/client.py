# generated from specs/voucherify/openapi.yaml — do not edit
"""The clients of the Voucherify API — customer activity: ``AuthenticatedClient`` (sync) and
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
    """Client of the Voucherify API — customer activity.

    ``client.<resource>.<method>(...)`` calls an operation and returns its decoded model; ``<method>_all`` and
    ``<method>_pages`` walk every page. Use it as a context manager (``with AuthenticatedClient() as client:``).
    For ``await`` and ``async for``: ``AsyncAuthenticatedClient``, which takes the same arguments.

    Credentials (each keyword falls back to its environment variable; explicit arguments win):

    ``app_id`` (``VOUCHERIFY_APP_ID``) and ``app_token`` (``VOUCHERIFY_APP_TOKEN``)
    or ``oauth_token`` (``VOUCHERIFY_OAUTH_TOKEN``)

    Args:
        app_id: Application ID of a Voucherify API key pair. Always sent together with `X-App-Token`.
        app_token: Secret token of a Voucherify API key pair. Always sent together with `X-App-Id`.
        oauth_token: OAuth 2.0 access token, an alternative to the key pair. Obtain it from `POST
            /v1/oauth/token` (form-encoded, `grant_type=client_credentials`, space-separated `scope`,
            authenticated with the key pair); it expires after 900 seconds and needs the `api` or
            `customers` scope for this endpoint. Inferred: modelled as a bearer scheme because the
            vendor's own `oauth2` declaration (an implicit flow pointing at a client-credentials token
            URL) is inconsistent, and the client receives a ready token.
        base_url: API root; default ``$VOUCHERIFY_BASE_URL`` when set, else ``https://api.voucherify.io``. An empty
            value, a query, a fragment or a user name/password in it is refused (``ValueError``), and so is plain
            ``http://`` to anything but loopback.
        timeout: An ``httpx.Timeout`` or seconds; default 10 s to connect and 30 s per read/write (never unbounded).
        max_retries: Retries of a failed request (connection errors, timeouts, 408, 429, 5xx); default 2, 0 disables.
        deadline: Seconds one call may take in all, its retries, waits and whole body included; default 120
            (never unbounded). When it passes, the call raises ``errors.APITimeoutError``.
        headers: Extra headers sent with every request. A ``User-Agent`` here replaces the default
            ``loyalty-voucherify/<version> loyalty-runtime/<version> python/<version>``.
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
        app_id: str | None = None,
        app_token: str | None = None,
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
                "app_id": app_id,
                "app_token": app_token,
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
        """Customer resources, including the customer's activity (event) history."""
        from .resources import CustomersResource  # not at the top: it imports this module

        return CustomersResource(self)


class AsyncAuthenticatedClient(BaseClient):
    """Async client of the Voucherify API — customer activity.

    ``await client.<resource>.<method>(...)`` calls an operation and returns its decoded model; ``async for`` over
    ``<method>_all`` or ``<method>_pages`` walks every page. Use it as an async context manager
    (``async with AsyncAuthenticatedClient() as client:``).

    Credentials (each keyword falls back to its environment variable; explicit arguments win):

    ``app_id`` (``VOUCHERIFY_APP_ID``) and ``app_token`` (``VOUCHERIFY_APP_TOKEN``)
    or ``oauth_token`` (``VOUCHERIFY_OAUTH_TOKEN``)

    Args:
        app_id: Application ID of a Voucherify API key pair. Always sent together with `X-App-Token`.
        app_token: Secret token of a Voucherify API key pair. Always sent together with `X-App-Id`.
        oauth_token: OAuth 2.0 access token, an alternative to the key pair. Obtain it from `POST
            /v1/oauth/token` (form-encoded, `grant_type=client_credentials`, space-separated `scope`,
            authenticated with the key pair); it expires after 900 seconds and needs the `api` or
            `customers` scope for this endpoint. Inferred: modelled as a bearer scheme because the
            vendor's own `oauth2` declaration (an implicit flow pointing at a client-credentials token
            URL) is inconsistent, and the client receives a ready token.
        base_url: API root; default ``$VOUCHERIFY_BASE_URL`` when set, else ``https://api.voucherify.io``. An empty
            value, a query, a fragment or a user name/password in it is refused (``ValueError``), and so is plain
            ``http://`` to anything but loopback.
        timeout: An ``httpx.Timeout`` or seconds; default 10 s to connect and 30 s per read/write (never unbounded).
        max_retries: Retries of a failed request (connection errors, timeouts, 408, 429, 5xx); default 2, 0 disables.
        deadline: Seconds one call may take in all, its retries, waits and whole body included; default 120
            (never unbounded). When it passes, the call raises ``errors.APITimeoutError``.
        headers: Extra headers sent with every request. A ``User-Agent`` here replaces the default
            ``loyalty-voucherify/<version> loyalty-runtime/<version> python/<version>``.
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
        app_id: str | None = None,
        app_token: str | None = None,
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
                "app_id": app_id,
                "app_token": app_token,
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
        """Customer resources, including the customer's activity (event) history."""
        from .resources import AsyncCustomersResource  # not at the top: it imports this module

        return AsyncCustomersResource(self)


__all__ = ["AsyncAuthenticatedClient", "AuthenticatedClient"]
