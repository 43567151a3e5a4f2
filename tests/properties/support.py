"""Shared machinery of the property suite.

- every JSON response schema of every operation, and the generated class a body of it decodes into;
- self-contained JSON Schemas (``$ref``s inlined from the spec's components) for hypothesis-jsonschema;
- strategies for valid bodies (RFC 3339 date-times, UUIDs) and for the values the laws mutate;
- walkers that find, in a body, the values and objects the schema says something about;
- a strict JSON comparison (``True`` is not ``1``) in which RFC 3339 date-times compare as instants.
"""

from __future__ import annotations

import copy
import datetime
import decimal
import functools
import importlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import attrs
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from jsonschema import Draft202012Validator, FormatChecker

from generator.specs import (
    JSON,
    deref,
    find_operation,
    load_spec,
    operations,
    response_for,
    subschema_validator,
    vendor_keys,
)
from tests.clients.replay import first_success, python_name, success_model

VENDORS = vendor_keys()
Path = tuple[str | int, ...]

# ---------------------------------------------------------------------------------------------- response schemas


@dataclass(frozen=True)
class ResponseSchema:
    """The ``application/json`` schema of one declared response of one operation."""

    key: str
    operation_id: str
    status: str
    schema: JSON  # the node as written in the spec (usually a ``$ref``)

    @property
    def success(self) -> bool:
        return self.status.startswith("2")

    @property
    def id(self) -> str:
        return f"{self.key}/{self.operation_id}/{self.status}"


def response_schemas(key: str) -> list[ResponseSchema]:
    """Every JSON response schema the vendor's spec declares, success and error, in document order."""
    spec = load_spec(key)
    found = []
    for operation in operations(spec):
        for status, node in operation.node.get("responses", {}).items():
            content = deref(spec, node).get("content", {})
            if "application/json" in content:
                found.append(ResponseSchema(key, operation.operation_id, status, content["application/json"]["schema"]))
    return found


ALL_RESPONSES = [response for key in VENDORS for response in response_schemas(key)]


def schema_id(key: str, schema: JSON) -> str:
    """A readable name for a schema node: its component name when it is a ``$ref``."""
    if isinstance(schema, dict) and "$ref" in schema:
        return f"{key}/{schema['$ref'].rsplit('/', 1)[-1]}"
    return f"{key}/{json.dumps(schema, sort_keys=True)[:40]}"


def distinct_schemas() -> list[tuple[str, JSON]]:
    """Each vendor's distinct response schemas (operations share their error and page schemas)."""
    seen: dict[tuple[str, str], JSON] = {}
    for response in ALL_RESPONSES:
        seen.setdefault((response.key, json.dumps(response.schema, sort_keys=True)), response.schema)
    return [(key, schema) for (key, _), schema in seen.items()]


def _list_schema(key: str) -> JSON:
    operation = find_operation(load_spec(key), first_success(key).data["operation"])
    assert operation is not None
    declared = response_for(operation, 200)
    assert declared is not None
    return deref(load_spec(key), declared[1])["content"]["application/json"]["schema"]


# The 200 schema of each vendor's list operation (ARCHITECTURE.md, "The five vendors").
LIST_SCHEMAS = {key: _list_schema(key) for key in VENDORS}


def _ref_name(ref: str) -> str:
    return ref.rsplit("/", 1)[-1]


def model_class(key: str, ref: str) -> type:
    """``#/components/schemas/Name`` -> ``loyalty_<key>.models.Name``."""
    models = importlib.import_module(f"loyalty_{key}.models")
    model: type = getattr(models, _ref_name(ref))
    return model


def _is_object_schema(node: JSON) -> bool:
    return isinstance(node, dict) and (node.get("type") == "object" or "properties" in node)


def decodable(key: str, schema: JSON) -> bool:
    """Whether the schema is a JSON object schema (or a choice between object schemas) with a generated class."""
    spec = load_spec(key)
    target = deref(spec, schema)
    if "$ref" in schema and _is_object_schema(target):
        return True
    branches = target.get("oneOf") or target.get("anyOf") or []
    return bool(branches) and all("$ref" in b and _is_object_schema(deref(spec, b)) for b in branches)


