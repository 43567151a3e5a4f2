"""Finding a generated client's pieces by vendor key and operationId (for the demo and the tests)."""

from __future__ import annotations

import importlib
from types import ModuleType

from openapi_python_client.strings import snake_case

from generator.specs import find_operation, load_spec


def operation_module(key: str, operation_id: str) -> ModuleType:
    """``loyalty_<key>.api.<tag>.<operation>``: the generated module of one operation."""
    operation = find_operation(load_spec(key), operation_id)
    if operation is None:
        raise LookupError(f"{key} has no operation {operation_id}")
    tag = snake_case(operation.node["tags"][0])
    return importlib.import_module(f"loyalty_{key}.api.{tag}.{snake_case(operation_id)}")
