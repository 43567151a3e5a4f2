"""The x-pagination rules, for each of the four styles our specs use, and against every vendor spec."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.specs import load_spec, operations, vendor_keys
from loyalty_runtime.paging import PagingSpec

PAGE_NUMBER: dict[str, Any] = {
    "style": "page_number",
    "items": "/data",
    "item_id": "/id",
    "order": "created_at descending",
    "page_size": {"param": "per_page", "default": 20, "minimum": 1, "maximum": 100},
    "position": {"param": "page", "next": "increment", "first": 1},
    "has_more": "/meta/pagination/has_more",
    "last_page": ["has_more_false"],
    "totals": {"total": "/meta/pagination/total"},
    "shifting": True,
}
CURSOR: dict[str, Any] = {
    "style": "cursor",
    "items": "/data",
    "item_id": "/id",
    "order": "newest first",
    "page_size": {"param": "limit", "default": 20, "minimum": 1, "maximum": 1000},
    "position": {"param": "after", "next": "response", "pointer": "/meta/nextCursor", "reverse_param": "before"},
    "has_more": "/meta/hasNext",
    "last_page": ["has_more_false"],
    "shifting": False,
}
STARTING_AFTER: dict[str, Any] = {
    "style": "starting_after_id",
    "items": "/data",
    "item_id": "/id",
    "order": "created_at",
    "page_size": {"param": "limit", "default": 10, "minimum": 1, "maximum": 100},
    "position": {
        "param": "starting_after_id",
        "next": "response",
        "pointer": "/more_starting_after",
        "fallback_item_pointer": "/id",
    },
    "has_more": "/has_more",
    "last_page": ["has_more_false", "empty_page"],
    "shifting": False,
}
OFFSET: dict[str, Any] = {
    "style": "offset",
    "items": "/data",
    "item_id": "/id",
    "order": "date ascending",
    "page_size": {"param": "limit", "default": 10, "minimum": 1},
    "position": {"param": "page", "next": "increment", "first": 1},
    "last_page": ["short_page", "empty_page", "end_error"],
    "end_error_codes": ["814"],
    "shifting": True,
}
RECORD_OFFSET: dict[str, Any] = {**OFFSET, "record_offset": "offset"}
LAST_ITEM: dict[str, Any] = {**CURSOR, "position": {"param": "after", "next": "last_item", "pointer": "/id"}}


def test_page_number_walk() -> None:
    paging = PagingSpec.from_dict(PAGE_NUMBER)
    body = {"data": [{"id": "a"}], "meta": {"pagination": {"has_more": True, "total": 3}}}
    assert paging.next_position(None, body) == 2
    assert paging.next_position("2", body) == 3
    assert not paging.is_last_page(body, 1)
    body["meta"]["pagination"]["has_more"] = False
    assert paging.is_last_page(body, 1)


def test_cursor_walk_reads_the_next_cursor_from_the_body() -> None:
    paging = PagingSpec.from_dict(CURSOR)
    body = {"data": [{"id": "1"}], "meta": {"hasNext": True, "nextCursor": "aWQ6MQ=="}}
    assert paging.next_position(None, body) == "aWQ6MQ=="
    assert not paging.is_last_page(body, 1)
    assert paging.is_last_page({"data": [], "meta": {"hasNext": False, "nextCursor": None}}, 20)


def test_starting_after_falls_back_to_the_last_record() -> None:
    paging = PagingSpec.from_dict(STARTING_AFTER)
    assert paging.next_position(None, {"data": [{"id": "e1"}, {"id": "e2"}], "has_more": True}) == "e2"
    assert paging.next_position(None, {"data": [{"id": "e1"}], "more_starting_after": "m", "has_more": True}) == "m"
    assert paging.next_position(None, {"data": [], "has_more": True}) is None
    assert paging.is_last_page({"data": [], "has_more": True}, 10)


def test_last_item_cursor() -> None:
    paging = PagingSpec.from_dict(LAST_ITEM)
    assert paging.next_position("x", {"data": [{"id": "9"}, {"id": "7"}]}) == "7"


def test_offset_walk_ends_on_a_short_or_empty_page_or_an_end_error() -> None:
    paging = PagingSpec.from_dict(OFFSET)
    assert not paging.is_last_page({"data": [{"id": 1}, {"id": 2}]}, 2)
    assert paging.is_last_page({"data": [{"id": 1}]}, 2)
    assert paging.is_last_page({"data": []}, 2)
    assert paging.is_end_error("814", 2)
    assert not paging.is_end_error("814", 1)
    assert not paging.is_end_error("8015", 2)


def test_absent_or_null_records_are_an_empty_page() -> None:
    paging = PagingSpec.from_dict(OFFSET)
    assert paging.items_of({}) == [] and paging.items_of({"data": None}) == []
    assert paging.is_last_page({}, 10)


def test_a_body_with_something_else_where_records_belong_is_an_error() -> None:
    paging = PagingSpec.from_dict(CURSOR)
    with pytest.raises(ValueError, match="no array of records at /data"):
        paging.items_of({"data": {"id": 1}})
    with pytest.raises(ValueError, match="non-boolean"):
        paging.has_more_flag({"data": [], "meta": {"hasNext": "yes"}})


@given(st.integers(min_value=-5, max_value=2000))
def test_page_size_bounds(value: int) -> None:
    paging = PagingSpec.from_dict(CURSOR)
    if 1 <= value <= 1000:
        paging.check_page_size(value)
    else:
        with pytest.raises(ValueError, match="limit must be at least 1 and at most 1000"):
            paging.check_page_size(value)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"style": "cursor"}, "cannot take its next value"),
        ({"position": {"param": "page", "next": "increment"}}, "first is required"),
        ({"has_more": None}, "has_more is required"),
        ({"end_error_codes": ["1"]}, "end_error_codes goes with"),
        ({"last_page": []}, "non-empty list"),
        ({"style": "pages"}, "style must be one of"),
    ],
)
def test_inconsistent_declarations_are_rejected(change: dict[str, Any], message: str) -> None:
    raw = {**copy.deepcopy(PAGE_NUMBER), **change}
    with pytest.raises(ValueError, match=message):
        PagingSpec.from_dict(raw)


@pytest.mark.parametrize("key", vendor_keys())
def test_every_vendor_declaration_parses(key: str) -> None:
    declarations = [op.node["x-pagination"] for op in operations(load_spec(key)) if "x-pagination" in op.node]
    assert declarations
    for raw in declarations:
        assert PagingSpec.from_dict(raw).items.startswith("/")