def model_for(key: str, schema: JSON, body: JSON) -> type:
    """The generated class that decodes ``body`` of ``schema``.

    A ``$ref`` to an object schema gives its class; a ``oneOf``/``anyOf`` of such ``$ref``s (Joy's two error
    shapes) gives the class of the branch the body matches (exactly one, for ``oneOf``).
    """
    spec = load_spec(key)
    target = deref(spec, schema)
    if "$ref" in schema and _is_object_schema(target):
        return model_class(key, schema["$ref"])
    combinator = "oneOf" if "oneOf" in target else "anyOf"
    branches = target.get(combinator, [])
    matching = [b["$ref"] for b in branches if subschema_validator(key, b).is_valid(body)]
    assert matching, f"{schema_id(key, schema)}: the body matches no branch"
    if combinator == "oneOf":
        assert len(matching) == 1, f"{schema_id(key, schema)}: the body matches {matching}"
    return model_class(key, matching[0])


def expected_model(response: ResponseSchema, body: JSON) -> type:
    """The class for a body of ``response``; for a success, also what the operation's ``sync`` says it returns."""
    model = model_for(response.key, response.schema, body)
    if response.success:
        assert success_model(response.key, response.operation_id) is model, response.id
    return model


# ---------------------------------------------------------------------------------------------- inlining


_ANNOTATIONS = frozenset(
    {"example", "examples", "externalDocs", "discriminator", "xml", "description", "title", "$comment", "deprecated"}
)
_SCHEMA_MAPS = ("properties", "patternProperties", "$defs", "dependentSchemas")
_SCHEMA_ONE = (
    "items",
    "additionalProperties",
    "unevaluatedProperties",
    "unevaluatedItems",
    "not",
    "contains",
    "propertyNames",
    "if",
    "then",
    "else",
)
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")


def _inline(spec: JSON, node: JSON, stack: tuple[str, ...]) -> JSON:
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/") or ref in stack:
            raise ValueError(f"unsupported or recursive $ref: {ref}")
        target = _inline(spec, deref(spec, {"$ref": ref}), (*stack, ref))
        siblings = _inline(spec, {k: v for k, v in node.items() if k != "$ref"}, stack)
        return {"allOf": [target], **siblings} if siblings else target
    out: dict[str, JSON] = {}
    for name, value in node.items():
        if name in _ANNOTATIONS or name.startswith("x-"):
            continue
        if name in _SCHEMA_MAPS:
            out[name] = {k: _inline(spec, v, stack) for k, v in value.items()}
        elif name in _SCHEMA_ONE:
            out[name] = _inline(spec, value, stack)
        elif name in _SCHEMA_LISTS:
            out[name] = [_inline(spec, v, stack) for v in value]
        else:
            out[name] = copy.deepcopy(value)
    return out


@functools.cache
def _inlined(key: str, schema_text: str) -> JSON:
    return _inline(load_spec(key), json.loads(schema_text), ())


def inlined(key: str, schema: JSON) -> JSON:
    """A self-contained JSON Schema (2020-12) equal in meaning to ``schema``: local ``$ref``s inlined from the
    vendor's spec, annotations and ``x-`` extensions dropped. Cached: treat it as read-only."""
    return _inlined(key, json.dumps(schema, sort_keys=True))


def _map_schemas(node: JSON, change: Any) -> JSON:
    """Apply ``change`` to every schema object inside ``node`` (bottom-up)."""
    if not isinstance(node, dict):
        return node
    out = dict(node)
    for name in _SCHEMA_MAPS:
        if name in out:
            out[name] = {k: _map_schemas(v, change) for k, v in out[name].items()}
    for name in _SCHEMA_ONE:
        if name in out:
            out[name] = _map_schemas(out[name], change)
    for name in _SCHEMA_LISTS:
        if name in out:
            out[name] = [_map_schemas(v, change) for v in out[name]]
    return change(out)


