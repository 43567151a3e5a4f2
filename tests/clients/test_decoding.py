"""Success bodies decode into their models, round-trip, tolerate vendor additions and reject malformed bodies —
on the fast path (msgspec installed) and on the reference path alone (as without it)."""

from __future__ import annotations

import asyncio
import copy
import enum
import json

import attrs
import pytest

from generator.specs import deref, load_spec, response_for
from loyalty_runtime import fast
from tests.clients.replay import (
    SUCCESS,
    VENDORS,
    Replay,
    call_kwargs,
    errors_module,
    ids,
    json_response,
    list_module,
    make_client,
    normalized,
    objects,
    operation_module,
    python_name,
    replay_recording,
    spec_operation,
    success_model,
    text_response,
)


@pytest.fixture(autouse=True, params=["msgspec", "without msgspec"])
def _decoding_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if request.param == "msgspec":
        pytest.importorskip("msgspec")
    else:
        monkeypatch.setattr(fast, "msgspec", None)


UNKNOWN = "brand_new_value"
EXTRA = "x_added_by_vendor"
EXTRA_VALUE = {"kept": [1, "two", None], "nested": {"deep": True}}


def _schema(key: str, recording) -> object:
    """The spec's JSON schema of the recording's response."""
    spec = load_spec(key)
    declared = response_for(spec_operation(key, recording.data["operation"]), recording.response["status"])
    assert declared is not None
    return deref(spec, declared[1])["content"]["application/json"]["schema"]


def _branches(spec, schema):
    schema = deref(spec, schema)
    for combinator in ("anyOf", "oneOf"):
        if combinator in schema:
            for branch in schema[combinator]:
                yield from _branches(spec, branch)
            return
    yield schema


def enum_paths(key: str, schema, value, path=()):
    """``(path, known values)`` of every string in ``value`` whose schema is (or may be) an enum."""
    spec = load_spec(key)
    branches = list(_branches(spec, schema))
    known = [v for b in branches for v in b.get("enum", [])]
    if isinstance(value, str) and known:
        yield path, known
        return
    for branch in branches:
        if isinstance(value, dict) and "properties" in branch:
            for name, item in value.items():
                if name in branch["properties"]:
                    yield from enum_paths(key, branch["properties"][name], item, (*path, name))
            return
        if isinstance(value, list) and "items" in branch:
            for index, item in enumerate(value):
                yield from enum_paths(key, branch["items"], item, (*path, index))
            return


def attribute_at(model: object, path) -> object:
    """The decoded value at a JSON path: attributes by their python name, list items by index."""
    current = model
    for step in path:
        if isinstance(step, int) or isinstance(current, dict):
            current = current[step]
        elif attrs.has(type(current)) and python_name(step) in attrs.fields_dict(type(current)):
            current = getattr(current, python_name(step))
        else:
            current = current.additional_properties[step]
    return current


def value_at(document: object, path) -> object:
    for step in path:
        document = document[step]
    return document


def _decode(key: str, recording, body: object) -> object:
    """``sync`` of the recording's operation answered with ``body`` (status and headers as recorded)."""
    answer = json_response(recording.response["status"], body, dict(recording.response["headers"]))
    client = make_client(key, Replay([answer]))
    return operation_module(key, recording.data["operation"]).sync(client=client, **call_kwargs(key, recording))


# ---------------------------------------------------------------------------------------------- recorded successes


@pytest.mark.parametrize(("key", "recording"), SUCCESS, ids=ids(SUCCESS))
def test_success_decodes(key, recording):
    module = operation_module(key, recording.data["operation"])
    model = success_model(key, recording.data["operation"])
    client, _, kwargs = replay_recording(key, recording)
    parsed = module.sync(client=client, **kwargs)
    assert parsed is not None
    assert isinstance(parsed, model)
    detailed = module.sync_detailed(client=client, **kwargs)
    assert detailed.status_code == recording.response["status"]
    for name, value in recording.response["headers"].items():
        assert detailed.headers[name] == value
    assert json.loads(detailed.content) == recording.response["body"]
    assert detailed.parsed == parsed

    async_client, _, _ = replay_recording(key, recording)
    assert asyncio.run(module.asyncio(client=async_client, **kwargs)) == parsed
    async_client, _, _ = replay_recording(key, recording)
    async_detailed = asyncio.run(module.asyncio_detailed(client=async_client, **kwargs))
    assert async_detailed.status_code == recording.response["status"]
    assert async_detailed.parsed == parsed


@pytest.mark.parametrize(("key", "recording"), SUCCESS, ids=ids(SUCCESS))
def test_round_trip(key, recording):
    body = recording.response["body"]
    model = success_model(key, recording.data["operation"])
    assert normalized(model.from_dict(copy.deepcopy(body)).to_dict()) == normalized(body)


@pytest.mark.parametrize(("key", "recording"), SUCCESS, ids=ids(SUCCESS))
def test_enum_values_are_typed(key, recording):
    """Recorded enum-typed values decode to the value itself; ``is_known`` says whether the spec lists it."""
    body = recording.response["body"]
    parsed = _decode(key, recording, body)
    for path, known in enum_paths(key, _schema(key, recording), body):
        value = attribute_at(parsed, path)
        raw = value_at(body, path)
        assert value == raw
        if isinstance(value, enum.Enum):
            assert value.is_known == (raw in known), path
        else:
            assert type(value) is str, path


