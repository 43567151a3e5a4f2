"""Sandbox fidelity: every answer the sandbox gives validates against the vendor's spec for its operation and
status, over a battery of requests that covers pages, filters, errors, limits and the earn-rule POST, walks
backwards, unrouted methods and paths, unknown positions and parameters beyond their declared ranges."""

from __future__ import annotations

import importlib

import httpx
import pytest

from generator.specs import deref, json_schema_pointer, operations, parameters, path_pattern, response_for, validator
from loyalty_runtime.errors import LoyaltyError
from sandbox.clients import operation_module
from sandbox.seed import DEMO_CREDENTIALS, seeded
from sandbox.vendor import VendorSandbox
from tests.sandbox.test_behaviour import client_for, walk
from tests.sandbox.test_request_fidelity import integer_bounds, list_request, previous_value

VENDORS = sorted(DEMO_CREDENTIALS)


def recorded_exchanges(sandbox: VendorSandbox) -> list[tuple[httpx.Request, httpx.Response]]:
    exchanges: list[tuple[httpx.Request, httpx.Response]] = []
    answer = sandbox.handle

    def handle(request: httpx.Request) -> httpx.Response:
        response = answer(request)
        exchanges.append((request, response))
        return response

    sandbox.handle = handle  # type: ignore[method-assign]
    return exchanges


def exercise(sandbox: VendorSandbox) -> None:
    """Drive the sandbox through everything it can answer."""
    listing = next(iter(sandbox.lists.values()))
    paging = listing.pages.paging
    sizes = {paging.page_size.minimum, 7, paging.page_size.default}
    with client_for(sandbox, max_retries=0) as client:
        for customer in sandbox.customers:
            for size in sizes:
                walk(sandbox, client, customer, **{paging.page_size.param: size})
        with pytest.raises(LoyaltyError):
            walk(sandbox, client, "4242424242")
        if sandbox.key == "appy_stamp":
            models = importlib.import_module("loyalty_appy_stamp.models")
            customer = next(iter(sandbox.customers))
            process = operation_module("appy_stamp", "processEarnRule")
            process.sync(client=client, id=customer, body=models.ProcessEarnRuleRequest(earn_rule_id=12))
            for rule in (999, 12):
                for who in (customer, "4242424242"):
                    try:
                        process.sync(client=client, id=who, body=models.ProcessEarnRuleRequest(earn_rule_id=rule))
                        operation_module("appy_stamp", "getEarnRule").sync(client=client, id=str(rule))
                    except LoyaltyError:
                        pass
    exercise_requests(sandbox)
    sandbox.rate_limit, sandbox.rate_window = 0, 60.0
    with client_for(sandbox, max_retries=0) as client, pytest.raises(LoyaltyError):
        walk(sandbox, client, next(iter(sandbox.customers)))
    sandbox.rate_limit = None
    package = importlib.import_module(f"loyalty_{sandbox.key}")
    names = {c.kwarg for scheme in sandbox.vendor.security[0] for c in scheme.credentials}
    wrong = {k: "wrong" for k in names}
    transport = {"transport": sandbox.transport()}
    with (
        package.AuthenticatedClient(**wrong, httpx_args=transport, max_retries=0) as client,
        pytest.raises(LoyaltyError),
    ):
        walk(sandbox, client, next(iter(sandbox.customers)))


def exercise_requests(sandbox: VendorSandbox) -> None:
    """Requests no client sends: a walk back with the reverse parameter, unknown positions, integers beyond
    their declared ranges, unrouted methods and paths outside the API's base path."""
    listing = next(iter(sandbox.lists.values()))
    paging = listing.pages.paging
    customer = next(iter(sandbox.customers))
    size = {paging.page_size.param: "4"}
    first = sandbox.handle(list_request(sandbox, customer, **size)).json()
    second = sandbox.handle(
        list_request(sandbox, customer, **size, **{paging.position.param: str(paging.next_position(None, first))})
    ).json()
    if paging.position.reverse_param is not None:
        back = {paging.position.reverse_param: str(previous_value(sandbox, second))}
        sandbox.handle(list_request(sandbox, customer, **size, **back))
        sandbox.handle(list_request(sandbox, customer, **{paging.position.reverse_param: "bm90IGEgY3Vyc29y"}))
    if paging.position.next != "increment":
        sandbox.handle(list_request(sandbox, customer, **{paging.position.param: "no-such-record"}))
    for param in parameters(sandbox.spec, listing.operation):
        for value, _ in integer_bounds(deref(sandbox.spec, param.get("schema", {}))) if param["in"] == "query" else []:
            sandbox.handle(list_request(sandbox, customer, **{param["name"]: str(value)}))
    for method in ("TRACE", "OPTIONS", "DELETE"):
        sandbox.handle(list_request(sandbox, customer, method))
    request = list_request(sandbox, customer)
    below = request.url.raw_path.decode().removeprefix(sandbox.base_path)
    for path in (f"/outside{below}", f"{sandbox.base_path}/no/such/route"):
        sandbox.handle(httpx.Request("GET", f"https://sandbox.test{path}", headers=request.headers))


def declared_schema(sandbox: VendorSandbox, request: httpx.Request, status: int) -> tuple[str, str]:
    """(schema pointer, operationId) of the schema an answer must follow: its operation's for the status; for an
    unrouted method (405) or path (404), the vendor's error envelope as the path's (or any) operation declares it."""
    path = request.url.path.removeprefix(sandbox.base_path)
    routed = [op for op in operations(sandbox.spec) if path_pattern(op.path).match(path)]
    operation = next((op for op in routed if op.method == request.method.lower()), None)
    if operation is not None:
        declared = response_for(operation, status)
        assert declared is not None, f"{operation.operation_id} answered undeclared {status}"
        return json_schema_pointer(operation, declared[0]), operation.operation_id
    assert status == (405 if routed else 404), (request.method, request.url, status)
    for candidate in routed or list(operations(sandbox.spec)):
        declared = next((response_for(candidate, s) for s in (404, 400) if response_for(candidate, s)), None)
        if declared is not None:
            return json_schema_pointer(candidate, declared[0]), candidate.operation_id
    raise AssertionError(f"{sandbox.key} declares no error envelope")


@pytest.mark.parametrize("key", VENDORS)
def test_every_sandbox_answer_validates_against_the_spec(key: str) -> None:
    sandbox = seeded(key)
    exchanges = recorded_exchanges(sandbox)
    exercise(sandbox)
    statuses: set[int] = set()
    for request, response in exchanges:
        pointer, operation_id = declared_schema(sandbox, request, response.status_code)
        errors = list(validator(key, pointer).iter_errors(response.json()))
        assert not errors, f"{operation_id} {response.status_code}: {errors[0].message}"
        statuses.add(response.status_code)
    assert {200, 401, 404, 405, 429} <= statuses
    assert statuses & {400, 422}, statuses
