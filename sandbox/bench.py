"""Benchmarks: ``python -m sandbox.bench`` prints, per vendor, how fast a page decodes and how fast and in how
much memory a whole ledger streams through the generated client (in-process sandbox, so the network is not
measured). Numbers, not assertions: compare runs, do not gate on them."""

from __future__ import annotations

import argparse
import json
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

from openapi_python_client.strings import snake_case

from sandbox.clients import operation_module
from sandbox.seed import DEMO_CREDENTIALS, make_ledger, seeded
from sandbox.vendor import Customer

BENCH_CUSTOMER = "8880001"


def _best_of(runs: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def bench_vendor(key: str, records: int) -> dict[str, Any]:
    sandbox = seeded(key)
    listing = next(iter(sandbox.lists.values()))
    paging = listing.pages.paging
    size = paging.page_size.maximum or 100
    sandbox.customers[BENCH_CUSTOMER] = Customer(BENCH_CUSTOMER, make_ledger(sandbox, listing, records, 90_000))
    module = operation_module(key, listing.operation.operation_id)
    page_body = listing.pages.page(
        {paging.page_size.param: str(min(size, 100))}, sandbox.customers[BENCH_CUSTOMER].records
    )
    page_text = json.dumps(page_body)
    decode = _best_of(20, lambda: module._parse(json.loads(page_text)))
    names = {c.kwarg for scheme in sandbox.vendor.security[0] for c in scheme.credentials}
    package = __import__(f"loyalty_{key}")
    client = package.AuthenticatedClient(
        **{k: v for k, v in DEMO_CREDENTIALS[key].items() if k in names}, httpx_args={"transport": sandbox.transport()}
    )
    arguments = {snake_case(listing.customer_param[0]): BENCH_CUSTOMER, snake_case(paging.page_size.param): size}

    def walk() -> int:
        return sum(1 for _ in module.sync_all(client=client, **arguments))

    tracemalloc.start()
    walked = walk()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    seconds = _best_of(3, walk)
    client.close()
    return {
        "vendor": key,
        "page records": len(paging.items_of(page_body)),
        "page decode": f"{decode * 1000:.2f} ms",
        "records/s decoded": f"{len(paging.items_of(page_body)) / decode:,.0f}",
        "ledger": f"{walked:,} in pages of {size}",
        "walk": f"{seconds * 1000:.0f} ms",
        "walk records/s": f"{walked / seconds:,.0f}",
        "walk peak memory": f"{peak / 1024:,.0f} KiB",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=5_000, help="ledger size walked per vendor")
    args = parser.parse_args()
    rows = [bench_vendor(key, args.records) for key in DEMO_CREDENTIALS]
    header = list(rows[0])
    widths = [max(len(str(row[h])) for row in rows) for h in header]
    widths = [max(w, len(h)) for w, h in zip(widths, header, strict=True)]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(str(row[h]).ljust(w) for h, w in zip(header, widths, strict=True)))
    print("\nwalk peak memory is what tracemalloc saw during one whole walk: it stays near one page (plus the ids of")
    print("records already yielded, for vendors whose pages can shift), whatever the ledger size.")


if __name__ == "__main__":
    main()
