"""The repository documents itself (issue 10 item 13): every runtime module is described in the runtime's README,
and no Markdown file points outside the repository."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUNTIME = ROOT / "clients" / "runtime"
# A relative Markdown link or a path in backquotes that climbs above the repository root.
OUTSIDE = re.compile(r"(?:\]\(|`)((?:\.\./)+[^)`\s]*)")


def _markdown_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "*.md"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return [ROOT / name for name in listed]


@pytest.mark.parametrize("module", sorted(path.stem for path in (RUNTIME / "src" / "loyalty_runtime").glob("[!_]*.py")))
def test_every_runtime_module_is_described_in_its_readme(module: str) -> None:
    readme = (RUNTIME / "README.md").read_text(encoding="utf-8")
    assert f"| `loyalty_runtime.{module}` |" in readme


def test_no_markdown_file_points_outside_the_repository() -> None:
    files = _markdown_files()
    assert any(path.name == "CONTRIBUTING.md" for path in files)
    outside = []
    for path in files:
        for target in OUTSIDE.findall(path.read_text(encoding="utf-8")):
            if not (path.parent / target).resolve().is_relative_to(ROOT):
                outside.append(f"{path.relative_to(ROOT)}: {target}")
    assert outside == []
