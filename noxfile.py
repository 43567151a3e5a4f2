"""Tasks of the loyalty-clients monorepo. `nox -l` lists them; the README names the two that matter most."""

from __future__ import annotations

import shutil
from pathlib import Path

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["specs", "tests", "lint"]
nox.options.reuse_existing_virtualenvs = True

PYTHON = "3.11"
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


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The whole test suite (pass pytest options after --)."""
    session.install(*DEV, *CLIENTS, *TYPING)
    session.run("pytest", "-n", "2", *session.posargs, env={"HYPOTHESIS_PROFILE": "ci"})


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff, mypy --strict over the hand-written and generated code, and pyright's type completeness of the six
    packages (tests/packaging/verify_types.py: 100% of the public API with known types, external ones aside)."""
    session.install(*DEV, *CLIENTS, *TYPING)
    session.run("ruff", "check", "generator", "sandbox", "clients/runtime", "tests", "noxfile.py")
    session.run("ruff", "format", "--check", "generator", "sandbox", "clients/runtime", "tests", "noxfile.py")
    session.run("mypy", "generator", "sandbox", "clients/runtime/src", *(f"clients/{key}/src" for key in CLIENT_KEYS))
    session.run("python", "tests/packaging/verify_types.py")


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
    """Start the five vendor sandboxes on loopback with seeded data (pass --port/--seconds after --)."""
    session.install(*DEV, *CLIENTS)
    session.run("python", "-m", "sandbox", *session.posargs)


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Benchmarks side by side with peers, as ratios: decoding per record (json.loads, msgspec, pydantic v2, stock
    openapi-python-client, the official Voucherify SDK, ours), walks vs a raw httpx loop, latency and concurrency,
    peak memory at two ledger sizes, import time; figures also go to bench-results.json (`-- --quick`, `--help`)."""
    session.install(*DEV, *CLIENTS, "-r", "requirements/bench.txt")
    session.run("python", "-m", "sandbox.bench", *session.posargs)
