"""One vendor's sandbox: customers and ledgers, answering requests the way the vendor's spec says.

Cost: a page costs O(page size), whatever the ledger's length: each customer's records are a
:class:`~sandbox.ledger.Ledger`, which keeps per filter set the matching records and an id -> position index
(built once, kept up to date across additions at either end, rebuilt after other edits).

Concurrency: ``handle`` may be called from many threads (the loopback server answers each connection on its own
thread). ``VendorSandbox.lock`` guards only the state; a ``delay:`` fault sleeps outside it, so concurrent delayed
requests overlap as they would at a real vendor (``handle_async``/``async_transport()``: the same, awaiting).

Timing: ``VendorSandbox.timing`` (a :class:`Timing`) sums the time the sandbox spent per request, so that a
benchmark can tell the client's time apart from the sandbox's::

    sandbox.timing.reset()
    started = time.perf_counter()
    walk()                                   # in-process or over loopback, one request at a time
    spent = sandbox.timing.reset()           # the counts of the walk; counting starts afresh
    client = time.perf_counter() - started - spent.busy - spent.delayed

``busy`` is the sandbox's own work (``answering`` inside ``handle``, plus ``serving``: the loopback server's
reading and writing around it); ``delayed`` is time asleep in injected ``delay:`` faults, i.e. simulated latency.
Spans of concurrent requests overlap, so subtract them only from walks that send one request at a time.
"""

from __future__ import annotations

import asyncio
import copy
import datetime
import itertools
import json
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx
from jsonschema import Draft202012Validator

from generator.context import VendorContext
from generator.recordings import Recording, coerce_parameter, load_recordings
from generator.specs import (
    JSON,
    Operation,
    deref,
    load_spec,
    operations,
    parameters,
    path_pattern,
    subschema_validator,
)
from loyalty_runtime.auth import resolve_credentials
from loyalty_runtime.envelope import ErrorEnvelope
from loyalty_runtime.paging import PagingSpec
from loyalty_runtime.pointer import resolve
from loyalty_runtime.vendor import VendorSpec
from sandbox.ledger import Ledger, View
from sandbox.page_fields import page_maker
from sandbox.pages import PageMaker, PositionError, set_pointer

Fault = str
"""An injected failure for one request: "429", "500", "503", …, "timeout", "drop" (connection closed with no
answer), "truncated" (a 200 whose body is cut short), or "delay:<seconds>" (then answer normally)."""


class DroppedConnection(Exception):
    """The sandbox closes the connection without answering (loopback servers); in-process it is a ReadError."""


