"""A careless caller: arbitrary Python values for every argument of every operation (issue 8, items 10-12).

Law: a call either raises ``TypeError``/``ValueError`` naming the argument with nothing sent — exactly when the
spec's schema (judged independently by ``tests.clients.argument_cases.verdict``) refuses the value — or sends one
request whose query value or path segment is exactly the value's wire form, the path keeping its template's
segments. Plus the runtime pieces the generated checks are made of.
"""

from __future__ import annotations

import asyncio
import datetime
import math
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from loyalty_voucherify.models import ActivityOrder  # a generated enum: unknown values become members

from loyalty_runtime import checks
from loyalty_runtime.types import UNSET
from tests.clients.argument_cases import (
    ARGUMENTS,
    PATH_ARGUMENTS,
    Argument,
    Sender,
    body_operations,
    body_schema,
    sent_value,
    verdict,
    wire,
)
from tests.clients.replay import python_name

_SENDERS: dict[tuple[str, str], Sender] = {}


def _sender(argument: Argument) -> Sender:
    """One client per operation for all examples (its replay keeps every request; the law counts them)."""
    key = (argument.key, argument.operation_id)
    if key not in _SENDERS:
        _SENDERS[key] = Sender(*key)
    return _SENDERS[key]


# Text that tries URL tricks: dots, escapes, separators, control characters, non-ASCII, lone surrogates.
_TRICKY = st.text(alphabet=st.sampled_from([*"./%2eE09a \n\r\t\x00\x7f?#&=+;\\~é", "\ud800"]), max_size=8)
_SPECIAL = st.sampled_from([".", "..", "%2e", "%2E", "%2e%2e", ".%2E", "", " ", "\n", "123\n", "0", "-1", "9" * 25])
_OFFSETS = st.timedeltas(min_value=-datetime.timedelta(hours=23), max_value=datetime.timedelta(hours=23))
_JUNK = st.one_of(
    st.none(),
    st.just(UNSET),
    st.booleans(),
    st.floats(),
    st.integers(),
    st.integers(min_value=-(2**80), max_value=2**80),
    st.binary(max_size=4),
    st.lists(st.integers() | st.text(max_size=2), max_size=2),
    st.dictionaries(st.text(max_size=2), st.integers(), max_size=2),
    st.datetimes(),
    st.datetimes(timezones=st.builds(datetime.timezone, _OFFSETS)),
    st.dates(),
)


def _valid(argument: Argument) -> st.SearchStrategy[object]:
    """Values of the declared types near and inside the schema's bounds, so the accepting side is exercised."""
    options: list[st.SearchStrategy[object]] = []
    for kind in argument.kinds:
        branch = argument.branch(kind)
        if kind == "integer":
            low = branch.get("minimum", -(2**40))
            options.append(st.integers(min_value=low - 2, max_value=branch.get("maximum", low + 2**63) + 2))
        elif kind == "string":
            options.append(st.from_regex(r"[0-9]{1,12}", fullmatch=True) | st.text(max_size=10))
        elif kind == "enum":
            for cls in argument.enum_classes:
                options.append(st.sampled_from(list(cls)) | st.builds(cls, st.sampled_from(["x-not-listed", "Z"])))
        elif kind == "date-time":
            options.append(st.datetimes(timezones=st.just(datetime.UTC)))
    return st.one_of(options) if options else st.nothing()


def values(argument: Argument) -> st.SearchStrategy[object]:
    return st.one_of(_JUNK, _TRICKY, _SPECIAL, _valid(argument))


def _call(sender: Sender, argument: Argument, value: object, use_async: bool = False) -> None:
    kwargs = sender.with_value(argument.python, value)
    if use_async:
        asyncio.run(sender.module.asyncio_detailed(client=sender.client, **kwargs))
    else:
        sender.module.sync_detailed(client=sender.client, **kwargs)


def _refused_or_verbatim(argument: Argument, value: object, use_async: bool = False) -> None:
    sender = _sender(argument)
    before = len(sender.replay.requests)
    expected = verdict(argument, value)
    try:
        _call(sender, argument, value, use_async)
    except (TypeError, ValueError) as error:
        assert len(sender.replay.requests) == before, "a refused call sent a request"
        assert type(error) is expected, (value, error)
        assert argument.python in str(error)
        return
    assert expected is None, f"{value!r} should have been refused with {expected}"
    assert len(sender.replay.requests) == before + 1
    request = sender.replay.requests[-1]
    if value is UNSET:
        assert argument.name not in request.url.params
    else:
        assert sent_value(argument, request) == wire(value)


@pytest.mark.parametrize("argument", ARGUMENTS, ids=[a.id for a in ARGUMENTS])
@settings(max_examples=60)
@given(data=st.data())
def test_any_value_is_refused_or_sent_verbatim(argument: Argument, data: st.DataObject) -> None:
    _refused_or_verbatim(argument, data.draw(values(argument), label=argument.python))


@pytest.mark.parametrize("argument", PATH_ARGUMENTS, ids=[a.id for a in PATH_ARGUMENTS])
@given(text=st.one_of(_TRICKY, _SPECIAL, st.text(max_size=6)), use_async=st.booleans())
def test_any_text_id_keeps_the_request_path(argument: Argument, text: str, use_async: bool) -> None:
    """Item 10: an id is refused before sending, or it is exactly one path segment that decodes to itself."""
    _refused_or_verbatim(argument, text, use_async)


BODY_FIELDS = [
    (key, operation_id, name, schema["type"])
    for key, operation_id in body_operations()
    for name, schema in body_schema(key, operation_id)["properties"].items()
]
_BODY_SENDERS: dict[tuple[str, str], Sender] = {}
_JSON_TYPES = {"integer": (int,), "number": (int, float), "string": (str,), "boolean": (bool,)}


