"""Spec lint: the house rules of ``specs/README.md`` that OpenAPI validity alone does not catch.

``problems(key)`` lists every violation as a readable line; an empty list means the spec passes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import fields
from keyword import iskeyword

from jsonschema import Draft202012Validator

from generator.specs import JSON, SPECS_DIR, Operation, deref, load_spec, operations, parameters
from loyalty_runtime.client import BaseClient
from loyalty_runtime.paging import PagingSpec
from loyalty_runtime.pointer import parse

KNOWN_EXTENSIONS = frozenset(
    {
        "x-pagination",
        "x-credentials",
        "x-error-envelope",
        "x-rate-limit",
        "x-required-scopes",
        "x-undocumented",
        "x-single-page",
        "x-filter",
        "x-method-name",
        "x-base-url-env",
        "x-request-id",
    }
)
_SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
_FILTER_MATCHES = frozenset({"equals", "from", "until"})
_CAMEL = re.compile(r"^[a-z][a-zA-Z0-9]*$")
_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]*$")
_ENV = re.compile(r"^[A-Z][A-Z0-9_]*$")
_SCHEMA_KEYWORDS_WITH_SCHEMAS = ("items", "additionalProperties", "not", "contains", "propertyNames")
_SCHEMA_KEYWORDS_WITH_LISTS = ("anyOf", "oneOf", "allOf", "prefixItems")


def _pagination_schema() -> Draft202012Validator:
    schema = json.loads((SPECS_DIR / "x-pagination.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def problems(key: str) -> list[str]:
    """Every house-rule violation in ``specs/<key>/openapi.yaml``."""
    return [f"{key}: {problem}" for problem in problems_in(load_spec(key))]


def problems_in(spec: JSON) -> list[str]:
    """Every house-rule violation in an OpenAPI document."""
    return [
        *_document_problems(spec),
        *_extension_problems(spec),
        *_operation_problems(spec),
        *_schema_problems(spec),
        *_security_problems(spec),
        *_envelope_problems(spec),
        *_base_url_env_problems(spec),
        *_request_id_problems(spec),
    ]


def _document_problems(spec: JSON) -> Iterator[str]:
    if spec.get("openapi") != "3.1.0":
        yield "openapi must be 3.1.0"
    info = spec.get("info", {})
    for field in ("title", "version", "description"):
        if not info.get(field):
            yield f"info.{field} is missing"
    if not spec.get("servers"):
        yield "servers is empty"
    declared_tags = {tag.get("name"): tag for tag in spec.get("tags", [])}
    for name, tag in declared_tags.items():
        if not tag.get("description"):
            yield f"tag {name} has no description"


def _walk(node: JSON, where: str) -> Iterator[tuple[str, str, JSON]]:
    """Every (location, key, value) pair below ``node``."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield where, key, value
            yield from _walk(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{where}/{index}")


def _extension_problems(spec: JSON) -> Iterator[str]:
    for where, key, _ in _walk(spec, ""):
        if key.startswith("x-") and key not in KNOWN_EXTENSIONS and not where.endswith("/properties"):
            yield f"{where or '/'}: unknown extension {key} (describe it in specs/README.md first)"


def _operation_problems(spec: JSON) -> Iterator[str]:
    declared_tags = {tag.get("name") for tag in spec.get("tags", [])}
    seen: dict[str, str] = {}
    for op in operations(spec):
        where = f"{op.method.upper()} {op.path}"
        op_id = op.operation_id
        if not _CAMEL.match(op_id):
            yield f"{where}: operationId {op_id!r} is not camelCase"
        elif op_id in seen:
            yield f"{where}: operationId {op_id} repeats {seen[op_id]}"
        seen[op_id] = where
        tags = op.node.get("tags", [])
        if len(tags) != 1 or not _SNAKE.match(tags[0]):
            yield f"{where}: needs exactly one snake_case tag, has {tags}"
        elif tags[0] not in declared_tags:
            yield f"{where}: tag {tags[0]} is not declared in the top-level tags"
        for field in ("summary", "description"):
            if not op.node.get(field):
                yield f"{where}: {field} is missing"
        if not any(status[0] in "45" for status in op.node.get("responses", {})):
            yield f"{where}: declares no error response"
        for param in parameters(spec, op):
            if not param.get("description"):
                yield f"{where}: parameter {param['name']} has no description"
            yield from _filter_problems(spec, op, param, where)
        yield from _pagination_problems(spec, op, where)
    yield from _method_name_problems(spec)


# The methods a resource has for one operation: the call itself, its Response twin and, with x-pagination, walks.
_METHOD_VARIANTS = ("{}", "{}_detailed")
_WALK_VARIANTS = ("{}_all", "{}_pages")


def _method_name_problems(spec: JSON) -> Iterator[str]:
    """Every operation's methods on its tag's resource (``client.<tag>.<method>``) are identifiers, unique in the
    resource; a tag, the resource's attribute on the client, hides nothing of the client."""
    taken: dict[tuple[str, str], str] = {}
    for op in operations(spec):
        where = f"{op.method.upper()} {op.path}"
        name, tags = op.method_name, op.node.get("tags") or [""]
        if not _SNAKE.match(name) or iskeyword(name):
            yield f"{where}: method name {name!r} (x-method-name) is not a snake_case identifier"
            continue
        if hasattr(BaseClient, tags[0]):
            yield f"{where}: tag {tags[0]} would hide the client attribute of that name"
        variants = _METHOD_VARIANTS + (_WALK_VARIANTS if "x-pagination" in op.node else ())
        for method in (variant.format(name) for variant in variants):
            if (tags[0], method) in taken:
                yield f"{where}: method {tags[0]}.{method} repeats that of {taken[tags[0], method]} (set x-method-name)"
            taken[tags[0], method] = where


def _schema_nodes(node: JSON, where: str) -> Iterator[tuple[str, JSON]]:
    """Every schema object nested in ``node`` (itself included), with its location."""
    if not isinstance(node, dict):
        return
    yield where, node
    for name, sub in (node.get("properties") or {}).items():
        yield from _schema_nodes(sub, f"{where}/properties/{name}")
    for keyword in _SCHEMA_KEYWORDS_WITH_SCHEMAS:
        if isinstance(node.get(keyword), dict):
            yield from _schema_nodes(node[keyword], f"{where}/{keyword}")
    for keyword in _SCHEMA_KEYWORDS_WITH_LISTS:
        for index, sub in enumerate(node.get(keyword) or []):
            yield from _schema_nodes(sub, f"{where}/{keyword}/{index}")


def _all_schema_roots(spec: JSON) -> Iterator[tuple[str, JSON, bool]]:
    """(location, schema, is_named_component) for every schema root in the document."""
    for name, schema in (spec.get("components", {}).get("schemas") or {}).items():
        yield f"#/components/schemas/{name}", schema, True
    for op in operations(spec):
        base = f"{op.method.upper()} {op.path}"
        for param in parameters(spec, op):
            yield f"{base} parameter {param['name']}", param.get("schema", {}), False
        body = op.node.get("requestBody", {}).get("content", {})
        for media, content in body.items():
            yield f"{base} request {media}", content.get("schema", {}), False
        for status, response in op.node.get("responses", {}).items():
            for media, content in deref(spec, response).get("content", {}).items():
                yield f"{base} response {status} {media}", content.get("schema", {}), False


def _schema_problems(spec: JSON) -> Iterator[str]:
    for root_where, root, named in _all_schema_roots(spec):
        if named and not root.get("description"):
            yield f"{root_where}: schema has no description"
        for where, node in _schema_nodes(root, root_where):
            is_root = where == root_where
            if ("properties" in node or "enum" in node) and not (named and is_root):
                yield f"{where}: inline object/enum schema; make it a named component and $ref it"
            for name, prop in (node.get("properties") or {}).items():
                if not deref(spec, prop).get("description") and not prop.get("description"):
                    yield f"{where}/properties/{name}: property has no description"


def _schemas_at(spec: JSON, schema: JSON, pointer: str) -> list[JSON]:
    """The schemas that describe the value at ``pointer`` inside an instance of ``schema`` (all anyOf branches)."""
    current = [schema]
    for token in parse(pointer):
        following: list[JSON] = []
        for candidate in _branches(spec, current):
            if token.isdigit() and isinstance(candidate.get("items"), dict):
                following.append(candidate["items"])
            elif token in (candidate.get("properties") or {}):
                following.append(candidate["properties"][token])
        current = following
    return list(_branches(spec, current))


def _branches(spec: JSON, schemas: list[JSON]) -> Iterator[JSON]:
    for schema in schemas:
        resolved = deref(spec, schema)
        alternatives = resolved.get("anyOf") or resolved.get("oneOf")
        if alternatives:
            yield from _branches(spec, alternatives)
        else:
            yield resolved


def _types(schemas: list[JSON]) -> set[str]:
    found: set[str] = set()
    for schema in schemas:
        kind = schema.get("type")
        found.update(kind if isinstance(kind, list) else [kind] if kind else [])
    return found


def _success_schema(spec: JSON, op: Operation) -> JSON | None:
    response = op.node.get("responses", {}).get("200")
    if response is None:
        return None
    return deref(spec, response).get("content", {}).get("application/json", {}).get("schema")


def _holds_array(spec: JSON, schema: JSON) -> bool:
    top = list(_branches(spec, [schema]))
    if "array" in _types(top):
        return True
    return any("array" in _types(_schemas_at(spec, s, f"/{name}")) for s in top for name in s.get("properties", {}))


def _pagination_problems(spec: JSON, op: Operation, where: str) -> Iterator[str]:
    raw = op.node.get("x-pagination")
    body = _success_schema(spec, op)
    if raw is None:
        if op.method == "get" and body is not None and _holds_array(spec, body) and not op.node.get("x-single-page"):
            yield f"{where}: returns an array of records but has neither x-pagination nor x-single-page"
        return
    for error in _pagination_schema().iter_errors(raw):
        yield f"{where}: x-pagination{''.join(f'/{p}' for p in error.absolute_path)}: {error.message}"
    try:
        paging = PagingSpec.from_dict(raw)
    except ValueError as error:
        yield f"{where}: {error}"
        return
    if body is None:
        yield f"{where}: x-pagination on an operation without a 200 application/json body"
        return
    query = {p["name"]: p for p in parameters(spec, op) if p["in"] == "query"}
    moving = (paging.page_size.param, paging.position.param, paging.position.reverse_param, paging.record_offset)
    for name in filter(None, moving):
        if name not in query:
            yield f"{where}: x-pagination names query parameter {name}, which the operation does not declare"
    offset_param = query.get(paging.record_offset or "")
    if offset_param is not None:
        schema = deref(spec, offset_param.get("schema", {}))
        if schema.get("type") != "integer" or schema.get("minimum") != 0:
            yield f"{where}: x-pagination.record_offset {paging.record_offset} is not an integer with minimum 0"
    size_param = query.get(paging.page_size.param)
    if size_param is not None:
        schema = deref(spec, size_param.get("schema", {}))
        declared = (schema.get("default"), schema.get("minimum"), schema.get("maximum"))
        size = paging.page_size
        if declared != (size.default, size.minimum, size.maximum):
            yield f"{where}: page_size {size} disagrees with parameter schema (default, min, max) {declared}"
    items = _schemas_at(spec, body, paging.items)
    if "array" not in _types(items):
        yield f"{where}: x-pagination.items {paging.items} is not an array in the 200 schema"
    item_schemas = _schemas_at(spec, body, f"{paging.items}/0")
    if not _schemas_at(spec, {"anyOf": item_schemas}, paging.item_id):
        yield f"{where}: x-pagination.item_id {paging.item_id} is not a property of the records"
    if paging.has_more and "boolean" not in _types(_schemas_at(spec, body, paging.has_more)):
        yield f"{where}: x-pagination.has_more {paging.has_more} is not a boolean in the 200 schema"
    pointer = paging.position.pointer
    if pointer is not None:
        scope = {"anyOf": item_schemas} if paging.position.next == "last_item" else body
        if not _schemas_at(spec, scope, pointer):
            yield f"{where}: x-pagination.position.pointer {pointer} does not exist in the schema"
    totals = paging.totals
    for name, total_pointer in [] if totals is None else [(f.name, getattr(totals, f.name)) for f in fields(totals)]:
        if total_pointer and not _schemas_at(spec, body, total_pointer):
            yield f"{where}: x-pagination.totals.{name} {total_pointer} does not exist in the 200 schema"


def _filter_problems(spec: JSON, op: Operation, param: JSON, where: str) -> Iterator[str]:
    declared = param.get("x-filter")
    if declared is None:
        return
    if param["in"] != "query" or set(declared) != {"field", "match"} or declared["match"] not in _FILTER_MATCHES:
        yield f"{where}: x-filter of {param['name']} must be {{field, match: {'|'.join(sorted(_FILTER_MATCHES))}}}"
        return
    raw = op.node.get("x-pagination")
    body = _success_schema(spec, op)
    if raw is None or body is None:
        yield f"{where}: x-filter on {param['name']} of an operation without x-pagination"
        return
    records = _schemas_at(spec, body, f"{raw['items']}/0")
    if not _schemas_at(spec, {"anyOf": records}, declared["field"]):
        yield f"{where}: x-filter of {param['name']} names {declared['field']}, which records do not have"


def _security_problems(spec: JSON) -> Iterator[str]:
    schemes = spec.get("components", {}).get("securitySchemes") or {}
    if not schemes:
        yield "components.securitySchemes is empty"
    for name, scheme in schemes.items():
        credentials = scheme.get("x-credentials")
        expected = 2 if scheme.get("type") == "http" and scheme.get("scheme") == "basic" else 1
        if not isinstance(credentials, list) or len(credentials) != expected:
            yield f"security scheme {name}: x-credentials must list {expected} credential(s)"
            continue
        for credential in credentials:
            if not _IDENTIFIER.match(str(credential.get("kwarg", ""))):
                yield f"security scheme {name}: kwarg {credential.get('kwarg')!r} is not a Python identifier"
            if not _ENV.match(str(credential.get("env", ""))):
                yield f"security scheme {name}: env {credential.get('env')!r} is not an environment variable name"
            if set(credential) - {"kwarg", "env", "transform"} or credential.get("transform", "md5_hex") != "md5_hex":
                yield f"security scheme {name}: credential {credential} has unknown keys or transform"
    for requirement in spec.get("security", []) + [
        req for op in operations(spec) for req in op.node.get("security", [])
    ]:
        for name in requirement:
            if name not in schemes:
                yield f"security requirement names undeclared scheme {name}"


def _envelope_problems(spec: JSON) -> Iterator[str]:
    envelope = spec.get("x-error-envelope")
    if not isinstance(envelope, dict):
        yield "x-error-envelope is missing"
        return
    for field in ("code", "message"):
        pointers = envelope.get(field)
        # An empty code list is allowed: some vendors send no error code at all.
        if not isinstance(pointers, list) or (field == "message" and not pointers):
            yield f"x-error-envelope.{field} must be a list of JSON Pointers (message: non-empty)"
            continue
        for pointer in pointers:
            try:
                parse(pointer)
            except ValueError as error:
                yield f"x-error-envelope.{field}: {error}"
    unknown = set(envelope) - {"code", "message", "errors_on_success", "warnings", "status_by_code"}
    if unknown:
        yield f"x-error-envelope has unknown keys {sorted(unknown)}"
    for code, status in (envelope.get("status_by_code") or {}).items():
        if not isinstance(status, int) or not 400 <= status <= 599:
            yield f"x-error-envelope.status_by_code[{code}] must be an HTTP error status"


def _credential_envs(spec: JSON) -> list[str]:
    schemes = spec.get("components", {}).get("securitySchemes") or {}
    return [str(c.get("env")) for scheme in schemes.values() for c in scheme.get("x-credentials") or []]


def _base_url_env_problems(spec: JSON) -> Iterator[str]:
    servers = spec.get("servers") or [{}]
    for number, server in enumerate(servers[1:], 1):
        if "x-base-url-env" in server:
            yield f"servers[{number}] has x-base-url-env; only the first (default) server takes one"
    env = servers[0].get("x-base-url-env")
    if not isinstance(env, str) or not _ENV.match(env) or not env.endswith("_BASE_URL"):
        yield "servers[0].x-base-url-env must name an environment variable ending in _BASE_URL"
        return
    # One prefix per vendor, so that the variables a user exports for it read as a set.
    prefix = env.removesuffix("BASE_URL")
    strays = [name for name in _credential_envs(spec) if not name.startswith(prefix)]
    if strays:
        yield f"x-base-url-env {env}: credential variables {strays} do not share its prefix {prefix}"


def _declared_response_headers(spec: JSON) -> set[str]:
    return {
        name.lower()
        for op in operations(spec)
        for response in op.node.get("responses", {}).values()
        for name in deref(spec, response).get("headers", {})
    }


def _request_id_problems(spec: JSON) -> Iterator[str]:
    declared = spec.get("x-request-id")
    if declared is None:
        return
    if not isinstance(declared, dict) or not declared or set(declared) - {"header", "error_body"}:
        yield "x-request-id must be {header: <response header>, error_body: [<JSON Pointer>, ...]} (either or both)"
        return
    header = declared.get("header")
    if header is not None and str(header).lower() not in _declared_response_headers(spec):
        yield f"x-request-id.header {header} is not a response header of any operation"
    pointers = declared.get("error_body", [])
    if not isinstance(pointers, list) or not all(isinstance(pointer, str) for pointer in pointers):
        yield "x-request-id.error_body must be a list of JSON Pointers"
        return
    for pointer in pointers:
        try:
            parse(pointer)
        except ValueError as error:
            yield f"x-request-id.error_body: {error}"


__all__ = ["KNOWN_EXTENSIONS", "problems", "problems_in"]
