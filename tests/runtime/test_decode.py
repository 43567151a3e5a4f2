"""Type-checked decoding of JSON values (what generated from_dict methods call)."""

from __future__ import annotations

import contextlib
import copy
import datetime
import enum
import json
import pickle
import re
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


# ------------------------------------------------------------------------------------- paths and fast paths


def test_a_mismatch_names_its_json_pointer() -> None:
    inner = decode.Mismatch("not an RFC 3339 date-time: 'x'", ("created_at",))
    error = decode.at(decode.at(inner, 3), "data")
    assert str(error) == "/data/3/created_at: not an RFC 3339 date-time: 'x'"
    assert isinstance(error, TypeError) and isinstance(error, ValueError)
    assert str(decode.at(decode.Mismatch("bad"), "a/b", "c~d")) == "/a~1b/c~0d: bad"


def test_an_absent_key_and_an_empty_message_still_say_what_went_wrong() -> None:
    absent = decode.at(KeyError("id"), "data", 0)
    assert str(absent) == "/data/0/id: a required property is absent" and absent.absent
    assert str(decode.at(TypeError(), "status")) == "/status: TypeError"


def test_checked_at_the_top_level_has_no_path() -> None:
    with pytest.raises(decode.Mismatch, match=r"^expected an object, got list \[\]$"):
        decode.dict_of([], None)


class _Colour(enum.StrEnum):
    RED = "red"

    @classmethod
    def _missing_(cls, value: object) -> _Colour | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = member._value_ = value
        return member


def test_member_keeps_unknown_values_and_refuses_other_types() -> None:
    assert decode.member(_Colour, "red", "colour") is _Colour.RED
    assert decode.member(_Colour, "blue", "colour").value == "blue"
    for value in (1, 2.0, True, None, ["red"]):
        with pytest.raises(decode.Mismatch, match=r"^/colour: expected a string"):
            decode.member(_Colour, value, "colour")


_DIGITS = st.text("0123456789", min_size=1, max_size=9)


@st.composite
def _rfc3339_like(draw: st.DrawFn) -> str:
    """Date-time texts near RFC 3339: valid ones, and ones with one character changed, added or removed."""
    moment = draw(st.datetimes(min_value=datetime.datetime(1, 1, 2), max_value=datetime.datetime(9999, 12, 30)))
    fraction = draw(st.sampled_from(["", "."]) | _DIGITS.map(lambda digits: "." + digits))
    zone = draw(st.sampled_from(["Z", "z", "+00:00", "-05:30", "+14:00", "", "+0530", "+05"]))
    text = list(moment.strftime("%Y-%m-%dT%H:%M:%S") + fraction + zone)
    for _ in range(draw(st.integers(0, 2))):
        at = draw(st.integers(0, len(text)))
        char = draw(st.sampled_from("0123456789-:TtZz+., W_٣"))
        how = draw(st.sampled_from(["replace", "insert", "delete"]))
        if how == "insert" or not text:
            text.insert(at, char)
        elif how == "replace":
            text[min(at, len(text) - 1)] = char
        else:
            del text[min(at, len(text) - 1)]
    return "".join(text)


_REFERENCE = re.compile(r"^(\d{4}-\d{2}-\d{2})[Tt](\d{2}:\d{2}:\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", re.ASCII)


def _reference(text: str) -> datetime.datetime | None:
    """RFC 3339 read the slow, obvious way: the regex, then the standard library on the normalised text."""
    match = _REFERENCE.match(text)
    if match is None:
        return None
    day, clock, fraction, offset = match.groups()
    try:
        return datetime.datetime.fromisoformat(
            f"{day}T{clock}{(fraction or '')[:7]}{'+00:00' if offset in 'Zz' else offset}"
        )
    except ValueError:
        return None


@given(_rfc3339_like())
def test_the_fast_date_time_path_agrees_with_the_rfc3339_reference(text: str) -> None:
    expected = _reference(text)
    if expected is None:
        with pytest.raises(decode.Mismatch, match="not an RFC 3339 date-time"):
            decode.date_time(text, "at")
    else:
        for _ in range(2):  # read, then found again among the texts already read
            moment = decode.date_time(text, "at")
            assert moment == expected and moment.utcoffset() == expected.utcoffset()
            assert decode.date_time_text(moment) == text


@given(st.uuids())
def test_a_decoded_uuid_is_a_complete_uuid(value: uuid.UUID) -> None:
    parsed = decode.uuid_value(str(value).upper(), "id")
    assert isinstance(parsed, uuid.UUID) and parsed.int == value.int and hash(parsed) == hash(value)
    assert str(parsed) == str(value) and parsed.version == value.version and parsed.is_safe == value.is_safe
    assert decode.uuid_value(str(value).upper(), "id") == parsed
    with pytest.raises(TypeError, match="immutable"):
        parsed.text = "other"  # type: ignore[misc]


@pytest.mark.parametrize("fast", [True, False], ids=["msgspec", "stdlib"])
def test_json_bodies_are_strict_and_complete(fast: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same answers with the optional fast parser and without it (the standard library alone)."""
    from loyalty_runtime import fast as fast_module
    from loyalty_runtime import transport

    if fast:
        pytest.importorskip("msgspec")
    else:
        monkeypatch.setattr(fast_module, "msgspec", None)
    big = 2**70
    assert transport._json(b'{"n": %d, "m": -%d}' % (big, big)) == {"n": big, "m": -big}
    assert transport._json('{"é": "\\ud83d\\ude00"}'.encode()) == {"é": "\U0001f600"}
    for constant in (b"NaN", b"[Infinity]", b'{"x": -Infinity}'):
        with pytest.raises(ValueError, match="is not JSON"):
            transport._json(constant)
    for bad in (b"", b"{", b"[1,]", b'{"a" 1}', b"\xff"):
        with pytest.raises(ValueError):
            transport._json(bad)
    # What msgspec refuses but the standard library reads (a number past a double, a lone surrogate) reads the same.
    for unusual in (b"[1e400, -1e400]", b'"\\ud800"', b'{"a": 1, "a": 2}', b"[-0.0, 1E2, 1e-400]"):
        assert repr(transport._json(unusual)) == repr(json.loads(unusual))
    deep = b"[" * 5000 + b"]" * 5000
    with contextlib.suppress(RecursionError):  # too deep for the standard library: a ResponseDecodeError then
        assert transport._json(deep) == json.loads(deep)


@given(st.uuids())
def test_a_decoded_uuid_copies_pickles_and_orders_like_a_uuid(value: uuid.UUID) -> None:
    parsed = decode.uuid_value(str(value), "id")
    for twin in (copy.copy(parsed), copy.deepcopy(parsed), pickle.loads(pickle.dumps(parsed))):
        assert twin == value and twin.int == value.int and str(twin) == str(value)
    assert not parsed < value and not parsed > value and parsed.bytes == value.bytes
    assert decode.WrittenUUID(str(value)) == value  # made directly, the usual way
