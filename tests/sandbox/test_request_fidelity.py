"""The sandbox answers what the request asked, the way the vendor would (issue 8, items 19-22): pagination fields
report the request, a previous-page cursor walks back, unrouted methods get 405 with ``Allow``, parameters beyond
their declared ranges and unknown positions get the vendor's validation error naming the parameter, and only the
paths below each server URL are served."""

from __future__ import annotations

import base64
import math
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openapi_python_client.strings import snake_case

from generator.specs import deref, json_schema_pointer, operations, parameters, response_for, validator
from loyalty_runtime.errors import NotFoundError
from loyalty_runtime.pointer import resolve
from sandbox.clients import operation_module
from sandbox.seed import DEMO_CREDENTIALS, make_ledger, seeded
from sandbox.server import serving
from sandbox.vendor import Customer, ListOperation, VendorSandbox
from tests.sandbox.test_behaviour import client_for

VENDORS = sorted(DEMO_CREDENTIALS)
SANDBOXES = {key: seeded(key) for key in VENDORS}  # read-only use: each test that changes one seeds its own
REVERSIBLE = [key for key in VENDORS if next(iter(SANDBOXES[key].lists.values())).pages.paging.position.reverse_param]
ECHOING = [key for key in VENDORS if next(iter(SANDBOXES[key].lists.values())).pages.echoes]
CUSTOMER = "5550002"


def listing_of(sandbox: VendorSandbox) -> ListOperation:
    return next(iter(sandbox.lists.values()))


def list_request(sandbox: VendorSandbox, customer: str, method: str = "GET", **query: Any) -> httpx.Request:
    """A request to the list operation of ``customer``, with the sandbox's credentials."""
    listing = listing_of(sandbox)
    name, location = listing.customer_param
    path = listing.operation.path.replace("{" + name + "}", customer)
    params = {k: str(v) for k, v in query.items()} | ({name: customer} if location == "query" else {})
    url = f"https://sandbox.test{sandbox.base_path}{path}"
    return httpx.Request(method, url, params=params, headers=sandbox.accepted[0])


def ask(sandbox: VendorSandbox, customer: str, **query: Any) -> httpx.Response:
    return sandbox.handle(list_request(sandbox, customer, **query))


def ids(sandbox: VendorSandbox, records: list[Any]) -> list[str]:
    return [str(resolve(record, listing_of(sandbox).pages.paging.item_id)) for record in records]


def says(sandbox: VendorSandbox, body: object, text: str) -> bool:
    """Whether one of the body's message fields (``x-error-envelope.message``) mentions ``text``."""
    return any(text in str(resolve(body, pointer)) for pointer in sandbox.vendor.envelope.message)


def assert_declared(sandbox: VendorSandbox, status: int, body: object, operation_id: str) -> None:
    """``body`` validates against the schema the operation declares for ``status``."""
    operation = next(op for op in operations(sandbox.spec) if op.operation_id == operation_id)
    declared = response_for(operation, status)
    assert declared is not None, f"{operation_id} does not declare {status}"
    errors = list(validator(sandbox.key, json_schema_pointer(operation, declared[0])).iter_errors(body))
    assert not errors, errors[0].message


# --- item 19: every pagination field reflects the request ----------------------------------------------------


@settings(max_examples=30, deadline=None)
@given(size=st.integers(1, 100), page=st.integers(1, 12), sent=st.booleans())
def test_yuko_pagination_meta_reports_the_request(size: int, page: int, sent: bool) -> None:
    sandbox = SANDBOXES["yuko"]
    customer = next(iter(sandbox.customers))
    total = len(sandbox.customers[customer].records)
    query = {"page": page} | ({"per_page": size} if sent else {})
    meta = ask(sandbox, customer, **query).json()["meta"]["pagination"]
    size = size if sent else 20  # the documented default
    assert meta == {
        "current_page": page,
        "per_page": size,
        "total": total,
        "last_page": math.ceil(total / size),
        "has_more": page * size < total,
    }


