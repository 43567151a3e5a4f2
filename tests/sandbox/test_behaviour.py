"""The sandbox behaves as each vendor documents: credentials, customers, filters, earn rules, limits and faults."""

from __future__ import annotations

import datetime
import importlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from openapi_python_client.strings import snake_case

from loyalty_runtime.errors import (
    AuthenticationError,
    NotFoundError,
    RateLimitError,
    ResponseDecodeError,
)
from loyalty_runtime.pointer import resolve
from sandbox.clients import operation_module
from sandbox.seed import DEMO_CREDENTIALS, seeded
from sandbox.server import serving
from sandbox.vendor import VendorSandbox

VENDORS = sorted(DEMO_CREDENTIALS)


def client_for(sandbox: VendorSandbox, *, alternative: int = 0, **options: Any) -> Any:
    names = {c.kwarg for scheme in sandbox.vendor.security[alternative] for c in scheme.credentials}
    credentials = {k: v for k, v in DEMO_CREDENTIALS[sandbox.key].items() if k in names}
    package = importlib.import_module(f"loyalty_{sandbox.key}")
    options.setdefault("httpx_args", {"transport": sandbox.transport()})
    return package.AuthenticatedClient(**credentials, **options)


def walk(sandbox: VendorSandbox, client: Any, customer: str, **arguments: Any) -> list[str]:
    listing = next(iter(sandbox.lists.values()))
    module = operation_module(sandbox.key, listing.operation.operation_id)
    name = snake_case(listing.customer_param[0])
    return [str(item.id) for item in module.sync_all(client=client, **{name: customer}, **arguments)]


def truth(sandbox: VendorSandbox, customer: str) -> list[str]:
    paging = next(iter(sandbox.lists.values())).pages.paging
    return [str(resolve(record, paging.item_id)) for record in sandbox.customers[customer].records]


@pytest.mark.parametrize("key", VENDORS)
def test_every_seeded_customer_is_served_in_full(key: str) -> None:
    sandbox = seeded(key)
    with client_for(sandbox) as client:
        for customer in sandbox.customers:
            assert walk(sandbox, client, customer) == truth(sandbox, customer)


def test_a_declared_record_offset_skips_records_and_the_page_wins_over_it() -> None:
    sandbox = seeded("capillary")
    listing = next(iter(sandbox.lists.values()))
    paging = listing.pages.paging
    assert paging.record_offset == "offset"
    customer = next(c for c in sandbox.customers.values() if len(c.records) > 12)
    url = f"https://sandbox.test{sandbox.base_path}{listing.operation.path}".replace("{customerId}", customer.id)

    def served(**query: str) -> list[str]:
        answer = sandbox.handle(httpx.Request("GET", url, params=query, headers=sandbox.accepted[0]))
        assert answer.status_code == 200, answer.text
        return [str(resolve(record, paging.item_id)) for record in paging.items_of(answer.json())]

    ids = truth(sandbox, customer.id)
    assert served(limit="4", offset="7") == ids[7:11]
    assert served(limit="4", offset="7", page="2") == ids[4:8]  # documented: page overrides offset
    assert served(limit="4", offset="0") == served(limit="4") == ids[:4]


@pytest.mark.parametrize("key", ["voucherify", "capillary"])
def test_every_credential_alternative_is_accepted(key: str) -> None:
    sandbox = seeded(key)
    customer = next(iter(sandbox.customers))
    with client_for(sandbox, alternative=1) as client:
        assert walk(sandbox, client, customer, max_items=3) == truth(sandbox, customer)[:3]


@pytest.mark.parametrize("key", VENDORS)
def test_wrong_credentials_get_the_vendors_401(key: str) -> None:
    sandbox = seeded(key)
    wrong = {k: f"{v}-wrong" for k, v in DEMO_CREDENTIALS[key].items()}
    sandbox.credentials = DEMO_CREDENTIALS[key]
    package = importlib.import_module(f"loyalty_{key}")
    names = {c.kwarg for scheme in sandbox.vendor.security[0] for c in scheme.credentials}
    with (
        package.AuthenticatedClient(
            **{k: v for k, v in wrong.items() if k in names}, httpx_args={"transport": sandbox.transport()}
        ) as client,
        pytest.raises(AuthenticationError) as raised,
    ):
        walk(sandbox, client, next(iter(sandbox.customers)))
    assert raised.value.body == sandbox.error(None, 401).json()


@pytest.mark.parametrize("key", VENDORS)
def test_an_unknown_customer_gets_the_vendors_not_found(key: str) -> None:
    sandbox = seeded(key)
    with client_for(sandbox) as client, pytest.raises(NotFoundError) as raised:
        walk(sandbox, client, "4242424242")
    assert raised.value.message


@pytest.mark.parametrize("key", VENDORS)
def test_an_out_of_range_page_size_gets_the_vendors_validation_error(key: str) -> None:
    sandbox = seeded(key)
    listing = next(iter(sandbox.lists.values()))
    paging = listing.pages.paging
    customer = next(iter(sandbox.customers))
    name, location = listing.customer_param
    path = listing.operation.path.replace("{" + name + "}", customer)
    query = {paging.page_size.param: "0", **({name: customer} if location == "query" else {})}
    auth = sandbox.accepted[0]
    answer = sandbox.handle(
        httpx.Request("GET", f"https://sandbox.test{sandbox.base_path}{path}", params=query, headers=auth)
    )
    assert answer.status_code in (400, 422)
    assert sandbox.vendor.envelope.message_of(answer.json())


