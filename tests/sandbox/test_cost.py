"""The sandbox does not hide the client (issue 9, item 5): a page costs O(page size) whatever the ledger's length
(counted in records read, not timed), delayed requests overlap instead of queueing behind a lock, the sandbox
counts its own time, and the ledger's indexes answer exactly what a scan would across any writes."""

from __future__ import annotations

import asyncio
import math
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import sandbox.pages
import sandbox.vendor
from generator.recordings import coerce_parameter
from generator.specs import deref, parameters, subschema_validator
from loyalty_runtime.pointer import resolve
from sandbox.behaviours import appy_earn_rules
from sandbox.ledger import Ledger
from sandbox.seed import DEMO_CREDENTIALS, make_ledger, seeded
from sandbox.server import LOOPBACK, Running, serving
from sandbox.vendor import Customer, ListOperation, VendorSandbox
from tests.fakes.ledger import expected_requests
from tests.sandbox.test_behaviour import client_for, walk
from tests.sandbox.test_request_fidelity import ask, list_request, listing_of

VENDORS = sorted(DEMO_CREDENTIALS)
CUSTOMER = "5550003"
SIZE = 10
SLACK = 2  # records a request may read beyond its page (the record a cursor names)
Record = dict[str, Any]


class CountingLedger(Ledger):
    """A ledger that counts the records read out of it, by iteration or by index."""

    touched = 0

    def __iter__(self) -> Iterator[Record]:
        for record in super().__iter__():
            self.touched += 1
            yield record

    def __getitem__(self, index: Any) -> Any:
        got = super().__getitem__(index)
        self.touched += len(got) if isinstance(index, slice) else 1
        return got


class Reads:
    """Records read: from the ledger itself, and field by field (``resolve`` on a ledger record) anywhere in the
    sandbox's request path. A scan of the ledger shows as one read per record at least."""

    def __init__(self, ledger: CountingLedger, records: list[Record]) -> None:
        self.ledger = ledger
        self.watched = {id(record) for record in records}
        self.fields = 0

    def resolve(self, document: Any, pointer: str) -> Any:
        if id(document) in self.watched:
            self.fields += 1
        return resolve(document, pointer)

    @property
    def total(self) -> int:
        return self.ledger.touched + self.fields

    def cost(self, box: VendorSandbox, query: dict[str, str]) -> int:
        before = self.total
        answer = ask(box, CUSTOMER, **query)
        assert answer.status_code == 200, answer.text
        return self.total - before


def counted_customer(box: VendorSandbox, count: int, monkeypatch: pytest.MonkeyPatch) -> tuple[list[Record], Reads]:
    records = make_ledger(box, listing_of(box), count, first_number=60_000)
    ledger = CountingLedger(records)
    box.customers[CUSTOMER] = Customer(CUSTOMER, ledger)  # the cursor index is built here, once, not by a request
    reads = Reads(ledger, records)
    for module in (sandbox.vendor, sandbox.pages):
        monkeypatch.setattr(module, "resolve", reads.resolve)
    return records, reads


def filter_queries(box: VendorSandbox, listing: ListOperation, records: list[Record]) -> list[dict[str, str]]:
    """One query per filter the operation declares, its value taken from the record nearest the middle whose value
    the parameter accepts (Voucherify's ``type`` refuses some of the types its records carry)."""
    schemas = {p["name"]: p.get("schema", {}) for p in parameters(box.spec, listing.operation)}
    middle = len(records) // 2
    around = [records[at] for at in sorted(range(len(records)), key=lambda at: abs(at - middle))]
    queries = []
    for name, pointer, match in listing.filters:
        schema = schemas[name]
        for record in around:
            value = str(resolve(record, pointer))
            if match in ("from", "until") and deref(box.spec, schema).get("format") == "date":
                value = value[:10]
            sent = coerce_parameter(value, deref(box.spec, schema))
            if next(iter(subschema_validator(box.key, schema).iter_errors(sent)), None) is None:
                queries.append({name: value})
                break
    return queries


