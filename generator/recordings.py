"""Checks that keep the recorded responses in ``tests/recordings/`` and the specs honest with each other.

``problems(key)`` lists every disagreement between a vendor's recordings and its spec: format, operation, path,
parameters, body schemas, credential redaction and multi-page sequences (which must follow ``x-pagination``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker

from generator.specs import (
    JSON,
    ROOT,
    Operation,
    deref,
    find_operation,
    json_schema_pointer,
    load_spec,
    parameters,
    path_pattern,
    response_for,
    subschema_validator,
    validator,
)
from loyalty_runtime.envelope import ErrorEnvelope
from loyalty_runtime.paging import PagingSpec
from loyalty_runtime.pointer import MISSING

RECORDINGS_DIR = ROOT / "tests" / "recordings"
REDACTED = "<redacted>"
# Headers any HTTP client may send; they are not API parameters.
TRANSPORT_HEADERS = frozenset({"accept", "content-type", "user-agent", "accept-encoding", "host", "content-length"})


@dataclass(frozen=True)
class Recording:
    """One recorded exchange and the file it came from."""

    file: Path
    data: JSON

    @property
    def name(self) -> str:
        return self.file.name

    @property
    def request(self) -> JSON:
        return self.data["request"]

    @property
    def response(self) -> JSON:
        return self.data["response"]


def recording_files(key: str) -> list[Path]:
    return sorted((RECORDINGS_DIR / key).glob("*.json"))


def load_recordings(key: str) -> list[Recording]:
    return [Recording(path, json.loads(path.read_text(encoding="utf-8"))) for path in recording_files(key)]


def _format_validator() -> Draft202012Validator:
    schema = json.loads((RECORDINGS_DIR / "recording.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=FormatChecker())


def problems(key: str, recordings: list[Recording] | None = None) -> list[str]:
    """Every problem with the vendor's recordings (by default, those on disk); empty when they agree with the spec."""
    spec = load_spec(key)
    recordings = load_recordings(key) if recordings is None else recordings
    found: list[str] = []
    if not recordings:
        found.append("no recordings")
    well_formed: list[Recording] = []
    format_validator = _format_validator()
    for recording in recordings:
        errors = [f"{recording.name}: {error.message}" for error in format_validator.iter_errors(recording.data)]
        found.extend(errors)
        if not errors:
            found.extend(f"{recording.name}: {p}" for p in _exchange_problems(key, spec, recording))
            well_formed.append(recording)
    found.extend(_sequence_problems(spec, well_formed))
    return [f"{key}: {problem}" for problem in found]


def _exchange_problems(key: str, spec: JSON, recording: Recording) -> Iterator[str]:
    operation = find_operation(spec, recording.data["operation"])
    if operation is None:
        yield f"operation {recording.data['operation']} is not in the spec"
        return
    request, response = recording.request, recording.response
    if request["method"].lower() != operation.method:
        yield f"method {request['method']} but the operation is {operation.method.upper()}"
    match = path_pattern(operation.path).match(request["path"])
    if match is None:
        yield f"path {request['path']} does not match {operation.path}"
    declared = parameters(spec, operation)
    yield from _parameter_problems(key, spec, operation, declared, request, match.groupdict() if match else {})
    yield from _redaction_problems(spec, request["headers"])
    yield from _request_body_problems(key, operation, request)
    declared_response = response_for(operation, response["status"])
    if declared_response is None:
        yield f"status {response['status']} is not declared by {operation.operation_id}"
        return
    status_key, node = declared_response
    if "application/json" not in deref(spec, node).get("content", {}):
        yield f"status {status_key} declares no application/json body"
        return
    body_validator = validator(key, json_schema_pointer(operation, status_key))
    for error in body_validator.iter_errors(response["body"]):
        where = "".join(f"/{part}" for part in error.absolute_path)
        yield f"response body{where}: {error.message}"
    envelope = ErrorEnvelope.from_dict(spec["x-error-envelope"])
    is_error = response["status"] >= 400 or envelope.failed_despite_success(response["body"])
    if is_error and envelope.message_of(response["body"]) is None:
        yield "error body has no message where x-error-envelope says"


def coerce_parameter(value: str, schema: JSON) -> object:
    """A query/path string as the typed value its parameter schema describes."""
    kinds = schema.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if "integer" in kinds and value.lstrip("-").isdigit():
        return int(value)
    if "boolean" in kinds and value in ("true", "false"):
        return value == "true"
    return value


def _parameter_problems(
    key: str, spec: JSON, operation: Operation, declared: list[JSON], request: JSON, path_values: dict[str, str]
) -> Iterator[str]:
    by_location: dict[str, dict[str, JSON]] = defaultdict(dict)
    for param in declared:
        name = param["name"].lower() if param["in"] == "header" else param["name"]
        by_location[param["in"]][name] = param
    sent = {"query": dict(request["query"]), "path": path_values}
    for location, values in sent.items():
        for name, value in values.items():
            param = by_location[location].get(name)
            if param is None:
                yield f"{location} parameter {name} is not declared"
                continue
            schema = param.get("schema", {})
            param_validator = subschema_validator(key, schema)
            for item in value if isinstance(value, list) else [value]:
                for error in param_validator.iter_errors(coerce_parameter(item, deref(spec, schema))):
                    yield f"{location} parameter {name}={item!r}: {error.message}"
        for name, param in by_location[location].items():
            if param.get("required") and name not in values:
                yield f"required {location} parameter {name} is missing"
    auth_headers = _auth_header_names(spec, operation)
    for header in request["headers"]:
        lowered = header.lower()
        if lowered not in by_location["header"] and lowered not in auth_headers and lowered not in TRANSPORT_HEADERS:
            yield f"header {header} is neither a declared parameter nor an auth header"


