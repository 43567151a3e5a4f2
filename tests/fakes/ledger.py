"""A fake of one list operation, driven by its ``x-pagination``: serves any ledger in the vendor's page format.

Pages are built from a recorded page of the vendor (the envelope and a record to copy), so their shape is the
vendor's; what changes is the records and the pagination fields the spec's pointers name. Faults (429, 5xx,
timeouts, dropped connections) and misbehaviour (ignoring the position) can be injected per request.
"""

from __future__ import annotations

import base64
import copy
import math
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx

from generator.recordings import load_recordings
from generator.specs import find_operation, load_spec
from loyalty_runtime.paging import PagingSpec
from loyalty_runtime.pointer import MISSING, parse, resolve

Fault = str  # "429", "503", "500", "timeout", "connect", or "429:<retry-after value>"


def set_pointer(document: Any, pointer: str, value: object) -> None:
    """Set the value at ``pointer``, creating objects on the way."""
    *parents, last = parse(pointer)
    for token in parents:
        document = document.setdefault(token, {})
    document[last] = value


def delete_pointer(document: Any, pointer: str) -> None:
    *parents, last = parse(pointer)
    for token in parents:
        document = document.get(token, {})
    document.pop(last, None)


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
    moving = {paging.page_size.param, paging.position.param}
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
        if isinstance(sample, int):
            value: object = 10_000 + number
        elif isinstance(sample, str) and _is_uuid(sample):
            value = str(uuid.UUID(int=number + 1))
        else:
            value = f"rec{number:06d}"
        set_pointer(record, op.paging.item_id, value)
        records.append(record)
    return records


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True


@dataclass
class LedgerFake:
    """Serves the pages of ``records`` for one operation, the way its spec says, and counts requests."""

    op: Walkable
    records: list[dict[str, Any]]
    faults: deque[Fault] = field(default_factory=deque)
    ignore_position: bool = False
    # Called with the number of pages served so far, just before serving one; faults it queues meet the next request.
    before_page: Callable[[LedgerFake, int], None] | None = None
    requests: list[httpx.Request] = field(default_factory=list)
    pages_served: int = 0

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
        self.pages_served += 1
        return httpx.Response(200, json=self.page(dict(request.url.params)))

    def _fault(self, fault: Fault, request: httpx.Request) -> httpx.Response:
        if fault == "timeout":
            raise httpx.ReadTimeout("fake read timeout", request=request)
        if fault == "connect":
            raise httpx.ConnectError("fake connection refused", request=request)
        status, _, retry_after = fault.partition(":")
        headers = {"Retry-After": retry_after} if retry_after else {}
        return httpx.Response(int(status), headers=headers, json={"message": f"fake {status}"})

    # --- pages ------------------------------------------------------------------------------------------------

    def _start(self, params: dict[str, str]) -> int:
        paging, position = self.op.paging, self.op.paging.position
        value = None if self.ignore_position else params.get(position.param)
        size = int(params.get(paging.page_size.param, paging.page_size.default))
        if position.next == "increment":
            first = position.first if position.first is not None else 1
            return (int(value if value is not None else first) - first) * size
        if value is None:
            return 0
        if self.op.paging.style == "cursor" and position.next == "response":
            return int(base64.b64decode(value).decode().removeprefix("idx:"))
        ids = [str(resolve(record, paging.item_id)) for record in self.records]
        return ids.index(value) + 1

    def page(self, params: dict[str, str]) -> dict[str, Any]:
        paging = self.op.paging
        size = int(params.get(paging.page_size.param, paging.page_size.default))
        start = self._start(params)
        chunk = self.records[start : start + size]
        more = start + size < len(self.records)
        body = copy.deepcopy(self.op.first_page if more else self.op.last_page)
        set_pointer(body, paging.items, copy.deepcopy(chunk))
        if paging.has_more is not None:
            set_pointer(body, paging.has_more, more)
        position = paging.position
        if position.next == "response" and position.pointer is not None:
            if more:
                token = (
                    base64.b64encode(f"idx:{start + size}".encode()).decode()
                    if paging.style == "cursor"
                    else str(resolve(chunk[-1], paging.item_id))
                )
                set_pointer(body, position.pointer, token)
            elif resolve(self.op.last_page, position.pointer) is MISSING:
                delete_pointer(body, position.pointer)
            else:
                set_pointer(body, position.pointer, None)
        self._set_totals(body, params, size)
        return body

    def _set_totals(self, body: dict[str, Any], params: dict[str, str], size: int) -> None:
        totals = self.op.paging.totals
        if totals is None:
            return
        values: dict[str | None, object] = {totals.total: len(self.records)}
        position = self.op.paging.position
        if position.next == "increment":
            values[totals.current_page] = int(params.get(position.param, position.first or 1))
            values[totals.last_page] = max(1, math.ceil(len(self.records) / size))
        for pointer, value in values.items():
            # A total the template leaves null (computed only on request) stays null.
            if pointer is not None and resolve(body, pointer) not in (MISSING, None):
                set_pointer(body, pointer, value)


def expected_requests(paging: PagingSpec, count: int, size: int) -> int:
    """How many requests a complete walk over ``count`` records makes with page size ``size``."""
    if count == 0:
        return 1
    if "short_page" in paging.last_page and paging.has_more is None:
        return count // size + 1  # a full last page needs one more request to see the end
    return math.ceil(count / size)
