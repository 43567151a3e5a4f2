"""Each operation is documented once (issue 10 item 10): ``sync_detailed`` holds the operation's long description
and every argument; the other variants say what they return and point to it; the walks describe the walk."""

from __future__ import annotations

import inspect
import types
from collections.abc import Iterator

import pytest

from generator.specs import load_spec
from tests.clients.replay import VENDORS, operation_module

VARIANTS = ("sync", "asyncio", "asyncio_detailed")
WALKS = ("sync_pages", "sync_all", "asyncio_pages", "asyncio_all")


def _operations(key: str) -> Iterator[tuple[dict, types.ModuleType]]:
    for methods in load_spec(key)["paths"].values():
        for operation in methods.values():
            if isinstance(operation, dict) and "operationId" in operation:
                yield operation, operation_module(key, operation["operationId"])


def _first_paragraph(description: str) -> str:
    """The description's opening words as the docstring shows them (prose re-wraps lines)."""
    return " ".join(description.split()[:8])


def _flat(text: str | None) -> str:
    return " ".join((text or "").split())


@pytest.mark.parametrize("key", VENDORS)
def test_the_long_description_appears_once_on_sync_detailed(key: str) -> None:
    described = 0
    for operation, module in _operations(key):
        description = operation.get("description")
        if not description:
            continue
        described += 1
        opening = _first_paragraph(description)
        assert opening in _flat(module.sync_detailed.__doc__), operation["operationId"]
        elsewhere = {"module": module.__doc__} | {
            name: getattr(module, name).__doc__ for name in (*VARIANTS, *WALKS) if hasattr(module, name)
        }
        documented = [name for name, text in elsewhere.items() if opening in _flat(text)]
        assert documented == [], f"{operation['operationId']}: also described in {documented}"
    assert described


@pytest.mark.parametrize("key", VENDORS)
def test_every_argument_is_documented_on_sync_detailed(key: str) -> None:
    for _, module in _operations(key):
        documentation = module.sync_detailed.__doc__ or ""
        for name in inspect.signature(module.sync_detailed).parameters:
            assert f"    {name}" in documentation, f"{module.__name__}.sync_detailed: {name} undocumented"


@pytest.mark.parametrize("key", VENDORS)
def test_the_other_variants_say_what_they_return_and_point_to_sync_detailed(key: str) -> None:
    for _, module in _operations(key):
        for name in VARIANTS:
            documentation = getattr(module, name).__doc__ or ""
            assert "``sync_detailed``" in documentation, f"{module.__name__}.{name}"
            assert "Returns:" in documentation, f"{module.__name__}.{name}"
            assert "Args:" not in documentation, f"{module.__name__}.{name} repeats the arguments"


@pytest.mark.parametrize("key", VENDORS)
def test_walks_describe_the_walk_not_one_page(key: str) -> None:
    walks = 0
    for _, module in _operations(key):
        for name in WALKS:
            if not hasattr(module, name):
                continue
            walks += 1
            documentation = _flat(getattr(module, name).__doc__)
            assert "Walks the pages itself" in documentation, f"{module.__name__}.{name}"
            assert "exactly once" in documentation, f"{module.__name__}.{name}"
            assert "PaginationError" in documentation, f"{module.__name__}.{name}"
            assert "one page" not in documentation.lower(), f"{module.__name__}.{name} describes one page"
            for parameter in ("max_pages", "concurrency", *(("max_items",) if name.endswith("_all") else ())):
                assert f"{parameter}:" in documentation, f"{module.__name__}.{name}: {parameter} undocumented"
    assert walks
