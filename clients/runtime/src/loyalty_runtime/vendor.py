"""What the runtime needs to know about one vendor, compiled from its spec into each generated package.

A generated package holds ``VENDOR = VendorSpec.from_dict({...})`` with data taken from the spec's ``servers``
(with ``x-base-url-env``), ``securitySchemes`` (with ``x-credentials``), ``x-error-envelope``, ``x-rate-limit`` and
``x-request-id``, and the package's name and version; the runtime reads only this.
"""

from __future__ import annotations

import functools
import importlib.metadata
import platform
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, cast

import httpx

from loyalty_runtime.envelope import ErrorEnvelope
from loyalty_runtime.pointer import resolve

SchemeKind = Literal["bearer", "basic", "header"]
RetryAfterFormat = Literal["delay-seconds-or-http-date", "delay-seconds", "http-date", "epoch-seconds"]


@dataclass(frozen=True, slots=True)
class Credential:
    """One secret a client takes: its keyword argument, its environment variable and any fixed transformation."""

    kwarg: str
    env: str
    transform: Literal["md5_hex"] | None = None


@dataclass(frozen=True, slots=True)
class SecurityScheme:
    """How one credential (or a username/password pair) is sent."""

    name: str
    kind: SchemeKind
    credentials: tuple[Credential, ...]
    header: str = "Authorization"


@dataclass(frozen=True, slots=True)
class RetryAfterHeader:
    """A response header that says when to retry, and how its value is written."""

    header: str
    format: RetryAfterFormat


@dataclass(frozen=True, slots=True)
class RequestId:
    """Where the vendor puts its id of a request (``x-request-id``): a response header, then error-body pointers."""

    header: str | None = None
    error_body: tuple[str, ...] = ()

    def of(self, headers: httpx.Headers, body: object = None) -> str | None:
        """The request id an answer carries, or ``None``."""
        if self.header is not None:
            value: str | None = headers.get(self.header)
            if value:
                return value
        for pointer in self.error_body:
            found = resolve(body, pointer)
            if isinstance(found, str) and found:
                return found
        return None


@dataclass(frozen=True, slots=True)
class VendorSpec:
    """One vendor: name, default base URL, accepted credential sets, error envelope and retry hints."""

    key: str
    title: str
    base_url: str
    security: tuple[tuple[SecurityScheme, ...], ...]
    envelope: ErrorEnvelope
    retry_after: tuple[RetryAfterHeader, ...] = ()
    base_url_env: str | None = None
    request_id: RequestId = RequestId()
    package: str | None = None  # the distribution name and version, for the User-Agent
    version: str | None = None

    @classmethod
    def from_dict(cls, raw: Mapping[str, object]) -> VendorSpec:
        """Build from the plain data the generator writes into each package."""
        alternatives = cast(Sequence[Sequence[Mapping[str, object]]], raw["security"])
        return cls(
            key=str(raw["key"]),
            title=str(raw["title"]),
            base_url=str(raw["base_url"]),
            security=tuple(tuple(_scheme(scheme) for scheme in alternative) for alternative in alternatives),
            envelope=ErrorEnvelope.from_dict(cast(Mapping[str, object], raw["envelope"])),
            retry_after=tuple(
                RetryAfterHeader(header=str(item["header"]), format=cast(RetryAfterFormat, item["format"]))
                for item in cast(Sequence[Mapping[str, object]], raw.get("retry_after", ()))
            ),
            base_url_env=_optional(raw.get("base_url_env")),
            request_id=_request_id(cast(Mapping[str, object], raw.get("request_id") or {})),
            package=_optional(raw.get("package")),
            version=_optional(raw.get("version")),
        )

    @property
    def user_agent(self) -> str:
        """``loyalty-<key>/<version> loyalty-runtime/<version> python/<x.y.z>`` (the package part only when the
        generated data names it)."""
        package = f"{self.package}/{self.version} " if self.package and self.version else ""
        return f"{package}{_runtime_and_python()}"

    @property
    def credentials(self) -> tuple[Credential, ...]:
        """Every credential any alternative takes, each once, in spec order."""
        seen: dict[str, Credential] = {}
        for alternative in self.security:
            for scheme in alternative:
                for credential in scheme.credentials:
                    seen.setdefault(credential.kwarg, credential)
        return tuple(seen.values())


def _scheme(raw: Mapping[str, object]) -> SecurityScheme:
    credentials = tuple(
        Credential(
            kwarg=str(item["kwarg"]),
            env=str(item["env"]),
            transform=cast(Literal["md5_hex"] | None, item.get("transform")),
        )
        for item in cast(Sequence[Mapping[str, object]], raw["credentials"])
    )
    return SecurityScheme(
        name=str(raw["name"]),
        kind=cast(SchemeKind, raw["kind"]),
        credentials=credentials,
        header=str(raw.get("header", "Authorization")),
    )


@functools.cache
def _runtime_and_python() -> str:
    return f"loyalty-runtime/{runtime_version()} python/{platform.python_version()}"


@functools.cache
def runtime_version() -> str:
    """The installed loyalty-runtime's version (its own constant when run from a source tree without metadata)."""
    try:
        return importlib.metadata.version("loyalty-runtime")
    except importlib.metadata.PackageNotFoundError:
        from loyalty_runtime import __version__

        return __version__


def _optional(value: object) -> str | None:
    return None if value is None else str(value)


def _request_id(raw: Mapping[str, object]) -> RequestId:
    pointers = cast(Sequence[str], raw.get("error_body", ()))
    return RequestId(header=_optional(raw.get("header")), error_body=tuple(str(pointer) for pointer in pointers))
