"""Load the hand-written vendor specs and answer questions about them.

Specs are YAML, read as plain JSON data (YAML timestamps stay strings, as they would in JSON), so that the
same dicts feed JSON Schema validation, the lint and the generator.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parent.parent
SPECS_DIR = ROOT / "specs"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

JSON = Any  # a decoded JSON value: the specs are untyped data by nature


class _JsonLoader(yaml.SafeLoader):
    """SafeLoader without YAML's implicit timestamps: a date in a spec is a string, as in JSON."""


_JsonLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load_yaml(path: Path) -> JSON:
    """Parse a YAML file into JSON-compatible data."""
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_JsonLoader)


def vendor_keys() -> list[str]:
    """Every vendor key: the folders of ``specs/`` that hold an ``openapi.yaml``."""
    return sorted(path.parent.name for path in SPECS_DIR.glob("*/openapi.yaml"))


def spec_path(key: str) -> Path:
    return SPECS_DIR / key / "openapi.yaml"


@functools.cache
def load_spec(key: str) -> JSON:
    """The vendor's OpenAPI document (cached; treat it as read-only)."""
    return load_yaml(spec_path(key))


@dataclass(frozen=True)
class Operation:
    """One operation of a spec with the path item it belongs to."""

    path: str
    method: str
    node: JSON
    path_item: JSON

    @property
    def operation_id(self) -> str:
        return str(self.node.get("operationId", ""))

    @property
    def method_name(self) -> str:
        """The operation's method on its tag's resource of the client (``client.<tag>.<method_name>(...)``):
        ``x-method-name``, else the snake_case operationId (the name of its module)."""
        return str(self.node.get("x-method-name") or snake_case(self.operation_id))

    @property
    def pointer(self) -> str:
        """JSON Pointer to the operation object inside the spec."""
        return f"/paths/{escape(self.path)}/{self.method}"


def snake_case(camel: str) -> str:
    """``listCustomerActivities`` -> ``list_customer_activities`` (a run of capitals is one word)."""
    return "_".join(word.lower() for word in re.findall(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])", camel))


def operations(spec: JSON) -> Iterator[Operation]:
    """Every operation of the spec, in document order."""
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield Operation(path=path, method=method, node=item[method], path_item=item)


def find_operation(spec: JSON, operation_id: str) -> Operation | None:
    return next((op for op in operations(spec) if op.operation_id == operation_id), None)


def escape(token: str) -> str:
    """Escape one JSON Pointer reference token."""
    return token.replace("~", "~0").replace("/", "~1")


def deref(spec: JSON, node: JSON) -> JSON:
    """Follow local ``$ref`` links until a node without one."""
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/") or ref in seen:
            raise ValueError(f"unsupported or circular $ref: {ref}")
        seen.add(ref)
        node = spec
        for token in ref[2:].split("/"):
            node = node[token.replace("~1", "/").replace("~0", "~")]
    return node


def parameters(spec: JSON, operation: Operation) -> list[JSON]:
    """The operation's parameters (path-level ones included, operation-level ones winning), dereferenced."""
    merged: dict[tuple[str, str], JSON] = {}
    for raw in [*operation.path_item.get("parameters", []), *operation.node.get("parameters", [])]:
        param = deref(spec, raw)
        merged[(param["name"], param["in"])] = param
    return list(merged.values())


def response_for(operation: Operation, status: int) -> tuple[str, JSON] | None:
    """The declared response for ``status`` (exact code, then ``4XX``-style range, then ``default``)."""
    responses = operation.node.get("responses", {})
    for key in (str(status), f"{str(status)[0]}XX", "default"):
        if key in responses:
            return key, responses[key]
    return None


def json_schema_pointer(operation: Operation, status_key: str) -> str:
    """Pointer to the ``application/json`` schema of one declared response."""
    return f"{operation.pointer}/responses/{escape(status_key)}/content/application~1json/schema"


def path_pattern(template: str) -> re.Pattern[str]:
    """A regex matching concrete paths of an OpenAPI path template (``{param}`` = one non-empty segment)."""
    parts = re.split(r"(\{[^}/]+\})", template)
    body = "".join(f"(?P<{part[1:-1]}>[^/]+)" if part.startswith("{") else re.escape(part) for part in parts if part)
    return re.compile(f"^{body}$")


def validator(key: str, pointer: str) -> Draft202012Validator:
    """A JSON Schema 2020-12 validator for the schema at ``pointer`` in the vendor's spec, formats asserted."""
    return _validator(key, pointer)


def subschema_validator(key: str, schema: JSON) -> Draft202012Validator:
    """A validator for a schema taken out of the vendor's spec (its local ``$ref``s still resolve)."""
    return Draft202012Validator(
        _anchor_refs(schema, _uri(key)), registry=_registry(key), format_checker=FormatChecker()
    )


@functools.cache
def _validator(key: str, pointer: str) -> Draft202012Validator:
    return subschema_validator(key, {"$ref": f"#{pointer}"})


def _uri(key: str) -> str:
    return f"urn:loyalty-clients:spec:{key}"


@functools.cache
def _registry(key: str) -> Registry[JSON]:
    resource: Resource[JSON] = Resource.from_contents(load_spec(key), default_specification=DRAFT202012)
    registry: Registry[JSON] = Registry().with_resource(_uri(key), resource)
    return registry


def _anchor_refs(node: JSON, uri: str) -> JSON:
    """A copy of ``node`` whose local ``$ref``s point into the spec resource at ``uri``."""
    if isinstance(node, dict):
        return {
            k: (f"{uri}{v}" if k == "$ref" and isinstance(v, str) and v.startswith("#") else _anchor_refs(v, uri))
            for k, v in node.items()
        }
    if isinstance(node, list):
        return [_anchor_refs(v, uri) for v in node]
    return node


def example_value(spec: JSON, param: JSON) -> object:
    """The value the README's examples pass for a parameter: its spec example (the sandbox seeds that customer)."""
    schema = deref(spec, param.get("schema", {}))
    examples = schema.get("examples") or [None]
    value = param.get("example", schema.get("example", examples[0]))
    if value is None:
        value = 1 if schema.get("type") == "integer" else "..."
    return value if schema.get("type") != "string" else str(value)
