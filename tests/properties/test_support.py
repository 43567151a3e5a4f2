"""The suite's own machinery keeps its promises, so that the laws built on it cannot pass vacuously."""

from __future__ import annotations

import copy
import datetime
import decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker

from generator.recordings import load_recordings
from generator.specs import subschema_validator
from tests.properties.support import (
    VENDORS,
    comparable,
    distinct_schemas,
    enum_sites,
    get_at,
    inlined,
    instant,
    other_type_values,
    required_sites,
    response_schemas,
    rfc3339_date_times,
    set_at,
    value_paths,
)

BODIES = [
    (key, response.schema, recording.response["body"])
    for key in VENDORS
    for recording in load_recordings(key)
    for response in response_schemas(key)
    if response.operation_id == recording.data["operation"] and response.status == str(recording.response["status"])
]

# The open value sets of ARCHITECTURE.md's vendors: the enum walker must find them in the recordings.
OPEN_FIELDS = {
    "yuko": "entry_type",
    "voucherify": "type",
    "joy": "event",
    "capillary": "eventName",
    "appy_stamp": "type",
}


def test_the_recordings_cover_every_vendor_and_schema() -> None:
    assert {key for key, _, _ in BODIES} == set(VENDORS)
    assert len(BODIES) == sum(len(load_recordings(key)) for key in VENDORS)


@pytest.mark.parametrize(("key", "schema"), distinct_schemas())
def test_inlined_schemas_are_self_contained(key: str, schema: object) -> None:
    assert '"$ref"' not in str(inlined(key, schema)).replace("'", '"')
    Draft202012Validator.check_schema(inlined(key, schema))


@given(case=st.sampled_from(BODIES), data=st.data())
def test_inlined_schemas_judge_bodies_like_the_spec(case: tuple[str, object, object], data: st.DataObject) -> None:
    """Recorded bodies, and the same with a value of another type or a required field removed."""
    key, schema, body = case
    body = copy.deepcopy(body)
    paths = list(value_paths(body))
    mutation = data.draw(st.sampled_from(["none", "retype", "remove"]))
    if mutation == "retype" and paths:
        path = data.draw(st.sampled_from(paths))
        set_at(body, path, data.draw(other_type_values(get_at(body, path))))
    elif mutation == "remove":
        sites = list(required_sites(inlined(key, schema), body))
        if sites:
            path, name = data.draw(st.sampled_from(sites))
            del get_at(body, path)[name]
    inlined_validator = Draft202012Validator(inlined(key, schema), format_checker=FormatChecker())
    assert inlined_validator.is_valid(body) == subschema_validator(key, schema).is_valid(body)


@pytest.mark.parametrize("key", VENDORS)
def test_enum_walker_finds_the_open_value_sets(key: str) -> None:
    found = {site.path[-1] for k, schema, body in BODIES if k == key for site in enum_sites(inlined(k, schema), body)}
    assert OPEN_FIELDS[key] in found


@given(text=rfc3339_date_times())
def test_generated_date_times_are_rfc3339_and_read_exactly(text: str) -> None:
    assert FormatChecker().conforms(text, "date-time")
    parsed = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    epoch = datetime.datetime(1, 1, 1, tzinfo=datetime.UTC)
    microseconds = (parsed - epoch) // datetime.timedelta(microseconds=1)
    assert instant(text) == instant(epoch.isoformat()) + decimal.Decimal(microseconds).scaleb(-6)


def test_comparison_is_strict_except_for_instants_and_numbers() -> None:
    assert comparable({"a": True}) != comparable({"a": 1})
    assert comparable([1]) == comparable([1.0])
    assert comparable([1]) != comparable(["1"])
    assert comparable(None) != comparable("null")
    assert comparable("2026-02-15T08:30:00.000Z") == comparable("2026-02-15T10:30:00+02:00")
    assert comparable("2026-02-15T08:30:00Z") != comparable("2026-02-15T08:30:00.0000001Z")
    assert comparable("2026-02-15T08:30:00") == comparable("2026-02-15T08:30:00")  # no offset: compared as text
    assert comparable("2026-02-15T08:30:00") != comparable("2026-02-15T08:30:00Z")