@pytest.mark.parametrize(("key", "operation_id", "name", "kind"), BODY_FIELDS)
@settings(max_examples=60)
@given(value=st.one_of(_JUNK, _TRICKY, st.integers(), st.floats(), st.text(max_size=4)))
def test_any_body_field_is_refused_or_sent_verbatim(key: str, operation_id: str, name: str, kind: str, value) -> None:
    """A body field of the wrong JSON type (``bool`` is not a number, ``2.0`` not an integer) or a non-finite number
    is refused naming ``body.<field>``; any other value is sent as exactly that JSON value."""
    if (key, operation_id) not in _BODY_SENDERS:  # its own client: the body is changed in place
        _BODY_SENDERS[key, operation_id] = Sender(key, operation_id)
    sender = _BODY_SENDERS[key, operation_id]
    body = sender.kwargs["body"]
    setattr(body, python_name(name), value)
    fits = type(value) in _JSON_TYPES[kind] and (not isinstance(value, float) or math.isfinite(value))
    before = len(sender.replay.requests)
    try:
        sender.module.sync_detailed(client=sender.client, **sender.kwargs)
    except (TypeError, ValueError) as error:
        assert not fits, error
        assert f"body.{name}" in str(error)
        assert len(sender.replay.requests) == before
        return
    assert fits, f"{value!r} should have been refused"
    sent = sender.replay.sent_json()[name]
    assert type(sent) is type(value) and sent == value


# ---------------------------------------------------------------------------------------------- runtime pieces


@pytest.mark.parametrize(
    ("pattern", "text", "matches"),
    [
        ("^[0-9]+$", "123", True),
        ("^[0-9]+$", "123\n", False),  # Python's $ alone would accept it
        ("^[0-9]+$", "١٢٣", False),  # not ASCII digits
        (r"^\d+$", "١٢٣", False),  # ECMA-262 \d is ASCII
        ("^a[$]$", "a$", True),  # $ inside a class is a character
        (r"^a\$$", "a$", True),  # an escaped $ too
        (r"^a\$$", "a$\n", False),
        ("b", "abc", True),  # JSON Schema: a pattern may match anywhere
    ],
)
def test_python_pattern_has_ecma_meaning(pattern: str, text: str, matches: bool) -> None:
    assert (checks.python_pattern(pattern).search(text) is not None) is matches


@given(st.text(max_size=6))
def test_path_segment_is_one_segment_that_decodes_to_itself(text: str) -> None:
    from urllib.parse import unquote

    try:
        segment = checks.path_segment("id", text)
    except ValueError as error:
        assert text in ("", ".", "..") and "id" in str(error)
        return
    assert "/" not in segment and segment not in (".", "..") and unquote(segment) == text


def _empty_string(name: str, value: object) -> None:
    checks.check_string(name, value, max_length=0)


@pytest.mark.parametrize(
    ("check", "value", "expected"),
    [
        (lambda v: checks.check_integer("n", v), 10**30, None),
        (lambda v: checks.check_integer("n", v, maximum=2**31 - 1), 2**31, ValueError),
        (lambda v: checks.check_integer("n", v), True, TypeError),
        (lambda v: checks.check_number("n", v), math.inf, ValueError),
        (lambda v: checks.check_number("n", v), False, TypeError),
        (lambda v: checks.check_number("n", v, minimum=0.5), 0.25, ValueError),
        (lambda v: checks.check_boolean("n", v), 0, TypeError),
        (lambda v: checks.check_enum("n", v, ActivityOrder), ActivityOrder("blue"), ValueError),
        (lambda v: checks.check_enum("n", v, ActivityOrder), "created_at", TypeError),
        (lambda v: checks.check_enum("n", v, ActivityOrder, optional=True), UNSET, None),
        (lambda v: checks.check_string("n", v, max_length=2), "abc", ValueError),
        (lambda v: checks.check_string("n", v), "\udfff", ValueError),
        (lambda v: checks.check_string("n", v), UNSET, TypeError),
        (lambda v: checks.check_date_time("n", v), datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC), None),
        (
            lambda v: checks.check_date_time("n", v),
            datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(seconds=30))),
            ValueError,
        ),
        (lambda v: checks.check_date("n", v), datetime.date(2024, 1, 1), None),
        (lambda v: checks.check_any("n", v, checks.check_boolean, checks.check_date), "x", TypeError),
        (lambda v: checks.check_any("n", v, checks.check_boolean, _empty_string), "x", ValueError),
    ],
)
def test_checks(check, value: object, expected: type[Exception] | None) -> None:
    if expected is None:
        check(value)
    else:
        with pytest.raises(expected, match=r"^n\b"):
            check(value)


def test_generated_checks_refuse_a_schema_keyword_they_cannot_enforce() -> None:
    from generator.context import _check_body_schema, _check_call

    spec = {
        "components": {"schemas": {"Rule": {"type": "object", "properties": {"n": {"type": "integer", "minimum": 1}}}}}
    }
    with pytest.raises(ValueError, match=re.escape("does not enforce ['minimum']")):
        _check_body_schema(spec, {"type": "array", "items": {"$ref": "#/components/schemas/Rule"}}, "here", set())

    with pytest.raises(ValueError, match=re.escape("['exclusiveMinimum']")):
        _check_call({}, {"type": "integer", "exclusiveMinimum": 0}, None, "here")
    with pytest.raises(ValueError, match="no generated check for type 'array'"):
        _check_call({}, {"type": "array"}, None, "here")
