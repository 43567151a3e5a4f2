"""The error hierarchy every loyalty client raises (each package's ``errors`` module re-exports these classes).

::

    LoyaltyError
    ├── MissingCredentialsError        (also a ValueError) no credentials from arguments or environment
    ├── InvalidCredentialsError        (also a ValueError) a credential an HTTP header cannot carry safely
    ├── PaginationError                a page sequence that cannot be continued safely
    └── APIError
        ├── APIStatusError             a non-success answer; .status_code .code .message .body .response
        │                              .request_id
        │   ├── BadRequestError 400    ├── ConflictError 409
        │   ├── AuthenticationError 401├── UnprocessableEntityError 422
        │   ├── PermissionDeniedError 403 ├── RateLimitError 429
        │   ├── NotFoundError 404      └── InternalServerError >= 500
        ├── APIConnectionError         the request did not get an answer
        │   └── APITimeoutError
        └── ResponseDecodeError        the answer is not JSON or does not fit the spec; .body is the raw text
"""

from __future__ import annotations

import httpx


class LoyaltyError(Exception):
    """Base class of every error raised by the loyalty clients."""


class MissingCredentialsError(LoyaltyError, ValueError):
    """The client was built without the credentials its vendor needs (from arguments or the environment)."""


class InvalidCredentialsError(LoyaltyError, ValueError):
    """A credential value the client refuses when it is built (a control character such as a trailing newline, or
    text its header cannot carry). The message names the argument or environment variable, never the value."""


class PaginationError(LoyaltyError):
    """A page sequence that cannot be continued safely (a repeated cursor, a page that does not advance, …)."""


class APIError(LoyaltyError):
    """A request that did not end in a usable success answer.

    ``attempts`` is how many times the request was sent (retries included).
    """

    message: str
    request: httpx.Request | None
    attempts: int

    def __init__(self, message: str, *, request: httpx.Request | None = None, attempts: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.attempts = attempts


class APIStatusError(APIError):
    """The vendor answered with a non-success status (or a success status whose body reports an error).

    ``code`` is the vendor's own error code as a string (``"EARN_RULE_NOT_FOUND"``, ``"8015"``), or ``None``
    when the vendor sent none; ``body`` is the decoded JSON body (or the raw text when it is not JSON);
    ``request_id`` is the vendor's id of the request (from the header or error-body field its spec declares, for
    support tickets), or ``None``.
    """

    response: httpx.Response
    status_code: int
    body: object
    code: str | None
    request_id: str | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        code: str | None = None,
        attempts: int = 1,
        request_id: str | None = None,
    ) -> None:
        super().__init__(message, request=response.request, attempts=attempts)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.code = code
        self.request_id = request_id

    def __str__(self) -> str:
        code = f" {self.code}" if self.code else ""
        return f"HTTP {self.status_code}{code}: {self.message}"


class BadRequestError(APIStatusError):
    """400: the vendor rejected the request as malformed."""


class AuthenticationError(APIStatusError):
    """401: the credentials are missing or wrong."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials are valid but not allowed to do this."""


class NotFoundError(APIStatusError):
    """404: the customer, rule or resource does not exist."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's state."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was understood but not acted on (validation or a business rule)."""


class RateLimitError(APIStatusError):
    """429: too many requests; the client retries these by itself before raising."""


class InternalServerError(APIStatusError):
    """>= 500: the vendor failed (including non-standard codes such as 520)."""


class APIConnectionError(APIError):
    """The request got no answer: the connection failed or broke."""


class APITimeoutError(APIConnectionError):
    """The request got no answer in time."""


class ResponseDecodeError(APIError):
    """An answer whose body cannot be decoded: not JSON, not fitting the spec, or not in its declared
    ``Content-Encoding``. ``body`` holds the raw text; ``response`` is ``None`` only when the body failed to
    decode before httpx handed over the answer (a redirect's body, for instance)."""

    response: httpx.Response | None
    status_code: int | None
    body: str

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response | None,
        body: str,
        attempts: int = 1,
        request: httpx.Request | None = None,
    ) -> None:
        super().__init__(message, request=response.request if response is not None else request, attempts=attempts)
        self.response = response
        self.status_code = response.status_code if response is not None else None
        self.body = body


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def error_class(status: int) -> type[APIStatusError]:
    """The error class for an HTTP status (any status >= 500 is an ``InternalServerError``)."""
    if status >= 500:
        return InternalServerError
    return _BY_STATUS.get(status, APIStatusError)


__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "InvalidCredentialsError",
    "LoyaltyError",
    "MissingCredentialsError",
    "NotFoundError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseDecodeError",
    "UnprocessableEntityError",
    "error_class",
]
