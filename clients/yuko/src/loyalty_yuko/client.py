# generated from specs/yuko/openapi.yaml — do not edit
"""The client of the Yuko Public REST API (customer activities)."""

from collections.abc import Mapping
from typing import Any

import httpx
from loyalty_runtime.client import DEFAULT_MAX_RETRIES, BaseClient

from ._vendor import VENDOR


class AuthenticatedClient(BaseClient):
    """Client of the Yuko Public REST API (customer activities). Use it as a context manager, sync or async.

    Credentials (each keyword falls back to its environment variable; explicit arguments win):

    ``token`` (``YUKO_API_TOKEN``)

    Args:
        token: The merchant's Yuko REST API token, sent as `Authorization: Bearer <token>` (examples look
            like `py_` plus 32 characters; the format is not validated). Scopes are configured per
            token in Settings → Integrations → REST API.
        base_url: API root; default ``https://api.yukoapp.com/api/v1``.
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
        token: str | None = None,
        base_url: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = None,
        headers: Mapping[str, str] | None = None,
        httpx_args: Mapping[str, Any] | None = None,
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
        )


__all__ = ["AuthenticatedClient"]
