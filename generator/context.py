"""What the templates know about a vendor beyond openapi-python-client's own model of the spec.

openapi-python-client drops our ``x-`` extensions and parameter constraints; the templates reach them through
the ``vendor`` global, a :class:`VendorContext` built from the raw spec.
"""

from __future__ import annotations

import pprint
import re
import textwrap
from dataclasses import dataclass
from typing import Any

from openapi_python_client.strings import PythonIdentifier, snake_case

from generator.mirrors import Mirrors
from generator.specs import JSON, deref, example_value, load_spec, operations, parameters
from loyalty_runtime.checks import INT32, INT64, python_pattern
from loyalty_runtime.pointer import parse as parse_pointer

_SCHEME_KINDS = {("http", "bearer"): "bearer", ("http", "basic"): "basic", ("oauth2", None): "bearer"}


def _text(value: object) -> str:
    """Plain text of an openapi-python-client string (it wraps spec text in ``UntrustedString``)."""
    for unwrap in ("get_untrusted_value", "as_unembedded_code"):
        method = getattr(value, unwrap, None)
        if method is not None:
            return str(method())
    return str(value)


def _same_path(template: str, other: str) -> bool:
    """Equal paths up to parameter names (openapi-python-client renames ``{customerId}`` to ``{customer_id}``)."""
    placeholder = re.compile(r"\{[^}]*\}")
    return placeholder.sub("{}", template) == placeholder.sub("{}", other)


def prose(text: object, width: int = 100) -> str:
    """Spec prose re-wrapped for a docstring: paragraphs refilled, list items and table rows kept as lines."""
    blocks: list[str] = []
    for paragraph in re.split(r"\n\s*\n", _text(text).strip()):
        lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
        if any(line.startswith(("- ", "* ", "|")) for line in lines):
            blocks.append("\n".join(lines))
        else:
            blocks.append(textwrap.fill(" ".join(lines), width=width, break_long_words=False, break_on_hyphens=False))
    return "\n\n".join(blocks)


def python_literal(value: object) -> str:
    """Deterministic Python source for plain data (dict keys keep their spec order)."""
    return pprint.pformat(value, width=100, sort_dicts=False)


@dataclass(frozen=True)
class OperationContext:
    """One operation as the endpoint template sees it."""

    operation_id: str
    method: str
    path: str
    paging: JSON | None
    method_name: str
    """Its method on the tag's resource of the client (``x-method-name``, else the snake_case operationId)."""

    @property
    def paging_literal(self) -> str:
        return python_literal(self.paging)