@pytest.mark.parametrize("key", ECHOING)
def test_every_field_the_self_link_names_reports_the_request(key: str) -> None:
    sandbox = SANDBOXES[key]
    listing = listing_of(sandbox)
    customer = next(iter(sandbox.customers))
    for echo in listing.pages.echoes:
        schema = echo.schema
        for value in {schema.get("minimum", 1), 3, schema.get("maximum", 5)}:
            assert resolve(ask(sandbox, customer, **{echo.param: value}).json(), echo.pointer) == value
        assert resolve(ask(sandbox, customer).json(), echo.pointer) == schema["default"]


def test_a_total_computed_only_on_request_is_given_exactly_when_asked_for() -> None:
    sandbox = SANDBOXES["appy_stamp"]
    customer = next(iter(sandbox.customers))
    total = len(sandbox.customers[customer].records)
    for query, count in (({}, None), ({"hasCount": "false"}, None), ({"hasCount": "true"}, total)):
        for size in (5, 1000):
            assert ask(sandbox, customer, limit=size, **query).json()["meta"]["pagination"]["count"] == count


@settings(max_examples=20, deadline=None)
@given(count=st.integers(0, 25), size=st.integers(1, 10))
def test_joy_count_is_the_number_of_activities_on_the_page(count: int, size: int) -> None:
    sandbox = seeded("joy")
    listing = listing_of(sandbox)
    sandbox.customers[CUSTOMER] = Customer(CUSTOMER, make_ledger(sandbox, listing, count, first_number=80_000))
    body = ask(sandbox, CUSTOMER, limit=size).json()
    while True:
        assert body["count"] == len(body["data"])
        if not body["pageInfo"]["hasNext"]:
            break
        body = ask(sandbox, CUSTOMER, limit=size, after=body["data"][-1]["id"]).json()


# --- item 20: a previous-page cursor returns the page before it ---------------------------------------------


def previous_value(sandbox: VendorSandbox, body: dict[str, Any]) -> object:
    """What the page offers as its previous-page position: the body's cursor, or the first record's id."""
    pages = listing_of(sandbox).pages
    if pages.previous_pointer is not None:
        return resolve(body, pages.previous_pointer)
    items = pages.paging.items_of(body)
    return resolve(items[0], pages.paging.position.pointer or "") if items else None


@pytest.mark.parametrize("key", REVERSIBLE)
@settings(max_examples=25, deadline=None)
@given(count=st.integers(1, 30), size=st.integers(1, 8), data=st.data())
def test_before_returns_the_records_preceding_the_cursor(key: str, count: int, size: int, data: Any) -> None:
    sandbox = seeded(key)
    listing = listing_of(sandbox)
    paging = listing.pages.paging
    records = make_ledger(sandbox, listing, count, first_number=70_000)
    sandbox.customers[CUSTOMER] = Customer(CUSTOMER, records)
    # Forward to a random page, then step back page by page to the first one.
    pages: list[dict[str, Any]] = [ask(sandbox, CUSTOMER, **{paging.page_size.param: size}).json()]
    for _ in range(data.draw(st.integers(0, math.ceil(count / size) - 1))):
        if paging.has_more_flag(pages[-1]) is False:
            break
        after = paging.next_position(None, pages[-1])
        pages.append(ask(sandbox, CUSTOMER, **{paging.page_size.param: size, paging.position.param: after}).json())
    flags = listing.pages.previous_flags
    for number, body in enumerate(pages):
        assert all(resolve(body, flag) is (number > 0) for flag in flags), (number, body)
    body = pages[-1]
    while len(pages) > 1:
        cursor = previous_value(sandbox, body)
        answer = ask(sandbox, CUSTOMER, **{paging.page_size.param: size, str(paging.position.reverse_param): cursor})
        assert answer.status_code == 200
        body, expected = answer.json(), pages[-2]
        assert ids(sandbox, paging.items_of(body)) == ids(sandbox, paging.items_of(expected))
        assert paging.has_more_flag(body) is True
        assert all(resolve(body, flag) is (len(pages) > 2) for flag in flags)
        assert paging.next_position(None, body) == paging.next_position(None, expected)
        if listing.pages.previous_pointer is not None:
            assert resolve(body, listing.pages.previous_pointer) == resolve(expected, listing.pages.previous_pointer)
        pages.pop()
    assert ids(sandbox, paging.items_of(body)) == ids(sandbox, records)[:size]


