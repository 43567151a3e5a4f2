"""The packages' metadata agrees with what the repository tests and ships (issue 10 items 11-12)."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest
from packaging.specifiers import SpecifierSet
from packaging.version import Version

from generator.generate import CLASSIFIERS, PYTHON_VERSIONS, RUNTIME_REQUIREMENT
from generator.specs import vendor_keys

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("runtime", *vendor_keys())


def _project(package: str) -> dict:
    return tomllib.loads((ROOT / "clients" / package / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def _nox_pythons() -> tuple[str, ...]:
    """PYTHONS of the noxfile, read without running it."""
    for node in ast.parse((ROOT / "noxfile.py").read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "PYTHONS" for t in node.targets):
            return tuple(ast.literal_eval(node.value))
    raise AssertionError("noxfile.py defines no PYTHONS")


def test_the_classifiers_name_the_pythons_the_tests_run_on() -> None:
    assert _nox_pythons() == PYTHON_VERSIONS
    named = {c.rsplit(" ", 1)[1] for c in CLASSIFIERS if c.startswith("Programming Language :: Python :: 3.")}
    assert named == set(PYTHON_VERSIONS)


@pytest.mark.parametrize("package", PACKAGES)
def test_every_package_declares_license_authors_status_and_keywords(package: str) -> None:
    project = _project(package)
    assert project["license"] == "MIT"
    assert project["license-files"] == ["LICENSE"]
    assert (ROOT / "clients" / package / "LICENSE").read_bytes() == (ROOT / "LICENSE").read_bytes()
    assert (ROOT / "clients" / package / "CHANGELOG.md").read_text(encoding="utf-8").count(f"## {project['version']}")
    assert project["authors"] and project["keywords"]
    assert tuple(project["classifiers"]) == CLASSIFIERS
    assert project["requires-python"] == f">={PYTHON_VERSIONS[0]}"


@pytest.mark.parametrize("key", vendor_keys())
def test_clients_accept_a_compatible_runtime_range_and_no_dateutil(key: str) -> None:
    dependencies = _project(key)["dependencies"]
    assert f"loyalty-runtime{RUNTIME_REQUIREMENT}" in dependencies
    assert not any("dateutil" in dependency for dependency in dependencies)
    compatible = SpecifierSet(RUNTIME_REQUIREMENT)
    runtime = Version(_project("runtime")["version"])
    assert runtime in compatible
    assert Version(f"{runtime.major}.{runtime.minor}.99") in compatible
    assert Version(f"{runtime.major}.{runtime.minor + 1}.0") not in compatible
