"""What the runtime needs to know about one vendor, compiled from its spec into each generated package.

A generated package holds ``VENDOR = VendorSpec.from_dict({...})`` with data taken from the spec's ``servers``,
``securitySchemes`` (with ``x-credentials``), ``x-error-envelope`` and ``x-rate-limit``; the runtime reads only this.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, cast

from loyalty_runtime.envelope import ErrorEnvelope

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
class VendorSpec:
    """One vendor: name, default base URL, accepted credential sets, error envelope and retry hints."""

    key: str
    title: str
    base_url: str
    security: tuple[tuple[SecurityScheme, ...], ...]
    envelope: ErrorEnvelope
    retry_after: tuple[RetryAfterHeader, ...] = ()

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
        )

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
