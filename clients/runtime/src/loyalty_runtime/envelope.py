"""The ``x-error-envelope`` spec extension: where a vendor puts its error code and message in a body.

Vendors disagree on error bodies (``{"error": {"code": ...}}``, ``{"key": ...}``, ``{"errors": [{"code": 8015}]}``);
the spec names the places as JSON Pointers and this module reads them, so no vendor appears in code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TypeGuard

from loyalty_runtime.pointer import resolve


@dataclass(frozen=True, slots=True)
class ErrorEnvelope:
    """One vendor's error-body layout."""

    code: tuple[str, ...] = ()
    message: tuple[str, ...] = ()
    errors_on_success: str | None = None
    warnings: str | None = None
    status_by_code: Mapping[str, int] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, raw: Mapping[str, object]) -> ErrorEnvelope:
        """Build from the extension's JSON form; ``ValueError`` on a malformed declaration."""
        code, message = raw.get("code", []), raw.get("message", [])
        if not _is_strings(code) or not _is_strings(message):
            raise ValueError("x-error-envelope.code and .message must be lists of JSON Pointers")
        status_by_code = raw.get("status_by_code") or {}
        if not isinstance(status_by_code, Mapping) or not all(
            isinstance(status, int) for status in status_by_code.values()
        ):
            raise ValueError("x-error-envelope.status_by_code must map codes to HTTP statuses")
        errors_on_success, warnings = raw.get("errors_on_success"), raw.get("warnings")
        if not all(value is None or isinstance(value, str) for value in (errors_on_success, warnings)):
            raise ValueError("x-error-envelope.errors_on_success and .warnings must be JSON Pointers")
        return cls(
            code=tuple(code),
            message=tuple(message),
            errors_on_success=errors_on_success if isinstance(errors_on_success, str) else None,
            warnings=warnings if isinstance(warnings, str) else None,
            status_by_code={str(key): int(status) for key, status in status_by_code.items()},
        )

    def code_of(self, body: object) -> str | None:
        """The vendor's error code as a string (numbers rendered in decimal), or ``None``."""
        for pointer in self.code:
            value = resolve(body, pointer)
            if isinstance(value, str) and value:
                return value
            if isinstance(value, int) and not isinstance(value, bool):
                return str(value)
        return None

    def message_of(self, body: object) -> str | None:
        """The vendor's error message: the first pointer that holds a string, or ``None``."""
        for pointer in self.message:
            value = resolve(body, pointer)
            if isinstance(value, str):
                return value
        return None

    def failed_despite_success(self, body: object) -> bool:
        """Whether a 2xx body still reports failure (a non-empty ``errors_on_success`` array)."""
        if self.errors_on_success is None:
            return False
        errors = resolve(body, self.errors_on_success)
        return isinstance(errors, list) and len(errors) > 0

    def warnings_of(self, body: object) -> list[object]:
        """The warnings a successful body carries (empty when the vendor has none)."""
        if self.warnings is None:
            return []
        warnings = resolve(body, self.warnings)
        return list(warnings) if isinstance(warnings, list) else []

    def status_for(self, code: str | None, http_status: int) -> int:
        """The status that picks the error class: the one a vendor code implies, else the HTTP status."""
        return self.status_by_code.get(code, http_status) if code is not None else http_status


def _is_strings(value: object) -> TypeGuard[list[str]]:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)
