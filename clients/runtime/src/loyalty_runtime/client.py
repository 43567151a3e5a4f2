"""The client base class the generated ``AuthenticatedClient`` classes extend: configuration, credentials and
the lazily created httpx clients (one sync client, created under a lock; one async client per event loop)."""

from __future__ import annotations

import threading
from collections.abc import Mapping
from types import TracebackType
from typing import Any, ClassVar, Self

import httpx

from loyalty_runtime.auth import CredentialAuth, credential_headers, resolve_credentials
from loyalty_runtime.loops import LoopClients
from loyalty_runtime.origin import checked_base_url
from loyalty_runtime.pagination import DEFAULT_CONCURRENCY, checked_concurrency
from loyalty_runtime.redirects import DEFAULT_MAX_REDIRECTS, OriginGuard
from loyalty_runtime.retry import RetryPolicy, checked_deadline
from loyalty_runtime.vendor import VendorSpec

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""Finite by design: a hung vendor must not hang the caller. 10 s to connect, 30 s for each read/write/pool wait."""

DEFAULT_MAX_RETRIES = 2


class BaseClient:
    """Shared behaviour of every vendor's ``AuthenticatedClient``. Use it as a context manager (sync or async)."""

    vendor: ClassVar[VendorSpec]
    concurrency: int
    base_url: str
    timeout: httpx.Timeout
    retry: RetryPolicy
    headers: dict[str, str]
    httpx_args: dict[str, Any]

    def __init__(
        self,
        *,
        credentials: Mapping[str, str | None],
        base_url: str | None = None,
        timeout: httpx.Timeout | float | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        environ: Mapping[str, str] | None = None,
        deadline: float | None = None,
        allow_insecure_http: bool = False,
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> None:
        self.concurrency = checked_concurrency(concurrency, DEFAULT_CONCURRENCY)
        if max_retries < 0:
            raise ValueError(f"max_retries must be 0 or more, got {max_retries}")
        self._auth: CredentialAuth = resolve_credentials(self.vendor, credentials, environ)
        self.base_url = checked_base_url(base_url, self.vendor.base_url, allow_insecure_http=allow_insecure_http)
        self.timeout = _as_timeout(timeout)
        self.retry = RetryPolicy(max_retries=max_retries, deadline=checked_deadline(deadline))
        self.headers = {"Accept": "application/json", **(headers or {})}
        self.httpx_args = dict(httpx_args or {})
        # Redirects are followed by the guard (loyalty_runtime.redirects), never by httpx itself.
        self._guard = OriginGuard(
            self._auth,
            base_url=self.base_url,
            secret_headers=credential_headers(self.vendor),
            follow_redirects=bool(self.httpx_args.get("follow_redirects", False)),
            max_redirects=int(self.httpx_args.get("max_redirects", DEFAULT_MAX_REDIRECTS)),
        )
        self._lock = threading.Lock()
        self._client: httpx.Client | None = None
        self._async_clients = LoopClients(lambda: httpx.AsyncClient(**self._httpx_options()))

    @property
    def max_retries(self) -> int:
        return self.retry.max_retries

    @property
    def deadline(self) -> float:
        """Seconds one call may take, all attempts, waits and the whole body included."""
        return self.retry.deadline

    def _httpx_options(self) -> dict[str, Any]:
        return {
            "base_url": self.base_url,
            "timeout": self.timeout,
            "headers": self.headers,
            "auth": self._guard,
            **self.httpx_args,
            "follow_redirects": False,
        }

    def get_httpx_client(self) -> httpx.Client:
        """The underlying ``httpx.Client``: created on first use, one per client however many threads share it."""
        with self._lock:
            if self._client is None:
                self._client = httpx.Client(**self._httpx_options())
            return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The ``httpx.AsyncClient`` of the running event loop (one per loop, so successive ``asyncio.run()`` calls
        each get a working one; a loop's client is closed when ``asyncio.run()`` finishes that loop)."""
        return self._async_clients.current()

    def close(self) -> None:
        """Close the sync httpx client (a later call opens a new one)."""
        with self._lock:
            client, self._client = self._client, None
        if client is not None:
            client.close()

    async def aclose(self) -> None:
        """Close the running event loop's httpx client."""
        await self._async_clients.aclose()

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        using = ", ".join(self._auth.kwargs)
        return (
            f"{type(self).__name__}(base_url={self.base_url!r}, credentials=<{using}>, max_retries={self.max_retries})"
        )


def _as_timeout(timeout: httpx.Timeout | float | None) -> httpx.Timeout:
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        if None in (timeout.connect, timeout.read, timeout.write, timeout.pool):
            raise ValueError("timeout must be finite: every phase of httpx.Timeout needs a value")
        return timeout
    if timeout <= 0:
        raise ValueError(f"timeout must be positive, got {timeout}")
    return httpx.Timeout(timeout)
