"""Stock openapi-python-client output of the same spec (the pinned generator without our templates), generated
at run time into a temporary directory, and its answer parsing: ``_parse_response`` of the list operation."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import httpx
from openapi_python_client.strings import snake_case

from generator.specs import SPECS_DIR


def generate(keys: list[str], into: Path) -> dict[str, str | None]:
    """Generate each vendor's stock package as ``stock_<key>`` under ``into`` (in parallel); per key, the
    generator's complaint, or ``None`` when it worked."""
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    runs = {
        key: subprocess.Popen(
            [
                *(sys.executable, "-m", "openapi_python_client", "generate"),
                *("--path", str(SPECS_DIR / key / "openapi.yaml")),
                *("--config", str(SPECS_DIR / key / "client.yaml")),
                *("--output-path", str(into / f"stock_{key}"), "--meta", "none"),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
        )
        for key in keys
    }
    outcome: dict[str, str | None] = {}
    for key, run in runs.items():
        output, _ = run.communicate()
        outcome[key] = None if run.returncode == 0 else output.strip()[-500:] or f"exit {run.returncode}"
    if str(into) not in sys.path:
        sys.path.insert(0, str(into))
    return outcome


def parser(key: str, tag: str, operation_id: str) -> Callable[[bytes], object]:
    """What the stock client's ``sync`` does after the bytes: ``response.json()`` and the model's ``from_dict``."""
    package = f"stock_{key}"
    module = importlib.import_module(f"{package}.api.{snake_case(tag)}.{snake_case(operation_id)}")
    client = importlib.import_module(f"{package}.client").Client(base_url="http://127.0.0.1")

    def parse(body: bytes) -> object:
        return module._parse_response(client=client, response=httpx.Response(200, content=body))

    return parse