DATE_TIME = "loyalty-rfc3339-date-time"
ENUM_PREFIX = "loyalty-enum:"
UUID_FORMAT = "loyalty-canonical-uuid"


def generation_schema(schema: JSON, max_items: int, with_enums: bool = False) -> JSON:
    """The inlined schema prepared for hypothesis-jsonschema, generating a subset of its valid bodies quickly:

    - arrays capped at ``max_items``;
    - objects that declare properties get no undeclared ones (``additionalProperties: false`` unless the schema
      says otherwise): unknown fields are added by the laws that are about them, and generation is twice as fast;
      free-form objects (``additionalProperties: true``, no properties) still get arbitrary content;
    - ``date-time`` and ``uuid`` strings come from our own strategies (hypothesis-jsonschema has none for
      ``uuid``); other ``format``s of non-strings (``int64``) are dropped;
    - a string enum becomes a string of the custom format ``loyalty-enum:<values>``, drawn from exactly those
      values (hypothesis-jsonschema re-checks every enum value against the enum on each draw: quadratic, and
      Voucherify's event types have 75);
    - ``with_enums``: optional properties and arrays whose schema holds an enum are made required and non-empty,
      for the law about unknown enum values (fewer bodies without any).
    """

    def change(node: dict[str, JSON]) -> dict[str, JSON]:
        types = node.get("type")
        types = types if isinstance(types, list) else [types]
        if "properties" in node and "additionalProperties" not in node:
            node["additionalProperties"] = False
        if with_enums and "properties" in node:
            holding = [name for name, sub in node["properties"].items() if _holds_enum(sub)]
            node["required"] = sorted({*node.get("required", []), *holding})
        if "array" in types or "items" in node:
            node["maxItems"] = min(node.get("maxItems", max_items), max_items)
            if with_enums and _holds_enum(node.get("items", {})):
                node["minItems"] = max(node.get("minItems", 0), 1)
        if node.get("format") == "date-time":
            node["format"] = DATE_TIME
        elif node.get("format") == "uuid":
            node["format"] = UUID_FORMAT
        elif "format" in node and "string" not in types:
            del node["format"]  # int64 and friends: no meaning for generation
        if node.get("enum") and all(isinstance(v, str) for v in node["enum"]) and types in (["string"], [None]):
            values = node.pop("enum")
            node.update(type="string", format=ENUM_PREFIX + json.dumps(values))
        return node

    return _map_schemas(schema, change)


def _holds_enum(schema: JSON) -> bool:
    """Whether a schema already prepared by ``generation_schema`` (bottom-up) holds an enum."""
    text = json.dumps(schema)
    return ENUM_PREFIX in text or '"enum"' in text


# ---------------------------------------------------------------------------------------------- strategies


def rfc3339_date_times(min_fraction_digits: int = 0, max_fraction_digits: int = 6) -> st.SearchStrategy[str]:
    """RFC 3339 ``date-time`` strings: any date, with or without a fraction, ``Z`` or a numeric offset."""
    fraction = st.text("0123456789", min_size=min_fraction_digits, max_size=max_fraction_digits)
    offset = st.just("Z") | st.builds(
        "{}{:02d}:{:02d}".format, st.sampled_from("+-"), st.integers(0, 23), st.integers(0, 59)
    )
    return st.builds(
        lambda day, time, frac, off: f"{day.isoformat()}T{time.strftime('%H:%M:%S')}{'.' + frac if frac else ''}{off}",
        st.dates(),
        st.times(),
        fraction,
        offset,
    )


CUSTOM_FORMATS = {DATE_TIME: rfc3339_date_times(), UUID_FORMAT: st.uuids().map(str)}


@functools.cache
def _bodies(key: str, schema_text: str, max_items: int, with_enums: bool) -> st.SearchStrategy[JSON]:
    schema = generation_schema(inlined(key, json.loads(schema_text)), max_items, with_enums)
    formats = dict(CUSTOM_FORMATS)
    for name in _formats(schema):
        if name.startswith(ENUM_PREFIX):
            formats[name] = st.sampled_from(json.loads(name.removeprefix(ENUM_PREFIX)))
    return from_schema(schema, custom_formats=formats)


