"""Replaying recorded exchanges through the generated clients.

Everything a test needs to know about a vendor comes from its spec (``generator.specs.load_spec``) and its
recordings (``generator.recordings.load_recordings``): the operation module, the call arguments, the credentials
and the headers they produce, and whether an exchange is an error.
"""

from __future__ import annotations

import base64
import builtins
import datetime
import enum
import hashlib
import importlib
import inspect
import json
import keyword
import re
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx

from generator.recordings import Recording, load_recordings
from generator.specs import JSON, deref, find_operation, load_spec, parameters, path_pattern, vendor_keys
from generator.specs import Operation as SpecOperation

VENDORS = vendor_keys()

# The list operation of each vendor and its customer argument (ARCHITECTURE.md, "The five vendors").
LIST_OPERATIONS = {
    "yuko": ("activities.list_customer_activities", "customer_id"),
    "appy_stamp": ("activities.list_customer_activities", "id"),
    "voucherify": ("customers.list_customer_activity", "customer_id"),
    "joy": ("activities.list_activities", "shopify_customer_id"),
    "capillary": ("customers.get_loyalty_events", "customer_id"),
}

# ---------------------------------------------------------------------------------------------- names and modules

_RESERVED = (set(dir(builtins)) | {"self", "true", "false", "datetime"}) - {"id"}


def python_name(name: str) -> str:
    """openapi-python-client's identifier for a spec name: ``shopifyCustomerId`` -> ``shopify_customer_id``."""
    words = re.findall(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])", name)
    snake = "_".join(word.lower() for word in words)
    return f"{snake}_" if snake in _RESERVED or keyword.iskeyword(snake) else snake


def package(key: str) -> types.ModuleType:
    return importlib.import_module(f"loyalty_{key}")


def errors_module(key: str) -> types.ModuleType:
    return importlib.import_module(f"loyalty_{key}.errors")


def spec_operation(key: str, operation_id: str) -> SpecOperation:
    operation = find_operation(load_spec(key), operation_id)
    assert operation is not None, f"{key}: {operation_id} is not in the spec"
    return operation


def operation_module(key: str, operation_id: str) -> types.ModuleType:
    """``loyalty_<key>.api.<first tag>.<snake_case(operationId)>``."""
    tag = spec_operation(key, operation_id).node["tags"][0]
    return importlib.import_module(f"loyalty_{key}.api.{tag}.{python_name(operation_id)}")


def list_module(key: str) -> types.ModuleType:
    return importlib.import_module(f"loyalty_{key}.api.{LIST_OPERATIONS[key][0]}")


def base_url(key: str) -> str:
    """The spec's first server URL with its variables at their defaults."""
    server = load_spec(key)["servers"][0]
    variables = server.get("variables", {})
    return re.sub(r"\{(\w+)\}", lambda m: str(variables[m.group(1)]["default"]), server["url"])


# ---------------------------------------------------------------------------------------------- recordings


def resolve(document: object, pointer: str) -> object:
    """A tiny JSON Pointer lookup (``None`` when absent), independent of the runtime's."""
    current = document
    for token in pointer.lstrip("/").split("/") if pointer else []:
        if isinstance(current, dict) and token in current:
            current = current[token]
        elif isinstance(current, list) and token.isdigit() and int(token) < len(current):
            current = current[int(token)]
        else:
            return None
    return current


def envelope(key: str) -> JSON:
    return load_spec(key)["x-error-envelope"]


def is_error(key: str, recording: Recording) -> bool:
    """A status >= 400, or a 2xx body whose ``errors_on_success`` array is non-empty."""
    if recording.response["status"] >= 400:
        return True
    pointer = envelope(key).get("errors_on_success")
    errors = resolve(recording.response["body"], pointer) if pointer else None
    return isinstance(errors, list) and len(errors) > 0


def _params(kind: str) -> list[tuple[str, Recording]]:
    found = []
    for key in VENDORS:
        for recording in load_recordings(key):
            if is_error(key, recording) == (kind == "error"):
                found.append((key, recording))
    return found


SUCCESS = _params("success")
ERRORS = _params("error")