def _auth_header_names(spec: JSON, operation: Operation) -> set[str]:
    schemes = spec.get("components", {}).get("securitySchemes", {})
    requirements = operation.node.get("security", spec.get("security", []))
    names: set[str] = set()
    for requirement in requirements:
        for scheme_name in requirement:
            scheme = schemes.get(scheme_name, {})
            if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
                names.add(scheme["name"].lower())
            elif scheme.get("type") in ("http", "oauth2", "openIdConnect"):
                names.add("authorization")
    return names


def _redaction_problems(spec: JSON, headers: dict[str, str]) -> Iterator[str]:
    schemes = spec.get("components", {}).get("securitySchemes", {})
    secret_headers = {"authorization"} | {
        s["name"].lower() for s in schemes.values() if s.get("type") == "apiKey" and s.get("in") == "header"
    }
    for name, value in headers.items():
        if name.lower() in secret_headers and value.split(" ")[-1] != REDACTED:
            yield f"header {name} carries an unredacted credential"


def _request_body_problems(key: str, operation: Operation, request: JSON) -> Iterator[str]:
    body = request.get("body")
    content = operation.node.get("requestBody", {}).get("content", {})
    if body is None:
        if operation.node.get("requestBody", {}).get("required"):
            yield "the operation requires a request body"
        return
    if "application/json" not in content:
        yield "a request body is recorded but the operation declares no application/json body"
        return
    pointer = f"{operation.pointer}/requestBody/content/application~1json/schema"
    for error in validator(key, pointer).iter_errors(body):
        yield f"request body: {error.message}"


def _sequence_problems(spec: JSON, recordings: list[Recording]) -> Iterator[str]:
    walks: dict[str, list[Recording]] = defaultdict(list)
    for recording in recordings:
        if "sequence" in recording.data:
            walks[recording.data["sequence"]["name"]].append(recording)
    for name, steps in walks.items():
        steps.sort(key=lambda r: r.data["sequence"]["step"])
        yield from (f"sequence {name}: {p}" for p in _walk_problems(spec, steps))


def _walk_problems(spec: JSON, steps: list[Recording]) -> Iterator[str]:
    expected_count = steps[0].data["sequence"]["of"]
    numbers = [step.data["sequence"]["step"] for step in steps]
    if numbers != list(range(1, expected_count + 1)) or any(s.data["sequence"]["of"] != expected_count for s in steps):
        yield f"steps {numbers} are not 1..{expected_count}"
        return
    operation_ids = {step.data["operation"] for step in steps}
    operation = find_operation(spec, steps[0].data["operation"]) if len(operation_ids) == 1 else None
    if operation is None or "x-pagination" not in operation.node:
        yield f"steps must share one paginated operation, have {sorted(operation_ids)}"
        return
    paging = PagingSpec.from_dict(operation.node["x-pagination"])
    position = paging.position.param
    seen_ids: set[object] = set()
    for index, step in enumerate(steps):
        query, response = step.request["query"], step.response
        if response["status"] != 200:
            code = ErrorEnvelope.from_dict(spec["x-error-envelope"]).code_of(response["body"])
            if index != len(steps) - 1 or not paging.is_end_error(code, index + 1):
                yield f"{step.name}: an error answer (code {code}) may only end a walk as a declared end error"
            continue
        size = int(query.get(paging.page_size.param, paging.page_size.default))
        body = response["body"]
        for item in paging.items_of(body):
            item_id = paging.item_id_of(item)
            if item_id is MISSING or item_id in seen_ids:
                yield f"{step.name}: record id {item_id!r} is missing or repeats an earlier record"
            seen_ids.add(item_id)
        last = paging.is_last_page(body, size)
        if last != (index == len(steps) - 1):
            yield f"{step.name}: last-page signal is {last} on step {index + 1} of {len(steps)}"
        if index + 1 < len(steps):
            following = steps[index + 1].request["query"]
            moved, expected = position, paging.next_position(query.get(position), body)
            if paging.record_offset is not None and position not in following and paging.record_offset in following:
                moved, expected = paging.record_offset, paging.first_record(query) + size  # the next record on
            if following.get(moved) != (None if expected is None else str(expected)):
                sent = following.get(moved)
                yield f"{steps[index + 1].name}: {moved}={sent!r}, the previous page says {expected!r}"
            fixed = {k: v for k, v in query.items() if k not in (position, paging.record_offset)}
            if {k: v for k, v in following.items() if k not in (position, paging.record_offset)} != fixed:
                yield f"{steps[index + 1].name}: parameters other than {moved} changed during the walk"
    if len(steps) < 2:
        yield "a sequence needs at least two steps"


__all__ = ["RECORDINGS_DIR", "Recording", "load_recordings", "problems", "recording_files"]