def _formats(node: JSON) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("format"), str):
            yield node["format"]
        for value in node.values():
            yield from _formats(value)
    elif isinstance(node, list):
        for value in node:
            yield from _formats(value)


def bodies(key: str, schema: JSON, max_items: int = 2, with_enums: bool = False) -> st.SearchStrategy[JSON]:
    """Bodies valid against the spec's ``schema`` (see :func:`generation_schema`)."""
    return _bodies(key, json.dumps(schema, sort_keys=True), max_items, with_enums)


JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text()
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)


def json_type(value: JSON) -> str:
    """The JSON type of a decoded value (``integer`` and ``number`` told apart, booleans are not numbers)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


VALUES_BY_TYPE: dict[str, st.SearchStrategy[JSON]] = {
    "null": st.none(),
    "boolean": st.booleans(),
    "integer": st.integers(),
    # numbers with a fraction (below 2**53, adding 0.5 to an integral float gives one)
    "number": st.floats(-1e15, 1e15, allow_nan=False).map(lambda f: f + 0.5 if f.is_integer() else f),
    "string": st.text(max_size=10),
    "array": st.lists(JSON_SCALARS, max_size=2),
    "object": st.dictionaries(st.text(max_size=6), JSON_SCALARS, max_size=2),
}


def other_type_values(value: JSON) -> st.SearchStrategy[JSON]:
    """A JSON value whose type differs from ``value``'s: for an integer, a number with a fraction is one; for a
    number, an integer is not (it is a number too)."""
    own = json_type(value)
    same = {own} | ({"integer"} if own == "number" else set())
    return st.one_of(*(strategy for name, strategy in VALUES_BY_TYPE.items() if name not in same))


# ---------------------------------------------------------------------------------------------- schema walkers


# The walkers below take schemas from ``inlined`` (cached, so the same objects come back): memoise by identity,
# keeping the schema alive next to the result so that an id is never reused for another object.
_VALIDATORS: dict[int, tuple[JSON, Draft202012Validator]] = {}
_ALTERNATIVES: dict[int, tuple[JSON, list[dict[str, JSON]]]] = {}


def fits(schema: JSON, value: JSON) -> bool:
    """Whether ``value`` is valid against a self-contained schema (formats asserted)."""
    hit = _VALIDATORS.get(id(schema))
    if hit is None or hit[0] is not schema:
        hit = (schema, Draft202012Validator(schema, format_checker=FormatChecker()))
        _VALIDATORS[id(schema)] = hit
    return hit[1].is_valid(value)


def alternatives(schema: JSON) -> list[dict[str, JSON]]:
    """The schemas a value of ``schema`` may be described by: ``anyOf``/``oneOf`` flattened, ``allOf`` parts added."""
    hit = _ALTERNATIVES.get(id(schema))
    if hit is None or hit[0] is not schema:
        hit = (schema, _alternatives(schema))
        _ALTERNATIVES[id(schema)] = hit
    return hit[1]


def _alternatives(schema: JSON) -> list[dict[str, JSON]]:
    if not isinstance(schema, dict):
        return []
    found = []
    own = {k: v for k, v in schema.items() if k not in _SCHEMA_LISTS or k == "prefixItems"}
    if own:
        found.append(own)
    for combinator in ("anyOf", "oneOf", "allOf"):
        for branch in schema.get(combinator, []):
            found.extend(alternatives(branch))
    return found


def _children(schema: JSON, value: JSON) -> Iterator[tuple[str | int, JSON, list[JSON]]]:
    """Each member of a container value with the schemas (of the alternatives the value fits) that describe it."""
    fitting = [a for a in alternatives(schema) if fits(a, value)] if isinstance(value, dict | list) else []
    if isinstance(value, dict):
        for name, item in value.items():
            schemas = []
            for alt in fitting:
                if name in alt.get("properties", {}):
                    schemas.append(alt["properties"][name])
                elif isinstance(alt.get("additionalProperties"), dict):
                    schemas.append(alt["additionalProperties"])
            yield name, item, schemas
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield index, item, [alt["items"] for alt in fitting if isinstance(alt.get("items"), dict)]


@dataclass(frozen=True)
class EnumSite:
    path: Path
    kind: str  # "string" | "integer"
    known: tuple[JSON, ...]


def enum_sites(schema: JSON, value: JSON, path: Path = ()) -> Iterator[EnumSite]:
    """Every string or integer in ``value`` whose schema lists known values (an enum, open or closed)."""
    kind = json_type(value)
    if kind in ("string", "integer"):
        known = tuple(
            v for alt in alternatives(schema) for v in alt.get("enum", []) if json_type(v) == kind and "enum" in alt
        )
        if known:
            yield EnumSite(path, kind, known)
        return
    seen: set[Path] = set()
    for step, item, schemas in _children(schema, value):
        for child in schemas:
            for site in enum_sites(child, item, (*path, step)):
                if site.path not in seen:
                    seen.add(site.path)
                    yield site


def leaf_sites(schema: JSON, value: JSON, wanted: Any, path: Path = ()) -> Iterator[Path]:
    """Paths of the scalars in ``value`` that an alternative of their schema describes with ``wanted(alt, v)``."""
    if not isinstance(value, dict | list):
        if any(wanted(alt, value) for alt in alternatives(schema)):
            yield path
        return
    seen: set[Path] = set()
    for step, item, schemas in _children(schema, value):
        for child in schemas:
            for site in leaf_sites(child, item, wanted, (*path, step)):
                if site not in seen:
                    seen.add(site)
                    yield site


def formatted(name: str) -> Any:
    """``wanted`` for :func:`leaf_sites`: strings of the format ``name``."""
    return lambda alt, value: isinstance(value, str) and alt.get("format") == name


def integer_typed(alt: dict[str, JSON], value: JSON) -> bool:
    """``wanted`` for :func:`leaf_sites`: integers the schema types as ``integer`` (not an enum)."""
    types = alt.get("type")
    types = types if isinstance(types, list) else [types]
    return json_type(value) == "integer" and "integer" in types and "enum" not in alt


def object_sites(schema: JSON, value: JSON, path: Path = ()) -> Iterator[tuple[Path, frozenset[str]]]:
    """Every JSON object inside ``value`` with the property names its schema declares (none when free-form)."""
    if isinstance(value, dict):
        fitting = [a for a in alternatives(schema) if fits(a, value)]
        yield path, frozenset(name for alt in fitting for name in alt.get("properties", {}))
    if isinstance(value, dict | list):
        children: dict[str | int, tuple[JSON, list[JSON]]] = {}
        for step, item, schemas in _children(schema, value):
            children[step] = (item, schemas)
        for step, (item, schemas) in children.items():
            if schemas:
                seen: set[Path] = set()
                for child in schemas:
                    for site in object_sites(child, item, (*path, step)):
                        if site[0] not in seen:
                            seen.add(site[0])
                            yield site
            else:
                yield from object_sites(True, item, (*path, step))


def required_sites(schema: JSON, value: JSON, path: Path = ()) -> Iterator[tuple[Path, str]]:
    """``(object path, name)`` of every present property that the object's schema marks required."""
    found: set[tuple[Path, str]] = set()
    if isinstance(value, dict):
        for alt in alternatives(schema):
            if fits(alt, value):
                found.update((path, name) for name in alt.get("required", []) if name in value)
    yield from sorted(found, key=repr)
    for step, item, schemas in _children(schema, value):
        inner: set[tuple[Path, str]] = set()
        for child in schemas:
            inner.update(required_sites(child, item, (*path, step)))
        yield from sorted(inner, key=repr)


