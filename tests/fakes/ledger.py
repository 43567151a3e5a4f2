"""A fake of one list operation, driven by its ``x-pagination``: serves any ledger in the vendor's page format.

Pages are built from a recorded page of the vendor (the envelope and a record to copy), so their shape is the
vendor's; what changes is the records and the pagination fields the spec's pointers name. Faults (429, 5xx,
timeouts, dropped connections) and misbehaviour (ignoring the position, rewriting a page) can be injected per
request, and the ledger can be edited between pages (:meth:`LedgerFake.insert`, :meth:`LedgerFake.delete`).

Page numbers are offsets into the ledger as it is when the request arrives, as real page-number servers do.
With ``keyset=True`` a cursor names the last record already served (a keyset cursor, as the vendors' cursors are
stable): the next page starts after that record's place in the order, even if it was deleted meanwhile.
"""

from __future__ import annotations

import base64
import copy
import itertools
import math
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from generator.recordings import load_recordings
from generator.specs import find_operation, load_spec
from loyalty_runtime.paging import PagingSpec
from loyalty_runtime.pointer import MISSING, resolve
from sandbox.pages import PageMaker, set_pointer
from sandbox.seed import record_id

Fault = str  # "429", "503", "500", "timeout", "connect", or "429:<retry-after value>"


@dataclass
class Walkable:
    """One vendor list operation with what a fake needs: its paging rules and a recorded first and last page."""

    key: str
    operation_id: str
    paging: PagingSpec
    first_page: dict[str, Any]
    last_page: dict[str, Any]
    request_path: str
    required_query: dict[str, str]


def walkable(key: str) -> Walkable:
    """The vendor's paginated list operation, with the longest recorded walk as its page template."""
    spec = load_spec(key)
    walks: dict[str, list[Any]] = {}
    for recording in load_recordings(key):
        if "sequence" in recording.data and recording.response["status"] == 200:
            walks.setdefault(recording.data["sequence"]["name"], []).append(recording)
    steps = sorted(max(walks.values(), key=len), key=lambda r: r.data["sequence"]["step"])
    operation = find_operation(spec, steps[0].data["operation"])
    assert operation is not None
    paging = PagingSpec.from_dict(operation.node["x-pagination"])
    moving = {paging.page_size.param, paging.position.param, paging.record_offset}
    return Walkable(
        key=key,
        operation_id=operation.operation_id,
        paging=paging,
        first_page=steps[0].response["body"],
        last_page=steps[-1].response["body"],
        request_path=steps[0].request["path"],
        required_query={k: v for k, v in steps[0].request["query"].items() if k not in moving},
    )


def make_records(op: Walkable, count: int, start: int = 0) -> list[dict[str, Any]]:
    """``count`` distinct records shaped like the vendor's, ids numbered from ``start``."""
    template = op.paging.items_of(op.first_page)[0]
    sample = resolve(template, op.paging.item_id)
    records = []
    for number in range(start, start + count):
        record = copy.deepcopy(template)
        set_pointer(record, op.paging.item_id, record_id(sample, number))
        records.append(record)
    return records