@pytest.mark.parametrize("key", REVERSIBLE)
def test_before_through_the_client_gives_the_previous_page(key: str) -> None:
    sandbox = seeded(key)
    listing = listing_of(sandbox)
    module = operation_module(key, listing.operation.operation_id)
    customer = next(iter(sandbox.customers))
    who = {snake_case(listing.customer_param[0]): customer}
    truth = ids(sandbox, sandbox.customers[customer].records)
    with client_for(sandbox) as client:
        pages = list(module.sync_pages(client=client, limit=5, max_pages=3, **who))
        cursor = previous_value(sandbox, pages[2].to_dict())  # the third page's way back
        back = module.sync(client=client, limit=5, before=str(cursor), **who)
    assert [str(item.id) for item in pages[1].data] == truth[5:10] == [str(item.id) for item in back.data]


@pytest.mark.parametrize("key", REVERSIBLE)
def test_an_unknown_or_malformed_previous_cursor_is_a_validation_error(key: str) -> None:
    sandbox = SANDBOXES[key]
    listing = listing_of(sandbox)
    reverse = str(listing.pages.paging.position.reverse_param)
    customer = next(iter(sandbox.customers))
    for cursor in ("not a cursor", base64.b64encode(b"id:no-such-record").decode(), "0000"):
        answer = ask(sandbox, customer, **{reverse: cursor})
        assert answer.status_code in (400, 422)
        assert says(sandbox, answer.json(), reverse)
        assert_declared(sandbox, answer.status_code, answer.json(), listing.operation.operation_id)


# --- item 21: methods a path does not serve -----------------------------------------------------------------


@pytest.mark.parametrize("key", VENDORS)
def test_unrouted_methods_get_405_with_allow_in_the_vendors_envelope(key: str) -> None:
    sandbox = SANDBOXES[key]
    customer = next(iter(sandbox.customers))
    by_path: dict[str, set[str]] = {}
    for operation in operations(sandbox.spec):
        by_path.setdefault(operation.path, set()).add(operation.method.upper())
    for path, methods in by_path.items():
        concrete = "/".join(customer if part.startswith("{") else part for part in path.split("/"))
        operation = next(op for op in operations(sandbox.spec) if op.path == path)
        error_status = next(status for status in (404, 400, 401) if response_for(operation, status))
        for method in sorted({"TRACE", "OPTIONS", "PUT", "PATCH", "DELETE", "POST", "PROPFIND"} - methods):
            answer = sandbox.handle(
                httpx.Request(method, f"https://sandbox.test{sandbox.base_path}{concrete}", headers=sandbox.accepted[0])
            )
            assert answer.status_code == 405, (path, method)
            allowed = {m.strip() for m in answer.headers["allow"].split(",")}
            assert allowed == methods | ({"HEAD"} if "GET" in methods else set())
            assert answer.headers["content-type"] == "application/json"
            assert says(sandbox, answer.json(), method)
            # No vendor declares 405: the body is the vendor's error envelope, as the path's operations declare it.
            assert_declared(sandbox, error_status, answer.json(), operation.operation_id)


@pytest.mark.parametrize("key", VENDORS)
def test_loopback_answers_trace_options_and_head_like_the_sandbox_not_501_html(key: str) -> None:
    sandbox = seeded(key)
    customer = next(iter(sandbox.customers))
    with serving({key: sandbox}) as running:
        request = list_request(sandbox, customer)
        url = running[key].base_url + request.url.raw_path.decode().removeprefix(sandbox.base_path)
        for method in ("TRACE", "OPTIONS", "MKCOL"):
            answer = httpx.request(method, url, headers=sandbox.accepted[0])
            assert answer.status_code == 405 and "GET" in answer.headers["allow"]
            assert sandbox.vendor.envelope.message_of(answer.json())
        got, head = httpx.get(url, headers=sandbox.accepted[0]), httpx.head(url, headers=sandbox.accepted[0])
    assert got.status_code == head.status_code == 200
    assert head.content == b"" and head.headers["content-length"] == str(len(got.content))


# --- item 22: what the vendor refuses -------------------------------------------------------------------------


