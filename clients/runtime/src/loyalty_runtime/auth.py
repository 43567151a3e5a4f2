"""Credentials: where they come from (arguments, then environment) and how they are sent.

Secret values live only inside :class:`Secret` and the :class:`CredentialAuth` that sends them; they never appear in
``repr()``, log lines or exception messages.
"""

from __future__ import annotations

import base64
import hashlib
import os
from collections.abc import Generator, Mapping

import httpx

from loyalty_runtime.errors import MissingCredentialsError
from loyalty_runtime.vendor import Credential, SecurityScheme, VendorSpec


class Secret:
    """A credential value that does not show itself in ``repr()`` or ``str()``."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('**********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


def _transform(credential: Credential, value: str) -> str:
    if credential.transform == "md5_hex":
        # The vendor's documented scheme (e.g. Capillary basic auth), not a security measure of ours.
        return hashlib.md5(value.encode("utf-8"), usedforsecurity=False).hexdigest()
    return value


def _scheme_headers(scheme: SecurityScheme, values: Mapping[str, Secret]) -> dict[str, str]:
    first = scheme.credentials[0]
    if scheme.kind == "bearer":
        return {"Authorization": f"Bearer {values[first.kwarg].reveal()}"}
    if scheme.kind == "basic":
        user, password = scheme.credentials
        pair = f"{values[user.kwarg].reveal()}:{_transform(password, values[password.kwarg].reveal())}"
        return {"Authorization": f"Basic {base64.b64encode(pair.encode('utf-8')).decode('ascii')}"}
    return {scheme.header: _transform(first, values[first.kwarg].reveal())}


class CredentialAuth(httpx.Auth):
    """Adds one alternative's credential headers to every request."""

    def __init__(self, schemes: tuple[SecurityScheme, ...], values: Mapping[str, Secret]) -> None:
        self._schemes = schemes
        self._values = dict(values)

    @property
    def kwargs(self) -> tuple[str, ...]:
        """The keyword arguments of the credentials in use (names only)."""
        return tuple(c.kwarg for scheme in self._schemes for c in scheme.credentials)

    def headers(self) -> dict[str, str]:
        headers: dict[str, str] = {}
        for scheme in self._schemes:
            headers.update(_scheme_headers(scheme, self._values))
        return headers

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers.update(self.headers())
        yield request

    def __repr__(self) -> str:
        return f"CredentialAuth({', '.join(self.kwargs)})"


def resolve_credentials(
    vendor: VendorSpec, given: Mapping[str, str | None], environ: Mapping[str, str] | None = None
) -> CredentialAuth:
    """Pick the credential alternative to use and build its auth.

    Explicit arguments win: the first alternative whose credentials were all passed as arguments is used; failing
    that, the first one complete from arguments and environment variables together. Raises
    ``MissingCredentialsError`` naming every accepted combination when none is complete.
    """
    env = os.environ if environ is None else environ
    explicit = {kwarg: Secret(value) for kwarg, value in given.items() if value}
    from_env = {c.kwarg: Secret(env[c.env]) for c in vendor.credentials if env.get(c.env)}
    for pool in (explicit, {**from_env, **explicit}):
        for alternative in vendor.security:
            needed = [c.kwarg for scheme in alternative for c in scheme.credentials]
            if all(kwarg in pool for kwarg in needed):
                return CredentialAuth(alternative, {kwarg: pool[kwarg] for kwarg in needed})
    raise MissingCredentialsError(_missing_message(vendor))


def _missing_message(vendor: VendorSpec) -> str:
    options = [
        " and ".join(f"{c.kwarg}= (or ${c.env})" for scheme in alternative for c in scheme.credentials)
        for alternative in vendor.security
    ]
    return f"{vendor.title} needs credentials: pass {' — or — '.join(options)}."
