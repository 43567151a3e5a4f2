# generated from specs/yuko/openapi.yaml — do not edit
"""The clients of the Yuko Public REST API (customer activities): ``AuthenticatedClient`` (sync) and
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
        ActivitiesResource,
        AsyncActivitiesResource,
    )


class AuthenticatedClient(BaseClient):
    """Client of the Yuko Public REST API (customer activities).

    ``client.<resource>.<method>(...)`` calls an operation and returns its decoded model; ``<method>_all`` and
    ``<method>_pages`` walk every page. Use it as a context manager (``with AuthenticatedClient() as client:``).
    For ``await`` and ``async for``: ``AsyncAuthenticatedClient``, which takes the same arguments.

    Credentials (each keyword falls back to its environment variable; explicit arguments win):

    ``token`` (``YUKO_API_TOKEN``)

    Args:
        token: The merchant's Yuko REST API token, sent as `Authorization: Bearer <token>` (examples look
            like `py_` plus 32 characters; the format is not validated). Scopes are configured per
            token in Settings → Integrations → REST API.
        base_url: API root; default ``$YUKO_BASE_URL`` when set, else ``https://api.yukoapp.com/api/v1``. An empty
            value, a query, a fragment or a user name/password in it is refused (``ValueError``), and so is plain
            ``http://`` to anything but loopback.
        timeout: An ``httpx.Timeout`` or seconds; default 10 s to connect and 30 s per read/write (never unbounded).
        max_retries: Retries of a failed request (connection errors, timeouts, 408, 429, 5xx); default 2, 0 disables.
        deadline: Seconds one call may take in all, its retries, waits and whole body included; default 120
            (never unbounded). When it passes, the call raises ``errors.APITimeoutError``.
        headers: Extra headers sent with every request. A ``User-Agent`` here replaces the default
            ``loyalty-yuko/<version> loyalty-runtime/<version> python/<version>``.
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
        token: str | None = None,
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
                "token": token,
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
    def activities(self) -> ActivitiesResource:
        """A customer's loyalty activity ledger."""
        from .resources import ActivitiesResource  # not at the top: it imports this module

        return ActivitiesResource(self)


class AsyncAuthenticatedClient(BaseClient):
    """Async client of the Yuko Public REST API (customer activities).

    ``await client.<resource>.<method>(...)`` calls an operation and returns its decoded model; ``async for`` over
    ``<method>_all`` or ``<method>_pages`` walks every page. Use it as an async context manager
    (``async with AsyncAuthenticatedClient() as client:``).

    Credentials (each keyword falls back to its environment variable; explicit arguments win):

    ``token`` (``YUKO_API_TOKEN``)

    Args:
        token: The merchant's Yuko REST API token, sent as `Authorization: Bearer <token>` (examples look
            like `py_` plus 32 characters; the format is not validated). Scopes are configured per
            token in Settings → Integrations → REST API.
        base_url: API root; default ``$YUKO_BASE_URL`` when set, else ``https://api.yukoapp.com/api/v1``. An empty
            value, a query, a fragment or a user name/password in it is refused (``ValueError``), and so is plain
            ``http://`` to anything but loopback.
        timeout: An ``httpx.Timeout`` or seconds; default 10 s to connect and 30 s per read/write (never unbounded).
        max_retries: Retries of a failed request (connection errors, timeouts, 408, 429, 5xx); default 2, 0 disables.
        deadline: Seconds one call may take in all, its retries, waits and whole body included; default 120
            (never unbounded). When it passes, the call raises ``errors.APITimeoutError``.
        headers: Extra headers sent with every request. A ``User-Agent`` here replaces the default
            ``loyalty-yuko/<version> loyalty-runtime/<version> python/<version>``.
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
        token: str | None = None,
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
                "token": token,
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
    def activities(self) -> AsyncActivitiesResource:
        """A customer's loyalty activity ledger."""
        from .resources import AsyncActivitiesResource  # not at the top: it imports this module

        return AsyncActivitiesResource(self)


__all__ = ["AsyncAuthenticatedClient", "AuthenticatedClient"]
