"""Malformed 200 bodies served through the real client to each vendor's list operation.

A body that does not fit the spec always raises ``ResponseDecodeError`` carrying the raw text — never a
``KeyError``/``TypeError``/``AttributeError``/``ValueError`` or anything else from inside generated code
(ARCHITECTURE.md principle 6). A mutation that happens to leave the body valid must decode, and give it back.
"""

from __future__ import annotations

import copy
import datetime
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, Phase, assume, event, given, settings
from hypothesis import strategies as st
from hypothesis.control import currently_in_test_context

from generator.specs import JSON, load_spec, subschema_validator
from tests.clients.replay import (
    Replay,
    call_kwargs,
    errors_module,
    first_success,
    list_module,
    make_client,
    resolve,
    text_response,
)
from tests.properties.support import (
    JSON_SCALARS,
    JSON_VALUES,
    LIST_SCHEMAS,
    VENDORS,
    bodies,
    comparable,
    formatted,
    get_at,
    inlined,
    leaf_sites,
    other_type_values,
    required_sites,
    set_at,
    structurally_valid,
    value_paths,
)

# Generating a body takes ~20 ms (hypothesis-jsonschema): the body-based strategies run fewer examples.
# Many generated bodies have empty record lists, which the laws about one field skip with assume():
# heavy filtering is expected there, not a sign of a broken strategy.
SLOW = settings(
    deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much], max_examples=60
)
# Edge cases that once were bugs (every example hit them): a few examples, no shrinking.
EDGE = settings(SLOW, max_examples=10, phases=[Phase.explicit, Phase.reuse, Phase.generate])
SCHEMAS = LIST_SCHEMAS
KWARGS = {key: call_kwargs(key, first_success(key)) for key in VENDORS}


def _errors_pointer(key: str) -> str | None:
    """``x-error-envelope.errors_on_success``: a non-empty array there makes a 200 a failure."""
    pointer: str | None = load_spec(key)["x-error-envelope"].get("errors_on_success")
    return pointer


def _reports_failure(key: str, body: JSON) -> bool:
    pointer = _errors_pointer(key)
    errors = resolve(body, pointer) if pointer else None
    return isinstance(errors, list) and len(errors) > 0


def _without_reported_errors(key: str, body: JSON) -> JSON:
    """A valid success body: the ``errors_on_success`` array, when the vendor has one, emptied."""
    pointer = _errors_pointer(key)
    if pointer and isinstance(resolve(body, pointer), list):
        body = copy.deepcopy(body)
        set_at(body, tuple(pointer.strip("/").split("/")), [])
    return body


def valid_bodies(key: str) -> st.SearchStrategy[JSON]:
    return bodies(key, SCHEMAS[key]).map(lambda body: _without_reported_errors(key, body))


def _sync(key: str, text: str) -> Any:
    client = make_client(key, Replay([text_response(200, text)]))
    return list_module(key).sync(client=client, **KWARGS[key])


def assert_served(key: str, text: str) -> None:
    """The list operation's ``sync`` answered ``text`` with status 200 decodes it when (and only when) it is a
    JSON body with the types, required fields and parsed formats the spec gives (``structurally_valid``), and raises
    ``ResponseDecodeError`` with the raw text otherwise."""
    try:
        parsed = json.loads(text)
    except ValueError:
        valid = False
    else:
        valid = structurally_valid(key, SCHEMAS[key], parsed)
    errors = errors_module(key)
    if currently_in_test_context():  # statistics (--hypothesis-show-statistics): how often each side is taken
        event("still valid: decodes" if valid else "invalid: ResponseDecodeError")
    if valid and _reports_failure(key, parsed):
        with pytest.raises(errors.APIStatusError):
            _sync(key, text)
    elif valid:
        assert comparable(_sync(key, text).to_dict()) == comparable(parsed)
    else:
        with pytest.raises(errors.ResponseDecodeError) as raised:
            _sync(key, text)
        assert raised.value.body == text
        assert raised.value.status_code == 200


@pytest.mark.parametrize("key", VENDORS)
@given(text=st.text() | st.binary().map(lambda raw: raw.decode("utf-8", errors="replace")))
def test_text_that_is_not_json(key: str, text: str) -> None:
    assert_served(key, text)