class VendorContext:
    """The ``vendor`` global of the templates."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.spec: JSON = load_spec(key)
        self.spec_path = f"specs/{key}/openapi.yaml"
        self.header = f"generated from {self.spec_path} — do not edit"
        info = self.spec["info"]
        self.title: str = info["title"]
        self.description: str = info.get("description", "")
        server = self.spec["servers"][0]
        variables = server.get("variables", {})
        self.base_url: str = server["url"].format(**{name: v["default"] for name, v in variables.items()})
        self.servers: list[JSON] = self.spec["servers"]
        self.base_url_env: str = server["x-base-url-env"]
        self.mirrors = Mirrors()  # the _fast module's mirrors (the generator gives it the package's models)

    # --- runtime data ---------------------------------------------------------------------------------------

    def _scheme(self, name: str) -> dict[str, Any]:
        scheme = self.spec["components"]["securitySchemes"][name]
        kind = "header" if scheme["type"] == "apiKey" else _SCHEME_KINDS[(scheme["type"], scheme.get("scheme"))]
        if scheme["type"] == "apiKey" and scheme.get("in") != "header":
            raise ValueError(f"{self.key}: security scheme {name} is not sent in a header")
        compiled: dict[str, Any] = {"name": name, "kind": kind, "credentials": scheme["x-credentials"]}
        if kind == "header":
            compiled["header"] = scheme["name"]
        return compiled

    def runtime_data(self) -> dict[str, Any]:
        """The data of ``loyalty_runtime.vendor.VendorSpec`` for this vendor."""
        return {
            "key": self.key,
            "title": self.title,
            "base_url": self.base_url,
            "security": [[self._scheme(name) for name in requirement] for requirement in self.spec["security"]],
            "envelope": self.spec["x-error-envelope"],
            "retry_after": self.spec.get("x-rate-limit", {}).get("retry_after", []),
            "base_url_env": self.base_url_env,
            "request_id": self.spec.get("x-request-id", {}),
        }

    def runtime_literal(self, package: str, version: str) -> str:
        """The generated package's ``VendorSpec`` data, with its distribution name and version (the User-Agent's)."""
        return python_literal({**self.runtime_data(), "package": package, "version": version})

    @property
    def credentials(self) -> list[dict[str, str]]:
        """Each credential keyword argument once, in spec order, with its env var and scheme description."""
        seen: dict[str, dict[str, str]] = {}
        for requirement in self.spec["security"]:
            for name in requirement:
                scheme = self.spec["components"]["securitySchemes"][name]
                for credential in scheme["x-credentials"]:
                    seen.setdefault(
                        credential["kwarg"],
                        {**credential, "scheme": name, "description": " ".join(scheme.get("description", "").split())},
                    )
        return list(seen.values())

    @property
    def example(self) -> ExampleCall:
        return example_call(self)

    @property
    def credential_alternatives(self) -> list[list[dict[str, str]]]:
        """The accepted combinations of credentials, each a list of credentials."""
        schemes = self.spec["components"]["securitySchemes"]
        return [
            [credential for name in requirement for credential in schemes[name]["x-credentials"]]
            for requirement in self.spec["security"]
        ]

    # --- per operation --------------------------------------------------------------------------------------

    def operation(self, method: str, path: str) -> OperationContext:
        for op in operations(self.spec):
            if op.method == _text(method).lower() and _same_path(op.path, _text(path)):
                return OperationContext(
                    op.operation_id, op.method.upper(), op.path, op.node.get("x-pagination"), op.method_name
                )
        raise KeyError(f"{self.key}: no operation {method} {path}")

    def tag_description(self, tag: str) -> str:
        """The spec's description of a tag (the package ``api.<tag>`` and the client's resource ``client.<tag>``)."""
        declared = {entry["name"]: entry.get("description", "") for entry in self.spec.get("tags", [])}
        return " ".join(str(declared.get(tag, "")).split())

    def success(self, endpoint: Any) -> Any:
        """openapi-python-client's response object for the operation's first 2xx answer."""
        for response in endpoint.responses.patterns:
            low, _ = response.status_code.range
            if 200 <= low <= 299:
                return response
        raise ValueError(f"{self.key}: {endpoint.name} declares no success response")

    def items_access(self, endpoint: Any) -> tuple[list[str], str, str]:
        """From ``x-pagination.items``: the model attribute names leading to a page's records, the record type and
        the import statement of the record model (empty for a plain type)."""
        op = self._operation_of(endpoint)
        model = self.success(endpoint).prop
        names: list[str] = []
        prop: Any = model
        for token in parse_pointer(op.node["x-pagination"]["items"]):
            children = [*(prop.required_properties or []), *(prop.optional_properties or [])]
            prop = next((child for child in children if _text(child.name) == token), None)
            if prop is None:
                raise ValueError(f"{self.key}: x-pagination.items token {token!r} is not a property of the page model")
            names.append(str(prop.python_name))
        inner = getattr(prop, "inner_property", None)
        if inner is None:
            raise ValueError(f"{self.key}: x-pagination.items does not lead to an array in the page model")
        info = getattr(inner, "class_info", None)
        needed = f"from ...models.{info.module_name} import {info.name}" if info is not None else ""
        return names, _text(inner.get_type_string(no_optional=True)), needed

    def argument_docs(self, endpoint: Any) -> list[tuple[str, str, str]]:
        """(python name, type, description with default) of each parameter, from the spec's parameter text."""
        op = self._operation_of(endpoint)
        declared = {(p["name"], p["in"]): p for p in parameters(self.spec, op)}
        docs: list[tuple[str, str, str]] = []
        for location, props in (
            ("path", endpoint.path_parameters),
            ("query", endpoint.query_parameters),
            ("header", endpoint.header_parameters),
        ):
            for prop in props:
                param = declared[(_text(prop.name), location)]
                schema = deref(self.spec, param.get("schema", {}))
                text = " ".join(str(param.get("description") or schema.get("description", "")).split())
                if "default" in schema:
                    text += f" Default: {schema['default']!r}."
                docs.append((str(prop.python_name), _text(prop.get_type_string()), text.strip()))
        return docs

    def _operation_of(self, endpoint: Any) -> Any:
        method, path = _text(endpoint.method).lower(), _text(endpoint.path)
        return next(o for o in operations(self.spec) if o.method == method and _same_path(o.path, path))

    def checks(self, endpoint: Any) -> list[str]:
        """Python statements that check every argument against its parameter schema before anything is sent.

        Each is one call of a ``loyalty_runtime.checks`` function chosen by the schema's type and format; a schema
        keyword the checks cannot enforce stops the generation, so no declared constraint goes unchecked.
        """
        op = self._operation_of(endpoint)
        declared = {(p["name"], p["in"]): p for p in parameters(self.spec, op)}
        statements: list[str] = []
        for location, props in (
            ("path", endpoint.path_parameters),
            ("query", endpoint.query_parameters),
            ("header", endpoint.header_parameters),
        ):
            for prop in props:
                param = declared[(_text(prop.name), location)]
                where = f"{self.key}: {op.operation_id} parameter {param['name']}"
                function, args = _check_call(self.spec, param.get("schema", {}), prop, where)
                if not param.get("required"):
                    args = [*args, "optional=True"]
                python_name = str(prop.python_name)
                statements.append(f"checks.{function}({', '.join([repr(python_name), python_name, *args])})")
        return statements

    def body_statement(self, endpoint: Any) -> str:
        """The statement that checks the request body and puts its JSON in ``_kwargs`` (empty without a body)."""
        if not endpoint.bodies:
            return ""
        body = endpoint.bodies[0]
        info = getattr(body.prop, "class_info", None)
        if len(endpoint.bodies) != 1 or _text(body.content_type) != "application/json" or info is None:
            raise ValueError(f"{self.key}: {endpoint.name}: only one application/json body of a model is supported")
        where = f"{self.key}: {endpoint.name} request body"
        _check_body_schema(self.spec, self.spec_body_schema(endpoint), where, set())
        statement = f'_kwargs["json"] = checks.check_body("body", body, {info.name})'
        if body.prop.required:
            return statement
        return f"if not isinstance(body, Unset):\n    {statement}"

    def spec_body_schema(self, endpoint: Any) -> JSON:
        return self._operation_of(endpoint).node["requestBody"]["content"]["application/json"]["schema"]


