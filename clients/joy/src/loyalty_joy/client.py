# generated from specs/joy/openapi.yaml — do not edit
"""The client of the Joy Loyalty REST API v1 - point activities."""

from collections.abc import Mapping
from typing import Any

import httpx
from loyalty_runtime.client import DEFAULT_MAX_RETRIES, BaseClient

from ._vendor import VENDOR


class AuthenticatedClient(BaseClient):
    """Client of the Joy Loyalty REST API v1 - point activities. Use it as a context manager, sync or async.

    Credentials (each keyword falls back to its environment variable; explicit arguments win):

    ``app_key`` (``JOY_APP_KEY``) and ``secret_key`` (``JOY_SECRET_KEY``)

    Args:
        app_key: App key (App ID) of the shop, shown on the Joy app's Settings page in the Shopify admin.
        secret_key: Secret key of the shop, shown on the Joy app's Settings page in the Shopify admin. Sent
            together with the app key.
        base_url: API root; default ``https://api.joy.so``.
        timeout: An ``httpx.Timeout`` or seconds; default 10 s to connect and 30 s per read/write (never unbounded).
        max_retries: Retries of a failed request (connection errors, timeouts, 408, 429, 5xx); default 2, 0 disables.
        deadline: Seconds one call may take in all, its retries, waits and whole body included; default 120
            (never unbounded). When it passes, the call raises ``errors.APITimeoutError``.
        headers: Extra headers sent with every request.
        httpx_args: Extra keyword arguments for the underlying ``httpx.Client``/``httpx.AsyncClient``
            (e.g. ``transport=`` for tests).

    Raises:
        errors.MissingCredentialsError: No complete set of credentials in the arguments or the environment.
    """

    vendor = VENDOR

    def __init__(
        self,
        *,
        app_key: str | None = None,
        secret_key: str | None = None,
        base_url: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = None,
        headers: Mapping[str, str] | None = None,
        httpx_args: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(
            credentials={
                "app_key": app_key,
                "secret_key": secret_key,
            },
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            headers=headers,
            httpx_args=httpx_args,
        )


__all__ = ["AuthenticatedClient"]
