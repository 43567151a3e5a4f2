"""Laws of the fast decoding path (msgspec into the generated mirrors, ``loyalty_runtime.fast``) against the
reference path (the strict JSON parse and ``from_dict``), on the bodies of every success schema of every spec,
mutated or not, and on every recorded success: a success body gives the same answer with msgspec installed and
without it — the same model (same repr, so the same types; the same ``to_dict()``; the same ``raw_json``) or the
same error (class and message). Valid bodies do take the fast path (else the first law would hold vacuously).
"""

from __future__ import annotations

import contextlib
import copy
import importlib
import json
from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.recordings import load_recordings
from generator.specs import JSON
from loyalty_runtime import fast, transport
from loyalty_runtime.envelope import ErrorEnvelope
from loyalty_runtime.errors import LoyaltyError
from loyalty_runtime.vendor import VendorSpec
from tests.clients.replay import operation_module
from tests.properties.support import (
    ALL_RESPONSES,
    JSON_VALUES,
    VENDORS,
    bodies,
    enum_sites,
    inlined,
    set_at,
    value_paths,
)

pytest.importorskip("msgspec")

SUCCESSES = sorted({(r.key, r.operation_id, json.dumps(r.schema)) for r in ALL_RESPONSES if r.success})
IDS = [f"{key}/{operation_id}" for key, operation_id, _ in SUCCESSES]
SLOW = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=30)
UNKNOWN_ENUM_VALUE = "loyalty-test-unknown-value"


@contextlib.contextmanager
def _without_msgspec() -> Iterator[None]:
    """As if the ``fast`` extra were not installed (a Hypothesis test cannot take the monkeypatch fixture)."""
    saved, fast.msgspec = fast.msgspec, None  # type: ignore[assignment]
    try:
        yield
    finally:
        fast.msgspec = saved


def _vendor(key: str) -> VendorSpec:
    vendor: VendorSpec = importlib.import_module(f"loyalty_{key}._vendor").VENDOR
    return vendor


def _envelope(key: str) -> ErrorEnvelope:
    return _vendor(key).envelope


