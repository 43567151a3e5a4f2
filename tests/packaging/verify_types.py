"""Type completeness of the runtime and every generated package, as a type checker's user sees it.

    python tests/packaging/verify_types.py [PACKAGE ...]

Runs ``pyright --verifytypes`` on each installed package (all six unless import names are given) twice:

- with ``--ignoreexternal``: every public symbol must have a known type (100%), so anything missing is ours;
- without it: no public symbol may have an unknown type. Symbols whose type involves ``httpx.Request``,
  ``httpx.Response`` or ``httpx.Client`` still count as "ambiguous" there, because httpx leaves attributes such
  as ``Response.headers`` unannotated; that score is printed, not enforced, since only httpx can raise it.

pyright must find the packages in the active environment (nox puts the session's interpreter first on PATH).
Exits non-zero when any package falls short.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from dataclasses import dataclass

PACKAGES = (
    "loyalty_runtime",
    "loyalty_yuko",
    "loyalty_appy_stamp",
    "loyalty_voucherify",
    "loyalty_joy",
    "loyalty_capillary",
)


@dataclass(frozen=True)
class Completeness:
    score: float
    known: int
    ambiguous: int
    unknown: int


def completeness(package: str, *, ignore_external: bool) -> Completeness:
    """pyright's verdict on one package; its exit status only says whether the score is below 100%."""
    command = ["pyright", "--verifytypes", package, "--outputjson"]
    if ignore_external:
        command.append("--ignoreexternal")
    # The pinned pyright, without its look-up of a newer release on the package index.
    environment = {**os.environ, "PYRIGHT_PYTHON_IGNORE_WARNINGS": "1"}
    finished = subprocess.run(command, capture_output=True, text=True, check=False, env=environment)
    try:
        report = json.loads(finished.stdout)["typeCompleteness"]
    except (json.JSONDecodeError, KeyError) as error:
        raise SystemExit(f"pyright gave no report for {package}: {finished.stdout}{finished.stderr}") from error
    if not report.get("pyTypedPath"):
        raise SystemExit(f"pyright did not find {package} (with its py.typed) in the active environment")
    counts = report["exportedSymbolCounts"]
    return Completeness(
        score=report["completenessScore"],
        known=counts["withKnownType"],
        ambiguous=counts["withAmbiguousType"],
        unknown=counts["withUnknownType"],
    )


def problems_of(package: str) -> list[str]:
    """Print both scores of one package; return what falls short."""
    own = completeness(package, ignore_external=True)
    full = completeness(package, ignore_external=False)
    print(
        f"{package:20} {own.score:7.1%} ignoring external types   {full.score:7.1%} with them "
        f"({full.known} known, {full.ambiguous} ambiguous, {full.unknown} unknown)"
    )
    problems = []
    if own.score < 1.0:
        problems.append(f"{package}: {own.score:.1%} with --ignoreexternal (run pyright --verifytypes {package})")
    if full.unknown:
        problems.append(f"{package}: {full.unknown} public symbol(s) of unknown type")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("packages", nargs="*", default=list(PACKAGES), help="import names (default: all six)")
    args = parser.parse_args(argv)
    problems = [problem for package in args.packages for problem in problems_of(package)]
    for problem in problems:
        print(f"FAIL {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