def ids(cases: list[tuple[str, Recording]]) -> list[str]:
    return [f"{key}/{recording.file.stem}" for key, recording in cases]


def first_success(key: str, operation_id: str | None = None) -> Recording:
    """The first success recording of the vendor's list operation (or of ``operation_id``)."""
    module = list_module(key)
    for case_key, recording in SUCCESS:
        if case_key != key:
            continue
        if operation_id is None and operation_module(key, recording.data["operation"]) is module:
            return recording
        if recording.data["operation"] == operation_id:
            return recording
    raise AssertionError(f"{key}: no success recording")


# ---------------------------------------------------------------------------------------------- call arguments


def _convert(annotation: object, raw: object) -> object:
    """A wire value (string from a query or path) as the type the generated function declares."""
    options = typing.get_args(annotation) or (annotation,)
    for option in options:
        if option in (type(None), str) or getattr(option, "__name__", "") == "Unset":
            continue
        if isinstance(option, type) and issubclass(option, enum.Enum):
            return option(raw)
        if option is bool:
            return {"true": True, "false": False}[str(raw)]
        if option is int:
            return int(str(raw))
        if option is datetime.datetime:
            return datetime.datetime.fromisoformat(str(raw).replace("Z", "+00:00"))
        if option is datetime.date:
            return datetime.date.fromisoformat(str(raw))
    return raw


def call_kwargs(key: str, recording: Recording) -> dict[str, Any]:
    """The keyword arguments that make the generated function send ``recording``'s request."""
    request = recording.request
    operation = spec_operation(key, recording.data["operation"])
    function = operation_module(key, recording.data["operation"]).sync
    hints = typing.get_type_hints(function)
    accepted = inspect.signature(function).parameters
    match = path_pattern(operation.path).match(request["path"])
    assert match is not None, f"{recording.name}: path does not match {operation.path}"
    wire: dict[str, object] = {**match.groupdict(), **request["query"]}
    kwargs: dict[str, Any] = {}
    for name, raw in wire.items():
        argument = python_name(name)
        assert argument in accepted, f"{recording.name}: {name} -> {argument} is not an argument of {function}"
        kwargs[argument] = _convert(hints[argument], raw)
    if request["body"] is not None:
        kwargs["body"] = hints["body"].from_dict(request["body"])
    return kwargs


def success_model(key: str, operation_id: str) -> type:
    return typing.get_type_hints(operation_module(key, operation_id).sync)["return"]


def date_time_params(key: str, operation: SpecOperation) -> set[str]:
    spec = load_spec(key)
    return {p["name"] for p in parameters(spec, operation) if deref(spec, p["schema"]).get("format") == "date-time"}


# ---------------------------------------------------------------------------------------------- credentials


@dataclass(frozen=True)
class Credential:
    kwarg: str
    env: str
    transform: str | None


@dataclass(frozen=True)
class Scheme:
    """One security scheme of the spec, with the header it produces."""

    kind: str  # "bearer" | "basic" | "header"
    header: str
    credentials: tuple[Credential, ...]

    def expected(self, values: dict[str, str]) -> tuple[str, str]:
        if self.kind == "bearer":
            return self.header, f"Bearer {values[self.credentials[0].kwarg]}"
        if self.kind == "basic":
            user, password = (values[c.kwarg] for c in self.credentials)
            digest = hashlib.md5(password.encode(), usedforsecurity=False).hexdigest()
            return self.header, "Basic " + base64.b64encode(f"{user}:{digest}".encode()).decode()
        return self.header, values[self.credentials[0].kwarg]


def alternatives(key: str) -> list[list[Scheme]]:
    """The spec's security alternatives (top-level ``security``), each a list of schemes sent together."""
    spec = load_spec(key)
    schemes = spec["components"]["securitySchemes"]
    found = []
    for requirement in spec["security"]:
        group = []
        for name in requirement:
            node = schemes[name]
            creds = tuple(Credential(c["kwarg"], c["env"], c.get("transform")) for c in node["x-credentials"])
            if node["type"] == "http":
                group.append(Scheme(node["scheme"], "Authorization", creds))
            else:
                group.append(Scheme("header", node["name"], creds))
        found.append(group)
    return found


