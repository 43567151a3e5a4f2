"""Peer decoders built from the spec at run time: a page schema becomes msgspec Structs or pydantic v2 models.

Handles the shapes our specs use: object (with properties and ``required``), array, string (``date-time`` and
``uuid`` formats become ``datetime``/``UUID``, as a typed decoder would), integer, number, boolean, null, enum,
``$ref`` and ``anyOf``/``oneOf``. Both peers get the same types: an enum is a closed ``Literal`` unless a union
widens it to its JSON kind (our open enums are ``enum | string``, i.e. any string), a property outside ``required``
defaults to ``None``, undeclared properties are ignored. Field names are neutral (``f0``, ``f1``, ...) with the
JSON name as alias, so no property clashes with a library attribute."""

from __future__ import annotations

import datetime
import importlib
import uuid
from collections.abc import Callable
from typing import Any, Literal, Optional, Union

from generator.specs import JSON, deref

# A union may hold only one member of each JSON kind (msgspec's rule, kept for both peers so they do equal work).
_KIND = {str: "string", int: "integer", float: "number", bool: "boolean", type(None): "null"}
_FORMATS: dict[str, type] = {"date-time": datetime.datetime, "uuid": uuid.UUID}


class _Builder:
    def __init__(self, spec: JSON, make_class: Callable[[str, list[tuple[str, str, Any, bool]]], Any]) -> None:
        self.spec = spec
        self.make_class = make_class  # (name, [(field, json name, type, required)]) -> class
        self.classes: dict[str, Any] = {}

    def type_of(self, schema: JSON, name: str) -> Any:
        ref = schema.get("$ref")
        if isinstance(ref, str):
            target = ref.rsplit("/", 1)[-1]
            if target not in self.classes:
                self.classes[target] = self.type_of(deref(self.spec, schema), target)
            return self.classes[target]
        alternatives = schema.get("anyOf") or schema.get("oneOf")
        if alternatives:
            return self.union([self.type_of(s, f"{name}{i}") for i, s in enumerate(alternatives)])
        kinds = schema.get("type")
        if isinstance(kinds, list):
            return self.union([self.type_of({**schema, "type": kind}, name) for kind in kinds])
        if "enum" in schema:
            return Literal[tuple(schema["enum"])]
        if kinds == "object" or "properties" in schema:
            return self.object(schema, name)
        if kinds == "array":
            return list[self.type_of(schema.get("items", {}), f"{name}Item")]  # type: ignore[misc]
        simple = {"integer": int, "number": float, "boolean": bool, "null": type(None)}
        if kinds in simple:
            return simple[kinds]
        if kinds == "string":
            return _FORMATS.get(schema.get("format", ""), str)
        return Any

    def object(self, schema: JSON, name: str) -> Any:
        properties = schema.get("properties") or {}
        if not properties:
            return dict[str, Any]
        required = set(schema.get("required", []))
        fields = [
            (f"f{index}", json_name, self.type_of(sub, f"{name}_{index}"), json_name in required)
            for index, (json_name, sub) in enumerate(properties.items())
        ]
        return self.make_class(name, fields)

    def union(self, members: list[Any]) -> Any:
        chosen: dict[str, Any] = {}
        for member in members:
            kind = _kind(member)
            chosen[kind] = _widen(kind) if kind in chosen and chosen[kind] != member else member
        return Union[tuple(chosen.values())]  # noqa: UP007  (built at run time from a tuple)


def _kind(member: Any) -> str:
    if member in _KIND:
        return _KIND[member]
    if member in _FORMATS.values():
        return "string"
    args: tuple[Any, ...] = getattr(member, "__args__", ())
    if getattr(member, "__origin__", None) is Literal:
        return _KIND.get(type(args[0]), "string")
    if getattr(member, "__origin__", None) is list:
        return "array"
    return "object"


def _widen(kind: str) -> Any:
    return {"string": str, "integer": int, "number": float, "boolean": bool, "array": list[Any]}.get(kind, Any)


def _page_schema(spec: JSON, operation: JSON) -> JSON:
    response = deref(spec, operation["responses"]["200"])
    return dict(response["content"]["application/json"]["schema"])


def msgspec_decoder(spec: JSON, operation: JSON) -> Callable[[bytes], object]:
    """``msgspec.json.Decoder(PageStruct).decode``: Structs made with ``msgspec.defstruct``."""
    msgspec = importlib.import_module("msgspec")

    def make_class(name: str, fields: list[tuple[str, str, Any, bool]]) -> Any:
        specs = [(f, t) if req else (f, Optional[t], None) for f, _, t, req in fields]  # noqa: UP045
        rename = {f: json_name for f, json_name, _, _ in fields}
        return msgspec.defstruct(name, specs, kw_only=True, rename=rename)

    page = _Builder(spec, make_class).type_of(_page_schema(spec, operation), "Page")
    decoder = msgspec.json.Decoder(page)
    return decoder.decode  # type: ignore[no-any-return]


def pydantic_decoder(spec: JSON, operation: JSON) -> Callable[[bytes], object]:
    """``TypeAdapter(PageModel).validate_json``: models made with ``pydantic.create_model``."""
    pydantic = importlib.import_module("pydantic")

    def make_class(name: str, fields: list[tuple[str, str, Any, bool]]) -> Any:
        definitions = {
            f: (t, pydantic.Field(alias=json_name)) if req else (Optional[t], pydantic.Field(None, alias=json_name))  # noqa: UP045
            for f, json_name, t, req in fields
        }
        return pydantic.create_model(name, **definitions)

    page = _Builder(spec, make_class).type_of(_page_schema(spec, operation), "Page")
    return pydantic.TypeAdapter(page).validate_json  # type: ignore[no-any-return]