def first_page(listing: ListOperation) -> int:
    position = listing.pages.paging.position
    return position.first if position.first is not None else 1


def deep_positions(listing: ListOperation, records: list[Record]) -> list[dict[str, str]]:
    """Positions in the middle and at the end of the ledger, forward and (where the vendor has one) backward."""
    pages, position = listing.pages, listing.pages.paging.position
    count = len(records)
    if position.next == "increment":
        first, last = first_page(listing), first_page(listing) + (count - 1) // SIZE
        offset = pages.paging.record_offset
        at_offsets = [] if offset is None else [{offset: str(at)} for at in (count // 2 + 1, count - SIZE + 3)]
        return [{position.param: str(page)} for page in (first + (last - first) // 2, last)] + at_offsets
    queries = [{position.param: pages.position_of(records[at])} for at in (count // 2, count - SIZE - 1)]
    if position.reverse_param is not None:
        queries += [{position.reverse_param: pages.position_of(records[at])} for at in (count // 2, count - 1)]
    return queries


@pytest.mark.parametrize("key", VENDORS)
@pytest.mark.parametrize("count", [100, 10_000])
def test_a_page_costs_its_size_not_the_ledgers(key: str, count: int, monkeypatch: pytest.MonkeyPatch) -> None:
    box = seeded(key)
    listing = listing_of(box)
    paging = listing.pages.paging
    records, reads = counted_customer(box, count, monkeypatch)
    size = {paging.page_size.param: str(SIZE)}
    for where in [{}, *deep_positions(listing, records)]:
        assert reads.cost(box, size | where) <= SIZE + SLACK, where

    for filters in filter_queries(box, listing, records):
        kept = [r for r in records if sandbox.vendor._passes(r, listing.filters, filters)]
        assert 0 < len(kept) < count
        # A filter set's first request builds its view: each record, the field it filters on and, for cursor
        # styles, the id of each record kept. The walk's next pages read only their own records.
        assert reads.cost(box, size | filters) <= 3 * count + SIZE + SLACK
        body, sent = ask(box, CUSTOMER, **size, **filters).json(), None
        walked = paging.items_of(body)
        for _ in range(3):
            if paging.is_last_page(body, SIZE):
                break
            sent = paging.next_position(sent, body)
            query = size | filters | {paging.position.param: str(sent)}
            assert reads.cost(box, query) <= SIZE + SLACK, query
            body = ask(box, CUSTOMER, **query).json()
            walked += paging.items_of(body)
        assert walked == kept[: len(walked)]


def award(box: VendorSandbox, customer: str) -> httpx.Response:
    """Appy Stamp's earn-rule POST for the shop's first rule."""
    rule = int(appy_earn_rules(box)[0]["id"])
    url = f"https://sandbox.test{box.base_path}/customers/{customer}/activities"
    return box.handle(httpx.Request("POST", url, json={"earn_rule_id": rule}, headers=box.accepted[0]))


def test_an_award_heads_the_ledger_and_keeps_its_index(monkeypatch: pytest.MonkeyPatch) -> None:
    box = seeded("appy_stamp")
    listing = listing_of(box)
    records, reads = counted_customer(box, 10_000, monkeypatch)
    deep = listing.pages.position_of(records[-SIZE - 1])
    top = max(int(r["id"]) for r in records)
    for _ in range(3):
        assert award(box, CUSTOMER).status_code == 200
        assert reads.cost(box, {"limit": str(SIZE), "after": deep}) <= SIZE + SLACK  # no index rebuilt
        body = ask(box, CUSTOMER, limit=SIZE, after=deep).json()
        assert body["data"] == records[-SIZE:]
    head = ask(box, CUSTOMER, limit=SIZE).json()["data"]
    assert [r["id"] for r in head] == [str(top + n) for n in (3, 2, 1)] + [r["id"] for r in records[: SIZE - 3]]
    after_newest = ask(box, CUSTOMER, limit=SIZE, after=listing.pages.position_of(head[0])).json()["data"]
    assert after_newest == head[1:] + records[SIZE - 3 : SIZE - 2]


# --- delays overlap; the sandbox counts its own time -------------------------------------------------------------


def loopback_url(running: Running, request: httpx.Request) -> str:
    return f"http://{LOOPBACK}:{running.server.server_port}{request.url.raw_path.decode()}"


class Rendezvous:
    """A sleep that returns only once the other request is asleep too: both get through only if they overlap."""

    def __init__(self) -> None:
        self.barrier = threading.Barrier(2)
        self.together: list[bool] = []

    def __call__(self, seconds: float) -> None:
        try:
            self.barrier.wait(timeout=30)  # a bound against hanging, not a timing threshold
            self.together.append(True)
        except threading.BrokenBarrierError:
            self.together.append(False)


@pytest.mark.parametrize("key", VENDORS)
def test_two_delayed_requests_over_loopback_are_asleep_at_once(key: str) -> None:
    rendezvous = Rendezvous()
    box = seeded(key, sleep=rendezvous)
    request = list_request(box, next(iter(box.customers)))
    box.faults.extend(["delay:0.05", "delay:0.05"])
    answers: list[int] = []
    with serving({key: box}) as running:

        def fetch() -> None:
            with httpx.Client() as client:
                answers.append(client.get(loopback_url(running[key], request), headers=request.headers).status_code)

        threads = [threading.Thread(target=fetch) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert answers == [200, 200]
    assert rendezvous.together == [True, True]  # each was asleep while the other was


def test_delayed_requests_in_process_overlap_on_an_event_loop() -> None:
    events: list[str] = []

    async def sleep(seconds: float) -> None:
        events.append("asleep")
        await asyncio.sleep(0)
        events.append("awake")

    box = seeded("capillary", async_sleep=sleep)
    customer = next(iter(box.customers))
    box.faults.extend(["delay:0.05", "delay:0.05"])

    async def both() -> list[int]:
        async with httpx.AsyncClient(transport=box.async_transport()) as client:
            answers = await asyncio.gather(*(client.send(list_request(box, customer)) for _ in range(2)))
        return [answer.status_code for answer in answers]

    assert asyncio.run(both()) == [200, 200]
    assert events == ["asleep", "asleep", "awake", "awake"]  # the second fell asleep before the first woke


def test_timing_counts_the_sandbox_apart_from_its_delays() -> None:
    slept: list[float] = []
    box = seeded("yuko", sleep=slept.append)
    request = list_request(box, next(iter(box.customers)))
    box.faults.append("delay:0.25")
    assert box.handle(request).is_success and box.handle(request).is_success
    assert slept == [0.25]
    spent = box.timing.reset()
    assert spent.requests == 2 and spent.answering > 0 and spent.serving == 0 and spent.busy == spent.answering
    assert (box.timing.requests, box.timing.answering, box.timing.delayed) == (0, 0.0, 0.0)
    with serving({"yuko": box}) as running, httpx.Client() as client:
        assert client.get(loopback_url(running["yuko"], request), headers=request.headers).is_success
    assert box.timing.requests == 1 and box.timing.answering > 0 and box.timing.serving > 0


# --- indexes equal a scan, across writes ------------------------------------------------------------------------

EDITS = st.one_of(
    st.tuples(st.sampled_from(["head", "tail"]), st.integers(0, 3)),
    st.tuples(st.sampled_from(["middle", "delete", "replace", "award"]), st.floats(0, 1)),
)
READS = st.tuples(st.just("read"), st.integers(1, 7), st.floats(0, 1), st.booleans(), st.integers(0, 3))


def reference(box: VendorSandbox, records: list[Record], query: dict[str, str]) -> Any:
    """The page as the sandbox answered before its indexes: filter the whole ledger, scan it for the cursor,
    slice; or the parameter a position error names."""
    listing = listing_of(box)
    kept = [r for r in records if sandbox.vendor._passes(r, listing.filters, query)]
    try:
        return listing.pages.page(query, kept)
    except sandbox.pages.PositionError as error:
        return error.param


def read_query(
    box: VendorSandbox, ledger: list[Record], step: Any, filters: list[dict[str, str]], unknown: Record
) -> dict[str, str]:
    """A page request from a drawn read: its size, a filter or none, a position in the filtered records (or one
    that names no record) or none."""
    listing = listing_of(box)
    paging = listing.pages.paging
    position = paging.position
    _, size, where, forward, choice = step
    size = max(size, paging.page_size.minimum)
    query = {paging.page_size.param: str(size)} | ([{}, *filters][choice % (len(filters) + 1)])
    kept = [r for r in ledger if sandbox.vendor._passes(r, listing.filters, query)]
    param = position.param if forward or position.reverse_param is None else position.reverse_param
    if position.next == "increment":
        query[param] = str(first_page(listing) + int(where * (len(kept) // size + 2)))
    elif where > 0.95:
        query[param] = listing.pages.position_of(unknown)
    elif kept and where < 0.85:
        query[param] = listing.pages.position_of(kept[min(int(where * len(kept)), len(kept) - 1)])
    return query


@pytest.mark.parametrize("key", VENDORS)
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(st.one_of(EDITS, READS), max_size=16), count=st.integers(0, 30))
def test_indexed_pages_equal_a_scan_across_writes(key: str, steps: list[Any], count: int) -> None:
    box = seeded(key)
    listing = listing_of(box)
    box.customers[CUSTOMER] = Customer(CUSTOMER, make_ledger(box, listing, count, first_number=40_000))
    ledger = box.customers[CUSTOMER].records
    fresh = iter(make_ledger(box, listing, 200, first_number=90_000))
    filters = filter_queries(box, listing, list(ledger)) if ledger else []
    for step in steps:
        kind, amount = step[0], step[1]
        if kind == "head":
            for _ in range(amount):
                ledger.insert(0, next(fresh))
        elif kind == "tail":
            ledger.extend(next(fresh) for _ in range(amount))
        elif kind == "middle":
            ledger.insert(int(amount * len(ledger)), next(fresh))
        elif kind in ("delete", "replace") and ledger:
            at = min(int(amount * len(ledger)), len(ledger) - 1)
            if kind == "delete":
                del ledger[at]
            else:
                ledger[at] = next(fresh)
        elif kind == "award" and key == "appy_stamp":
            assert award(box, CUSTOMER).status_code == 200
        elif kind == "read":
            query = read_query(box, list(ledger), step, filters, next(fresh))
            answer, expected = ask(box, CUSTOMER, **query), reference(box, list(ledger), query)
            if isinstance(expected, str):
                assert answer.status_code in (400, 422) and expected in answer.text
            else:
                assert answer.status_code == 200 and answer.json() == expected


@pytest.mark.parametrize("key", [key for key in VENDORS if listing_of(seeded(key)).pages.paging.record_offset])
def test_a_record_offset_walk_overlaps_by_one_record_not_one_page(key: str) -> None:
    """Where the spec declares a record offset, the demo customer's walk (137 records, the default page size)
    overlaps each window with what was yielded by one record: the requests of a plain walk, plus one per
    ``size - 1`` records, and far fewer than windows on page boundaries (which cost 23 here)."""
    box = seeded(key)
    listing = listing_of(box)
    paging = listing.pages.paging
    customer, records = next((c.id, list(c.records)) for c in box.customers.values() if len(c.records) == 137)
    sent: list[httpx.Request] = []
    transport = box.transport()
    hooks = {"transport": transport, "event_hooks": {"request": [sent.append]}}
    with client_for(box, httpx_args=hooks) as client:
        assert walk(box, client, customer) == [str(resolve(record, paging.item_id)) for record in records]
    size = paging.page_size.default
    assert len(sent) == expected_requests(paging, len(records), size) == 1 + math.ceil((137 - size + 1) / (size - 1))
    assert all(paging.position.param not in request.url.params for request in sent[1:])  # the page would win
