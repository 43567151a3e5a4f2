"""The house rules of specs/README.md hold for every spec, and the lint really catches breaches of them."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from generator import lint
from generator.specs import load_spec, operations, vendor_keys


@pytest.mark.parametrize("key", vendor_keys())
def test_spec_follows_the_house_rules(key: str) -> None:
    assert lint.problems(key) == []


@pytest.mark.parametrize("key", vendor_keys())
def test_every_list_operation_carries_x_pagination(key: str) -> None:
    spec = load_spec(key)
    paginated = [op for path in spec["paths"].values() for op in path.values() if "x-pagination" in op]
    assert paginated, f"{key} has no paginated list operation"


def _yuko() -> Any:
    return copy.deepcopy(load_spec("yuko"))


def _list_operation(spec: Any) -> Any:
    return spec["paths"]["/public/customers/activities"]["get"]


def test_lint_reports_a_parameter_without_description() -> None:
    spec = _yuko()
    del _list_operation(spec)["parameters"][0]["description"]
    assert any("has no description" in p for p in lint.problems_in(spec))


def test_lint_reports_an_inline_object_schema() -> None:
    spec = _yuko()
    response = _list_operation(spec)["responses"]["200"]["content"]["application/json"]
    response["schema"] = {
        "type": "object",
        "description": "x",
        "properties": {"a": {"type": "string", "description": "a"}},
    }
    assert any("inline object/enum schema" in p for p in lint.problems_in(spec))


def test_lint_reports_x_pagination_naming_an_undeclared_parameter() -> None:
    spec = _yuko()
    _list_operation(spec)["x-pagination"]["position"]["param"] = "pageNumber"
    assert any("does not declare" in p and "pageNumber" in p for p in lint.problems_in(spec))


def test_lint_reports_page_size_bounds_that_disagree_with_the_parameter() -> None:
    spec = _yuko()
    _list_operation(spec)["x-pagination"]["page_size"]["maximum"] = 500
    assert any("disagrees with parameter schema" in p for p in lint.problems_in(spec))


def test_lint_reports_a_list_operation_without_pagination() -> None:
    spec = _yuko()
    del _list_operation(spec)["x-pagination"]
    assert any("neither x-pagination nor x-single-page" in p for p in lint.problems_in(spec))


def test_lint_reports_duplicate_operation_ids_and_unknown_extensions() -> None:
    spec = _yuko()
    path = spec["paths"]["/public/customers/activities"]
    path["post"] = copy.deepcopy(path["get"])
    path["post"]["x-made-up"] = True
    found = lint.problems_in(spec)
    assert any("repeats" in p for p in found)
    assert any("unknown extension x-made-up" in p for p in found)


def test_lint_reports_missing_credentials_on_a_security_scheme() -> None:
    spec = _yuko()
    for scheme in spec["components"]["securitySchemes"].values():
        scheme.pop("x-credentials")
    assert any("x-credentials" in p for p in lint.problems_in(spec))


def test_lint_reports_a_filter_on_a_field_records_do_not_have() -> None:
    spec = _yuko()
    _list_operation(spec)["parameters"][1]["x-filter"] = {"field": "/no_such_field", "match": "equals"}
    assert any("which records do not have" in p for p in lint.problems_in(spec))


def test_lint_reports_resource_method_names_that_clash_or_are_not_identifiers() -> None:
    spec = _yuko()
    path = spec["paths"]["/public/customers/activities"]
    path["post"] = copy.deepcopy(path["get"])
    path["post"]["operationId"] = "exportCustomerActivities"
    path["post"]["x-method-name"] = "list_all"  # the walk of the list operation's "list"
    assert any("method activities.list_all repeats" in p for p in lint.problems_in(spec))
    path["post"]["x-method-name"] = "export-all"
    assert any(
        "method name 'export-all' (x-method-name) is not a snake_case identifier" in p for p in lint.problems_in(spec)
    )
    path["post"]["x-method-name"] = "export"
    assert lint.problems_in(spec) == []


def test_lint_reports_a_tag_that_would_hide_a_client_attribute() -> None:
    spec = _yuko()
    spec["tags"].append({"name": "with_options", "description": "x"})
    _list_operation(spec)["tags"] = ["with_options"]
    assert any("tag with_options would hide the client attribute" in p for p in lint.problems_in(spec))


def test_method_name_defaults_to_the_snake_case_operation_id() -> None:
    spec = _yuko()
    del _list_operation(spec)["x-method-name"]
    (operation,) = operations(spec)
    assert operation.method_name == "list_customer_activities"
    assert lint.problems_in(spec) == []


@pytest.mark.parametrize(
    ("env", "problem"),
    [
        (None, "x-base-url-env must name"),
        ("YUKO_URL", "x-base-url-env must name"),
        ("yuko_base_url", "x-base-url-env must name"),
        ("SHOP_BASE_URL", "do not share its prefix SHOP_"),
    ],
)
def test_lint_reports_a_missing_or_stray_base_url_variable(env: str | None, problem: str) -> None:
    spec = _yuko()
    server = spec["servers"][0]
    del server["x-base-url-env"]
    if env is not None:
        server["x-base-url-env"] = env
    assert any(problem in found for found in lint.problems_in(spec))


def test_lint_reports_a_base_url_variable_on_another_server() -> None:
    spec = _yuko()
    spec["servers"].append({"url": "https://staging.example.test", "x-base-url-env": "YUKO_BASE_URL"})
    assert any("only the first (default) server" in found for found in lint.problems_in(spec))


@pytest.mark.parametrize(
    ("declared", "problem"),
    [
        ({"header": "X-Not-Declared"}, "is not a response header of any operation"),
        ({"error_body": ["request_id"]}, "x-request-id.error_body"),
        ({"error_body": "/request_id"}, "must be a list of JSON Pointers"),
        ({"headers": "X-Request-Id"}, "x-request-id must be"),
        ({}, "x-request-id must be"),
    ],
)
def test_lint_reports_a_malformed_request_id(declared: Any, problem: str) -> None:
    spec = _yuko()
    spec["x-request-id"] = declared
    assert any(problem in found for found in lint.problems_in(spec))


def test_lint_accepts_a_request_id_header_the_spec_declares() -> None:
    spec = copy.deepcopy(load_spec("joy"))
    assert spec["x-request-id"] == {"header": "Function-Execution-Id"}
    assert lint.problems_in(spec) == []
    spec["x-request-id"] = {"header": "function-execution-id", "error_body": ["/error/request_id"]}
    assert lint.problems_in(spec) == []


def _capillary() -> Any:
    return copy.deepcopy(load_spec("capillary"))


def _paginated(spec: Any) -> Any:
    return next(op for path in spec["paths"].values() for op in path.values() if "x-pagination" in op)


def test_lint_reports_a_record_offset_that_is_undeclared_or_not_a_count_of_records() -> None:
    spec = _capillary()
    _paginated(spec)["x-pagination"]["record_offset"] = "skip"
    assert any("does not declare" in p and "skip" in p for p in lint.problems_in(spec))
    spec = _capillary()
    offset = next(p for p in _paginated(spec)["parameters"] if p.get("name") == "offset")
    offset["schema"]["minimum"] = 1
    assert any("record_offset offset is not an integer with minimum 0" in p for p in lint.problems_in(spec))


def test_lint_reports_a_record_offset_on_a_cursor_walk() -> None:
    spec = copy.deepcopy(load_spec("joy"))
    _paginated(spec)["x-pagination"]["record_offset"] = "limit"
    assert any("record_offset" in p for p in lint.problems_in(spec))
