"""Tasks of the loyalty-clients monorepo. `nox -l` lists them; the README names the two that matter most."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["specs", "tests", "lint"]
nox.options.reuse_existing_virtualenvs = True
# In CI a missing interpreter fails the run instead of skipping its sessions.
nox.options.error_on_missing_interpreters = bool(os.environ.get("CI"))

PYTHON = "3.11"
# The versions the test suite runs on (`nox -s tests` runs them all, `nox -s tests-3.12` one); every package's
# classifiers name the same versions (generator/generate.py PYTHON_VERSIONS, tests/packaging/test_metadata.py).
PYTHONS = ("3.11", "3.12", "3.13")


def _select_pyenv_versions() -> None:
    """Let nox and uv find every pyenv-installed interpreter of PYTHONS: pyenv's shims run only the selected
    versions, so add the newest installed patch release of each after those already selected."""
    if shutil.which("pyenv") is None:
        return
    run = subprocess.run(["pyenv", "versions", "--bare"], capture_output=True, text=True, check=False)
    installed = run.stdout.split()
    selected = (
        os.environ.get("PYENV_VERSION")
        or subprocess.run(["pyenv", "version-name"], capture_output=True, text=True, check=False).stdout.strip()
    )
    chosen = [name for name in selected.split(":") if name]
    for version in PYTHONS:
        patches = [name for name in installed if name.startswith(f"{version}.") and name[len(version) + 1 :].isdigit()]
        if patches:
            chosen.append(max(patches, key=lambda name: int(name.rsplit(".", 1)[1])))
    if chosen:
        os.environ["PYENV_VERSION"] = ":".join(dict.fromkeys(chosen))


_select_pyenv_versions()

DEV = ("-r", "requirements/dev.txt", "-e", "clients/runtime")
CLIENT_KEYS = ("yuko", "appy_stamp", "voucherify", "joy", "capillary")
CLIENTS = tuple(arg for key in CLIENT_KEYS for arg in ("-e", f"clients/{key}"))
PACKAGES = ("runtime", *CLIENT_KEYS)
TYPING = ("-r", "requirements/typing.txt")


@nox.session(python=PYTHON)
def specs(session: nox.Session) -> None:
    """Validate every spec and recording (the checks of tests/specs), then print a per-vendor report."""
    session.install(*DEV)
    session.run("pytest", "tests/specs", "-q", "-p", "no:cacheprovider", *session.posargs)
    session.run("python", "-m", "generator.report")


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """The whole test suite on each Python of PYTHONS (pass pytest options after --). The property tests search
    deepest (the "ci" Hypothesis profile) on the main version; the others run every test with the "dev" profile,
    which keeps the three runs of CI within its time budget."""
    session.install(*DEV, *CLIENTS, *TYPING)
    profile = "ci" if session.python == PYTHON else "dev"
    session.run("pytest", "-n", "2", *session.posargs, env={"HYPOTHESIS_PROFILE": profile})


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff, mypy --strict over the hand-written and generated code, pyright's type completeness of the six packages
    (tests/packaging/verify_types.py: 100% of the public API with known types, external ones aside), and pyright over
    the typed usage scripts."""
    session.install(*DEV, *CLIENTS, *TYPING)
    session.run("ruff", "check", "generator", "sandbox", "clients/runtime", "tests", "noxfile.py")
    session.run("ruff", "format", "--check", "generator", "sandbox", "clients/runtime", "tests", "noxfile.py")
    session.run("mypy", "generator", "sandbox", "clients/runtime/src", *(f"clients/{key}/src" for key in CLIENT_KEYS))
    session.run("python", "tests/packaging/verify_types.py")
    _pyright_usage(session)


def _pyright_usage(session: nox.Session) -> None:
    """pyright over the typed usage scripts: the resource API and module functions as an IDE user's code sees them."""
    session.run(
        "pyright", "tests/typing/resource_usage.py", *sorted(str(p) for p in Path("tests/typing").glob("usage_*.py"))
    )


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    """Regenerate clients/<key> from specs/ (all vendors, or those named after --)."""
    session.install(*DEV)
    session.run("python", "-m", "generator.generate", *session.posargs)


@nox.session(python=PYTHON)
def check_generated(session: nox.Session) -> None:
    """Regenerate into a scratch tree and fail on any difference from the committed clients/."""
    session.install(*DEV)
    session.run("python", "-m", "generator.generate", "--check", *session.posargs)


@nox.session(python=PYTHON)
def build(session: nox.Session) -> None:
    """Build sdist + wheel of the runtime and every client into dist/, twine-check them, then install each client
    wheel alone in a fresh virtualenv and run its imports and README example (tests/packaging/check_wheels.py)."""
    session.install("-r", "requirements/build.txt")
    dist = Path("dist")
    shutil.rmtree(dist, ignore_errors=True)
    for package in PACKAGES:
        # The sdist first, then the wheel built from that sdist (so a file missing from the sdist fails here);
        # --no-isolation builds with the pinned hatchling of requirements/build.txt (its version is still checked).
        session.run("python", "-m", "build", "--no-isolation", "--outdir", str(dist), f"clients/{package}")
    session.run("twine", "check", "--strict", *sorted(str(path) for path in dist.iterdir()))
    session.run("python", "tests/packaging/check_wheels.py", "--dist", str(dist), *session.posargs)


@nox.session(python=PYTHON)
def demo(session: nox.Session) -> None:
    """The main job: verify the clients match the specs, then pull every vendor's seeded ledger through its
    generated client from the loopback sandbox and check it against the sandbox's ground truth."""
    session.install(*DEV, *CLIENTS)
    session.run("python", "-m", "generator.generate", "--check")
    session.run("python", "-m", "sandbox.demo")


@nox.session(python=PYTHON)
def sandbox(session: nox.Session) -> None:
    """Start the five vendor sandboxes on loopback with seeded data and print the export lines (base URLs, demo
    credentials) that aim every client and README example at them (pass --port/--seconds after --)."""
    session.install(*DEV, *CLIENTS)
    session.run("python", "-m", "sandbox", *session.posargs)


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks side by side with peers, as ratios: decoding per record (json.loads, msgspec, pydantic v2, stock
    openapi-python-client, the official Voucherify SDK, ours), walks vs a raw httpx loop, latency and concurrency,
    peak memory at two ledger sizes, import time; figures also go to bench-results.json (`-- --quick`, `--help`)."""
    session.install(*DEV, *CLIENTS, "-r", "requirements/bench.txt")
    session.run("python", "-m", "sandbox.bench", *session.posargs)
