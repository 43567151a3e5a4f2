"""A body that does not fit names the JSON path of the bad value in its ``ResponseDecodeError`` (issue 9)."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.clients.replay import Replay, errors_module, list_module, make_client, text_response
from tests.properties.support import (
    VENDORS,
    enum_sites,
    formatted,
    get_at,
    inlined,
    leaf_sites,
    other_type_values,
    set_at,
    structurally_valid,
    value_paths,
)
from tests.properties.test_malformed_bodies import KWARGS, SCHEMAS, valid_bodies

# Generating a body takes ~20 ms; bodies with no records are skipped (assume).
SOME = settings(
    max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)

# The vendors whose list answers hold an enum (Appy Stamp's records have none).
ENUM_VENDORS = [key for key in VENDORS if '"enum"' in json.dumps(inlined(key, SCHEMAS[key]))]


def _body(key: str, data: st.DataObject) -> dict:
    """A valid list body holding at least one record."""
    body = data.draw(valid_bodies(key), label="body")
    assert isinstance(body, dict)
    assume(isinstance(body.get("data"), list) and body["data"])
    return body


def _message(key: str, body: object) -> str:
    client = make_client(key, Replay([text_response(200, json.dumps(body))]))
    with pytest.raises(errors_module(key).ResponseDecodeError) as raised:
        list_module(key).sync(client=client, **KWARGS[key])
    return str(raised.value)


def _pointer(path: tuple[str | int, ...]) -> str:
    return "".join(f"/{part}" for part in path)


@pytest.mark.parametrize("key", VENDORS)
@SOME
@given(data=st.data())
def test_a_bad_date_time_is_named_by_its_path(key: str, data: st.DataObject) -> None:
    body = _body(key, data)
    sites = list(leaf_sites(inlined(key, SCHEMAS[key]), body, formatted("date-time")))
    assume(sites)
    path = data.draw(st.sampled_from(sites), label="path")
    set_at(body, path, "2026-02-15 08:30:00Z")
    assert f"{_pointer(path)}: not an RFC 3339 date-time" in _message(key, body)


@pytest.mark.parametrize("key", ENUM_VENDORS)
@SOME
@given(data=st.data(), number=st.integers(-(10**20), 10**20) | st.floats(allow_nan=False, allow_infinity=False))
def test_an_open_enum_holding_a_value_of_another_type_is_named_by_its_path(
    key: str, data: st.DataObject, number: float
) -> None:
    """Once an empty ``TypeError: `` message: now the path and what was expected."""
    body = _body(key, data)
    sites = [site for site in enum_sites(inlined(key, SCHEMAS[key]), body) if site.kind == "string"]
    assume(sites)
    site = data.draw(st.sampled_from(sites), label="site")
    set_at(body, site.path, number)
    assert f"{_pointer(site.path)}: expected a string" in _message(key, body)


@pytest.mark.parametrize("key", VENDORS)
@SOME
@given(data=st.data())
def test_an_absent_required_property_is_named_by_its_path(key: str, data: st.DataObject) -> None:
    body = _body(key, data)
    first = get_at(body, ("data", 0))
    assert isinstance(first, dict)
    del first["id"]
    assert "/data/0/id: a required property is absent" in _message(key, body)


@pytest.mark.parametrize("key", VENDORS)
@SOME
@given(data=st.data())
def test_a_wrong_record_is_named_by_its_index(key: str, data: st.DataObject) -> None:
    body = _body(key, data)
    body["data"] = [*body["data"], *body["data"], "not a record"]
    index = len(body["data"]) - 1
    assert f"/data/{index}: expected an object, got str 'not a record'" in _message(key, body)


@pytest.mark.parametrize("key", VENDORS)
@SOME
@given(data=st.data())
def test_any_value_of_another_type_is_named_by_its_path_with_a_reason(key: str, data: st.DataObject) -> None:
    """Whatever kind of value goes wrong (scalar, format, enum, object, array), the message names the JSON path of
    the bad value (or of the union holding it) and says what was wrong: never an empty reason."""
    body = _body(key, data)
    record = ("data", 0)
    paths = [(*record, *path) for path in value_paths(get_at(body, record))]
    path = data.draw(st.sampled_from([record, *paths]), label="path")
    set_at(body, path, data.draw(other_type_values(get_at(body, path)), label="new value"))
    assume(not structurally_valid(key, SCHEMAS[key], body))
    message = _message(key, body)
    pointers = [_pointer(path[:end]) + ": " for end in range(len(path), len(record) - 1, -1)]
    named = [pointer for pointer in pointers if pointer in message]
    assert named, message
    reason = message.split(named[0], 1)[1]
    assert reason.strip() and not reason.rstrip().endswith(":"), message