# A request body is checked by its model's type-checked from_dict, which enforces types and formats but no ranges,
# lengths, patterns or enums: a body schema declaring one stops the generation rather than go unchecked.
_BODY_UNCHECKED = {
    "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "pattern",
    "minItems", "maxItems", "uniqueItems", "minProperties", "maxProperties", "enum", "const",
}  # fmt: skip


def _check_body_schema(spec: JSON, raw: JSON, where: str, seen: set[str]) -> None:
    if isinstance(raw, dict) and "$ref" in raw:
        if raw["$ref"] in seen:
            return
        seen = seen | {raw["$ref"]}
    schema = deref(spec, raw)
    unchecked = set(schema) & _BODY_UNCHECKED
    if unchecked:
        raise ValueError(f"{where}: the model check does not enforce {sorted(unchecked)}")
    nested = ("items", "additionalProperties")
    children = [*schema.get("properties", {}).values(), *[schema[k] for k in nested if isinstance(schema.get(k), dict)]]
    children += [branch for k in ("allOf", "anyOf", "oneOf") for branch in schema.get(k, [])]
    for child in children:
        _check_body_schema(spec, child, where, seen)


# Schema keywords of a parameter that the generated checks enforce, and those that do not constrain a value.
_ENFORCED = {"type", "format", "enum", "minimum", "maximum", "minLength", "maxLength", "pattern", "anyOf", "oneOf"}
_ANNOTATIONS = {"description", "title", "default", "examples", "example", "deprecated"}
_INTEGER_FORMATS = {None: (None, None), "int32": INT32, "int64": INT64}


def _tighter(pick: Any, *bounds: int | None) -> int | None:
    given = [bound for bound in bounds if bound is not None]
    return pick(given) if given else None


