"""Where credentials may go: the client's ``httpx.Auth``, which signs, redirects and redacts every request.

httpx applies an ``Auth`` only to the first request of a call, and its own redirect following copies every header
but ``Authorization`` to the next host. So the clients never let httpx follow redirects (``follow_redirects=False``
on the httpx client); when the caller asks for it (``httpx_args={"follow_redirects": True}``) this auth flow
follows them instead, one request at a time, so that it sees every hop:

* credentials are sent only to the configured origin (scheme, host and port of ``base_url``), and only while
  every hop so far stayed on it; a request to any other origin leaves with no credential header of any scheme;
* across origins only GET and HEAD are followed (a 301/302/303 turns a POST into a GET, as httpx does); a
  307/308 that would re-send a POST (or any other method and its body) to another origin raises
  ``APIStatusError`` with the redirect answer instead, and so does a chain longer than ``max_redirects``;
* once an exchange is over, its request keeps the credential headers' names but not their values
  (``[redacted]``), so no error, response, traceback or log line reached afterwards can show them; an
  unfollowed redirect's ``response.next_request`` carries no credential header at all.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncGenerator, Generator, Iterable

import httpx

from loyalty_runtime.auth import CredentialAuth
from loyalty_runtime.errors import APIStatusError, error_class
from loyalty_runtime.origin import origin_of

REDACTED = "[redacted]"
DEFAULT_MAX_REDIRECTS = 20  # httpx's default
_SAFE_ACROSS_ORIGINS = frozenset({"GET", "HEAD"})


class _Refusal(Exception):
    """A redirect this flow does not follow; becomes an ``APIStatusError`` once the answer's body is read."""

    def error(self, response: httpx.Response) -> APIStatusError:
        message = str(self.args[0])
        return error_class(response.status_code)(message, response=response, body=response.text)


class OriginGuard(httpx.Auth):
    """Adds ``credentials`` to requests for ``base_url``'s origin only, follows redirects when asked, redacts."""

    def __init__(
        self,
        credentials: CredentialAuth,
        *,
        base_url: str,
        secret_headers: Iterable[str],
        follow_redirects: bool = False,
        max_redirects: int = DEFAULT_MAX_REDIRECTS,
    ) -> None:
        self._credentials = credentials
        self._origin = origin_of(base_url)
        self._secret_headers = tuple(secret_headers)
        self.follow_redirects = follow_redirects
        self.max_redirects = max_redirects

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        trusted = True
        for hop in itertools.count():
            trusted = self._prepare(request, trusted)
            try:
                response = yield request
            finally:  # also when the send fails: httpx closes this flow before the error reaches anyone
                self._redact(request)
            try:
                following = self._next(request, response, hop)
            except _Refusal as refusal:
                response.read()
                raise refusal.error(response) from None
            if following is None:
                return
            request = following

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        trusted = True
        for hop in itertools.count():
            trusted = self._prepare(request, trusted)
            try:
                response = yield request
            finally:
                self._redact(request)
            try:
                following = self._next(request, response, hop)
            except _Refusal as refusal:
                await response.aread()
                raise refusal.error(response) from None
            if following is None:
                return
            request = following

    def _prepare(self, request: httpx.Request, trusted: bool) -> bool:
        """Sign ``request`` if it and every hop before it are on the origin, else strip credentials; still trusted?"""
        trusted = trusted and origin_of(request.url) == self._origin
        if trusted:
            request.headers.update(self._credentials.headers())
        else:
            self._strip(request.headers)
        return trusted

    def _next(self, request: httpx.Request, response: httpx.Response, hop: int) -> httpx.Request | None:
        """The next hop to send, or None to hand ``response`` back; raises ``_Refusal`` for a refused redirect."""
        following = response.next_request  # httpx builds it from a copy of our headers, credentials included
        if following is None:
            return None
        self._strip(following.headers)
        if not self.follow_redirects:
            return None
        if hop >= self.max_redirects:
            raise _Refusal(f"{request.method} {request.url.path}: more than {self.max_redirects} redirects")
        target = origin_of(following.url)
        if target != origin_of(request.url) and following.method not in _SAFE_ACROSS_ORIGINS:
            scheme, host, port = target
            raise _Refusal(
                f"{request.method} {request.url.path} was redirected ({response.status_code}) to another origin "
                f"({scheme}://{host}:{port}); a {following.method} is not re-sent there"
            )
        response.next_request = None
        return following

    def _strip(self, headers: httpx.Headers) -> None:
        for name in self._secret_headers:
            headers.pop(name, None)

    def _redact(self, request: httpx.Request) -> None:
        for name in self._secret_headers:
            if name in request.headers:
                request.headers[name] = REDACTED

    def __repr__(self) -> str:
        return f"OriginGuard({self._credentials!r}, follow_redirects={self.follow_redirects})"