def _typed(value: object) -> object:
    """JSON with every scalar tagged by its type (``1``, ``1.0`` and ``True`` differ)."""
    if isinstance(value, dict):
        return {key: _typed(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_typed(item) for item in value]
    return (type(value).__name__, repr(value))


def _answer(key: str, module: ModuleType, content: bytes) -> tuple[Any, ...]:
    """What the transport makes of a 200 answer with this body: the decoded answer, or the error it raises."""
    request = httpx.Request("GET", "https://api.example.test/")
    response = httpx.Response(200, headers={"content-type": "application/json"}, content=content, request=request)
    try:
        answer = transport._answer(_vendor(key), module.OPERATION, response, module._parse, 1)
    except LoyaltyError as error:
        return ("error", type(error).__name__, str(error))
    parsed = answer.parsed
    return ("model", type(parsed), repr(parsed), _typed(parsed.to_dict()), _typed(answer.raw_json))


def _assert_same_either_way(key: str, module: ModuleType, content: bytes) -> tuple[Any, ...]:
    fast_answer = _answer(key, module, content)
    with _without_msgspec():
        reference = _answer(key, module, content)
    assert fast_answer == reference
    return fast_answer


def _took_fast_path(key: str, module: ModuleType, content: bytes) -> bool:
    return transport.fast_answer(_envelope(key), module._parse, content) is not None


def test_every_success_answer_has_a_fast_path() -> None:
    for key, operation_id, _ in SUCCESSES:
        parse = operation_module(key, operation_id)._parse
        assert isinstance(parse, fast.Parser), f"{key}/{operation_id}"


def _integers_fit_64_bits(value: Any) -> bool:
    if isinstance(value, dict):
        return all(_integers_fit_64_bits(item) for item in value.values())
    if isinstance(value, list):
        return all(_integers_fit_64_bits(item) for item in value)
    if isinstance(value, int) and not isinstance(value, bool):
        return -(2**63) <= value < 2**64
    return True


def _integral(value: Any) -> Any:
    """``value`` with every number written as an integer (still valid where the spec says number)."""
    if isinstance(value, dict):
        return {key: _integral(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_integral(item) for item in value]
    return int(value) if isinstance(value, float) else value


def _with_unknown_enum_values(key: str, schema: JSON, body: Any, data: st.DataObject) -> Any:
    """``body`` with a value no enum lists at every place that holds an enum value (open enums keep them)."""
    body = copy.deepcopy(body)
    for site in enum_sites(inlined(key, schema), body):
        values = st.text(max_size=12) if site.kind == "string" else st.integers(-(2**40), 2**40)
        set_at(body, site.path, data.draw(values.filter(lambda v, known=site.known: v not in known)))
    return body


@pytest.mark.parametrize(("key", "operation_id", "schema"), SUCCESSES, ids=IDS)
@SLOW
@given(data=st.data())
def test_valid_bodies_take_the_fast_path_and_decode_as_the_reference_does(
    key: str, operation_id: str, schema: str, data: st.DataObject
) -> None:
    spec_schema = json.loads(schema)
    body = data.draw(bodies(key, spec_schema, with_enums=data.draw(st.booleans())), label="body")
    variant = data.draw(st.sampled_from(["as generated", "integral numbers", "unknown enum values"]), label="variant")
    if variant == "integral numbers":
        body = _integral(body)
    elif variant == "unknown enum values":
        body = _with_unknown_enum_values(key, spec_schema, body, data)
    content = json.dumps(body, ensure_ascii=data.draw(st.booleans(), label="ascii")).encode()
    module = operation_module(key, operation_id)
    outcome = _assert_same_either_way(key, module, content)
    # An answer whose errors_on_success array is not empty is an error either way; an integer past 64 bits is beyond
    # msgspec, so by design that body goes to the reference path (the same result, checked above).
    if outcome[0] == "model" and _integers_fit_64_bits(body):
        assert _took_fast_path(key, module, content)


def _mutations(body: Any) -> st.SearchStrategy[tuple[str, Any]]:
    """One change to a body: any value replaced (by another JSON value, null, a big or integral-float number, an
    unknown enum-like string), a property removed, or a property the spec does not name added."""
    paths = list(value_paths(body))
    objects = [()] + [path for path in paths if isinstance(_at(body, path), dict)]
    replacements = st.one_of(
        JSON_VALUES, st.none(), st.just(2**70), st.just(-(2**64)), st.just(UNKNOWN_ENUM_VALUE), st.just(3.0)
    )
    choices = [st.tuples(st.just("add"), st.sampled_from(objects), st.text(max_size=8), JSON_VALUES)]
    if paths:
        choices.append(st.tuples(st.just("set"), st.sampled_from(paths), replacements))
        choices.append(st.tuples(st.just("integral float"), st.sampled_from(paths)))
        removable = [path for path in paths if isinstance(_at(body, path[:-1]), dict)]
        if removable:
            choices.append(st.tuples(st.just("remove"), st.sampled_from(removable)))
    return st.one_of(choices)


def _at(document: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        document = document[step]
    return document


def _mutated(body: Any, mutation: tuple[Any, ...]) -> Any:
    body = copy.deepcopy(body)
    kind, path = mutation[0], mutation[1]
    if kind == "add":
        _at(body, path)[mutation[2]] = mutation[3]
        return body
    if not path:
        return body
    parent, last = _at(body, path[:-1]), path[-1]
    if kind == "set":
        parent[last] = mutation[2]
    elif kind == "remove":
        del parent[last]
    elif isinstance(parent[last], int) and not isinstance(parent[last], bool):
        parent[last] = float(parent[last])
    return body


@pytest.mark.parametrize(("key", "operation_id", "schema"), SUCCESSES, ids=IDS)
@SLOW
@given(data=st.data())
def test_mutated_bodies_give_the_same_answer_or_error_either_way(
    key: str, operation_id: str, schema: str, data: st.DataObject
) -> None:
    body = data.draw(bodies(key, json.loads(schema)), label="body")
    mutated = _mutated(body, data.draw(_mutations(body), label="mutation"))
    _assert_same_either_way(key, operation_module(key, operation_id), json.dumps(mutated).encode())


BYTES_CASES = [
    b'{"data": [1e400]}',  # a number past a double: msgspec refuses, the standard library reads infinity
    b'"\\ud800"',
    b"\xef\xbb\xbf{}",  # a UTF-8 byte order mark
    b'{"data": NaN}',
    b"[]",
    b"null",
    b"",
    b"\xff",
    b"[" * 3000 + b"]" * 3000,
]


@pytest.mark.parametrize("key", VENDORS)
@pytest.mark.parametrize("content", BYTES_CASES, ids=range(len(BYTES_CASES)))
def test_bodies_that_are_not_a_page_give_the_same_error_either_way(key: str, content: bytes) -> None:
    operation_id = next(operation for k, operation, _ in SUCCESSES if k == key)
    assert _assert_same_either_way(key, operation_module(key, operation_id), content)[0] == "error"


RECORDED = [
    (key, recording.data["operation"], recording)
    for key in VENDORS
    for recording in load_recordings(key)
    if 200 <= recording.response["status"] < 300 and recording.response.get("body") is not None
]


@pytest.mark.parametrize(("key", "operation_id", "recording"), RECORDED, ids=[r.file.stem for _, _, r in RECORDED])
def test_recorded_successes_decode_the_same_either_way(key: str, operation_id: str, recording: Any) -> None:
    content = json.dumps(recording.response["body"]).encode()
    _assert_same_either_way(key, operation_module(key, operation_id), content)


def test_a_page_reporting_errors_on_success_is_an_error_either_way() -> None:
    """Capillary's 200 answer with a non-empty ``errors`` array fails; the fast path reads it on the mirror."""
    key = "capillary"
    operation_id = next(operation for k, operation, _ in SUCCESSES if k == key)
    module = operation_module(key, operation_id)
    page = {"data": [], "warnings": [], "errors": [{"code": 8015, "message": "Customer not found", "status": False}]}
    content = json.dumps(page).encode()
    assert not _took_fast_path(key, module, content)
    outcome = _assert_same_either_way(key, module, content)
    assert outcome[0] == "error" and "Customer not found" in outcome[2]
    empty = json.dumps({**page, "errors": []}).encode()
    assert _took_fast_path(key, module, empty) and _assert_same_either_way(key, module, empty)[0] == "model"
