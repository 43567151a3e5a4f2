"""Item 9 of the hardening issue: the HTTP status decides the class of a non-2xx answer; a vendor code decides it
(``x-error-envelope.status_by_code``) only for an error carried by a 2xx. A declared end-of-walk error code ends a
walk only on an answer that can mean "no more results", never on a 401/403/429/5xx.

Driven by the specs: every vendor that declares ``status_by_code`` or ``end_error_codes`` is covered.
"""

from __future__ import annotations

import asyncio
import copy

import pytest

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
    recorded_response,
)
from tests.clients.replay import Replay as ReplayTransport
from tests.hostile.transport_support import walk


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


def _walk_ending_with(key: str, status: int, code: str) -> tuple[list[object], ReplayTransport]:
    """Walk the recorded pages, the last one replaced by ``status`` carrying ``code``."""
    pages = walk(key)
    answers = [recorded_response(page) for page in pages[:-1]]
    answers.append(json_response(status, _body_with_code(key, code)))
    replay = ReplayTransport(answers)
    records = list(
        list_module(key).sync_all(client=make_client(key, replay), **call_kwargs(key, pages[0]), max_retries=0)
    )
    return records, replay


@pytest.mark.parametrize(("key", "code"), ENDING)
@pytest.mark.parametrize("status", [200, 400, 404])
def test_a_declared_end_error_ends_the_walk(key, code, status):
    records, replay = _walk_ending_with(key, status, code)
    pages = walk(key)
    paging = list_module(key).PAGING
    assert len(records) == sum(len(paging.items_of(page.response["body"])) for page in pages[:-1]) > 0
    assert len(replay.requests) == len(pages)


@pytest.mark.parametrize(("key", "code"), ENDING)
@pytest.mark.parametrize("status", [401, 403, 429, 500, 503])
def test_an_end_error_code_on_a_failure_status_does_not_end_the_walk(key, code, status):
    with pytest.raises(error_class(status)) as raised:
        _walk_ending_with(key, status, code)
    assert raised.value.code == code
