"""Check the built distributions in dist/: contents, and each client wheel installed alone in a fresh virtualenv.

    python tests/packaging/check_wheels.py [--dist dist] [KEY ...]

For every client (all five unless KEYs are given):

1. the wheel and sdist exist and hold the package, its ``py.typed`` marker, README, CHANGELOG, LICENSE and pyproject,
   and the wheel's metadata declares the license, authors, keywords, classifiers (the tested Python versions among
   them) and a compatible ``loyalty-runtime`` range (the runtime's archives are checked the same way);
2. a new virtualenv (``python -m venv``, in a temporary directory) gets ONLY that wheel and the runtime wheel of
   dist/ (so the runtime comes from dist/, never from the index), with httpx/attrs from the index;
3. the public imports work there (from the installed files, not the source tree), and ``RateLimitError`` is the
   runtime's class object;
4. the README's ``## Use it`` examples run there against a recorded answer (run_readme_example.py).

Exits non-zero after checking every client when any check failed.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
KEYS = ("yuko", "appy_stamp", "voucherify", "joy", "capillary")
VERSION = "0.1.0"
RUNTIME_REQUIREMENT = "Requires-Dist: loyalty-runtime<0.2,>=0.1.0"
PYTHON_VERSIONS = ("3.11", "3.12", "3.13")
METADATA = (
    "Description-Content-Type: text/markdown",
    "License-Expression: MIT",
    "License-File: LICENSE",
    "Author: The loyalty-clients maintainers",
    "Keywords: ",
    "Classifier: Development Status :: ",
    *(f"Classifier: Programming Language :: Python :: {version}" for version in PYTHON_VERSIONS),
    "Classifier: Typing :: Typed",
)

# A 200 recording of each vendor's list operation whose auth headers match the credentials the runner sets.
README_RECORDINGS = {
    "yuko": "list-activities-reference-example.json",
    "appy_stamp": "list-activities-documented-example.json",
    "voucherify": "list-customer-activity-page-1.json",
    "joy": "list-activities-documented.json",
    "capillary": "get-loyalty-events-documented.json",
}

IMPORT_CHECK = """\
import importlib.metadata, importlib.resources, sys
import loyalty_runtime.errors
import loyalty_{key}
from loyalty_{key} import errors
from loyalty_{key}.errors import APIStatusError, RateLimitError

assert RateLimitError is loyalty_runtime.errors.RateLimitError
assert errors.APIStatusError is APIStatusError is loyalty_runtime.errors.APIStatusError
assert isinstance(loyalty_{key}.AuthenticatedClient, type)
for module in (loyalty_{key}, loyalty_runtime):
    assert module.__file__.startswith(sys.prefix), f"{{module.__name__}} imported from {{module.__file__}}"
    assert importlib.resources.files(module).joinpath("py.typed").is_file(), f"{{module.__name__}}: no py.typed"
assert importlib.metadata.version("loyalty-runtime") == "{version}"
assert loyalty_{key}.__version__ == importlib.metadata.version("loyalty-{dist_key}") == "{version}"
print("loyalty_{key}: imports ok from", loyalty_{key}.__file__)
"""


def dist_name(key: str) -> str:
    return f"loyalty_{key}-{VERSION}"


def check_archives(dist: Path, key: str) -> Path:
    """The wheel and sdist of one package hold what users need; returns the wheel."""
    wheel, sdist = dist / f"{dist_name(key)}-py3-none-any.whl", dist / f"{dist_name(key)}.tar.gz"
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata = archive.read(f"{dist_name(key)}.dist-info/METADATA").decode("utf-8")
    license_file = f"{dist_name(key)}.dist-info/licenses/LICENSE"
    for required in (f"loyalty_{key}/__init__.py", f"loyalty_{key}/py.typed", license_file):
        assert required in names, f"{wheel.name} lacks {required}"
    assert all(name.startswith((f"loyalty_{key}/", f"{dist_name(key)}.dist-info/")) for name in names), names
    for line in METADATA:
        assert any(row.startswith(line) for row in metadata.splitlines()), f"{wheel.name}: metadata lacks {line!r}"
    assert "dateutil" not in metadata, f"{wheel.name}: depends on python-dateutil"
    if key != "runtime":
        assert RUNTIME_REQUIREMENT in metadata.splitlines(), f"{wheel.name}: no {RUNTIME_REQUIREMENT!r}"
    with tarfile.open(sdist) as archive:
        members = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    for required in ("pyproject.toml", "README.md", "CHANGELOG.md", "LICENSE", f"src/loyalty_{key}/py.typed"):
        assert required in members, f"{sdist.name} lacks {required}"
    return wheel


def run(*command: str | Path, cwd: Path) -> None:
    subprocess.run([str(part) for part in command], cwd=cwd, check=True)


def check_client(dist: Path, key: str) -> None:
    wheel = check_archives(dist, key)
    with tempfile.TemporaryDirectory(prefix=f"wheel-{key}-") as tmp:
        work = Path(tmp)
        run(sys.executable, "-m", "venv", work / "venv", cwd=work)
        python = work / "venv" / "bin" / "python"
        runtime = dist / f"{dist_name('runtime')}-py3-none-any.whl"
        run(python, "-m", "pip", "install", "--quiet", runtime, wheel, cwd=work)
        code = IMPORT_CHECK.format(key=key, dist_key=key.replace("_", "-"), version=VERSION)
        run(python, "-c", code, cwd=work)
        run(
            python,
            ROOT / "tests" / "packaging" / "run_readme_example.py",
            key,
            ROOT / "clients" / key / "README.md",
            ROOT / "tests" / "recordings" / key / README_RECORDINGS[key],
            cwd=work,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description="Check dist/: archive contents and each client wheel alone.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="the directory of built distributions")
    parser.add_argument("keys", nargs="*", metavar="KEY", help=f"clients to check (default: all of {', '.join(KEYS)})")
    args = parser.parse_args()
    keys: list[str] = args.keys or list(KEYS)
    if unknown := sorted(set(keys) - set(KEYS)):
        parser.error(f"unknown client keys: {', '.join(unknown)}")
    dist: Path = args.dist.resolve()

    failures: dict[str, str] = {}
    try:
        check_archives(dist, "runtime")
    except (AssertionError, OSError, KeyError) as error:
        failures["runtime"] = str(error)
    for key in keys:
        print(f"--- {key}", flush=True)
        try:
            check_client(dist, key)
        except (AssertionError, OSError, KeyError, subprocess.CalledProcessError) as error:
            failures[key] = str(error)
    for name, failure in failures.items():
        print(f"FAILED {name}: {failure}", file=sys.stderr)
    print(f"{sum(key not in failures for key in keys)}/{len(keys)} client wheels ok", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