def test_voucherify_unknown_starting_after_id_is_an_error_about_starting_after_id() -> None:
    sandbox = SANDBOXES["voucherify"]
    customer = next(iter(sandbox.customers))
    for value in ("evcus_0000000", "nonsense", " "):
        answer = ask(sandbox, customer, starting_after_id=value)
        body = answer.json()
        assert answer.status_code == 400 and body["key"] == "invalid_query_params"
        assert "starting_after_id" in body["details"] and "end_date" not in body["details"]
        assert_declared(sandbox, 400, body, listing_of(sandbox).operation.operation_id)


FORMAT_RANGES = {"int32": (-(2**31), 2**31 - 1), "int64": (-(2**63), 2**63 - 1)}


def integer_bounds(schema: dict[str, Any]) -> list[tuple[int, bool]]:
    """(value, accepted) pairs at and just beyond every declared bound of an integer parameter's schema."""
    if schema.get("type") != "integer":
        return []
    low, high = FORMAT_RANGES.get(schema.get("format", ""), (None, None))
    if "minimum" in schema:
        low = schema["minimum"] if low is None else max(low, schema["minimum"])
    if "maximum" in schema:
        high = schema["maximum"] if high is None else min(high, schema["maximum"])
    pairs = [(low, True), (low - 1, False)] if low is not None else []
    return pairs + ([(high, True), (high + 1, False)] if high is not None else [])


@pytest.mark.parametrize("key", VENDORS)
def test_integer_parameters_beyond_their_declared_ranges_get_the_vendors_validation_error(key: str) -> None:
    sandbox = SANDBOXES[key]
    listing = listing_of(sandbox)
    customer = next(iter(sandbox.customers))
    checked = 0
    for param in parameters(sandbox.spec, listing.operation):
        if param["in"] != "query":
            continue
        for value, accepted in integer_bounds(deref(sandbox.spec, param.get("schema", {}))):
            answer = ask(sandbox, customer, **{param["name"]: value})
            checked += 1
            if accepted:
                assert answer.status_code == 200, (param["name"], value, answer.text)
                continue
            assert answer.status_code in (400, 422), (param["name"], value)
            assert says(sandbox, answer.json(), param["name"])
            assert_declared(sandbox, answer.status_code, answer.json(), listing.operation.operation_id)
    assert checked >= 2


def test_capillary_page_beyond_int32_is_refused_and_int32_max_is_served() -> None:
    sandbox = SANDBOXES["capillary"]
    customer = next(iter(sandbox.customers))
    assert ask(sandbox, customer, page=2**31).status_code == 400
    assert ask(sandbox, customer, page=2**31 - 1).json()["data"] == []


@pytest.mark.parametrize("key", VENDORS)
def test_only_paths_below_a_server_url_are_served(key: str) -> None:
    sandbox = SANDBOXES[key]
    customer = next(iter(sandbox.customers))
    request = list_request(sandbox, customer)
    below = request.url.raw_path.decode().removeprefix(sandbox.base_path)
    outside = [f"/elsewhere{below}", f"{sandbox.base_path}/nothing-here"]
    if sandbox.base_path:
        outside += [below, f"{sandbox.base_path}x{below}"]  # Yuko at / instead of /api/v1; /api/v1x/...
    assert sandbox.handle(request).status_code == 200
    for path in outside:
        answer = sandbox.handle(httpx.Request("GET", f"https://sandbox.test{path}", headers=sandbox.accepted[0]))
        assert answer.status_code == 404, path
        assert answer.json() == sandbox.error(None, 404).json()


def test_yuko_without_its_base_path_is_not_found_through_the_client() -> None:
    sandbox = seeded("yuko")
    with serving({"yuko": sandbox}) as running:
        root = running["yuko"].base_url.removesuffix("/api/v1")
        module = operation_module("yuko", "listCustomerActivities")
        customer = next(iter(sandbox.customers))
        with client_for(sandbox, base_url=root, httpx_args={}, max_retries=0) as client:
            with pytest.raises(NotFoundError):
                module.sync(client=client, customer_id=customer)
            with client_for(sandbox, base_url=running["yuko"].base_url, httpx_args={}) as served:
                assert module.sync(client=served, customer_id=customer).data
