"""Seeded sandbox data: demo credentials and customers with ledgers shaped like each vendor's records, the
customer the package READMEs' examples use among them."""

from __future__ import annotations

import copy
import datetime
import random
import uuid
from typing import Any

from generator.specs import deref, example_value, parameters
from loyalty_runtime.paging import PagingSpec
from loyalty_runtime.pointer import resolve
from sandbox.pages import set_pointer
from sandbox.vendor import Customer, ListOperation, VendorSandbox

DEMO_CREDENTIALS: dict[str, dict[str, str]] = {
    "yuko": {"token": "py_sandbox_0000000000000000000000000"},
    "appy_stamp": {"api_key": "sandbox-key", "api_secret": "sandbox-secret"},
    "voucherify": {"app_id": "sandbox-app", "app_token": "sandbox-token", "oauth_token": "sandbox-oauth"},
    "joy": {"app_key": "sandbox-app-key", "secret_key": "sandbox-secret-key"},
    "capillary": {"username": "sandbox.till", "password": "sandbox123", "oauth_token": "sandbox-jwt"},
}
LEDGER_SIZES = (137, 12, 0)  # the demo customer first: a ledger of several pages, a short one, an empty one
README_LEDGER_SIZE = 45  # the README examples' customer, when not one of the above: a few pages
START = datetime.datetime(2026, 6, 30, 12, 0, tzinfo=datetime.UTC)


def record_templates(sandbox: VendorSandbox, listing: ListOperation) -> list[dict[str, Any]]:
    """Every record the recordings show for the operation: seeded records copy them in turn."""
    paging = listing.pages.paging
    found: dict[str, Any] = {}
    for recording in sandbox.successes:
        if recording.data["operation"] == listing.operation.operation_id:
            for record in paging.items_of(recording.response["body"]):
                found.setdefault(str(resolve(record, paging.item_id)), record)
    return list(found.values())


def record_id(sample: object, number: int) -> object:
    """The ``number``-th id in the form of ``sample`` (an integer, a UUID, or a string with its prefix)."""
    if isinstance(sample, int):
        return 1_600_000_000 + number
    try:
        uuid.UUID(str(sample))
    except ValueError:
        return f"{str(sample)[:6]}{number:07d}"
    return str(uuid.UUID(int=number, version=4))


def _date_fields(sandbox: VendorSandbox, listing: ListOperation) -> list[str]:
    return sorted({pointer for _, pointer, match in listing.filters if match in ("from", "until")})


def make_ledger(sandbox: VendorSandbox, listing: ListOperation, count: int, first_number: int) -> list[dict[str, Any]]:
    """``count`` distinct records in the vendor's shape, their dates an hour apart in the listing's order."""
    paging: PagingSpec = listing.pages.paging
    templates = record_templates(sandbox, listing)
    newest_first = "desc" in paging.order.lower() or "newest" in paging.order.lower()
    records = []
    for index in range(count):
        record = copy.deepcopy(templates[index % len(templates)])
        number = first_number + index
        set_pointer(record, paging.item_id, record_id(resolve(templates[0], paging.item_id), number))
        step = -index if newest_first else index - count
        moment = START + datetime.timedelta(hours=step)
        for pointer in _date_fields(sandbox, listing):
            set_pointer(record, pointer, moment.isoformat().replace("+00:00", "Z"))
        records.append(record)
    return records


def customer_ids(sandbox: VendorSandbox, listing: ListOperation) -> list[str]:
    """Customer ids in the vendor's format: the recorded one first, then variations of it."""
    name, location = listing.customer_param
    param = next(p for p in parameters(sandbox.spec, listing.operation) if p["name"] == name)
    schema = deref(sandbox.spec, param.get("schema", {}))
    successes = [r for r in sandbox.successes if r.data["operation"] == listing.operation.operation_id]
    recorded = next(
        (r.request["query"][name] for r in successes if location == "query" and name in r.request["query"]), None
    )
    if recorded is None:
        recorded = (schema.get("examples") or [param.get("example") or "6677889900"])[0]
    base = str(recorded)
    numeric = base.isdigit()
    return [base] + [str(int(base) + n) if numeric else f"{base}-{n}" for n in (1, 2)]


def readme_customer(sandbox: VendorSandbox, listing: ListOperation) -> str:
    """The customer id the package README passes to the listing: its parameter's spec example."""
    name, _ = listing.customer_param
    param = next(p for p in parameters(sandbox.spec, listing.operation) if p["name"] == name)
    return str(example_value(sandbox.spec, param))


def seeded(key: str, *, seed: int = 7, **options: Any) -> VendorSandbox:
    """A sandbox with the demo credentials and three customers (a long, a short and an empty ledger), plus the
    README examples' customer when it is none of them."""
    sandbox = VendorSandbox(key, credentials=DEMO_CREDENTIALS[key], **options)
    rng = random.Random(seed)
    for listing in sandbox.lists.values():
        for number, (customer_id, size) in enumerate(zip(customer_ids(sandbox, listing), LEDGER_SIZES, strict=True)):
            records = make_ledger(sandbox, listing, size, first_number=1_000 * (number + 1))
            sandbox.customers[customer_id] = Customer(customer_id, records, balance=rng.randint(0, 500))
        example = readme_customer(sandbox, listing)
        if example not in sandbox.customers:
            records = make_ledger(sandbox, listing, README_LEDGER_SIZE, first_number=1_000 * (len(LEDGER_SIZES) + 1))
            sandbox.customers[example] = Customer(example, records, balance=rng.randint(0, 500))
    return sandbox


def all_seeded(**options: Any) -> dict[str, VendorSandbox]:
    return {key: seeded(key, **options) for key in DEMO_CREDENTIALS}


__all__ = ["DEMO_CREDENTIALS", "all_seeded", "readme_customer", "seeded"]
