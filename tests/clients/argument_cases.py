"""Every argument of every operation, read from the specs, and an independent judge of which values it accepts.

The judge (:func:`verdict`) is written from the spec's parameter schema and the documented argument policy, not
from ``loyalty_runtime.checks``: a value is sent only when its Python type is the one its schema declares (``bool``
is not an ``int``, ``None`` is never a value) and its JSON form satisfies the schema; a path parameter is never
empty, ``.`` or ``..``. The wire form (:func:`wire`) is what the query string or the path segment must carry.
"""

from __future__ import annotations

import datetime
import enum
import math
import re
import typing
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

import httpx

from generator.specs import JSON, deref, load_spec, operations, parameters
from loyalty_runtime.types import Unset
from tests.clients.replay import (
    VENDORS,
    Replay,
    base_url,
    call_kwargs,
    first_success,
    make_client,
    operation_module,
    python_name,
    recorded_response,
)

_INTEGER_FORMATS = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


@dataclass(frozen=True)
class Argument:
    """One parameter of one operation, as the generated functions take it."""

    key: str
    operation_id: str
    name: str
    python: str
    location: str
    required: bool
    schema: JSON

    @property
    def id(self) -> str:
        return f"{self.key}-{self.operation_id}-{self.python}"

    @property
    def branches(self) -> list[JSON]:
        """The schema's alternatives (``anyOf``/``oneOf``), dereferenced; the schema itself when it has none."""
        spec = load_spec(self.key)
        schema = deref(spec, self.schema)
        return [deref(spec, branch) for branch in schema.get("anyOf") or schema.get("oneOf") or [schema]]

    @property
    def kinds(self) -> set[str]:
        """``string``, ``integer``, ``number``, ``boolean``, ``enum``, ``date`` or ``date-time`` per alternative."""
        return {_kind(branch) for branch in self.branches}

    def branch(self, kind: str) -> JSON:
        return next(branch for branch in self.branches if _kind(branch) == kind)

    def integer_bounds(self) -> tuple[int | None, int | None]:
        """The least and greatest integer the schema allows (its format's range included); ``None``: unbounded."""
        branch = self.branch("integer")
        low, high = _INTEGER_FORMATS.get(branch.get("format", ""), (None, None))
        given_low, given_high = branch.get("minimum"), branch.get("maximum")
        return (
            max(v for v in (low, given_low) if v is not None) if {low, given_low} != {None} else None,
            min(v for v in (high, given_high) if v is not None) if {high, given_high} != {None} else None,
        )

    @property
    def enum_classes(self) -> list[type[enum.Enum]]:
        """The enum classes in the generated function's annotation of this argument."""
        hint = typing.get_type_hints(module(self.key, self.operation_id).sync)[self.python]
        return [option for option in typing.get_args(hint) or (hint,) if isinstance(option, enum.EnumMeta)]


def _kind(branch: JSON) -> str:
    if "enum" in branch:
        return "enum"
    if branch.get("format") in ("date", "date-time"):
        return str(branch["format"])
    return str(branch["type"])


def module(key: str, operation_id: str) -> Any:
    return operation_module(key, operation_id)


def all_arguments() -> list[Argument]:
    found = []
    for key in VENDORS:
        spec = load_spec(key)
        for op in operations(spec):
            for param in parameters(spec, op):
                found.append(
                    Argument(
                        key=key,
                        operation_id=op.operation_id,
                        name=param["name"],
                        python=python_name(param["name"]),
                        location=param["in"],
                        required=bool(param.get("required")),
                        schema=param.get("schema", {}),
                    )
                )
    return found


ARGUMENTS = all_arguments()
PATH_ARGUMENTS = [argument for argument in ARGUMENTS if argument.location == "path"]


def body_operations() -> list[tuple[str, str]]:
    """(vendor, operationId) of every operation with a request body."""
    return [(key, op.operation_id) for key in VENDORS for op in operations(load_spec(key)) if "requestBody" in op.node]


def body_schema(key: str, operation_id: str) -> JSON:
    spec = load_spec(key)
    op = next(op for op in operations(spec) if op.operation_id == operation_id)
    return deref(spec, op.node["requestBody"]["content"]["application/json"]["schema"])