def _check_call(spec: JSON, raw: JSON, prop: Any, where: str) -> tuple[str, list[str]]:
    """The ``loyalty_runtime.checks`` function for one parameter schema, and its arguments after name and value."""
    schema = deref(spec, raw)
    unknown = set(schema) - _ENFORCED - _ANNOTATIONS
    if unknown:
        raise ValueError(f"{where}: no generated check enforces {sorted(unknown)}")
    branches = schema.get("anyOf") or schema.get("oneOf")
    if branches:
        inner = list(getattr(prop, "inner_properties", None) or [])
        if len(inner) != len(branches) or set(schema) & (_ENFORCED - {"anyOf", "oneOf"}):
            raise ValueError(f"{where}: an anyOf/oneOf parameter must be a plain list of alternatives")
        calls = [_check_call(spec, branch, sub, where) for branch, sub in zip(branches, inner, strict=True)]
        return "check_any", [f"lambda n, v: checks.{f}({', '.join(['n', 'v', *args])})" for f, args in calls]
    kind, form = schema.get("type"), schema.get("format")
    if "enum" in schema:
        return "check_enum", [str(prop.class_info.name)]
    if kind == "string" and form in ("date", "date-time"):
        return ("check_date" if form == "date" else "check_date_time"), []
    if kind == "string" and form is None:
        if "pattern" in schema:
            python_pattern(schema["pattern"])  # a pattern Python cannot read stops the generation here
        names = (("minLength", "min_length"), ("maxLength", "max_length"), ("pattern", "pattern"))
        return "check_string", [f"{new}={schema[old]!r}" for old, new in names if old in schema]
    if kind == "integer" and form in _INTEGER_FORMATS:
        low, high = _INTEGER_FORMATS[form]
        bounds = (
            ("minimum", _tighter(max, schema.get("minimum"), low)),
            ("maximum", _tighter(min, schema.get("maximum"), high)),
        )
        return "check_integer", [f"{name}={value!r}" for name, value in bounds if value is not None]
    if kind == "number" and form in (None, "float", "double"):
        return "check_number", [f"{k}={schema[k]!r}" for k in ("minimum", "maximum") if k in schema]
    if kind == "boolean" and form is None:
        return "check_boolean", []
    raise ValueError(f"{where}: no generated check for type {kind!r} with format {form!r}")


@dataclass(frozen=True)
class ExampleCall:
    """The README's example: the vendor's first list operation and its required arguments."""

    module: str
    function_module: str
    resource: str
    """The operation's method on the client, after ``client.``: ``activities.list``."""
    arguments: list[tuple[str, str]]
    paging: JSON | None

    @property
    def argument_source(self) -> str:
        return ", ".join(f"{name}={value}" for name, value in self.arguments)

    @property
    def items_source(self) -> str:
        """The attribute path of a page model's records, as Python source."""
        return ".".join(_python_name(token) for token in parse_pointer(self.paging["items"])) if self.paging else ""

    @property
    def resume_source(self) -> str:
        """The keyword argument that resumes a walk after ``first_page`` (a page model), as Python source."""
        if self.paging is None:
            return ""
        position = self.paging["position"]
        name = _python_name(position["param"])
        if position["next"] == "increment":
            return f"{name}={position['first'] + 1}"
        tokens = [_python_name(token) for token in parse_pointer(position["pointer"])]
        if position["next"] == "last_item":
            return f"{name}=first_page.{self.items_source}[-1].{'.'.join(tokens)}"
        return f"{name}=first_page.{'.'.join(tokens)}"

    @property
    def resume_block(self) -> str:
        """Python source of the README's resumed walk; a cursor read from a page is used only when the page has one
        (``null`` or absent on the last page, and ``None`` is not a value of the argument)."""
        call = f"client.{self.resource}_all({self.argument_source}, {self.resume_source})"
        if self.paging is None or self.paging["position"]["next"] in ("increment", "last_item"):
            return f"for record in {call}:\n    print(record.id)"
        name, value = self.resume_source.split("=", 1)
        guarded = call.replace(self.resume_source, f"{name}=cursor")
        return (
            f"cursor = {value}\n"
            "if cursor:  # null or absent on the last page: nothing follows it\n"
            f"    for record in {guarded}:\n        print(record.id)"
        )


def _python_name(name: str) -> str:
    return str(PythonIdentifier(name, prefix="field_"))


def _example_value(spec: JSON, param: JSON) -> str:
    return repr(example_value(spec, param))


def example_call(vendor: VendorContext) -> ExampleCall:
    listed = [op for op in operations(vendor.spec) if "x-pagination" in op.node] or list(operations(vendor.spec))
    op = listed[0]
    arguments = [
        (snake_case(p["name"]), _example_value(vendor.spec, p))
        for p in parameters(vendor.spec, op)
        if p.get("required")
    ]
    tag = snake_case(op.node["tags"][0])
    return ExampleCall(
        module=f"loyalty_{vendor.key}.api.{tag}",
        function_module=snake_case(op.operation_id),
        resource=f"{tag}.{op.method_name}",
        arguments=arguments,
        paging=op.node.get("x-pagination"),
    )
