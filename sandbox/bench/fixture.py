"""What every measurement needs of one vendor: a sandbox holding a bench customer, the list operation's generated
module, a client's credentials and arguments, and JSON pages of 100 records built like the sandbox serves them."""

from __future__ import annotations

import importlib
import inspect
import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from openapi_python_client.strings import snake_case

from sandbox.clients import operation_module
from sandbox.seed import DEMO_CREDENTIALS, make_ledger, seeded
from sandbox.vendor import Customer, ListOperation, VendorSandbox

BENCH_CUSTOMER = "8880001"
PAGE_RECORDS = 100
VENDORS = tuple(DEMO_CREDENTIALS)


@dataclass
class Vendor:
    key: str
    sandbox: VendorSandbox
    listing: ListOperation
    module: Any
    customer: str

    @property
    def size(self) -> int:
        """The largest page the vendor allows (whole-ledger walks use it)."""
        return self.listing.pages.paging.page_size.maximum or PAGE_RECORDS

    def credentials(self) -> dict[str, str]:
        names = {c.kwarg for scheme in self.sandbox.vendor.security[0] for c in scheme.credentials}
        return {k: v for k, v in DEMO_CREDENTIALS[self.key].items() if k in names}

    def client_class(self) -> Any:
        return importlib.import_module(f"loyalty_{self.key}").AuthenticatedClient

    def client(self, **options: Any) -> Any:
        return self.client_class()(**self.credentials(), **options)

    def walk_arguments(self, size: int | None = None) -> dict[str, Any]:
        paging = self.listing.pages.paging
        return {
            snake_case(self.listing.customer_param[0]): self.customer,
            snake_case(paging.page_size.param): size or self.size,
        }

    def pages(self, count: int) -> list[bytes]:
        """``count`` JSON pages of 100 distinct records each (the first page of successive slices of the ledger)."""
        records = self.sandbox.customers[self.customer].records
        param = self.listing.pages.paging.page_size.param
        bodies = []
        for number in range(count):
            chunk = records[number * PAGE_RECORDS : (number + 1) * PAGE_RECORDS]
            bodies.append(json.dumps(self.listing.pages.page({param: str(PAGE_RECORDS)}, chunk)).encode())
        return bodies

    def records_of(self, body: bytes) -> int:
        return len(self.listing.pages.paging.items_of(json.loads(body)))


def vendor(key: str, records: int) -> Vendor:
    """A seeded sandbox of ``key`` with a bench customer holding ``records`` records."""
    sandbox = seeded(key)
    listing = next(iter(sandbox.lists.values()))
    sandbox.customers[BENCH_CUSTOMER] = Customer(BENCH_CUSTOMER, make_ledger(sandbox, listing, records, 90_000))
    return Vendor(key, sandbox, listing, operation_module(key, listing.operation.operation_id), BENCH_CUSTOMER)


def accepts(function: Callable[..., object], argument: str) -> bool:
    """Whether ``function`` takes ``argument`` (features other work may add are detected, not assumed)."""
    try:
        return argument in inspect.signature(function).parameters
    except (TypeError, ValueError):
        return False


def best_of(rounds: int, work: Callable[[], object]) -> float:
    """The least wall time of ``rounds`` runs of ``work``, in seconds: the least disturbed by a noisy machine."""
    best = float("inf")
    for _ in range(max(1, rounds)):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def ratio(value: float | None, base: float | None) -> float | None:
    return None if value is None or not base else value / base
