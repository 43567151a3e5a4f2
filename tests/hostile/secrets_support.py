"""Shared by the secrets tests: clients with known credentials, every string that would betray them, a transport
that records what reached each origin, and every text a caller can reach from an error or a log line."""

from __future__ import annotations

import hashlib
import logging
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx

from tests.clients.replay import (
    alternatives,
    base_url,
    call_kwargs,
    expected_headers,
    first_success,
    list_module,
    operation_module,
    package,
)

POST = ("appy_stamp", "processEarnRule")  # the one non-idempotent operation of the specs
LOGGERS = ("httpx", "httpcore", "loyalty", "hpack", "h11")


def kwargs_names(key: str, index: int) -> list[str]:
    return [c.kwarg for scheme in alternatives(key)[index] for c in scheme.credentials]


def betrayals(key: str, index: int, values: dict[str, str]) -> list[str]:
    """Every string that would show a credential: the values, the header values (the Basic token too), the MD5s."""
    found = [*values.values()]
    for header_value in expected_headers(alternatives(key)[index], values).values():
        found += [header_value, header_value.split(" ", 1)[-1]]
    found += [hashlib.md5(v.encode(), usedforsecurity=False).hexdigest() for v in values.values()]
    return found


def sent_credentials(key: str, index: int, values: dict[str, str]) -> dict[str, str]:
    return {name.lower(): value for name, value in expected_headers(alternatives(key)[index], values).items()}


def origin_host(key: str) -> str:
    return httpx.URL(base_url(key)).host


# ---------------------------------------------------------------------------------------------- a recording server

Handler = Callable[[httpx.Request], httpx.Response]


@dataclass
class Arrivals:
    """A MockTransport that keeps a copy of every request as it arrived, and answers through ``handler``."""

    handler: Handler
    requests: list[httpx.Request] = field(default_factory=list)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        copy = httpx.Request(request.method, request.url, headers=request.headers.copy(), content=request.read())
        self.requests.append(copy)
        return self.handler(request)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self._handle)

    def at(self, host: str, port: int | None = None) -> list[httpx.Request]:
        return [r for r in self.requests if r.url.host == host and (port is None or r.url.port == port)]

    def away_from(self, url: str) -> list[httpx.Request]:
        """The requests that did not go to ``url``'s origin (scheme, host, port)."""
        home = httpx.URL(url)
        return [
            r for r in self.requests if (r.url.scheme, r.url.host, r.url.port) != (home.scheme, home.host, home.port)
        ]


# ---------------------------------------------------------------------------------------------- calls


def operation_call(key: str, operation_id: str | None = None) -> tuple[Any, dict[str, Any], httpx.Response]:
    """The operation module (the vendor's list operation by default), its call arguments and a success answer."""
    recording = first_success(key, operation_id)
    module = list_module(key) if operation_id is None else operation_module(key, operation_id)
    answer = recording.response
    success = httpx.Response(answer["status"], json=answer["body"])
    return module, call_kwargs(key, recording), success


def build_client(key: str, values: dict[str, str], transport: httpx.MockTransport, **httpx_args: Any) -> Any:
    return package(key).AuthenticatedClient(**values, httpx_args={"transport": transport, **httpx_args})


# ---------------------------------------------------------------------------------------------- what a caller can see


def reachable_texts(error: BaseException) -> Iterator[str]:
    """str/repr of the error and of every request, response and header set reachable from it or its chain, and
    the formatted traceback."""
    yield "".join(traceback.format_exception(error))
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield from (str(current), repr(current), repr(current.args), repr(vars(current)))
        request = getattr(current, "_request", None) or getattr(current, "request", None)
        if isinstance(request, httpx.Request):
            yield from _request_texts(request)
        response = getattr(current, "response", None)
        if isinstance(response, httpx.Response):
            yield from _response_texts(response)
        current = current.__cause__ or current.__context__


def _request_texts(request: httpx.Request) -> Iterator[str]:
    # The raw items too: the headers must hold no credential, not merely hide them in repr().
    yield from (repr(request), repr(request.headers), repr(request.headers.multi_items()), str(request.url))


def _response_texts(response: httpx.Response) -> Iterator[str]:
    yield from (repr(response), repr(response.headers), repr(vars(response)))
    yield from _request_texts(response.request)
    for earlier in response.history:
        yield from _response_texts(earlier)
    if response.next_request is not None:
        yield from _request_texts(response.next_request)


class _Keep(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.texts += [record.getMessage(), repr(record.args), self.format(record)]


@contextmanager
def debug_logs() -> Iterator[list[str]]:
    """Every record of the HTTP stack's loggers at DEBUG (message, arguments and formatted line) while inside."""
    keep = _Keep()
    keep.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    loggers = [logging.getLogger(name) for name in LOGGERS]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG)
        logger.addHandler(keep)
    try:
        yield keep.texts
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.removeHandler(keep)
            logger.setLevel(level)


def assert_hidden(texts: list[str] | Iterator[str], secrets: list[str]) -> None:
    for text in texts:
        for secret in secrets:
            assert secret not in text, f"a credential shows in: {text[:300]}"