class Timing:
    """Where a sandbox's time went, summed over requests (from many threads, their spans may overlap):
    ``answering``: inside :meth:`VendorSandbox.handle`, injected delays left out; ``delayed``: asleep in ``delay:``
    faults; ``serving``: in the loopback HTTP server around ``handle`` (reading the request, writing the answer)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.requests = 0
        self.answering = 0.0
        self.delayed = 0.0
        self.serving = 0.0

    @property
    def busy(self) -> float:
        """Seconds of sandbox work a client waited on (answering and serving; injected delays left out)."""
        return self.answering + self.serving

    def add(self, answering: float, delayed: float = 0.0, *, serving: float = 0.0, requests: int = 1) -> None:
        with self._lock:
            self.requests += requests
            self.answering += answering
            self.delayed += delayed
            self.serving += serving

    def reset(self) -> Timing:
        """Start counting afresh; returns the counts so far."""
        with self._lock:
            before = Timing()
            before.requests, before.answering, before.delayed, before.serving = (
                self.requests,
                self.answering,
                self.delayed,
                self.serving,
            )
            self.requests, self.answering, self.delayed, self.serving = 0, 0.0, 0.0, 0.0
        return before

    def __repr__(self) -> str:
        return (
            f"Timing(requests={self.requests}, answering={self.answering:.6f}, delayed={self.delayed:.6f}, "
            f"serving={self.serving:.6f})"
        )


class Customer:
    """A customer of the sandbox: its id, its ledger (in the vendor's order) and its balance. Records given (at
    construction or by assignment) are copied into a :class:`~sandbox.ledger.Ledger`: edit ``customer.records``
    itself, not the list given (under the sandbox's ``lock`` while it serves other threads)."""

    def __init__(self, id: str, records: Iterable[dict[str, Any]], balance: int = 0) -> None:
        self.id = id
        self.records = records
        self.balance = balance

    @property
    def records(self) -> Ledger:
        return self._records

    @records.setter
    def records(self, records: Iterable[dict[str, Any]]) -> None:
        self._records = records if isinstance(records, Ledger) else Ledger(records)

    def __repr__(self) -> str:
        return f"Customer(id={self.id!r}, records=<{len(self._records)} records>, balance={self.balance})"


class _Customers(dict[str, Customer]):
    """A sandbox's customers by id: each customer stored gets its ledger indexed at once."""

    def __init__(self, prepare: Callable[[Customer], None], customers: dict[str, Customer]) -> None:
        super().__init__()
        self._prepare = prepare
        for key, customer in customers.items():
            self[key] = customer

    def __setitem__(self, key: str, customer: Customer) -> None:
        self._prepare(customer)  # before any request can see it
        super().__setitem__(key, customer)


@dataclass
class ListOperation:
    operation: Operation
    pages: PageMaker
    customer_param: tuple[str, str]  # (name, "path" | "query")
    filters: list[tuple[str, str, str]]  # (query parameter, record field pointer, match)


@dataclass
class VendorSandbox:
    """The sandbox of one vendor. ``handle`` answers an ``httpx.Request``; ``transport()`` wraps it for clients."""

    key: str
    credentials: dict[str, str]
    customers: dict[str, Customer] = field(default_factory=dict)
    rate_limit: int | None = None  # requests per rate_window seconds; None: unlimited
    rate_window: float = 1.0
    faults: deque[Fault] = field(default_factory=deque)
    requests: list[httpx.Request] = field(default_factory=list)
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep  # handle_async's: awaited, never blocking

    def __post_init__(self) -> None:
        self.spec: JSON = load_spec(self.key)
        self.vendor = _vendor_spec(self.key)
        self.base_path = urlsplit(self.vendor.base_url).path.rstrip("/")
        # The sandbox answers only below a server URL's path, like the vendor's host (Yuko lives under /api/v1).
        self.base_paths = sorted({urlsplit(s["url"]).path.rstrip("/") for s in self.spec["servers"]}, key=len)[::-1]
        self.recordings = load_recordings(self.key)
        # A 2xx body that reports an error (Capillary's errors[]) is an error answer, not a page.
        self.successes = [
            r
            for r in self.recordings
            if r.response["status"] < 300 and not self.vendor.envelope.failed_despite_success(r.response["body"])
        ]
        self.lists = {op.operation_id: _list_operation(self.spec, op, self.successes) for op in _paginated(self.spec)}
        self.customers = _Customers(self._prepare, self.customers)
        self.accepted = [
            {name.lower(): value for name, value in auth.headers().items()}
            for auth in _credential_sets(self.vendor, self.credentials)
        ]
        self._window: deque[float] = deque()
        self._validators: dict[int, tuple[JSON, Draft202012Validator]] = {}
        self._route_cache: dict[str, dict[str, tuple[Operation, dict[str, str]]]] = {}
        self.lock = threading.Lock()  # guards the state (customers, ledgers, faults, request log, rate window)
        self.timing = Timing()
        # Each answer carries a fresh id in the header the spec declares for it (x-request-id), as the vendor's does.
        self._request_id_header = self.vendor.request_id.header
        self._request_ids = itertools.count(1)

    def _prepare(self, customer: Customer) -> None:
        """Build the ledger's cursor index now, not in the first request (whose time and memory a bench measures)."""
        for listing in self.lists.values():
            _view(customer.records, listing, {})

    # --- transports -------------------------------------------------------------------------------------------

    def transport(self) -> httpx.MockTransport:
        """An in-process transport for sync and async clients (a ``delay:`` fault blocks the caller's thread)."""
        return httpx.MockTransport(self._in_process)

    def async_transport(self) -> httpx.MockTransport:
        """An in-process transport for async clients whose ``delay:`` faults await instead of blocking the loop."""
        return httpx.MockTransport(self._in_process_async)

    def _in_process(self, request: httpx.Request) -> httpx.Response:
        try:
            return self.handle(request)
        except DroppedConnection as error:
            raise httpx.ReadError("sandbox dropped the connection", request=request) from error

    async def _in_process_async(self, request: httpx.Request) -> httpx.Response:
        try:
            return await self.handle_async(request)
        except DroppedConnection as error:
            raise httpx.ReadError("sandbox dropped the connection", request=request) from error

    # --- answering --------------------------------------------------------------------------------------------

    def handle(self, request: httpx.Request) -> httpx.Response:
        """The vendor's answer to ``request`` (may raise ``DroppedConnection`` or ``httpx.ReadTimeout``). Safe from
        many threads at once: ``lock`` guards the state only, and a ``delay:`` fault sleeps without holding it."""
        started, slept = time.perf_counter(), 0.0
        try:
            fault = self._admit(request)
            delay = _delay(fault)
            if delay:
                slept = time.perf_counter()
                self.sleep(delay)
                slept = time.perf_counter() - slept
            return self._respond(request, fault)
        finally:
            self.timing.add(time.perf_counter() - started - slept, slept)

    async def handle_async(self, request: httpx.Request) -> httpx.Response:
        """:meth:`handle` for an event loop: a ``delay:`` fault awaits, so other requests go on meanwhile."""
        started, slept = time.perf_counter(), 0.0
        try:
            fault = self._admit(request)
            delay = _delay(fault)
            if delay:
                slept = time.perf_counter()
                await self.async_sleep(delay)
                slept = time.perf_counter() - slept
            return self._respond(request, fault)
        finally:
            self.timing.add(time.perf_counter() - started - slept, slept)

    def _admit(self, request: httpx.Request) -> Fault | None:
        """Log the request and take the fault injected for it, if any."""
        with self.lock:
            self.requests.append(request)
            return self.faults.popleft() if self.faults else None

    def _respond(self, request: httpx.Request, fault: Fault | None) -> httpx.Response:
        if fault is not None and not fault.startswith(("delay:", "truncated")):
            return self._fault(fault, request)
        with self.lock:
            limited = self._rate_limited()
        if limited:
            return self.error(None, 429)
        response = self._answer(request)
        if fault == "truncated" and response.status_code < 300:
            return httpx.Response(response.status_code, headers=response.headers, content=response.content[:-7])
        return response

    def _fault(self, fault: Fault, request: httpx.Request) -> httpx.Response:
        if fault == "timeout":
            raise httpx.ReadTimeout("sandbox read timeout", request=request)
        if fault == "drop":
            raise DroppedConnection
        return self.error(None, int(fault))

    def _rate_limited(self) -> bool:
        if self.rate_limit is None:
            return False
        now = self.clock()
        while self._window and now - self._window[0] >= self.rate_window:
            self._window.popleft()
        if len(self._window) >= self.rate_limit:
            return True
        self._window.append(now)
        return False

    def _answer(self, request: httpx.Request) -> httpx.Response:
        path = self._api_path(request.url.path)
        routes = {} if path is None else self._routes(path)
        if not routes:  # outside the API's base path, or no such resource: the vendor's not-found answer
            return self.error(None, 404)
        method = request.method.lower()
        if method == "head" and "head" not in routes:
            method = "get"  # HEAD: the GET's answer without its body
        if method not in routes:
            return self.not_allowed(list(routes.values()), request.method)
        operation, path_values = routes[method]
        if not self._authorised(request):
            return self.error(operation, 401)
        params = dict(request.url.params)
        invalid = self._invalid(operation, path_values, params)
        if invalid is not None:
            return self.invalid(operation, *invalid)
        response = self._dispatch(operation, request, path_values, params)
        if request.method == "HEAD":
            return httpx.Response(response.status_code, headers=response.headers)
        return response

    def _routes(self, path: str) -> dict[str, tuple[Operation, dict[str, str]]]:
        routes = self._route_cache.get(path)
        if routes is None:
            if len(self._route_cache) >= 4096:  # paths name customers: keep the cache bounded
                self._route_cache.clear()
            routes = self._route_cache[path] = _routes(self.spec, path)
        return routes

    def _api_path(self, path: str) -> str | None:
        """The path below one of the spec's server URLs, or ``None`` when it is outside all of them."""
        for base in self.base_paths:
            if path == base or path.startswith(base + "/"):
                return path.removeprefix(base)
        return None

    def _authorised(self, request: httpx.Request) -> bool:
        sent = {name.lower(): value for name, value in request.headers.items()}
        return any(all(sent.get(name) == value for name, value in accepted.items()) for accepted in self.accepted)

    def _invalid(
        self, operation: Operation, path_values: dict[str, str], params: dict[str, str]
    ) -> tuple[str, str] | None:
        """(parameter, problem) of the first parameter the operation's schema refuses, or ``None``."""
        given = {"path": path_values, "query": params}
        for param in parameters(self.spec, operation):
            values = given.get(param["in"], {})
            name = param["name"]
            if name not in values:
                if param.get("required") and param["in"] in given:
                    return name, "is required"
                continue
            schema = param.get("schema", {})
            value = coerce_parameter(values[name], deref(self.spec, schema))
            problem = next(iter(self._validator(schema).iter_errors(value)), None)
            if problem is not None:
                return name, f"{values[name]!r} is invalid: {problem.message}"
            beyond = _beyond_format(deref(self.spec, schema), value)
            if beyond is not None:
                return name, f"{values[name]!r} is invalid: {beyond}"
        return None

    def _validator(self, schema: JSON) -> Draft202012Validator:
        """The parameter schema's validator, made once (making one costs more than using it)."""
        kept = self._validators.get(id(schema))
        if kept is None or kept[0] is not schema:
            kept = self._validators[id(schema)] = (schema, subschema_validator(self.key, schema))
        return kept[1]

    def _validation_status(self, operation: Operation) -> int:
        declared = operation.node.get("responses", {})
        return 422 if "422" in declared else 400

    def _dispatch(
        self, operation: Operation, request: httpx.Request, path_values: dict[str, str], params: dict[str, str]
    ) -> httpx.Response:
        from sandbox.behaviours import BEHAVIOURS

        listing = self.lists.get(operation.operation_id)
        if listing is not None:
            return self._list(listing, path_values, params)
        behaviour = BEHAVIOURS.get((self.key, operation.operation_id))
        if behaviour is not None:
            return behaviour(self, operation, request, path_values)
        recorded = self.recorded(operation, 200)
        if recorded is None:
            return self._json(501, {"message": f"the sandbox does not serve {operation.operation_id}"})
        return self._json(200, recorded.response["body"], recorded.response["headers"])

    def _list(self, listing: ListOperation, path_values: dict[str, str], params: dict[str, str]) -> httpx.Response:
        name, location = listing.customer_param
        with self.lock:
            customer = self.customers.get((path_values if location == "path" else params).get(name, ""))
            if customer is None:
                return self.error(listing.operation, 404)
            view = _view(customer.records, listing, params)
            try:
                body = listing.pages.page(params, view.records, view.position, copy_records=False)
            except PositionError as error:
                return self.invalid(listing.operation, error.param, error.problem)
        return self._json(200, body, self.headers(listing.operation, 200))

    # --- vendor answers ---------------------------------------------------------------------------------------

    def recorded(self, operation: Operation | None, status: int) -> Recording | None:
        """A recorded exchange with this status, of this operation when there is one, else of any operation."""
        envelope = self.vendor.envelope
        pool = self.successes if status < 300 else self.recordings
        candidates = [r for r in pool if r.response["status"] == status]
        if status >= 400:  # where a vendor code implies the status (Capillary 8015 -> 404), that recording fits too
            candidates += [
                r
                for r in self.recordings
                if r.response["status"] >= 400
                and envelope.status_for(envelope.code_of(r.response["body"]), r.response["status"]) == status
            ]
        own = [r for r in candidates if operation is not None and r.data["operation"] == operation.operation_id]
        chosen = own or candidates
        return chosen[0] if chosen else None

    def headers(self, operation: Operation | None, status: int) -> dict[str, str]:
        recording = self.recorded(operation, status)
        return dict(recording.response["headers"]) if recording is not None else {}

    def error(self, operation: Operation | None, status: int) -> httpx.Response:
        """The vendor's own error answer for ``status``, as recorded."""
        recording = self.recorded(operation, status)
        if recording is None:
            return self._json(status, {"message": f"HTTP {status}"})
        return self._json(recording.response["status"], recording.response["body"], recording.response["headers"])

    def invalid(self, operation: Operation, param: str, problem: str) -> httpx.Response:
        """The vendor's validation error, reworded to name the parameter and what is wrong with it."""
        status = self._validation_status(operation)
        template = self._error_template(operation, status)
        if template is None:
            return self._json(status, {"message": f"{param}: {problem}"})
        names = {p["name"] for p in parameters(self.spec, operation)}
        body = _reworded(self.vendor.envelope, template.response["body"], f"{param}: {problem}", names, param)
        return self._json(status, body, template.response["headers"])

    def not_allowed(self, routes: list[tuple[Operation, dict[str, str]]], method: str) -> httpx.Response:
        """405 with ``Allow`` for a method the path does not serve, in the vendor's error envelope (an Inferred
        answer, so said in each spec: no vendor documents one)."""
        methods = {op.method.upper() for op, _ in routes}
        allowed = sorted(methods | ({"HEAD"} if "GET" in methods else set()))
        operation = routes[0][0]
        template = self._error_template(operation, 404) or self._error_template(operation, 400)
        message = f"The {method} method is not supported for this route. Supported methods: {', '.join(allowed)}."
        if template is None:
            return self._json(405, {"message": message}, {"allow": ", ".join(allowed)})
        body = _reworded(self.vendor.envelope, template.response["body"], message, set(), None, headline=False)
        body = _restatused(self.vendor.envelope, body, template.response["status"], 405)
        headers = {**template.response["headers"], "allow": ", ".join(allowed)}
        return self._json(405, body, headers)

    def _error_template(self, operation: Operation, status: int) -> Recording | None:
        """A recorded error with this status, preferring the operation's own and those whose vendor code does not
        imply another status (Capillary's 8015 at 400 means "not found")."""
        envelope = self.vendor.envelope
        with_status = [r for r in self.recordings if r.response["status"] == status]

        def fit(recording: Recording) -> tuple[bool, bool]:
            code = envelope.code_of(recording.response["body"])
            return envelope.status_for(code, status) != status, recording.data["operation"] != operation.operation_id

        return min(with_status, key=fit, default=None)

    def _json(self, status: int, body: object, headers: dict[str, str] | None = None) -> httpx.Response:
        kept = {k: v for k, v in (headers or {}).items() if k.lower() not in ("content-length", "content-type")}
        if self._request_id_header is not None:
            kept[self._request_id_header] = f"sandbox-{self.key}-{next(self._request_ids)}"
        content = json.dumps(body).encode("utf-8")
        return httpx.Response(status, headers={**kept, "content-type": "application/json"}, content=content)


# --- building blocks -------------------------------------------------------------------------------------------


def _delay(fault: Fault | None) -> float:
    return float(fault.removeprefix("delay:")) if fault is not None and fault.startswith("delay:") else 0.0


def _vendor_spec(key: str) -> VendorSpec:
    return VendorSpec.from_dict(VendorContext(key).runtime_data())


def _credential_sets(vendor: VendorSpec, credentials: dict[str, str]) -> list[Any]:
    """The auth of every credential alternative the sandbox's credentials complete."""
    sets = []
    for alternative in vendor.security:
        needed = [c.kwarg for scheme in alternative for c in scheme.credentials]
        if all(kwarg in credentials for kwarg in needed):
            only = VendorSpec(vendor.key, vendor.title, vendor.base_url, (alternative,), vendor.envelope)
            sets.append(resolve_credentials(only, {k: credentials[k] for k in needed}, environ={}))
    return sets


def _paginated(spec: JSON) -> list[Operation]:
    return [op for op in operations(spec) if "x-pagination" in op.node]


def _list_operation(spec: JSON, operation: Operation, successes: list[Recording]) -> ListOperation:
    paging = PagingSpec.from_dict(operation.node["x-pagination"])
    pages = [r for r in successes if r.data["operation"] == operation.operation_id and r.response["status"] == 200]
    moving = {paging.page_size.param, paging.position.param, paging.position.reverse_param, paging.record_offset}
    required = [p for p in parameters(spec, operation) if p.get("required") and p["name"] not in moving]
    filters = [
        (p["name"], p["x-filter"]["field"], p["x-filter"]["match"])
        for p in parameters(spec, operation)
        if "x-filter" in p
    ]
    return ListOperation(
        operation=operation,
        pages=page_maker(spec, operation, pages),
        customer_param=(required[0]["name"], required[0]["in"]),
        filters=filters,
    )


def _routes(spec: JSON, path: str) -> dict[str, tuple[Operation, dict[str, str]]]:
    """{method: (operation, path parameter values)} of the operations whose path template matches ``path``."""
    routes = {}
    for operation in operations(spec):
        match = path_pattern(operation.path).match(path)
        if match is not None:
            routes[operation.method] = (operation, match.groupdict())
    return routes


_FORMAT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def _beyond_format(schema: JSON, value: object) -> str | None:
    """Why an integer lies outside the range its ``format`` declares (JSON Schema leaves formats unchecked)."""
    bounds = _FORMAT_RANGES.get(str(schema.get("format")))
    if bounds is None or not isinstance(value, int) or isinstance(value, bool):
        return None
    low, high = bounds
    return None if low <= value <= high else f"{value} is outside the {schema['format']} range {low}..{high}"


def _reworded(
    envelope: ErrorEnvelope, template: JSON, message: str, names: set[str], param: str | None, *, headline: bool = True
) -> JSON:
    """A recorded error body saying ``message``: where the envelope has several message fields and ``headline``
    holds, the first (the vendor's headline, "Invalid Query Params") stays and the others carry the detail; a
    per-parameter error map names only ``param``."""
    body = copy.deepcopy(template)
    present = [p for p in envelope.message if isinstance(resolve(body, p), str)]
    for pointer in (present[1:] if headline else []) or present:
        set_pointer(body, pointer, message)
    for node in _objects(body):
        if node and node.keys() <= names:  # {"errors": {"customer_id": [...]}}: the fields at fault, by name
            kind = next(iter(node.values()))
            node.clear()
            if param is not None:
                node[param] = [message] if isinstance(kind, list) else message
    return body


def _restatused(envelope: ErrorEnvelope, body: JSON, old: int, new: int) -> JSON:
    """The body with the fields that echo the HTTP status (Appy's ``statusCode``) and a numeric code set to
    ``new``, and a textual code in the vendor's spelling of "method not allowed"."""
    for node in _objects(body):
        for key, value in node.items():
            if value == old and isinstance(value, int) and not isinstance(value, bool):
                node[key] = new
    for pointer in envelope.code:
        code = resolve(body, pointer)
        if isinstance(code, str):
            word = "method_not_allowed"
            set_pointer(body, pointer, word.upper() if code.isupper() else word)
        elif isinstance(code, int) and not isinstance(code, bool):
            set_pointer(body, pointer, new)
    return body


def _objects(node: object) -> Iterator[dict[str, Any]]:
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _objects(value)
    elif isinstance(node, list):
        for value in node:
            yield from _objects(value)


def _instant(text: str) -> datetime.datetime:
    moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)