def test_yuko_filters_by_activity_type_and_source() -> None:
    sandbox = seeded("yuko")
    customer = next(iter(sandbox.customers))
    records = sandbox.customers[customer].records
    wanted_type, wanted_source = records[0]["activity_type"], records[1]["source_type"]
    filter_type = importlib.import_module("loyalty_yuko.models").ActivitySourceTypeFilter
    with client_for(sandbox) as client:
        by_type = walk(sandbox, client, customer, activity_type=wanted_type)
        by_source = walk(sandbox, client, customer, source_type=filter_type(wanted_source))
    assert by_type == [str(r["id"]) for r in records if r["activity_type"] == wanted_type]
    assert by_source == [str(r["id"]) for r in records if r["source_type"] == wanted_source]
    assert 0 < len(by_type) < len(records) and 0 < len(by_source) < len(records)


@pytest.mark.parametrize(
    ("key", "start", "end"), [("voucherify", "start_date", "end_date"), ("capillary", "from_date", "to_date")]
)
def test_date_range_filters(key: str, start: str, end: str) -> None:
    sandbox = seeded(key)
    customer = next(iter(sandbox.customers))
    field = next(pointer for _, pointer, match in next(iter(sandbox.lists.values())).filters if match == "from")
    dates = sorted(str(resolve(r, field)) for r in sandbox.customers[customer].records)
    low, high = dates[10], dates[40]
    if key == "capillary":
        low_value: Any = datetime.date.fromisoformat(low[:10])
        high_value: Any = datetime.date.fromisoformat(high[:10])
        keep = [r for r in sandbox.customers[customer].records if low[:10] <= str(resolve(r, field))[:10] <= high[:10]]
    else:
        low_value = datetime.datetime.fromisoformat(low.replace("Z", "+00:00"))
        high_value = datetime.datetime.fromisoformat(high.replace("Z", "+00:00"))
        keep = [r for r in sandbox.customers[customer].records if low <= str(resolve(r, field)) <= high]
    with client_for(sandbox) as client:
        got = walk(sandbox, client, customer, **{start: low_value, end: high_value})
    paging = next(iter(sandbox.lists.values())).pages.paging
    assert got == [str(resolve(r, paging.item_id)) for r in keep]
    assert 0 < len(got) < len(sandbox.customers[customer].records)


def test_appy_stamp_earn_rule_moves_the_balance_and_heads_the_ledger() -> None:
    sandbox = seeded("appy_stamp")
    models = importlib.import_module("loyalty_appy_stamp.models")
    process = operation_module("appy_stamp", "processEarnRule")
    customer = next(iter(sandbox.customers))
    before, ledger_before = sandbox.customers[customer].balance, truth(sandbox, customer)
    with client_for(sandbox) as client:
        rules = operation_module("appy_stamp", "listEarnRules").sync(client=client).data
        rule = next(r for r in rules if r.multiplier != 1)
        result = process.sync(client=client, id=customer, body=models.ProcessEarnRuleRequest(earn_rule_id=int(rule.id)))
        walked = walk(sandbox, client, customer)
    award = round(rule.step * rule.multiplier)
    assert result.data.stamp_change == award
    assert result.data.stamp_balance == before + award == sandbox.customers[customer].balance
    assert walked[1:] == ledger_before and walked[0] not in ledger_before


def test_appy_stamp_unknown_earn_rule_is_earn_rule_not_found() -> None:
    sandbox = seeded("appy_stamp")
    models = importlib.import_module("loyalty_appy_stamp.models")
    customer = next(iter(sandbox.customers))
    with client_for(sandbox) as client, pytest.raises(NotFoundError) as raised:
        operation_module("appy_stamp", "processEarnRule").sync(
            client=client, id=customer, body=models.ProcessEarnRuleRequest(earn_rule_id=999_999)
        )
    assert raised.value.code == "EARN_RULE_NOT_FOUND"
    assert len(sandbox.customers[customer].records) == 137


@pytest.mark.parametrize("key", VENDORS)
def test_rate_limiting_answers_429_which_the_client_waits_out(key: str) -> None:
    now = [0.0]
    sandbox = seeded(key, rate_limit=2, rate_window=10.0, clock=lambda: now[0])
    customer = next(iter(sandbox.customers))
    with client_for(sandbox, max_retries=0) as client:
        assert walk(sandbox, client, customer, max_pages=2)
        with pytest.raises(RateLimitError) as raised:
            walk(sandbox, client, customer, max_pages=1)
    assert raised.value.body == sandbox.error(None, 429).json()
    now[0] = 11.0  # the window has passed
    with client_for(sandbox, max_retries=0) as client:
        assert walk(sandbox, client, customer, max_pages=1)


@pytest.mark.parametrize("key", VENDORS)
def test_injected_faults(key: str) -> None:
    sandbox = seeded(key)
    customer = next(iter(sandbox.customers))
    sandbox.faults.extend(["503", "drop", "timeout"])
    with client_for(sandbox, max_retries=3) as client:
        client.retry = client.retry.__class__(max_retries=3, sleep=lambda s: None)
        assert walk(sandbox, client, customer) == truth(sandbox, customer)
        sandbox.faults.append("truncated")
        with pytest.raises(ResponseDecodeError):
            walk(sandbox, client, customer, max_pages=1)


@pytest.fixture(scope="module")
def loopback() -> Iterator[dict[str, Any]]:
    with serving({key: seeded(key) for key in VENDORS}) as running:
        yield running


@pytest.mark.parametrize("key", VENDORS)
def test_loopback_servers_serve_the_same_ledgers(key: str, loopback: dict[str, Any]) -> None:
    running = loopback[key]
    sandbox = running.sandbox
    customer = next(iter(sandbox.customers))
    with client_for(sandbox, base_url=running.base_url, httpx_args={}) as client:
        assert walk(sandbox, client, customer) == truth(sandbox, customer)
