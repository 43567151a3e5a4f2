"""Every Python example of every README in the repository runs unchanged, as shown, against the loopback sandboxes.

Each README's ```python blocks run in order in one fresh interpreter (later blocks use what earlier ones defined,
as a reader following along would), configured by environment variables only: the ones ``nox -s sandbox``
prints (base URLs and demo credentials). Whatever a README shows is run; nothing is patched or skipped.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.specs import ROOT, vendor_keys
from loyalty_runtime.pointer import resolve
from sandbox.seed import all_seeded, readme_customer
from sandbox.server import Running, environment, serving

_BLOCK = re.compile(r"^```python\n(.*?)^```$", flags=re.DOTALL | re.MULTILINE)
_DONE = "--- README block {} done ---"
_RUNNER = f"""
import json, sys
blocks, path = json.loads(sys.argv[1]), sys.argv[2]
namespace = {{"__name__": "__main__"}}
for number, block in enumerate(blocks, 1):
    exec(compile(block, f"{{path}} (python block {{number}})", "exec"), namespace)
    print({_DONE!r}.format(number), flush=True)
"""


def python_blocks(readme: Path) -> list[str]:
    return _BLOCK.findall(readme.read_text(encoding="utf-8"))


def readmes() -> list[Path]:
    """Every README with a Python example: the packages' (generated and hand-written) and the repository's."""
    found = [ROOT / "README.md", *sorted((ROOT / "clients").glob("*/README.md"))]
    return [path for path in found if python_blocks(path)]


@pytest.fixture(scope="module")
def sandboxes() -> Iterator[dict[str, Running]]:
    with serving(all_seeded()) as running:
        yield running


def _environment(running: dict[str, Running]) -> dict[str, str]:
    """This interpreter's environment without any loyalty configuration, plus the sandbox's variables."""
    ours = environment(running)
    prefixes = (*(f"{key.upper()}_" for key in vendor_keys()), "LOYALTY_")
    kept = {name: value for name, value in os.environ.items() if not name.startswith(prefixes)}
    return {**kept, **ours}


def test_every_client_readme_has_examples_to_run() -> None:
    ran = {path.parent.name for path in readmes()}
    assert set(vendor_keys()) <= ran
    for key in vendor_keys():
        assert len(python_blocks(ROOT / "clients" / key / "README.md")) >= 6, f"{key}: README lost its examples"


@pytest.mark.parametrize("readme", readmes(), ids=lambda path: str(path.relative_to(ROOT)))
def test_readme_examples_run_unchanged_against_the_sandbox(readme: Path, sandboxes: dict[str, Running]) -> None:
    blocks = python_blocks(readme)
    before = {key: len(item.sandbox.requests) for key, item in sandboxes.items()}
    done = subprocess.run(
        [sys.executable, "-c", _RUNNER, json.dumps(blocks), str(readme.relative_to(ROOT))],
        env=_environment(sandboxes),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, f"{readme}:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
    assert all(_DONE.format(number) in done.stdout for number in range(1, len(blocks) + 1))
    key = readme.parent.name
    if key in sandboxes:
        # A client README's examples reached its sandbox and walked the example customer's whole ledger.
        sandbox = sandboxes[key].sandbox
        assert len(sandbox.requests) > before[key]
        listing = next(iter(sandbox.lists.values()))
        customer = sandbox.customers[readme_customer(sandbox, listing)]
        ids = [str(resolve(record, listing.pages.paging.item_id)) for record in customer.records]
        assert ids and all(record_id in done.stdout for record_id in ids)