def value_paths(value: JSON, path: Path = ()) -> Iterator[Path]:
    """The path of every value inside ``value`` (itself excluded)."""
    if isinstance(value, dict):
        items: Any = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        return
    for step, item in items:
        yield (*path, step)
        yield from value_paths(item, (*path, step))


def get_at(document: JSON, path: Path) -> JSON:
    for step in path:
        document = document[step]
    return document


def set_at(document: JSON, path: Path, new: JSON) -> None:
    *parent, last = path
    get_at(document, tuple(parent))[last] = new


def attribute_at(model: object, path: Path) -> object:
    """The decoded value at a JSON path: declared properties by their python name, others from
    ``additional_properties``, list items by index."""
    current: Any = model
    for step in path:
        if isinstance(step, int) or isinstance(current, dict | list):
            current = current[step]
        elif step in current.additional_properties:  # undeclared names never collide with declared ones
            current = current.additional_properties[step]
        else:
            assert attrs.has(type(current)), f"{step}: {type(current).__name__} is not a model"
            current = getattr(current, python_name(step))
    return current


# ---------------------------------------------------------------------------------------------- strict comparison

_RFC3339 = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


def instant(text: str) -> decimal.Decimal | None:
    """The exact instant of an RFC 3339 date-time (seconds since 0001-01-01T00:00Z), fraction digits all kept."""
    match = _RFC3339.match(text)
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(part) for part in match.groups()[:6])
    try:
        days = datetime.date(year, month, day).toordinal()
    except ValueError:
        return None
    if hour > 23 or minute > 59 or second > 60:
        return None
    offset = 0
    if match[8] not in ("Z", "z"):
        sign = -1 if match[8][0] == "-" else 1
        offset = sign * (int(match[8][1:3]) * 3600 + int(match[8][4:6]) * 60)
    whole = days * 86400 + hour * 3600 + minute * 60 + second - offset
    return _EXACT.add(decimal.Decimal(whole), decimal.Decimal("0" + (match[7] or "")))