def _view(ledger: Ledger, listing: ListOperation, params: dict[str, str]) -> View:
    """The ledger's records that pass the request's filters, kept as a view per distinct filter set."""
    item_id = listing.pages.paging.item_id
    active = {name: params[name] for name, _, _ in listing.filters if name in params}

    def id_of(record: dict[str, Any]) -> str:
        return str(resolve(record, item_id))

    def keep(record: dict[str, Any]) -> bool:
        return _passes(record, listing.filters, active)

    key = (listing.operation.operation_id, tuple(sorted(active.items())))
    view = ledger.view(key, id_of, keep if active else None)
    # Cursor styles look records up by id: index the view now, with the request that built it.
    return view.indexed() if listing.pages.paging.position.next != "increment" else view


def _passes(record: dict[str, Any], filters: list[tuple[str, str, str]], params: dict[str, str]) -> bool:
    for name, pointer, match in filters:
        if name not in params:
            continue
        value = resolve(record, pointer)
        if match == "equals" and str(value) != params[name]:
            return False
        if match in ("from", "until") and isinstance(value, str):
            wanted, actual = params[name], value
            if len(wanted) == 10:  # a date: compare calendar days
                actual = actual[:10]
                keep = actual >= wanted if match == "from" else actual <= wanted
            else:
                keep = _instant(actual) >= _instant(wanted) if match == "from" else _instant(actual) <= _instant(wanted)
            if not keep:
                return False
    return True
