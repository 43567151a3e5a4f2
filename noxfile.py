"""Tasks of the loyalty-clients monorepo. `nox -l` lists them; the README names the two that matter most."""

from __future__ import annotations

import nox

nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["specs", "tests", "lint"]
nox.options.reuse_existing_virtualenvs = True

PYTHON = "3.11"
DEV = ("-r", "requirements/dev.txt", "-e", "clients/runtime")


@nox.session(python=PYTHON)
def specs(session: nox.Session) -> None:
    """Validate every spec and recording (the checks of tests/specs), then print a per-vendor report."""
    session.install(*DEV)
    session.run("pytest", "tests/specs", "-q", "-p", "no:cacheprovider", *session.posargs)
    session.run("python", "-m", "generator.report")


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The whole test suite (pass pytest options after --)."""
    session.install(*DEV)
    session.run("pytest", "-n", "2", *session.posargs, env={"HYPOTHESIS_PROFILE": "ci"})


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """ruff and mypy --strict over the hand-written code."""
    session.install(*DEV, "mypy==2.4.1", "types-PyYAML==6.0.12.20261113", "types-jsonschema==4.26.0.20261006")
    session.run("ruff", "check", "generator", "clients/runtime", "tests", "noxfile.py")
    session.run("ruff", "format", "--check", "generator", "clients/runtime", "tests", "noxfile.py")
    session.run("mypy", "generator", "clients/runtime/src")
