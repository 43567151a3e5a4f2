"""The pagination engine against scripted page sequences: every way a vendor can misbehave has a defined outcome."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_runtime.errors import NotFoundError, PaginationError
from loyalty_runtime.pagination import _key, _keys, _WindowWalk, iter_items, iter_pages
from loyalty_runtime.paging import PagingSpec
from loyalty_runtime.types import Response
from tests.runtime.test_paging import CURSOR, OFFSET, PAGE_NUMBER, RECORD_OFFSET

Body = dict[str, Any]
WITH_TOTALS = {
    **PAGE_NUMBER,
    "totals": {
        "total": "/meta/pagination/total",
        "last_page": "/meta/pagination/last_page",
        "current_page": "/meta/pagination/current_page",
    },
}


def scripted(*bodies: Body | Exception) -> tuple[Callable[[dict[str, Any]], Response[Body]], list[dict[str, Any]]]:
    """A ``send`` that answers with the given bodies in turn, and the list of params it was sent."""
    sent: list[dict[str, Any]] = []
    queue = list(bodies)

    def send(kwargs: dict[str, Any]) -> Response[Body]:
        sent.append(dict(kwargs["params"]))
        answer = queue.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return Response(status_code=200, content=b"", headers={}, parsed=answer, raw_json=answer)

    return send, sent


def records(page: Body) -> list[Any]:
    return list(page["data"])


def numbered(page: int, *ids: str, more: bool, last: int = 9) -> Body:
    return {
        "data": [{"id": i} for i in ids],
        "meta": {"pagination": {"has_more": more, "current_page": page, "last_page": last, "total": 99}},
    }


def test_page_number_walk_sends_the_page_size_and_overlaps_the_last_record() -> None:
    send, sent = scripted(numbered(1, "a", "b", "c", more=True), numbered(2, "c", "d", more=False))
    items = list(
        iter_items(PagingSpec.from_dict(PAGE_NUMBER), {"params": {"customer_id": "7", "per_page": 3}}, send, records)
    )
    assert [item["id"] for item in items] == ["a", "b", "c", "d"]
    # Offsets 0-2, then the window of size 2 that holds offset 2 (the last record seen) and one more: page 2.
    assert sent == [{"customer_id": "7", "per_page": 3}, {"customer_id": "7", "per_page": 2, "page": 2}]


def test_a_page_past_the_last_that_still_claims_more_raises() -> None:
    send, _ = scripted(numbered(1, "a", more=True, last=1), numbered(2, "b", more=True, last=1))
    with pytest.raises(PaginationError, match="past the last page 1"):
        list(iter_items(PagingSpec.from_dict(WITH_TOTALS), {"params": {}}, send, records))


def test_resuming_past_the_end_is_simply_an_empty_walk() -> None:
    send, sent = scripted(numbered(5, more=False, last=1))
    assert list(iter_items(PagingSpec.from_dict(WITH_TOTALS), {"params": {"page": 5}}, send, records)) == []
    assert len(sent) == 1


def test_an_empty_page_that_claims_more_raises() -> None:
    send, sent = scripted(numbered(1, more=True))
    with pytest.raises(PaginationError, match="empty but says more"):
        list(iter_items(PagingSpec.from_dict(PAGE_NUMBER), {"params": {}}, send, records))
    assert len(sent) == 1


def test_a_missing_next_cursor_raises() -> None:
    send, _ = scripted({"data": [{"id": "1"}], "meta": {"hasNext": True, "nextCursor": None}})
    with pytest.raises(PaginationError, match="gives no after"):
        list(iter_items(PagingSpec.from_dict(CURSOR), {"params": {}}, send, records))


def test_a_repeated_cursor_raises_before_requesting_it_again() -> None:
    send, sent = scripted(
        {"data": [{"id": "1"}], "meta": {"hasNext": True, "nextCursor": "c1"}},
        {"data": [{"id": "2"}], "meta": {"hasNext": True, "nextCursor": "c1"}},
    )
    with pytest.raises(PaginationError, match="already requested"):
        list(iter_items(PagingSpec.from_dict(CURSOR), {"params": {}}, send, records))
    assert len(sent) == 2


def test_a_record_repeated_across_cursor_pages_raises() -> None:
    send, _ = scripted(
        {"data": [{"id": "1"}], "meta": {"hasNext": True, "nextCursor": "c1"}},
        {"data": [{"id": "1"}], "meta": {"hasNext": False, "nextCursor": None}},
    )
    with pytest.raises(PaginationError, match="already yielded earlier"):
        list(iter_items(PagingSpec.from_dict(CURSOR), {"params": {}}, send, records))


def test_a_record_without_id_raises() -> None:
    send, _ = scripted({"data": [{"name": "no id"}], "meta": {"hasNext": False}})
    with pytest.raises(PaginationError, match="has no id"):
        list(iter_items(PagingSpec.from_dict(CURSOR), {"params": {}}, send, records))


def _end_error() -> NotFoundError:
    answer = httpx.Response(400, request=httpx.Request("GET", "https://x.test/"))
    return NotFoundError("No Results Found", response=answer, body={}, code="814")


def test_a_declared_end_error_after_the_first_page_ends_the_walk() -> None:
    send, sent = scripted({"data": [{"id": 1}, {"id": 2}]}, _end_error())
    items = list(iter_items(PagingSpec.from_dict(OFFSET), {"params": {"limit": 2}}, send, records))
    assert [item["id"] for item in items] == [1, 2]
    # The window that overlaps offset 1 and reaches offset 2 is page 1 of size 3; "no results" there ends the walk.
    assert sent[-1] == {"limit": 3, "page": 1}


def test_an_end_error_on_a_window_past_what_was_seen_only_means_look_back() -> None:
    # Page 2 of size 2 overlaps offset 2, which page 1 showed: "no results" there means the ledger shrank.
    send, sent = scripted({"data": [{"id": 1}, {"id": 2}, {"id": 3}]}, _end_error(), {"data": [{"id": 1}, {"id": 2}]})
    items = list(iter_items(PagingSpec.from_dict(OFFSET), {"params": {"limit": 3}}, send, records))
    assert [item["id"] for item in items] == [1, 2, 3]
    # Back to the window holding offset 1 and the most after it; it is anchored and short: record 3 is gone.
    assert sent == [{"limit": 3}, {"limit": 2, "page": 2}, {"limit": 3, "page": 1}]


def test_the_same_error_on_the_first_page_is_raised() -> None:
    send, _ = scripted(_end_error())
    with pytest.raises(NotFoundError):
        list(iter_items(PagingSpec.from_dict(OFFSET), {"params": {}}, send, records))


def test_a_full_last_page_costs_one_more_request_and_no_more() -> None:
    send, sent = scripted({"data": [{"id": 1}, {"id": 2}]}, {"data": []})
    pages = list(iter_pages(PagingSpec.from_dict(OFFSET), {"params": {"limit": 2}}, send, records))
    assert len(pages) == 2 and len(sent) == 2


@pytest.mark.parametrize(("option", "value"), [("max_pages", 0), ("max_items", 0)])
def test_bounds_must_be_positive(option: str, value: int) -> None:
    send, sent = scripted()
    with pytest.raises(ValueError, match=option):
        list(iter_items(PagingSpec.from_dict(CURSOR), {"params": {}}, send, records, **{option: value}))
    assert sent == []


def test_an_out_of_range_page_size_is_refused_before_sending() -> None:
    send, sent = scripted()
    with pytest.raises(ValueError, match="limit must be at least 1 and at most 1000"):
        list(iter_pages(PagingSpec.from_dict(CURSOR), {"params": {"limit": 5000}}, send, records))
    assert sent == []


@pytest.mark.parametrize("spec", [OFFSET, CURSOR, PAGE_NUMBER])
def test_a_page_without_its_records_array_is_an_empty_page(spec: dict[str, Any]) -> None:
    send, _ = scripted({"meta": {"hasNext": False, "pagination": {"has_more": False}}})
    assert list(iter_items(PagingSpec.from_dict(spec), {"params": {}}, send, lambda page: [])) == []


@pytest.mark.parametrize("spec", [OFFSET, CURSOR, PAGE_NUMBER])
def test_something_else_where_records_belong_is_a_pagination_error_not_a_value_error(spec: dict[str, Any]) -> None:
    send, _ = scripted({"data": {"id": 1}})
    with pytest.raises(PaginationError, match="no array of records"):
        list(iter_items(PagingSpec.from_dict(spec), {"params": {}}, send, lambda page: []))


@pytest.mark.parametrize("spec", [CURSOR, PAGE_NUMBER])
def test_a_has_more_flag_that_is_not_boolean_is_a_pagination_error(spec: dict[str, Any]) -> None:
    send, _ = scripted({"data": [], "meta": {"hasNext": "yes", "pagination": {"has_more": 1}}})
    with pytest.raises(PaginationError, match="non-boolean"):
        list(iter_items(PagingSpec.from_dict(spec), {"params": {}}, send, lambda page: []))


def test_a_record_seen_anywhere_earlier_in_a_cursor_walk_raises() -> None:
    send, _ = scripted(
        {"data": [{"id": "1"}, {"id": "2"}], "meta": {"hasNext": True, "nextCursor": "c1"}},
        {"data": [{"id": "3"}], "meta": {"hasNext": True, "nextCursor": "c2"}},
        {"data": [{"id": "1"}], "meta": {"hasNext": False, "nextCursor": None}},
    )
    seen: list[str] = []
    with pytest.raises(PaginationError, match="record 1 was already yielded"):
        for item in iter_items(PagingSpec.from_dict(CURSOR), {"params": {}}, send, records):
            seen.append(item["id"])
    assert seen == ["1", "2", "3"]


def test_a_shrunk_ledger_is_re_read_from_an_earlier_window() -> None:
    """Offsets 0-2 are read; then record "a" is deleted, so page 2 of size 2 (offsets 2-3) holds only unseen
    records: no anchor, nothing yielded. The walk looks back (offsets 0-2), finds "c" there and yields "d"; then
    the window holding "d" (page 2 of size 2 again, now anchored) yields "e", and a short page ends the walk."""
    send, sent = scripted(
        {"data": [{"id": "a"}, {"id": "b"}, {"id": "c"}]},
        {"data": [{"id": "d"}, {"id": "e"}]},
        {"data": [{"id": "b"}, {"id": "c"}, {"id": "d"}]},
        {"data": [{"id": "d"}, {"id": "e"}]},
        {"data": [{"id": "e"}]},
    )
    items = list(iter_items(PagingSpec.from_dict(OFFSET), {"params": {"limit": 3}}, send, records))
    assert [item["id"] for item in items] == ["a", "b", "c", "d", "e"]
    assert [(params.get("page"), params["limit"]) for params in sent] == [(None, 3), (2, 2), (1, 3), (2, 2), (2, 3)]


def test_pages_hand_out_only_records_not_yielded_before() -> None:
    send, _ = scripted(
        {"data": [{"id": "a"}, {"id": "b"}, {"id": "c"}]}, {"data": [{"id": "c"}, {"id": "d"}]}, {"data": [{"id": "d"}]}
    )
    pages = list(iter_pages(PagingSpec.from_dict(OFFSET), {"params": {"limit": 3}}, send, records_list))
    assert [[item["id"] for item in page["data"]] for page in pages] == [["a", "b", "c"], ["d"], []]


def records_list(page: Body) -> list[Any]:
    return page["data"]  # type: ignore[no-any-return]


@given(
    size=st.integers(1, 100),
    low=st.integers(0, 5000),
    span=st.integers(0, 60),
    documented=st.sampled_from([PAGE_NUMBER, OFFSET, RECORD_OFFSET, {**PAGE_NUMBER, "record_offset": "from"}]),
)
def test_every_window_covers_what_it_must_and_one_more_within_the_bounds(
    size: int, low: int, span: int, documented: dict[str, Any]
) -> None:
    """The window chosen after a page holds the offset where the last yielded record is expected and one more
    (and the whole span to cover when some allowed size can); its size passes the caller's only when no smaller one
    fits, and never a documented maximum."""
    walk = _WindowWalk(PagingSpec.from_dict(documented), {"params": {documented["page_size"]["param"]: size}}, None)
    high = low + span
    maximum = documented["page_size"].get("maximum")

    def fits(width: int, first: int) -> bool:
        return (first // width + 1) * width - 1 > high

    try:
        first, chosen = walk._choose(low, high) or walk._choose(high, high) or walk._stretch(high)
    except PaginationError:
        assert maximum is not None and maximum < high + 2  # only a documented maximum can rule every window out
        return
    if "record_offset" not in documented:
        assert first % chosen == 0  # a page
    covered = range(first, first + chosen)
    assert high in covered and high + 1 in covered
    usual = max(size, 2)
    wider = usual if maximum is None else min(maximum, usual + span)
    if any(fits(width, low) for width in range(2, wider + 1)):
        assert low in covered
    assert chosen <= (maximum or chosen)
    if chosen > wider:  # stretched past the caller's size only when nothing up to it holds the offset and one more
        assert not any(fits(width, high) for width in range(2, usual + 1))


NUMERIC_IDS = st.one_of(st.integers(-5, 10**19), st.from_regex(r"\A-?0?[0-9]{1,20}\Z"))


@given(st.lists(NUMERIC_IDS, max_size=8), st.lists(st.one_of(NUMERIC_IDS, st.text(max_size=21)), max_size=8))
def test_ids_keyed_in_bulk_are_keyed_as_one_by_one(numeric: list[Any], mixed: list[Any]) -> None:
    """Pages of ids take a bulk path; every page keys each id exactly as :func:`_key` does alone."""
    for page in (numeric, [str(value) for value in numeric], mixed, [str(value) for value in mixed]):
        assert [(type(key), key) for key in _keys(page)] == [(type(key), key) for key in map(_key, page)]