@dataclass
class LedgerFake:
    """Serves the pages of ``records`` for one operation, the way its spec says, and counts requests."""

    op: Walkable
    records: list[dict[str, Any]]
    faults: deque[Fault] = field(default_factory=deque)
    ignore_position: bool = False
    # Called with the number of pages served so far, just before serving one; faults it queues meet the next request.
    before_page: Callable[[LedgerFake, int], None] | None = None
    # Called with the number of pages served before this one and the page body; returns the body to serve.
    rewrite_page: Callable[[LedgerFake, int, dict[str, Any]], dict[str, Any]] | None = None
    keyset: bool = False
    requests: list[httpx.Request] = field(default_factory=list)
    pages_served: int = 0
    # Each record's place in the order (kept after a deletion, so a keyset cursor still has a place).
    ranks: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.ranks = {self.id_of(record): float(number) for number, record in enumerate(self.records)}

    def id_of(self, record: object) -> str:
        return str(resolve(record, self.op.paging.item_id))

    def insert(self, index: int, new: list[dict[str, Any]]) -> None:
        """Insert ``new`` records before position ``index`` (clamped to the ledger)."""
        index = max(0, min(index, len(self.records)))
        low = self.ranks[self.id_of(self.records[index - 1])] if index > 0 else -1.0
        high = self.ranks[self.id_of(self.records[index])] if index < len(self.records) else low + 2.0
        for number, record in enumerate(new, start=1):
            self.ranks[self.id_of(record)] = low + (high - low) * number / (len(new) + 1)
        self.records[index:index] = new

    def delete(self, index: int) -> dict[str, Any] | None:
        """Delete the record at ``index`` (if any); its place in the order stays known."""
        return self.records.pop(index) if 0 <= index < len(self.records) else None

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handle)

    def async_transport(self) -> httpx.MockTransport:
        async def handle(request: httpx.Request) -> httpx.Response:
            return self.handle(request)

        return httpx.MockTransport(handle)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if self.faults:
            return self._fault(self.faults.popleft(), request)
        if self.before_page is not None:
            self.before_page(self, self.pages_served)
        served = self.pages_served
        self.pages_served += 1
        body = self.page(dict(request.url.params))
        if self.rewrite_page is not None:
            body = self.rewrite_page(self, served, body)
        return httpx.Response(200, json=body)

    def _fault(self, fault: Fault, request: httpx.Request) -> httpx.Response:
        if fault == "timeout":
            raise httpx.ReadTimeout("fake read timeout", request=request)
        if fault == "connect":
            raise httpx.ConnectError("fake connection refused", request=request)
        status, _, retry_after = fault.partition(":")
        headers = {"Retry-After": retry_after} if retry_after else {}
        return httpx.Response(int(status), headers=headers, json={"message": f"fake {status}"})

    def page(self, params: dict[str, str]) -> dict[str, Any]:
        """The page the request asks for (the first one, when the fake ignores positions)."""
        paging = self.op.paging
        if self.ignore_position:
            params = {k: v for k, v in params.items() if k != paging.position.param}
        maker = PageMaker(paging, self.op.first_page, self.op.last_page)
        if not self.keyset or paging.position.next == "increment":
            return maker.page(params, self.records)
        after = params.pop(paging.position.param, None)
        if after is not None and paging.style == "cursor" and paging.position.next == "response":
            after = base64.b64decode(after).decode().removeprefix("after:")
        rest = self.records
        if after is not None:
            rest = [record for record in self.records if self.ranks[self.id_of(record)] > self.ranks[str(after)]]
        body = maker.page(params, rest)
        pointer = paging.position.pointer
        if paging.style == "cursor" and paging.position.next == "response" and pointer is not None:
            records = paging.items_of(body)
            if resolve(body, pointer) not in (MISSING, None) and records:
                set_pointer(body, pointer, base64.b64encode(f"after:{self.id_of(records[-1])}".encode()).decode())
        return body


def expected_requests(paging: PagingSpec, count: int, size: int) -> int:
    """How many requests a complete walk over ``count`` unchanging records makes with page size ``size``."""
    if paging.shifting and paging.position.next == "increment":
        return _window_requests(paging, count, size)
    if count == 0:
        return 1
    if "short_page" in paging.last_page and paging.has_more is None:
        return count // size + 1  # a full last page needs one more request to see the end
    return math.ceil(count / size)


def _window_requests(paging: PagingSpec, count: int, size: int) -> int:
    """The documented window rule, replayed over a still ledger: after a window whose last record is at offset
    ``last``, the next is the page that holds ``last`` and the most offsets after it (the larger size on a tie),
    of a size from max(minimum, 2, ceil(size / 2)) to ``size``, else of a smaller size (at least 2), else of the
    smallest size past ``size`` that holds it. With a record offset: the window of the caller's size (at least 2)
    starting at ``last``."""
    floor = max(paging.page_size.minimum, 2)
    smallest = max(floor, math.ceil(size / 2))
    start, width, requests = 0, size, 0
    while True:
        requests += 1
        served = max(0, min(count, start + width) - start)
        ends = (
            ("has_more_false" in paging.last_page and start + width >= count)
            or ("short_page" in paging.last_page and served < width)
            or ("empty_page" in paging.last_page and served == 0)
        )
        if ends:
            return requests
        last = start + served - 1
        if paging.record_offset is not None:  # the next window starts at the last record, of the caller's size
            start, width = last, max(size, smallest)
            continue
        usual = [(w - 1 - last % w, w) for w in range(smallest, max(size, smallest) + 1) if last % w != w - 1]
        smaller = [(w - 1 - last % w, w) for w in range(floor, smallest) if last % w != w - 1]
        if usual or smaller:
            width = max(usual or smaller)[1]
        else:
            width = next(w for w in itertools.count(max(size, 2) + 1) if last % w != w - 1)
        start = last // width * width
