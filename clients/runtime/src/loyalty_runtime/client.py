"""The client base class the generated ``AuthenticatedClient``/``AsyncAuthenticatedClient`` classes extend:
configuration, credentials, the lazily created httpx clients (one sync client, created under a lock; one async
client per event loop), copies with other settings (``with_options``) and the base of the generated resources."""

from __future__ import annotations

import copy
import os
import threading
from collections.abc import Callable, Mapping
from dataclasses import replace
from types import TracebackType
from typing import Any, ClassVar, Generic, Self, TypeVar

import httpx

from loyalty_runtime.auth import CredentialAuth, credential_headers, resolve_credentials
from loyalty_runtime.loops import LoopClients
from loyalty_runtime.origin import configured_base_url
from loyalty_runtime.pagination import DEFAULT_CONCURRENCY, checked_concurrency
from loyalty_runtime.redirects import DEFAULT_MAX_REDIRECTS, OriginGuard
from loyalty_runtime.retry import RetryPolicy, checked_deadline
from loyalty_runtime.vendor import VendorSpec

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
"""Finite by design: a hung vendor must not hang the caller. 10 s to connect, 30 s for each read/write/pool wait."""

DEFAULT_MAX_RETRIES = 2


class _Connections:
    """The httpx clients of a client and of every copy ``with_options`` makes of it: one sync client (created under
    a lock, so threads share it) and one async client per event loop, all built from the first client's options."""

    def __init__(self, options: Callable[[], dict[str, Any]]) -> None:
        self._options = options
        self._lock = threading.Lock()
        self._client: httpx.Client | None = None
        self.async_clients = LoopClients(lambda: httpx.AsyncClient(**options()))

    def sync_client(self) -> httpx.Client:
        with self._lock:
            if self._client is None:
                self._client = httpx.Client(**self._options())
            return self._client

    def close(self) -> None:
        with self._lock:
            client, self._client = self._client, None
        if client is not None:
            client.close()


class BaseClient:
    """Shared behaviour of every vendor's ``AuthenticatedClient`` and ``AsyncAuthenticatedClient``. Use it as a context
    manager (sync or async)."""

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
        _checked_max_retries(max_retries)
        self._auth: CredentialAuth = resolve_credentials(self.vendor, credentials, environ)
        self.base_url = configured_base_url(
            base_url,
            self.vendor.base_url,
            self.vendor.base_url_env,
            os.environ if environ is None else environ,
            allow_insecure_http=allow_insecure_http,
        )
        self.retry = RetryPolicy(max_retries=max_retries, deadline=checked_deadline(deadline))
        self.headers = _with_defaults(
            headers or {}, {"Accept": "application/json", "User-Agent": self.vendor.user_agent}
        )
        # Headers a with_options copy sends on top of its parent's (the shared httpx clients carry the parent's).
        self.header_overrides: dict[str, str] = {}
        self.httpx_args = dict(httpx_args or {})
        # Each request carries the client's timeout (a with_options copy has its own), so one given to httpx is
        # taken as the client's.
        if timeout is None and "timeout" in self.httpx_args:
            timeout = self.httpx_args.pop("timeout")
        self.timeout = _as_timeout(timeout)
        # Redirects are followed by the guard (loyalty_runtime.redirects), never by httpx itself.
        self._guard = OriginGuard(
            self._auth,
            base_url=self.base_url,
            secret_headers=credential_headers(self.vendor),
            follow_redirects=bool(self.httpx_args.get("follow_redirects", False)),
            max_redirects=int(self.httpx_args.get("max_redirects", DEFAULT_MAX_REDIRECTS)),
        )
        self._connections = _Connections(lambda: self._httpx_options())
        self._owns_connections = True

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
        """The underlying ``httpx.Client``: created on first use, one per client however many threads share it (and
        shared with every copy ``with_options`` makes)."""
        return self._connections.sync_client()

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The ``httpx.AsyncClient`` of the running event loop (one per loop, so successive ``asyncio.run()`` calls
        each get a working one; a loop's client is closed when ``asyncio.run()`` finishes that loop)."""
        return self._connections.async_clients.current()

    def with_options(
        self,
        *,
        timeout: httpx.Timeout | float | None = None,
        max_retries: int | None = None,
        deadline: float | None = None,
        headers: Mapping[str, str] | None = None,
        concurrency: int | None = None,
    ) -> Self:
        """A copy of this client with the given settings overridden (``None``: keep this client's).

        The copy shares this client's credentials, base URL and connections (the same httpx clients, so the same
        connection pools); ``headers`` are added to this client's (a name given again replaces its value). The
        connections stay this client's: closing the copy, or leaving its ``with`` block, leaves them open, and
        closing this client closes them for the copy too (its next call opens new ones).
        """
        derived = copy.copy(self)
        # Resources are cached per client and bound to it: the copy builds its own, bound to the copy.
        for name in [name for name, value in vars(derived).items() if isinstance(value, Resource)]:
            delattr(derived, name)
        if timeout is not None:
            derived.timeout = _as_timeout(timeout)
        if max_retries is not None:
            derived.retry = replace(derived.retry, max_retries=_checked_max_retries(max_retries))
        if deadline is not None:
            derived.retry = replace(derived.retry, deadline=checked_deadline(deadline))
        if headers:
            derived.headers = _with_defaults(headers, self.headers)
            derived.header_overrides = _with_defaults(headers, self.header_overrides)
        if concurrency is not None:
            derived.concurrency = checked_concurrency(concurrency, DEFAULT_CONCURRENCY)
        derived._owns_connections = False
        return derived

    def with_headers(self, headers: Mapping[str, str]) -> Self:
        """``with_options(headers=headers)``: a copy sending these headers too (openapi-python-client's name)."""
        return self.with_options(headers=headers)

    def with_timeout(self, timeout: httpx.Timeout | float) -> Self:
        """``with_options(timeout=timeout)``: a copy with another timeout (openapi-python-client's name)."""
        return self.with_options(timeout=timeout)

    def close(self) -> None:
        """Close the sync httpx client (a later call opens a new one). A ``with_options`` copy leaves it open."""
        if self._owns_connections:
            self._connections.close()

    async def aclose(self) -> None:
        """Close the running event loop's httpx client. A ``with_options`` copy leaves it open."""
        if self._owns_connections:
            await self._connections.async_clients.aclose()

    def __enter__(self) -> Self:
        if self._owns_connections:  # a copy's connections were opened, and are closed, by their owner
            self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    async def __aenter__(self) -> Self:
        if self._owns_connections:
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


ClientT = TypeVar("ClientT", bound=BaseClient)


class Resource(Generic[ClientT]):
    """One tag's operations as methods bound to a client (``client.activities.list(...)``); the generated
    resources extend it. Cheap: it only holds the client, and each client caches its own."""

    __slots__ = ("_client",)

    def __init__(self, client: ClientT) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


def _checked_max_retries(max_retries: int) -> int:
    if max_retries < 0:
        raise ValueError(f"max_retries must be 0 or more, got {max_retries}")
    return max_retries


def _with_defaults(given: Mapping[str, str], defaults: Mapping[str, str]) -> dict[str, str]:
    """``given`` headers over ``defaults``; header names compare case-insensitively, so a caller's own
    ``user-agent`` replaces ours instead of being sent beside it."""
    names = {name.lower() for name in given}
    return {**{name: value for name, value in defaults.items() if name.lower() not in names}, **given}


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