ALTERNATIVES = [(key, index) for key in VENDORS for index in range(len(alternatives(key)))]
"""Every (vendor, credential alternative) pair, and their test ids."""
ALT_IDS = [f"{key}-{index}" for key, index in ALTERNATIVES]


def env_names(key: str) -> list[str]:
    return [c.env for group in alternatives(key) for scheme in group for c in scheme.credentials]


def kwargs_of(group: list[Scheme], prefix: str = "test") -> dict[str, str]:
    return {c.kwarg: f"{prefix}-{c.kwarg}-value" for scheme in group for c in scheme.credentials}


def expected_headers(group: list[Scheme], values: dict[str, str]) -> dict[str, str]:
    return dict(scheme.expected(values) for scheme in group)


def alternative_for(key: str, recording: Recording) -> list[Scheme]:
    """The alternative whose headers the recording shows (``Authorization: Basic`` vs ``Bearer`` included)."""
    recorded = {name.lower(): value for name, value in recording.request["headers"].items()}
    for group in alternatives(key):
        if all(
            s.header.lower() in recorded
            and (s.kind == "header" or recorded[s.header.lower()].lower().startswith(s.kind))
            for s in group
        ):
            return group
    raise AssertionError(f"{recording.name}: no security alternative matches {recorded}")


# ---------------------------------------------------------------------------------------------- the replay transport


def json_response(status: int, body: object, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, headers=headers or {"content-type": "application/json"}, content=json.dumps(body))


def text_response(status: int, text: str, content_type: str = "application/json") -> httpx.Response:
    return httpx.Response(status, headers={"content-type": content_type}, content=text.encode())


def recorded_response(recording: Recording) -> httpx.Response:
    response = recording.response
    return json_response(response["status"], response["body"], dict(response["headers"]))


@dataclass
class Replay:
    """An ``httpx.MockTransport`` that answers in turn (the last answer repeats) and keeps every request."""

    answers: list[httpx.Response]
    requests: list[httpx.Request] = field(default_factory=list)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        # A copy as it arrived: once the exchange is over the client redacts the credentials in its request.
        content = request.read()
        self.requests.append(httpx.Request(request.method, request.url, headers=request.headers, content=content))
        answer = self.answers[min(len(self.requests), len(self.answers)) - 1]
        # A fresh Response each time: one object cannot be sent twice.
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self._handle)

    def sent_json(self, index: int = -1) -> object:
        return json.loads(self.requests[index].content)


def make_client(key: str, replay: Replay, credentials: dict[str, str] | None = None, **options: Any) -> Any:
    """The vendor's ``AuthenticatedClient`` on the replay transport (default: the first credential alternative)."""
    if credentials is None:
        credentials = kwargs_of(alternatives(key)[0])
    return package(key).AuthenticatedClient(**credentials, httpx_args={"transport": replay.transport}, **options)


def replay_recording(key: str, recording: Recording, **options: Any) -> tuple[Any, Replay, dict[str, Any]]:
    """A client answering with ``recording``, and the call arguments that send its request."""
    replay = Replay([recorded_response(recording)])
    credentials = kwargs_of(alternative_for(key, recording))
    return make_client(key, replay, credentials, **options), replay, call_kwargs(key, recording)


# ---------------------------------------------------------------------------------------------- JSON comparison

_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")


def instant(value: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))


def normalized(value: object) -> object:
    """JSON with date-time strings replaced by instants, so ``...000Z`` equals ``...+00:00``."""
    if isinstance(value, dict):
        return {k: normalized(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalized(v) for v in value]
    if isinstance(value, str) and _DATE_TIME.match(value):
        return instant(value)
    return value


def objects(value: object, path: tuple[object, ...] = ()) -> Iterator[tuple[tuple[object, ...], dict[str, Any]]]:
    """Every JSON object inside ``value`` (itself included) with its path."""
    if isinstance(value, dict):
        yield path, value
        for k, v in value.items():
            yield from objects(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from objects(v, (*path, i))
