"""Stock openapi-python-client generates each spec cleanly: no warnings, the module paths of ARCHITECTURE.md,
and model class names without generator artefacts."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.specs import SPECS_DIR, vendor_keys

LIST_MODULES = {
    "yuko": ["activities/list_customer_activities.py"],
    "appy_stamp": [
        "activities/list_customer_activities.py",
        "activities/process_earn_rule.py",
        "earn_rules/list_earn_rules.py",
    ],
    "voucherify": ["customers/list_customer_activity.py"],
    "joy": ["activities/list_activities.py"],
    "capillary": ["customers/get_loyalty_events.py"],
}
# Names openapi-python-client invents for inline or ambiguous schemas.
ARTEFACT = re.compile(r"Type\d|Response\d{3}|Item\b|Item[A-Z]|Additional|\d$")


@pytest.fixture(scope="module", params=vendor_keys())
def generated(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path, str]:
    key: str = request.param
    out = tmp_path_factory.mktemp(key) / "client"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(SPECS_DIR / key / "openapi.yaml"),
            "--config",
            str(SPECS_DIR / key / "client.yaml"),
            "--output-path",
            str(out),
            "--meta",
            "none",
        ],
        capture_output=True,
        text=True,
        check=False,
        # The generator's post-hooks call ruff from the same environment as this interpreter.
        env={**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return key, out, result.stdout + result.stderr


def test_generation_prints_no_warning(generated: tuple[str, Path, str]) -> None:
    _, _, output = generated
    assert "warning" not in output.lower(), output


def test_module_paths_follow_the_architecture(generated: tuple[str, Path, str]) -> None:
    key, out, _ = generated
    for module in LIST_MODULES[key]:
        assert (out / "api" / module).is_file(), f"{key}: api/{module} was not generated"


def test_model_class_names_are_clean(generated: tuple[str, Path, str]) -> None:
    key, out, _ = generated
    names = re.findall(r"^class (\w+)", "\n".join(p.read_text() for p in (out / "models").glob("*.py")), re.M)
    assert names, f"{key}: no models generated"
    ugly = [name for name in names if ARTEFACT.search(name)]
    assert not ugly, f"{key}: generator artefacts in class names: {ugly}"
