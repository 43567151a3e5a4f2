"""The house rules of specs/README.md hold for every spec, and the lint really catches breaches of them."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from generator import lint
from generator.specs import load_spec, vendor_keys


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
