"""Every recorded error raises the typed error its status (or, in a 2xx, Capillary's vendor code) calls for."""

from __future__ import annotations

import asyncio
import copy

import pytest

import loyalty_runtime.errors as runtime_errors
from tests.clients.replay import (
    ERRORS,
    VENDORS,
    Replay,
    call_kwargs,
    envelope,
    errors_module,
    first_success,
    ids,
    json_response,
    list_module,
    make_client,
    operation_module,
    replay_recording,
    resolve,
    text_response,
)

# ARCHITECTURE.md: the class for each HTTP status (>= 500: InternalServerError; anything else: APIStatusError).
BY_STATUS = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
}
PUBLIC = [*BY_STATUS.values(), "LoyaltyError", "APIError", "APIStatusError", "InternalServerError"]
PUBLIC += ["APIConnectionError", "APITimeoutError", "ResponseDecodeError", "PaginationError", "MissingCredentialsError"]


def class_name(status: int) -> str:
    return "InternalServerError" if status >= 500 else BY_STATUS.get(status, "APIStatusError")


def expected_code(key: str, body: object) -> str | None:
    """The vendor code where ``x-error-envelope.code`` says, as a string."""
    for pointer in envelope(key).get("code", []):
        value = resolve(body, pointer)
        if isinstance(value, str) and value:
            return value
        if isinstance(value, int) and not isinstance(value, bool):
            return str(value)
    return None


def expected_message(key: str, body: object) -> str:
    messages = [resolve(body, p) for p in envelope(key)["message"]]
    return next(m for m in messages if isinstance(m, str))


def expected_class(key: str, recording) -> str:
    """The HTTP status decides a non-2xx answer's class; ``status_by_code`` decides only for errors in a 2xx."""
    status = recording.response["status"]
    if status >= 300:
        return class_name(status)
    code = expected_code(key, recording.response["body"])
    status_by_code = {str(k): v for k, v in (envelope(key).get("status_by_code") or {}).items()}
    return class_name(status_by_code.get(code, status))


@pytest.mark.parametrize("key", VENDORS)
def test_errors_module_reexports_runtime_classes(key):
    errors = errors_module(key)
    for name in PUBLIC:
        assert getattr(errors, name) is getattr(runtime_errors, name), name
    for name in BY_STATUS.values():
        assert issubclass(getattr(errors, name), errors.APIStatusError)
    assert issubclass(errors.InternalServerError, errors.APIStatusError)
    assert issubclass(errors.APIStatusError, errors.APIError)
    assert issubclass(errors.APITimeoutError, errors.APIConnectionError)
    assert issubclass(errors.APIError, errors.LoyaltyError)


def _check(key, recording, error) -> None:
    response = recording.response
    assert type(error).__name__ == expected_class(key, recording)
    assert type(error) is getattr(errors_module(key), expected_class(key, recording))
    assert error.status_code == response["status"]
    assert error.code == expected_code(key, response["body"])
    assert error.message == expected_message(key, response["body"])
    assert error.body == response["body"]
    assert error.response.status_code == response["status"]
    assert error.attempts == 1
    assert error.message in str(error)


@pytest.mark.parametrize(("key", "recording"), ERRORS, ids=ids(ERRORS))
def test_recorded_error_raises_typed_error(key, recording):
    client, replay, kwargs = replay_recording(key, recording)
    module = operation_module(key, recording.data["operation"])
    for call in (module.sync, module.sync_detailed):
        with pytest.raises(runtime_errors.APIStatusError) as raised:
            call(client=client, **kwargs, max_retries=0)
        _check(key, recording, raised.value)
    assert len(replay.requests) == 2


@pytest.mark.parametrize(("key", "recording"), ERRORS, ids=ids(ERRORS))
def test_recorded_error_raises_typed_error_async(key, recording):
    client, _, kwargs = replay_recording(key, recording)
    module = operation_module(key, recording.data["operation"])
    with pytest.raises(runtime_errors.APIStatusError) as raised:
        asyncio.run(module.asyncio(client=client, **kwargs, max_retries=0))
    _check(key, recording, raised.value)


def _named(key: str, name: str):
    return next(r for k, r in ERRORS if k == key and r.file.stem == name)


# Expectations written out literally, as a check on the spec-derived ones above.
LITERAL = [
    ("appy_stamp", "process-earn-rule-error-404-earn-rule-not-found", "NotFoundError", 404, "EARN_RULE_NOT_FOUND"),
    ("appy_stamp", "get-earn-rule-error-404-earn-rule-not-found", "NotFoundError", 404, "EARN_RULE_NOT_FOUND"),
    ("capillary", "error-400-customer-not-found-8015", "BadRequestError", 400, "8015"),
    ("capillary", "error-200-customer-not-found-in-errors", "NotFoundError", 200, "8015"),
    ("capillary", "error-400-merged-customer-8069", "BadRequestError", 400, "8069"),
    ("capillary", "error-461-search-engine-busy", "APIStatusError", 461, "461"),
    ("voucherify", "error-402-payment-required", "APIStatusError", 402, None),
    ("voucherify", "error-404-customer-not-found", "NotFoundError", 404, "not_found"),
    ("yuko", "error-404-customer-not-found", "NotFoundError", 404, None),
    ("joy", "error-404-not-found", "NotFoundError", 404, "NOT_FOUND"),
    ("joy", "error-400-invalid-request", "BadRequestError", 400, None),
]


@pytest.mark.parametrize(("key", "name", "cls", "status", "code"), LITERAL, ids=[f"{c[0]}/{c[1]}" for c in LITERAL])
def test_literal_expectations(key, name, cls, status, code):
    recording = _named(key, name)
    client, _, kwargs = replay_recording(key, recording)
    with pytest.raises(runtime_errors.APIStatusError) as raised:
        operation_module(key, recording.data["operation"]).sync(client=client, **kwargs, max_retries=0)
    assert (type(raised.value).__name__, raised.value.status_code, raised.value.code) == (cls, status, code)


def _vendor_error_body(key: str) -> object:
    """The body of one of the vendor's recorded errors of its list operation."""
    module = list_module(key)
    recording = next(
        r
        for k, r in ERRORS
        if k == key and operation_module(k, r.data["operation"]) is module and r.response["status"] >= 500
    )
    return copy.deepcopy(recording.response["body"])


@pytest.mark.parametrize("status", [402, 418, 461, 520, 599])
@pytest.mark.parametrize("key", VENDORS)
def test_undocumented_status(key, status):
    body = _vendor_error_body(key)
    recording = first_success(key)
    client = make_client(key, Replay([json_response(status, body)]))
    with pytest.raises(runtime_errors.APIStatusError) as raised:
        list_module(key).sync(client=client, **call_kwargs(key, recording), max_retries=0)
    expected = runtime_errors.InternalServerError if status >= 500 else runtime_errors.APIStatusError
    assert type(raised.value) is expected
    assert raised.value.status_code == status
    assert raised.value.body == body


@pytest.mark.parametrize("key", VENDORS)
def test_error_without_json_body(key):
    recording = first_success(key)
    text = "<html><body>502 Bad Gateway</body></html>"
    client = make_client(key, Replay([text_response(502, text, "text/html")]))
    with pytest.raises(runtime_errors.InternalServerError) as raised:
        list_module(key).sync(client=client, **call_kwargs(key, recording), max_retries=0)
    assert raised.value.status_code == 502
    assert raised.value.body == text
    assert raised.value.code is None
    assert raised.value.message
