"""Type-checked decoding of JSON values (what generated from_dict methods call)."""

from __future__ import annotations

import datetime
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loyalty_runtime import decode
from loyalty_runtime.types import UNSET


@pytest.mark.parametrize(
    ("value", "kind", "ok"),
    [
        (1, int, True),
        (True, int, False),
        (2.0, int, True),
        (2.5, int, False),
        (1, float, True),
        (True, float, False),
        ("x", str, True),
        (1, str, False),
        (False, bool, True),
        (0, bool, False),
        ([], list, True),
        ({}, list, False),
        ({}, dict, True),
        ([], dict, False),
    ],
)
def test_checked(value: object, kind: type, ok: bool) -> None:
    if ok:
        assert decode.checked(value, kind, "field") == value
    else:
        with pytest.raises(TypeError, match="field: expected"):
            decode.checked(value, kind, "field")


def test_unset_passes_only_where_optional() -> None:
    assert decode.checked_or_unset(UNSET, int, "field") is UNSET
    with pytest.raises(TypeError):
        decode.checked(UNSET, int, "field")


@pytest.mark.parametrize(
    "text",
    [
        "2026-02-15T08:30:00.000Z",
        "2026-06-01T00:00:00+00:00",
        "2026-06-01t10:00:00.123456789-05:30",
        "2024-05-14T12:41:09Z",
    ],
)
def test_date_times_are_written_back_as_read(text: str) -> None:
    moment = decode.date_time(text, "created_at")
    assert decode.date_time_text(moment) == text
    assert moment.tzinfo is not None


@pytest.mark.parametrize("text", ["2026-02-15", "2026-02-15 08:30:00Z", "2026-02-15T08:30:00", "20260215T083000Z", ""])
def test_non_rfc3339_date_times_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not an RFC 3339 date-time"):
        decode.date_time(text, "created_at")


def test_a_date_time_made_in_code_is_written_in_iso_form() -> None:
    moment = datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    assert decode.date_time_text(moment) == "2026-01-02T03:04:05+00:00"
    read = decode.date_time("2026-01-02T03:04:05Z", "x")
    assert read == moment and decode.date_time_text(read + datetime.timedelta(0)) == "2026-01-02T03:04:05+00:00"


@given(st.uuids())
def test_uuids_keep_their_case(value: uuid.UUID) -> None:
    for text in (str(value), str(value).upper()):
        parsed = decode.uuid_value(text, "id")
        assert parsed == value and decode.uuid_text(parsed) == text
    assert decode.uuid_text(value) == str(value)


@pytest.mark.parametrize("text", ["{12345678-1234-1234-1234-123456789abc}", "123456781234123412341234567890ab", "x"])
def test_non_canonical_uuids_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a UUID"):
        decode.uuid_value(text, "id")


def test_full_dates() -> None:
    assert decode.full_date("2026-06-05", "day") == datetime.date(2026, 6, 5)
    with pytest.raises(ValueError, match="full-date"):
        decode.full_date("2026-06-05T00:00:00Z", "day")
