"""The msgspec mirrors of a package's answer models: what ``templates/fast_module.py.jinja`` renders as ``_fast.py``
(how the runtime uses them: ``loyalty_runtime.fast``).

A mirror Struct has the model's attributes in the model's ``__init__`` order, renamed to their JSON names, with
types msgspec checks exactly as ``from_dict`` does or more strictly (a number property is ``int | float``, as
``from_dict`` keeps an integer an integer; an open enum is its enum class, whose ``_missing_`` keeps unknown
values; date-times and UUIDs are the runtime's ``Timestamp``/``WrittenUUID``, read by its ``dec_hook``). A model
whose properties hold no other model converts with one positional call; the others get a converter function. An
answer model holding a kind of property mirrored here gets no fast path (the reference path decodes it alone).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from openapi_python_client.strings import snake_case


class Unsupported(Exception):
    """A property kind the mirrors do not cover."""


_SCALARS = {"StringProperty": "str", "IntProperty": "int", "FloatProperty": "int | float", "BooleanProperty": "bool"}
_FORMATS = {"DateTimeProperty": "Timestamp", "UuidProperty": "WrittenUUID", "AnyProperty": "Any"}


def _kind(prop: Any) -> str:
    return type(prop).__name__


def _text(value: object) -> str:
    for unwrap in ("get_untrusted_value", "as_unembedded_code"):
        method = getattr(value, unwrap, None)
        if method is not None:
            return str(method())
    return str(value)


@dataclass
class MirrorField:
    name: str  # the model's attribute
    json_name: str
    annotation: str
    optional: bool
    value: str  # the converter's expression of the model's argument


@dataclass
class Mirror:
    model: str  # the attrs class
    module: str  # its module under models/
    struct: str
    converter: str
    fields: list[MirrorField]

    @property
    def direct(self) -> bool:
        """Whether every field passes as it is (one positional call from the Struct's values)."""
        return all(item.value == f"m.{item.name}" for item in self.fields)

    @property
    def renames(self) -> dict[str, str]:
        return {item.name: item.json_name for item in self.fields if item.name != item.json_name}


@dataclass
class Mirrors:
    """Every mirror one package needs, built as answer models ask for them."""

    # The package's models by class name: a property referring to a model may hold a copy without its properties.
    models: dict[str, Any] = field(default_factory=dict)
    mirrors: dict[str, Mirror] = field(default_factory=dict)
    imports: set[str] = field(default_factory=set)
    decoders: dict[str, Mirror] = field(default_factory=dict)  # the decoding function of each answer model
    building: set[str] = field(default_factory=set)  # mirrors whose fields are being made

    def decoder(self, prop: Any) -> str:
        """The name of the ``_fast`` function decoding an answer of model ``prop``; empty when none can."""
        prop = self._model(prop)
        if _kind(prop) != "ModelProperty" or not (prop.required_properties or prop.optional_properties):
            return ""
        name = snake_case(prop.class_info.name)
        if name in self.decoders:
            return name
        saved = (dict(self.mirrors), set(self.imports))
        try:
            self.decoders[name] = self._mirror(prop)
        except Unsupported:
            self.mirrors, self.imports, self.building = saved[0], saved[1], set()
            return ""
        return name

    def _model(self, prop: Any) -> Any:
        info = getattr(prop, "class_info", None)
        return self.models.get(str(info.name), prop) if _kind(prop) == "ModelProperty" and info else prop

    def _import(self, prop: Any) -> str:
        info = prop.class_info
        self.imports.add(f"from .models.{info.module_name} import {info.name}")
        return str(info.name)

    def _mirror(self, model: Any) -> Mirror:
        name = str(model.class_info.name)
        if name not in self.mirrors:
            module = str(model.class_info.module_name)
            mirror = Mirror(self._import(model), module, f"_{name}", f"_{snake_case(name)}", [])
            self.mirrors[name] = mirror  # before its fields: a model may hold itself
            self.building.add(name)
            properties = model.required_properties + model.optional_properties
            # The attrs __init__ order: required properties without a default first.
            ordered = [p for p in properties if p.default is None and p.required]
            ordered += [p for p in properties if not (p.default is None and p.required)]
            for prop in ordered:
                python = str(prop.python_name)
                annotation, value = self._type(prop, f"m.{python}", 0)
                if not prop.required and value != f"m.{python}":
                    value = f"UNSET if m.{python} is ABSENT else {value}"
                mirror.fields.append(MirrorField(python, _text(prop.name), annotation, not prop.required, value))
            self.building.discard(name)
        return self.mirrors[name]

    def _type(self, prop: Any, source: str, depth: int) -> tuple[str, str]:
        """The mirror annotation of ``prop`` and the expression converting its mirror value ``source``."""
        kind = _kind(prop)
        if kind in _SCALARS:
            return _SCALARS[kind], source
        if kind in _FORMATS:
            return _FORMATS[kind], source
        if kind == "NoneProperty":
            return "None", source
        if kind == "EnumProperty":
            return self._import(prop), source
        if kind == "ModelProperty":
            prop = self._model(prop)
            if not (prop.required_properties or prop.optional_properties):
                if not prop.additional_properties:
                    raise Unsupported(prop.class_info.name)
                return "dict[str, Any]", f"_fast.only_additional({self._import(prop)}, {source})"
            mirror = self._mirror(prop)
            if self._is_direct(mirror):
                return mirror.struct, f"{mirror.model}(*_astuple({source}))"
            return mirror.struct, f"{mirror.converter}({source})"
        if kind == "ListProperty":
            item = f"item{depth}"
            inner, value = self._type(prop.inner_property, item, depth + 1)
            return f"list[{inner}]", source if value == item else f"[{value} for {item} in {source}]"
        if kind == "UnionProperty":
            return self._union(prop, source, depth)
        raise Unsupported(kind)

    def _union(self, prop: Any, source: str, depth: int) -> tuple[str, str]:
        inner = list(prop.inner_properties)
        nullable = any(_kind(p) == "NoneProperty" for p in inner)
        real = [p for p in inner if _kind(p) != "NoneProperty"]
        enums = [p for p in real if _kind(p) == "EnumProperty"]
        # An open enum beside the plain type of its values: the enum decodes both (unknown values via _missing_).
        plain = {str: "StringProperty", int: "IntProperty"}
        if len(enums) == 1 and len(real) == 2:
            other = next(p for p in real if p is not enums[0])
            if _kind(other) == plain.get(enums[0].value_type):
                real = enums
        if len(real) != 1:
            raise Unsupported("a union of several kinds")
        annotation, value = self._type(real[0], source, depth)
        if not nullable:
            return annotation, value
        return f"{annotation} | None", source if value == source else f"None if {source} is None else {value}"

    def _is_direct(self, mirror: Mirror) -> bool:
        # A mirror still being built (a model holding itself) holds a model, so it is not direct.
        return mirror.model not in self.building and mirror.direct

    @property
    def ordered(self) -> list[Mirror]:
        return sorted(self.mirrors.values(), key=lambda mirror: mirror.model)
