"""The main job's demonstration: every vendor's seeded customer ledger pulled through the generated client over
loopback HTTP, checked against the sandbox's ground truth. ``python -m sandbox.demo``; exits 1 on any mismatch."""

from __future__ import annotations

import importlib
import sys
import time
from dataclasses import dataclass
from typing import Any

from openapi_python_client.strings import snake_case

from generator.specs import find_operation
from loyalty_runtime.pointer import resolve
from sandbox.clients import operation_module
from sandbox.seed import DEMO_CREDENTIALS, all_seeded
from sandbox.server import Running, serving
from sandbox.vendor import ListOperation


@dataclass
class Outcome:
    vendor: str
    customer: str
    records: int
    pages: int
    requests: int
    seconds: float
    balance: str
    problems: list[str]


def _client(key: str, running: Running) -> Any:
    schemes = running.sandbox.vendor.security[0]
    first = {c.kwarg for scheme in schemes for c in scheme.credentials}
    credentials = {k: v for k, v in DEMO_CREDENTIALS[key].items() if k in first}
    package = importlib.import_module(f"loyalty_{key}")
    return package.AuthenticatedClient(**credentials, base_url=running.base_url)


def _award_earn_rule(key: str, client: Any, customer_id: str, running: Running) -> tuple[str, list[str]]:
    """Appy Stamp: process the shop's first earn rule for the customer; the balance must move by its award."""
    rules = operation_module(key, "listEarnRules").sync(client=client)
    rule = rules.data[0]
    before = running.sandbox.customers[customer_id].balance
    process = operation_module(key, "processEarnRule")
    body = importlib.import_module(f"loyalty_{key}.models").ProcessEarnRuleRequest(earn_rule_id=int(rule.id))
    result = process.sync(client=client, id=customer_id, body=body)
    after = running.sandbox.customers[customer_id].balance
    problems = []
    if result.data.stamp_balance != after or after - before != result.data.stamp_change:
        problems.append(f"earn rule {rule.id}: balance {before} -> {after}, client saw {result.data.stamp_balance}")
    return f"{before} -> {after} ({result.data.stamp_change:+d}, earn rule {rule.name!r})", problems


def run_vendor(key: str, running: Running) -> Outcome:
    sandbox = running.sandbox
    listing: ListOperation = next(iter(sandbox.lists.values()))
    customer_id = next(iter(sandbox.customers))
    module = operation_module(key, listing.operation.operation_id)
    started = time.perf_counter()
    sent_before = len(sandbox.requests)
    with _client(key, running) as client:
        balance, problems = "read-only ledger", list[str]()
        if find_operation(sandbox.spec, "processEarnRule") is not None:
            balance, problems = _award_earn_rule(key, client, customer_id, running)
        list_sent_before = len(sandbox.requests)
        walked = list(module.sync_all(client=client, **{snake_case(listing.customer_param[0]): customer_id}))
        pages = len(sandbox.requests) - list_sent_before
    seconds = time.perf_counter() - started
    paging = listing.pages.paging
    truth = [str(resolve(record, paging.item_id)) for record in sandbox.customers[customer_id].records]
    got = [str(item.id) for item in walked]
    if got != truth:
        problems.append(f"walk yielded {len(got)} records, the sandbox holds {len(truth)} (or in another order)")
    return Outcome(key, customer_id, len(got), pages, len(sandbox.requests) - sent_before, seconds, balance, problems)


def main() -> int:
    outcomes: list[Outcome] = []
    with serving(all_seeded()) as running:
        for key, item in running.items():
            outcomes.append(run_vendor(key, item))
    header = ("vendor", "customer", "records", "pages", "requests", "time", "balance movement")
    rows = [
        (o.vendor, o.customer, str(o.records), str(o.pages), str(o.requests), f"{o.seconds * 1000:.0f} ms", o.balance)
        for o in outcomes
    ]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    print("loyalty-clients demo: each vendor's seeded ledger through its generated client, over loopback HTTP\n")
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    problems = [f"{o.vendor}: {p}" for o in outcomes for p in o.problems]
    print()
    if problems:
        print("MISMATCH with the sandbox's ground truth:")
        print("\n".join(f"  - {p}" for p in problems))
        return 1
    print(f"All {len(outcomes)} vendors agree with the sandbox's ground truth.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
