"""Sandbox fidelity: every answer the sandbox gives validates against the vendor's spec for its operation and
status, over a battery of requests that covers pages, filters, errors, limits and the earn-rule POST."""

from __future__ import annotations

import importlib

import httpx
import pytest

from generator.specs import json_schema_pointer, operations, path_pattern, response_for, validator
from loyalty_runtime.errors import LoyaltyError
from sandbox.clients import operation_module
from sandbox.seed import DEMO_CREDENTIALS, seeded
from sandbox.vendor import VendorSandbox
from tests.sandbox.test_behaviour import client_for, walk

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


@pytest.mark.parametrize("key", VENDORS)
def test_every_sandbox_answer_validates_against_the_spec(key: str) -> None:
    sandbox = seeded(key)
    exchanges = recorded_exchanges(sandbox)
    exercise(sandbox)
    statuses: set[int] = set()
    for request, response in exchanges:
        path = request.url.path.removeprefix(sandbox.base_path)
        operation = next(
            op
            for op in operations(sandbox.spec)
            if op.method == request.method.lower() and path_pattern(op.path).match(path)
        )
        declared = response_for(operation, response.status_code)
        assert declared is not None, f"{operation.operation_id} answered undeclared {response.status_code}"
        errors = list(validator(key, json_schema_pointer(operation, declared[0])).iter_errors(response.json()))
        assert not errors, f"{operation.operation_id} {response.status_code}: {errors[0].message}"
        statuses.add(response.status_code)
    assert 200 in statuses and 401 in statuses and 429 in statuses
    assert any(status in statuses for status in (400, 404)), statuses