_EXACT = decimal.Context(prec=1000)


def comparable(value: JSON) -> JSON:
    """``value`` with every leaf tagged by its JSON type, and RFC 3339 date-time strings replaced by instants.

    ``comparable(a) == comparable(b)`` is JSON equality without Python's ``True == 1``; numbers compare by value as
    JSON Schema does (``2`` equals ``2.0``); date-times are equal when they name the same instant
    (``...08:30:00.000Z`` equals ``...10:30:00+02:00``, not ``...08:30:00.0000001Z``)."""
    if isinstance(value, dict):
        return {k: comparable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [comparable(v) for v in value]
    if isinstance(value, str):
        moment = instant(value)
        return ("instant", moment) if moment is not None else ("string", value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        return ("number", value)
    return (json_type(value), value)


# What the generated decoders check: JSON types, required fields, and the formats they parse (date-time, date,
# uuid). Other value constraints (string patterns and lengths, e-mail and URI formats, number ranges, closed
# enum lists, which principle 5 keeps open) are the vendor's business, not a reason to reject a body.
_VALUE_CONSTRAINTS = (
    "pattern",
    "minLength",
    "maxLength",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "enum",
    "const",
    "minItems",
    "maxItems",
    "uniqueItems",
)
_PARSED_FORMATS = ("date-time", "date", "uuid")


def _structural(node: JSON) -> JSON:
    kept = {k: v for k, v in node.items() if k not in _VALUE_CONSTRAINTS}
    if kept.get("format") not in _PARSED_FORMATS:
        kept.pop("format", None)
    return kept


@functools.cache
def _structural_validator(key: str, schema_text: str) -> Draft202012Validator:
    schema = _map_schemas(copy.deepcopy(inlined(key, json.loads(schema_text))), _structural)
    return Draft202012Validator(schema, format_checker=FormatChecker(formats=_PARSED_FORMATS))


def structurally_valid(key: str, schema: JSON, body: JSON) -> bool:
    """Whether ``body`` has the types, required fields and parsed formats ``schema`` asks for."""
    return _structural_validator(key, json.dumps(schema, sort_keys=True)).is_valid(body)