@pytest.mark.parametrize(("key", "recording"), SUCCESS, ids=ids(SUCCESS))
def test_unknown_values_and_extra_fields_are_kept(key, recording):
    body = copy.deepcopy(recording.response["body"])
    paths = [path for path, _ in enum_paths(key, _schema(key, recording), body)]
    for path in paths:
        *parent, last = path
        value_at(body, parent)[last] = UNKNOWN
    extended = [path for path, obj in objects(body)]
    for _, obj in list(objects(body)):
        obj[EXTRA] = copy.deepcopy(EXTRA_VALUE)

    parsed = _decode(key, recording, body)
    for path in paths:
        value = attribute_at(parsed, path)
        assert value == UNKNOWN
        assert (isinstance(value, enum.Enum) and not value.is_known) or type(value) is str, path
    for path in extended:
        assert attribute_at(parsed, (*path, EXTRA)) == EXTRA_VALUE
    assert normalized(parsed.to_dict()) == normalized(body)


# The open value sets named in the brief must be among the enum-typed fields found from the spec.
OPEN_FIELDS = {
    "yuko": "entry_type",
    "voucherify": "type",
    "joy": "event",
    "capillary": "eventName",
    "appy_stamp": "type",
}


@pytest.mark.parametrize("key", VENDORS)
def test_documented_enum_fields_are_exercised(key):
    found = {path[-1] for k, r in SUCCESS if k == key for path, _ in enum_paths(key, _schema(k, r), r.response["body"])}
    assert OPEN_FIELDS[key] in found


# ---------------------------------------------------------------------------------------------- malformed bodies


def _rich(key: str):
    """The vendor's list-operation success recording with the most records."""
    module = list_module(key)
    cases = [r for k, r in SUCCESS if k == key and operation_module(k, r.data["operation"]) is module]
    return max(cases, key=lambda r: len(r.response["body"].get("data") or []))


def _required(key: str, schema) -> list[str]:
    return list(deref(load_spec(key), schema).get("required", []))


def _malformed(key: str) -> list[tuple[str, str]]:
    recording = _rich(key)
    body = recording.response["body"]
    text = json.dumps(body)
    cases = [
        ("not-json", "<html><body>Service temporarily unavailable</body></html>"),
        ("truncated", text[: len(text) // 2]),
        ("array", json.dumps([body])),
        ("null", "null"),
        ("data-as-string", json.dumps({**body, "data": "not a list"})),
    ]
    schema = _schema(key, recording)
    for name in _required(key, schema):
        cases.append((f"missing-{name}", json.dumps({k: v for k, v in body.items() if k != name})))
    record_schema = deref(load_spec(key), deref(load_spec(key), schema)["properties"]["data"])["items"]
    for name in _required(key, record_schema):
        broken = copy.deepcopy(body)
        del broken["data"][0][name]
        cases.append((f"record-missing-{name}", json.dumps(broken)))
    return cases


MALFORMED = [(key, name, text) for key in VENDORS for name, text in _malformed(key)]


@pytest.mark.parametrize(("key", "name", "text"), MALFORMED, ids=[f"{k}-{n}" for k, n, _ in MALFORMED])
def test_malformed_body_raises_decode_error(key, name, text):
    recording = _rich(key)
    replay = Replay([text_response(200, text)])
    client = make_client(key, replay)
    errors = errors_module(key)
    with pytest.raises(errors.ResponseDecodeError) as raised:
        list_module(key).sync(client=client, **call_kwargs(key, recording))
    assert raised.value.body == text
    assert raised.value.status_code == 200
    assert raised.value.response.status_code == 200
    assert len(replay.requests) == 1  # a decode failure is not retried
    with pytest.raises(errors.ResponseDecodeError):
        asyncio.run(list_module(key).asyncio(client=make_client(key, replay), **call_kwargs(key, recording)))


@pytest.mark.parametrize("wrong", [{}, ""], ids=["object", "empty-string"])
@pytest.mark.parametrize("key", VENDORS)
def test_records_of_the_wrong_type_raise(key, wrong):
    recording = _rich(key)
    text = json.dumps({**recording.response["body"], "data": wrong})
    client = make_client(key, Replay([text_response(200, text)]))
    with pytest.raises(errors_module(key).ResponseDecodeError):
        list_module(key).sync(client=client, **call_kwargs(key, recording))


HAS_MORE = [(k, spec_operation(k, _rich(k).data["operation"]).node["x-pagination"].get("has_more")) for k in VENDORS]
HAS_MORE = [(key, pointer) for key, pointer in HAS_MORE if pointer]


@pytest.mark.parametrize(("key", "pointer"), HAS_MORE, ids=[k for k, _ in HAS_MORE])
def test_has_more_of_the_wrong_type_raises(key, pointer):
    recording = _rich(key)
    body = copy.deepcopy(recording.response["body"])
    *parent, last = pointer.strip("/").split("/")
    value_at(body, parent)[last] = "false"
    client = make_client(key, Replay([json_response(200, body)]))
    with pytest.raises(errors_module(key).ResponseDecodeError):
        list_module(key).sync(client=client, **call_kwargs(key, recording))


@pytest.mark.parametrize(
    ("key", "pointer", "wrong"),
    [
        ("yuko", "/data/0/points", "100"),
        ("yuko", "/data/0/source_id", 123),
        ("capillary", "/data/0/id", "oops"),
        ("appy_stamp", "/data/0/stampChange", True),
        ("joy", "/data/0/event", 42),
        ("voucherify", "/data/0/type", ["list"]),
    ],
)
def test_a_scalar_of_the_wrong_type_raises(key, pointer, wrong):
    recording = _rich(key)
    body = copy.deepcopy(recording.response["body"])
    *parent, last = pointer.strip("/").split("/")
    value_at(body, [int(step) if step.isdigit() else step for step in parent])[last] = wrong
    client = make_client(key, Replay([json_response(200, body)]))
    with pytest.raises(errors_module(key).ResponseDecodeError) as raised:
        list_module(key).sync(client=client, **call_kwargs(key, recording))
    assert json.loads(raised.value.body) == body
