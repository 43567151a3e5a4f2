"""Item 9 of the hardening issue: the HTTP status decides the class of a non-2xx answer; a vendor code decides it
(``x-error-envelope.status_by_code``) only for an error carried by a 2xx. A declared end-of-walk error code ends a
walk only on an answer that can mean "no more results", never on a 401/403/429/5xx.

Driven by the specs: every vendor that declares ``status_by_code`` or ``end_error_codes`` is covered.
"""

from __future__ import annotations

import asyncio
import copy

import httpx
import pytest
from openapi_python_client.strings import snake_case

from loyalty_runtime import errors
from loyalty_runtime.errors import error_class
from tests.clients.replay import (
    ERRORS,
    VENDORS,
    call_kwargs,
    envelope,
    json_response,
    list_module,
    make_client,
)
from tests.clients.replay import Replay as ReplayTransport
from tests.fakes.ledger import LedgerFake, make_records, walkable
from tests.hostile.transport_support import FakeClock, fake_client, walk


def _set(document: object, pointer: str, value: object) -> None:
    """Write ``value`` at a JSON Pointer whose parents exist."""
    *parents, last = pointer.lstrip("/").split("/")
    node = document
    for token in parents:
        node = node[int(token)] if isinstance(node, list) else node[token]  # type: ignore[index]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value  # type: ignore[index]


def _body_with_code(key: str, code: str) -> object:
    """A recorded error body of the vendor carrying ``code`` where its envelope reads codes."""
    pointer = envelope(key)["code"][0]
    for case_key, recording in ERRORS:
        body = copy.deepcopy(recording.response["body"])
        if case_key == key:
            try:
                _set(body, pointer, int(code) if code.isdigit() else code)
            except (KeyError, IndexError, TypeError):
                continue
            return body
    raise AssertionError(f"{key}: no recorded error body has a place for a code at {pointer}")


CODED = [
    (key, code, status)
    for key in VENDORS
    for code, status in (envelope(key).get("status_by_code") or {}).items()
    if envelope(key).get("errors_on_success")
]


@pytest.mark.parametrize(("key", "code", "implied"), CODED, ids=[f"{k}/{c}" for k, c, _ in CODED])
@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 500, 503])
def test_the_status_decides_a_non_2xx_answer_whatever_code_it_carries(key, code, implied, status):
    client = make_client(key, ReplayTransport([json_response(status, _body_with_code(key, code))]))
    kwargs = call_kwargs(key, walk(key)[0])
    with pytest.raises(errors.APIStatusError) as raised:
        list_module(key).sync(client=client, **kwargs, max_retries=0)
    assert type(raised.value) is error_class(status)
    assert raised.value.code == code
    assert raised.value.status_code == status


@pytest.mark.parametrize(("key", "code", "implied"), CODED, ids=[f"{k}/{c}" for k, c, _ in CODED])
def test_a_code_in_a_2xx_answer_picks_the_class_it_implies(key, code, implied):
    client = make_client(key, ReplayTransport([json_response(200, _body_with_code(key, code))]))
    kwargs = call_kwargs(key, walk(key)[0])
    with pytest.raises(errors.APIStatusError) as raised:
        asyncio.run(list_module(key).asyncio(client=client, **kwargs, max_retries=0))
    assert type(raised.value) is error_class(implied)
    assert raised.value.code == code
    assert raised.value.status_code == 200


def test_capillary_401_carrying_814_is_an_authentication_error():
    client = make_client("capillary", ReplayTransport([json_response(401, _body_with_code("capillary", "814"))]))
    kwargs = call_kwargs("capillary", walk("capillary")[0])
    with pytest.raises(errors.AuthenticationError) as raised:
        list_module("capillary").sync(client=client, **kwargs)
    assert raised.value.code == "814"


# ---------------------------------------------------------------------------------------------- end of a walk

ENDING = [(key, code) for key in VENDORS for code in sorted(list_module(key).PAGING.end_error_codes)]


def _walk_ending_with(key: str, status: int, code: str, *, shrink: bool) -> tuple[list[str], list[str], int]:
    """Walk a ledger of 9 records in pages of 2; every request after the first whose page would be empty is
    answered by ``status`` carrying ``code`` instead. With ``shrink``, the 7 oldest records are deleted after the
    second page, so the walk's next pages lie past the end of the ledger (where the vendor answers its end error).

    Returns the ids yielded, the ids present throughout the walk and how many end errors were answered.
    """
    op = walkable(key)
    fake = LedgerFake(op, make_records(op, 9))
    initial = [fake.id_of(record) for record in fake.records]
    ends = 0

    def handle(request: httpx.Request) -> httpx.Response:
        nonlocal ends
        if shrink and fake.pages_served == 2:
            for _ in range(7):
                fake.delete(0)
        if fake.requests and not op.paging.items_of(fake.page(dict(request.url.params))):
            fake.requests.append(request)
            ends += 1
            return json_response(status, _body_with_code(key, code))
        return fake.handle(request)

    kwargs = {**call_kwargs(key, walk(key)[0]), snake_case(op.paging.page_size.param): 2}
    client = fake_client(key, handle, FakeClock())
    yielded = [str(record.id) for record in list_module(key).sync_all(client=client, **kwargs, max_retries=0)]
    present = [fake.id_of(record) for record in fake.records]
    return yielded, [key for key in initial if key in present], ends


@pytest.mark.parametrize(("key", "code"), ENDING)
@pytest.mark.parametrize("status", [200, 400, 404])
def test_a_declared_end_error_ends_the_walk_and_never_loses_a_record(key, code, status):
    yielded, present, ends = _walk_ending_with(key, status, code, shrink=True)
    assert ends > 0  # the end error was answered, past the end of the shrunk ledger
    assert len(yielded) == len(set(yielded))
    assert [key for key in yielded if key in present] == present


@pytest.mark.parametrize(("key", "code"), ENDING)
@pytest.mark.parametrize("status", [401, 403, 429, 500, 503])
def test_an_end_error_code_on_a_failure_status_does_not_end_the_walk(key, code, status):
    with pytest.raises(error_class(status)) as raised:
        _walk_ending_with(key, status, code, shrink=True)
    assert raised.value.code == code
