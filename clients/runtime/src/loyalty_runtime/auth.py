"""Credentials: where they come from (arguments, then environment), what values are accepted and how they are sent.

Secret values live only inside :class:`Secret` and the :class:`CredentialAuth` that sends them; they never appear in
``repr()``, log lines or exception messages. A value that an HTTP header cannot carry as is (a control character
such as a trailing newline; non-ASCII text or surrounding spaces where the value is sent verbatim) is refused when
the client is built: sent, it would end up in the transport's error message and its DEBUG log line.
"""

from __future__ import annotations

import base64
import hashlib
import os
import unicodedata
from collections.abc import Iterator, Mapping

from loyalty_runtime.errors import InvalidCredentialsError, MissingCredentialsError
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


class CredentialAuth:
    """One credential alternative's values and the headers that send them (``loyalty_runtime.redirects`` decides
    which requests get them)."""

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

    def __repr__(self) -> str:
        return f"CredentialAuth({', '.join(self.kwargs)})"


def resolve_credentials(
    vendor: VendorSpec, given: Mapping[str, str | None], environ: Mapping[str, str] | None = None
) -> CredentialAuth:
    """Pick the credential alternative to use and build its auth.

    Explicit arguments win: the first alternative whose credentials were all passed as arguments is used; failing
    that, the first one complete from arguments and environment variables together. Raises
    ``MissingCredentialsError`` naming every accepted combination when none is complete.

    Every value passed as an argument is checked, and so is every environment value of the alternative chosen;
    ``InvalidCredentialsError`` names the argument or variable of a bad one, never its value.
    """
    env = os.environ if environ is None else environ
    explicit = {kwarg: (value, f"the {kwarg}= argument") for kwarg, value in given.items() if value}
    for kwarg, (value, source) in explicit.items():
        check_credential(vendor, kwarg, value, source)
    from_env = {c.kwarg: (env[c.env], f"${c.env} (for {c.kwarg}=)") for c in vendor.credentials if env.get(c.env)}
    for pool in (explicit, {**from_env, **explicit}):
        for alternative in vendor.security:
            needed = [c.kwarg for scheme in alternative for c in scheme.credentials]
            if all(kwarg in pool for kwarg in needed):
                values = {kwarg: Secret(check_credential(vendor, kwarg, *pool[kwarg])) for kwarg in needed}
                return CredentialAuth(alternative, values)
    raise MissingCredentialsError(_missing_message(vendor))


def check_credential(vendor: VendorSpec, kwarg: str, value: str, source: str) -> str:
    """``value`` if every scheme taking ``kwarg`` can send it safely; else ``InvalidCredentialsError`` naming
    ``source`` (the argument or environment variable), without the value."""
    if not isinstance(value, str):
        raise InvalidCredentialsError(f"{source} must be a str, not {type(value).__name__}")
    for scheme in _schemes(vendor):
        for credential in scheme.credentials:
            problem = _problem(scheme, credential, value) if credential.kwarg == kwarg else None
            if problem:
                raise InvalidCredentialsError(f"{source} {problem} (the value is not shown)")
    return value


def _problem(scheme: SecurityScheme, credential: Credential, value: str) -> str | None:
    if any(unicodedata.category(char) == "Cc" for char in value):
        return "contains a control character (a trailing newline, a tab, NUL …)"
    if scheme.kind == "basic":
        # Base64 carries any text; only the user name's ':' would split the pair at the wrong place (RFC 7617).
        if credential == scheme.credentials[0] and ":" in value:
            return "contains ':', which an HTTP Basic user name cannot hold"
        return None
    if not value.isascii():
        return "contains non-ASCII text, which an HTTP header cannot carry"
    if value != value.strip():
        return "has leading or trailing whitespace, which an HTTP header drops"
    return None


def _schemes(vendor: VendorSpec) -> Iterator[SecurityScheme]:
    return (scheme for alternative in vendor.security for scheme in alternative)


def credential_headers(vendor: VendorSpec) -> frozenset[str]:
    """Every header name any of the vendor's schemes sends a credential in (lower case), plus the standard ones."""
    names = {scheme.header.lower() for scheme in _schemes(vendor)}
    return frozenset(names | {"authorization", "proxy-authorization"})


def _missing_message(vendor: VendorSpec) -> str:
    options = [
        " and ".join(f"{c.kwarg}= (or ${c.env})" for scheme in alternative for c in scheme.credentials)
        for alternative in vendor.security
    ]
    return f"{vendor.title} needs credentials: pass {' — or — '.join(options)}."