def is_paged(key: str, operation_id: str) -> bool:
    return any(op.operation_id == operation_id and "x-pagination" in op.node for op in operations(load_spec(key)))


# ---------------------------------------------------------------------------------------------- sending


class Sender:
    """A client on a replay of the operation's first success recording, and the recorded call's arguments."""

    def __init__(self, key: str, operation_id: str) -> None:
        recording = first_success(key, operation_id)
        self.key, self.operation_id = key, operation_id
        self.replay = Replay([recorded_response(recording)])
        self.client = make_client(key, self.replay, max_retries=0)
        self.kwargs = call_kwargs(key, recording)
        self.module = module(key, operation_id)

    def with_value(self, argument: str, value: object) -> dict[str, Any]:
        return {**self.kwargs, argument: value}


# ---------------------------------------------------------------------------------------------- the judge


def _type_fits(kind: str, branch: JSON, value: object, classes: list[type[enum.Enum]]) -> bool:
    if kind == "enum":
        return any(isinstance(value, cls) for cls in classes)
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return type(value) is int
    if kind == "number":
        return type(value) in (int, float)
    if kind == "boolean":
        return type(value) is bool
    if kind == "date":
        return isinstance(value, datetime.date) and not isinstance(value, datetime.datetime)
    return isinstance(value, datetime.datetime)  # date-time


def _anchored_fullmatch(pattern: str, text: str) -> bool:
    assert pattern.startswith("^") and pattern.endswith("$") and "$" not in pattern[:-1], pattern
    return re.fullmatch(pattern[1:-1], text, re.ASCII) is not None


def _value_fits(kind: str, branch: JSON, value: Any) -> bool:
    if kind == "enum":
        return value.value in branch["enum"]
    if kind == "string":
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return False
        return (
            len(value.strip()) >= branch.get("minLength", 0)
            and len(value) <= branch.get("maxLength", math.inf)
            and ("pattern" not in branch or _anchored_fullmatch(branch["pattern"], value))
        )
    if kind in ("integer", "number"):
        low, high = _INTEGER_FORMATS.get(branch.get("format", ""), (-math.inf, math.inf))
        return math.isfinite(value) and max(low, branch.get("minimum", -math.inf)) <= value <= min(
            high, branch.get("maximum", math.inf)
        )
    if kind == "date-time":  # RFC 3339: an offset of whole minutes
        return value.utcoffset() is not None and value.utcoffset().total_seconds() % 60 == 0
    return True


def verdict(argument: Argument, value: object) -> type[Exception] | None:
    """``None`` when the value must be sent, else the exception it must raise (``TypeError`` for a wrong type)."""
    if isinstance(value, Unset):  # not given: fine for an optional argument
        return None if not argument.required else TypeError
    classes = argument.enum_classes
    typed = [kind for kind in sorted(argument.kinds) if _type_fits(kind, argument.branch(kind), value, classes)]
    if not typed:
        return TypeError
    if not any(_value_fits(kind, argument.branch(kind), value) for kind in typed):
        return ValueError
    if argument.location == "path" and wire(value) in ("", ".", ".."):
        return ValueError
    return None


def wire(value: object) -> str:
    """The text a query parameter or path segment carries for ``value``."""
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def sent_value(argument: Argument, request: httpx.Request) -> str:
    """The value ``argument`` carries in ``request``: its decoded path segment or its one query value.

    A path must keep the template's segment count (nothing removed by dot-segment normalisation, nothing added by an
    unencoded ``/``).
    """
    if argument.location == "query":
        values = request.url.params.get_list(argument.name)
        assert len(values) == 1, values
        return values[0]
    raw = request.url.raw_path.split(b"?")[0].decode("ascii")
    template = next(op.path for op in operations(load_spec(argument.key)) if op.operation_id == argument.operation_id)
    expected = (httpx.URL(base_url(argument.key)).path.rstrip("/") + template).split("/")
    segments = raw.split("/")
    assert len(segments) == len(expected), (raw, template)
    index = expected.index("{" + argument.name + "}")
    return unquote(segments[index], errors="strict")
