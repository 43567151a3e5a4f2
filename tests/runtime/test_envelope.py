"""Reading vendor error codes and messages through x-error-envelope declarations."""

from __future__ import annotations

import pytest

from loyalty_runtime.envelope import ErrorEnvelope

NESTED = ErrorEnvelope.from_dict({"code": ["/error/code"], "message": ["/error/message", "/error", "/message"]})
LISTED = ErrorEnvelope.from_dict(
    {
        "code": ["/errors/0/code"],
        "message": ["/errors/0/message"],
        "errors_on_success": "/errors",
        "warnings": "/warnings",
        "status_by_code": {"8015": 404},
    }
)


def test_code_and_message_from_a_nested_error_object() -> None:
    body = {"success": False, "error": {"message": "No such earn rule", "code": "EARN_RULE_NOT_FOUND"}}
    assert NESTED.code_of(body) == "EARN_RULE_NOT_FOUND"
    assert NESTED.message_of(body) == "No such earn rule"


def test_message_skips_a_pointer_whose_value_is_not_a_string() -> None:
    assert NESTED.message_of({"error": {"code": "X"}, "message": "fallback"}) == "fallback"
    assert NESTED.message_of({"error": "Resource not found"}) == "Resource not found"
    assert NESTED.code_of({"error": "Resource not found"}) is None


def test_numeric_codes_become_strings_and_pick_the_status() -> None:
    body = {"errors": [{"status": False, "code": 8015, "message": "Customer not found"}], "warnings": []}
    assert LISTED.code_of(body) == "8015"
    assert LISTED.status_for("8015", 400) == 404
    assert LISTED.status_for("9999", 400) == 400
    assert LISTED.status_for(None, 500) == 500


def test_errors_inside_a_success_body_count_as_failure() -> None:
    assert LISTED.failed_despite_success({"data": [], "errors": [{"code": 8015, "message": "x"}]})
    assert not LISTED.failed_despite_success({"data": [], "errors": []})
    assert not NESTED.failed_despite_success({"errors": [{"code": 1}]})


def test_warnings_are_readable() -> None:
    assert LISTED.warnings_of({"warnings": [{"code": 1, "message": "w"}]}) == [{"code": 1, "message": "w"}]
    assert LISTED.warnings_of({}) == []
    assert NESTED.warnings_of({"warnings": [1]}) == []


@pytest.mark.parametrize(
    "raw",
    [{"code": "/error/code", "message": []}, {"code": [], "message": [], "status_by_code": {"1": "404"}}],
)
def test_malformed_declarations_are_rejected(raw: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="x-error-envelope"):
        ErrorEnvelope.from_dict(raw)
