"""``python -m sandbox.bench``: run every measurement side by side, print the tables, write the JSON file."""

from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path
from typing import Any

from loyalty_runtime import fast
from sandbox.bench import decoding, imports, latency, memory, report, walks
from sandbox.bench.fixture import PAGE_RECORDS, VENDORS, accepts, vendor

MEASUREMENTS = ("decoding", "walks", "latency", "memory", "imports")
DEFAULT_JSON = Path(__file__).resolve().parents[2] / "bench-results.json"


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m sandbox.bench", description=__doc__)
    parser.add_argument(
        "--records",
        type=int,
        help="larger ledger of the memory walks (default 100,000; the smaller "
        "is a fifth of it; the loopback walks use a tenth)",
    )
    parser.add_argument("--rounds", type=int, help="rounds of each timing, the best kept (default 5; --quick 2)")
    parser.add_argument("--quick", action="store_true", help="small sizes and few rounds: about a minute")
    parser.add_argument("--pages", type=int, default=5, help="pages of 100 records each decoder reads (default 5)")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help="where the figures go (bench-results.json)")
    parser.add_argument("--only", nargs="+", choices=MEASUREMENTS, default=list(MEASUREMENTS), help="a subset")
    args = parser.parse_args()
    args.records = args.records or (10_000 if args.quick else 100_000)
    args.rounds = args.rounds or (2 if args.quick else 5)
    return args


def _features() -> dict[str, Any]:
    """What the clients and the sandbox offer today (figures that need an absent feature are n/a)."""
    item = vendor(latency.LATENCY_VENDOR, 0)
    return {
        "walk_concurrency_argument": accepts(item.module.sync_all, "concurrency"),
        "client_concurrency_argument": accepts(item.client_class(), "concurrency"),
        "sandbox_timer": walks.sandbox_timer(item.sandbox) is not None,
        "ours_decoding": _decoding(),
    }


def _decoding() -> str:
    """How "ours" decodes: msgspec into the generated mirrors when installed (from_dict for what it refuses)."""
    return "msgspec mirrors, from_dict on refusal" if fast.installed() else "json.loads + from_dict"


def _said(present: bool) -> str:
    return "present" if present else "absent (n/a)"


def main() -> None:
    args = _arguments()
    started = time.perf_counter()
    sizes = (max(1, args.records // 5), args.records)
    results: dict[str, Any] = {
        "meta": {
            "python": platform.python_version(),
            "rounds": args.rounds,
            "quick": args.quick,
            "memory_sizes": list(sizes),
            "walk_records": max(1, args.records // 10),
            "decode_pages": args.pages,
            "features": _features(),
        }
    }
    if "decoding" in args.only:
        items = [vendor(key, args.pages * PAGE_RECORDS) for key in VENDORS]
        results["decoding"] = decoding.run(items, args.pages, args.rounds)
        report.decoding(results["decoding"])
    if "walks" in args.only:
        results["walks"] = walks.run([vendor(key, max(1, args.records // 10)) for key in VENDORS], args.rounds)
        report.walks(results["walks"])
    if "latency" in args.only:
        item = vendor(latency.LATENCY_VENDOR, latency.PAGES * PAGE_RECORDS)
        results["latency"] = latency.run(item, min(args.rounds, 3))  # sleep-bound: few rounds suffice
        report.latency(results["latency"])
        cursor = vendor(latency.CURSOR_VENDOR, latency.PAGES * PAGE_RECORDS)
        results["latency"]["cursor"] = latency.cursor_run(cursor, min(args.rounds, 2))
        report.cursor_latency(results["latency"]["cursor"])
    if "memory" in args.only:
        results["memory"] = memory.run([vendor(key, 0) for key in VENDORS], sizes)
        report.memory(results["memory"])
    if "imports" in args.only:
        results["imports"] = imports.run(list(VENDORS), args.rounds)
        report.imports(results["imports"])
    results["meta"]["seconds"] = time.perf_counter() - started
    args.json.write_text(json.dumps(results, indent=2) + "\n")
    features = results["meta"]["features"]
    print(
        f"\nconcurrency= on the walks: {_said(features['walk_concurrency_argument'])}, on the client: "
        f"{_said(features['client_concurrency_argument'])}; "
        f"the sandbox's own timer: {_said(features['sandbox_timer'])}; "
        f"ours decodes with {features['ours_decoding']}"
    )
    print(f"figures written to {args.json} in {results['meta']['seconds']:.0f} s")


if __name__ == "__main__":
    main()