@pytest.mark.parametrize("key", VENDORS)
@SLOW
@given(data=st.data())
def test_truncated_json(key: str, data: st.DataObject) -> None:
    body = data.draw(valid_bodies(key), label="body")
    text = json.dumps(body, indent=data.draw(st.sampled_from([None, 1])))
    cut = data.draw(st.integers(0, len(text) - 1), label="cut")
    assert_served(key, text[:cut])


@pytest.mark.parametrize("key", VENDORS)
@given(value=JSON_SCALARS | st.lists(JSON_VALUES, max_size=3))
def test_json_of_the_wrong_top_level_type(key: str, value: JSON) -> None:
    text = json.dumps(value)
    assert not subschema_validator(key, SCHEMAS[key]).is_valid(value)
    assert_served(key, text)


@pytest.mark.parametrize("key", VENDORS)
@SLOW
@given(data=st.data())
def test_a_required_field_removed(key: str, data: st.DataObject) -> None:
    body = data.draw(valid_bodies(key), label="body")
    sites = list(required_sites(inlined(key, SCHEMAS[key]), body))
    path, name = data.draw(st.sampled_from(sites), label="removed")
    del get_at(body, path)[name]
    assert_served(key, json.dumps(body))


@pytest.mark.parametrize("key", VENDORS)
@SLOW
@given(data=st.data())
def test_a_value_of_another_type(key: str, data: st.DataObject) -> None:
    body = data.draw(valid_bodies(key), label="body")
    path = data.draw(st.sampled_from(list(value_paths(body))), label="path")
    set_at(body, path, data.draw(other_type_values(get_at(body, path)), label="new value"))
    assert_served(key, json.dumps(body))


@pytest.mark.parametrize("key", VENDORS)
def test_valid_bodies_are_not_rejected_by_the_oracle(key: str) -> None:
    """The oracle's two sides are both reachable: a recorded body decodes, its first half does not."""
    body = _without_reported_errors(key, first_success(key).response["body"])
    text = json.dumps(body)
    assert subschema_validator(key, SCHEMAS[key]).is_valid(body)
    assert_served(key, text)
    assert_served(key, text[: len(text) // 2])


# ---------------------------------------------------------------------------------------------- edge cases


@pytest.mark.parametrize("key", VENDORS)
@EDGE
@given(depth=st.integers(1_000, 50_000), closed=st.booleans())
def test_deeply_nested_array(key: str, depth: int, closed: bool) -> None:
    """Valid JSON of the wrong top-level type (an array), nested deeper than Python's recursion limit."""
    text = "[" * depth + ("]" * depth if closed else "")
    with pytest.raises(errors_module(key).ResponseDecodeError) as raised:
        _sync(key, text)
    assert raised.value.body == text


def _date_time_sites(key: str, body: JSON) -> list[tuple[str | int, ...]]:
    return list(leaf_sites(inlined(key, SCHEMAS[key]), body, formatted("date-time")))


def _not_rfc3339(moment: datetime.datetime, form: str) -> str:
    """ISO 8601 renderings of ``moment`` that RFC 3339 (``format: date-time``) does not allow."""
    hms = moment.strftime("%H:%M:%S")
    year, week, weekday = moment.isocalendar()
    return {
        "date only": moment.date().isoformat(),
        "no offset": f"{moment.date().isoformat()}T{hms}",
        "space separator": f"{moment.date().isoformat()} {hms}Z",
        "basic format": moment.strftime("%Y%m%dT%H%M%SZ"),
        "no seconds": moment.strftime("%Y-%m-%dT%H:%MZ"),
        "week date": f"{year:04d}-W{week:02d}-{weekday}T{hms}Z",
    }[form]


@pytest.mark.parametrize("key", VENDORS)
@EDGE
@given(
    data=st.data(),
    moment=st.datetimes(min_value=datetime.datetime(1900, 1, 1), max_value=datetime.datetime(2100, 1, 1)),
    form=st.sampled_from(["date only", "no offset", "space separator", "basic format", "no seconds", "week date"]),
)
def test_a_date_time_that_is_not_rfc3339(key: str, data: st.DataObject, moment: datetime.datetime, form: str) -> None:
    body = data.draw(valid_bodies(key), label="body")
    sites = _date_time_sites(key, body)
    assume(sites)
    set_at(body, data.draw(st.sampled_from(sites), label="path"), _not_rfc3339(moment, form))
    assert not subschema_validator(key, SCHEMAS[key]).is_valid(body)
    assert_served(key, json.dumps(body))
