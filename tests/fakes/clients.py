"""Building a vendor's generated client and list operation against a fake, for tests."""

from __future__ import annotations

import enum
import importlib
import re
import typing
from dataclasses import replace
from types import ModuleType
from typing import Any

import httpx
from openapi_python_client.strings import snake_case

from generator.specs import find_operation, load_spec, path_pattern
from sandbox.clients import operation_module
from tests.fakes.ledger import Walkable

__all__ = ["CREDENTIALS", "call_arguments", "make_client", "operation_module"]

CREDENTIALS: dict[str, dict[str, str]] = {
    "yuko": {"token": "py_test_token"},
    "appy_stamp": {"api_key": "key_test", "api_secret": "secret_test"},
    "voucherify": {"app_id": "app_test", "app_token": "token_test"},
    "joy": {"app_key": "app_test", "secret_key": "secret_test"},
    "capillary": {"username": "till.user", "password": "till-password"},
}


def make_client(
    key: str,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport,
    sleeps: list[float] | None = None,
    **options: Any,
) -> Any:
    """The vendor's ``AuthenticatedClient`` on ``transport``; waits between retries are recorded, not slept."""
    package = importlib.import_module(f"loyalty_{key}")
    client = package.AuthenticatedClient(**CREDENTIALS[key], httpx_args={"transport": transport}, **options)
    record = sleeps if sleeps is not None else []

    async def asleep(seconds: float) -> None:
        record.append(seconds)

    client.retry = replace(client.retry, sleep=record.append, asleep=asleep)
    return client


def call_arguments(op: Walkable, module: ModuleType, **query: object) -> dict[str, Any]:
    """Keyword arguments for the operation: the recorded path and required query values, plus ``query``."""
    operation = find_operation(load_spec(op.key), op.operation_id)
    assert operation is not None
    match = re.match(path_pattern(operation.path), op.request_path)
    assert match is not None
    wire = {**match.groupdict(), **op.required_query, **query}
    hints = typing.get_type_hints(module.sync)
    arguments: dict[str, Any] = {}
    for name, value in wire.items():
        python = snake_case(name)
        python = python if python in hints else f"{python}_"
        arguments[python] = _typed(value, hints[python])
    return arguments


def _typed(value: object, hint: object) -> object:
    """A wire value as the argument type the generated function declares (enum member, int, or as is)."""
    if not isinstance(value, str):
        return value
    for option in typing.get_args(hint) or (hint,):
        if isinstance(option, type) and issubclass(option, enum.Enum):
            return option(value)
        if option is int and value.lstrip("-").isdigit():
            return int(value)
    return value
