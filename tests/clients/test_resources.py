"""The clients' resources (``client.<tag>.<method>``) and ``with_options``, for every vendor.

- every recorded success: the resource method returns what the module function returns and sends the same request,
  sync (``AuthenticatedClient``) and async (``AsyncAuthenticatedClient``), plain and ``_detailed``;
- the walk methods (``_all``/``_pages``) yield what the module walks yield, sync and async;
- ``with_options`` overrides headers, timeout, retries, deadline and concurrency on a copy that shares the parent's
  httpx clients, and leaves the parent as it was.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from generator.recordings import Recording
from loyalty_runtime.errors import APITimeoutError, InternalServerError
from loyalty_runtime.pointer import resolve
from tests.clients.replay import (
    SUCCESS,
    VENDORS,
    Replay,
    alternative_for,
    call_kwargs,
    first_success,
    ids,
    json_response,
    kwargs_of,
    make_client,
    operation_module,
    package,
    recorded_response,
    replay_recording,
    spec_operation,
)
from tests.fakes import clients as fakes
from tests.fakes.ledger import LedgerFake, make_records, walkable


def method(client: Any, key: str, operation_id: str, variant: str = "") -> Any:
    """``client.<tag>.<method name><variant>`` of the operation, named as the spec says."""
    operation = spec_operation(key, operation_id)
    return getattr(getattr(client, operation.node["tags"][0]), operation.method_name + variant)


def plain(value: object) -> object:
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if to_dict is not None else value


def sent(request: httpx.Request) -> tuple[object, ...]:
    return request.method, str(request.url), request.content, tuple(sorted(request.headers.items()))


def async_client(key: str, recording: Recording, replay: Replay, **options: Any) -> Any:
    credentials = kwargs_of(alternative_for(key, recording))
    return package(key).AsyncAuthenticatedClient(**credentials, httpx_args={"transport": replay.transport}, **options)


@pytest.mark.parametrize(("key", "recording"), SUCCESS, ids=ids(SUCCESS))
def test_resource_method_matches_the_module_function(key: str, recording: Recording) -> None:
    client, replay, kwargs = replay_recording(key, recording)
    operation_id = recording.data["operation"]
    module = operation_module(key, operation_id)
    with client:
        expected = module.sync_detailed(client=client, **kwargs)
        detailed = method(client, key, operation_id, "_detailed")(**kwargs)
        parsed = method(client, key, operation_id)(**kwargs)
    assert (detailed.status_code, detailed.content) == (expected.status_code, expected.content)
    assert (
        plain(detailed.parsed) == plain(parsed) == plain(expected.parsed) == plain(module.sync(client=client, **kwargs))
    )
    assert len({sent(request) for request in replay.requests}) == 1, "every call sent the same request"


@pytest.mark.parametrize(("key", "recording"), SUCCESS, ids=ids(SUCCESS))
def test_async_resource_method_matches_the_module_function(key: str, recording: Recording) -> None:
    replay = Replay([recorded_response(recording)])
    operation_id = recording.data["operation"]
    module = operation_module(key, operation_id)
    kwargs = call_kwargs(key, recording)

    async def run() -> tuple[Any, Any, Any]:
        async with async_client(key, recording, replay) as client:
            expected = await module.asyncio_detailed(client=client, **kwargs)
            detailed = await method(client, key, operation_id, "_detailed")(**kwargs)
            parsed = await method(client, key, operation_id)(**kwargs)
            return expected, detailed, parsed

    expected, detailed, parsed = asyncio.run(run())
    assert (detailed.status_code, detailed.content) == (expected.status_code, expected.content)
    assert plain(detailed.parsed) == plain(parsed) == plain(expected.parsed)
    assert len(replay.requests) == 3 and len({sent(request) for request in replay.requests}) == 1


@pytest.mark.parametrize("key", VENDORS)
def test_walk_methods_yield_what_the_module_walks_yield(key: str) -> None:
    op = walkable(key)
    module = operation_module(key, op.operation_id)
    fake = LedgerFake(op, make_records(op, 8))
    expected = [str(resolve(record, op.paging.item_id)) for record in fake.records]
    with fakes.make_client(key, fake.transport()) as client:
        arguments = fakes.call_arguments(op, module, **{op.paging.page_size.param: 3})
        via_module = [str(item.id) for item in module.sync_all(client=client, **arguments)]
        via_resource = [str(item.id) for item in method(client, key, op.operation_id, "_all")(**arguments)]
        pages = list(method(client, key, op.operation_id, "_pages")(max_pages=2, **arguments))
    assert via_resource == via_module == expected
    assert [plain(page) for page in pages] == [
        plain(page) for page in module.sync_pages(client=client, max_pages=2, **arguments)
    ]


@pytest.mark.parametrize("key", VENDORS)
def test_async_walk_methods_yield_what_the_module_walks_yield(key: str) -> None:
    op = walkable(key)
    module = operation_module(key, op.operation_id)
    fake = LedgerFake(op, make_records(op, 8))
    expected = [str(resolve(record, op.paging.item_id)) for record in fake.records]
    arguments = fakes.call_arguments(op, module, **{op.paging.page_size.param: 3})

    async def ids_of(records: AsyncIterator[Any]) -> list[str]:
        return [str(record.id) async for record in records]

    async def run() -> tuple[list[str], list[str], int]:
        client = package(key).AsyncAuthenticatedClient(
            **fakes.CREDENTIALS[key], httpx_args={"transport": fake.async_transport()}
        )
        async with client:
            via_module = await ids_of(module.asyncio_all(client=client, **arguments))
            via_resource = await ids_of(method(client, key, op.operation_id, "_all")(**arguments))
            pages = [page async for page in method(client, key, op.operation_id, "_pages")(max_pages=2, **arguments)]
            return via_module, via_resource, len(pages)

    via_module, via_resource, page_count = asyncio.run(run())
    assert via_resource == via_module == expected
    assert page_count == 2


@pytest.mark.parametrize("key", VENDORS)
def test_resources_are_cached_and_bound_to_their_client(key: str) -> None:
    client = make_client(key, Replay([]))
    tag = spec_operation(key, first_success(key).data["operation"]).node["tags"][0]
    resource = getattr(client, tag)
    assert getattr(client, tag) is resource and resource._client is client
    copy = client.with_options(max_retries=0)
    assert getattr(copy, tag) is not resource and getattr(copy, tag)._client is copy
    assert getattr(client, tag) is resource, "the parent keeps its own resource"


def _list_call(key: str, **options: Any) -> tuple[Any, Replay, Any, dict[str, Any]]:
    """A client answering the vendor's list recording, its replay, the list method's name path and arguments."""
    recording = first_success(key)
    client, replay, kwargs = replay_recording(key, recording, **options)
    return client, replay, recording.data["operation"], kwargs


@pytest.mark.parametrize("key", VENDORS)
def test_with_options_adds_headers_on_the_copy_only(key: str) -> None:
    client, replay, operation_id, kwargs = _list_call(key, headers={"X-Team": "parent", "X-Kept": "yes"})
    with client:
        tagged = client.with_options(headers={"X-Team": "copy", "X-Trace": "1"})
        method(tagged, key, operation_id)(**kwargs)
        method(client, key, operation_id)(**kwargs)
        operation_module(key, operation_id).sync(client=client.with_headers({"X-Trace": "2"}), **kwargs)
    by_copy, by_parent, by_shortcut = (request.headers for request in replay.requests)
    assert (by_copy["X-Team"], by_copy["X-Trace"], by_copy["X-Kept"]) == ("copy", "1", "yes")
    assert by_parent["X-Team"] == "parent" and "X-Trace" not in by_parent
    assert (by_shortcut["X-Team"], by_shortcut["X-Trace"]) == ("parent", "2")
    assert client.headers["X-Team"] == "parent" and "X-Trace" not in client.headers
    # The credentials are sent by the copy too.
    credential_headers = {name.lower() for name in replay.requests[1].headers} - {"x-team", "x-kept"}
    assert credential_headers <= {name.lower() for name in by_copy}


@pytest.mark.parametrize("key", VENDORS)
def test_with_options_headers_replace_the_clients_whatever_their_letter_case(key: str) -> None:
    client, replay, operation_id, kwargs = _list_call(key)
    with client:
        mine = client.with_options(headers={"user-agent": "mine/1.0"})
        method(mine, key, operation_id)(**kwargs)
    assert [name for name in mine.headers if name.lower() == "user-agent"] == ["user-agent"]
    assert replay.requests[0].headers.get_list("user-agent") == ["mine/1.0"]


@pytest.mark.parametrize("key", VENDORS)
def test_with_options_overrides_the_timeout_on_the_copy_only(key: str) -> None:
    timeouts: list[dict[str, float]] = []
    recording = first_success(key)
    answer = recorded_response(recording)

    def handle(request: httpx.Request) -> httpx.Response:
        timeouts.append(request.extensions["timeout"])
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    credentials = kwargs_of(alternative_for(key, recording))
    client = package(key).AuthenticatedClient(**credentials, httpx_args={"transport": httpx.MockTransport(handle)})
    kwargs = call_kwargs(key, recording)
    with client:
        method(client.with_options(timeout=httpx.Timeout(4.0, connect=2.0)), key, recording.data["operation"])(**kwargs)
        method(client.with_timeout(7.0), key, recording.data["operation"])(**kwargs)
        method(client, key, recording.data["operation"])(**kwargs)
    (copy, shortcut, parent) = timeouts
    assert (copy["connect"], copy["read"]) == (2.0, 4.0)
    assert (shortcut["connect"], shortcut["read"]) == (7.0, 7.0)
    assert (parent["connect"], parent["read"]) == (10.0, 30.0)


def test_a_timeout_given_in_httpx_args_is_the_clients() -> None:
    """Each request carries its client's timeout, so one passed through ``httpx_args`` must become the client's."""
    seen: list[dict[str, float]] = []
    recording = first_success("yuko")
    answer = recorded_response(recording)

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    transport = httpx.MockTransport(handle)
    credentials = kwargs_of(alternative_for("yuko", recording))
    client = package("yuko").AuthenticatedClient(**credentials, httpx_args={"transport": transport, "timeout": 4.5})
    assert client.timeout == httpx.Timeout(4.5)
    with client:
        method(client, "yuko", recording.data["operation"])(**call_kwargs("yuko", recording))
    assert (seen[0]["connect"], seen[0]["read"]) == (4.5, 4.5)


@pytest.mark.parametrize("key", VENDORS)
def test_with_options_overrides_retries_on_the_copy_only(key: str) -> None:
    recording = first_success(key)
    failing = json_response(503, {"error": "down"}, {"content-type": "application/json", "Retry-After": "0"})
    replay = Replay([failing, failing, failing, recorded_response(recording)])
    client = make_client(key, replay, kwargs_of(alternative_for(key, recording)))
    kwargs = call_kwargs(key, recording)
    with client:
        with pytest.raises(InternalServerError) as raised:
            method(client.with_options(max_retries=0), key, recording.data["operation"])(**kwargs)
        assert raised.value.attempts == 1 and len(replay.requests) == 1
        # The parent keeps its two retries: two more 503s, then the recorded answer.
        method(client, key, recording.data["operation"])(**kwargs)
    assert len(replay.requests) == 4
    assert client.max_retries == 2


@pytest.mark.parametrize("key", VENDORS)
def test_with_options_overrides_the_deadline_on_the_copy_only(key: str) -> None:
    recording = first_success(key)
    answer = recorded_response(recording)

    def slow(request: httpx.Request) -> httpx.Response:
        time.sleep(0.15)
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    credentials = kwargs_of(alternative_for(key, recording))
    client = package(key).AuthenticatedClient(**credentials, httpx_args={"transport": httpx.MockTransport(slow)})
    kwargs = call_kwargs(key, recording)
    with client:
        hurried = client.with_options(deadline=0.05)
        assert (hurried.deadline, client.deadline) == (0.05, 120.0)
        with pytest.raises(APITimeoutError, match=r"deadline of 0\.05 s"):
            method(hurried, key, recording.data["operation"])(**kwargs)
        method(client, key, recording.data["operation"])(**kwargs)


@pytest.mark.parametrize("key", VENDORS)
def test_with_options_checks_what_it_is_given(key: str) -> None:
    client = make_client(key, Replay([]))
    assert client.with_options(concurrency=3).concurrency == 3 and client.concurrency == 1
    with pytest.raises(ValueError, match="concurrency"):
        client.with_options(concurrency=0)
    with pytest.raises(ValueError, match="max_retries"):
        client.with_options(max_retries=-1)
    with pytest.raises(ValueError, match="deadline"):
        client.with_options(deadline=float("inf"))
    with pytest.raises(ValueError, match="timeout"):
        client.with_options(timeout=0)


@pytest.mark.parametrize("key", VENDORS)
def test_with_options_shares_the_connections_and_leaves_them_to_the_parent(key: str) -> None:
    client, replay, operation_id, kwargs = _list_call(key)
    with client:
        with client.with_options(max_retries=0) as copy:  # entering a copy opens nothing twice
            assert copy.get_httpx_client() is client.get_httpx_client()
            assert copy.with_options(deadline=5.0).get_httpx_client() is client.get_httpx_client()
            method(copy, key, operation_id)(**kwargs)
        copy.close()
        shared = client.get_httpx_client()
        assert not shared.is_closed, "closing the copy left the parent's connections open"
        method(client, key, operation_id)(**kwargs)
    assert shared.is_closed, "closing the parent closed them"
    assert len(replay.requests) == 2


@pytest.mark.parametrize("key", VENDORS)
def test_async_with_options_shares_the_event_loop_connections(key: str) -> None:
    recording = first_success(key)
    replay = Replay([recorded_response(recording)])
    kwargs = call_kwargs(key, recording)

    async def run() -> httpx.AsyncClient:
        async with async_client(key, recording, replay) as client:
            async with client.with_options(timeout=5.0) as copy:
                assert copy.get_async_httpx_client() is client.get_async_httpx_client()
                await method(copy, key, recording.data["operation"])(**kwargs)
            shared = client.get_async_httpx_client()
            assert not shared.is_closed
            await method(client, key, recording.data["operation"])(**kwargs)
            return shared

    assert asyncio.run(run()).is_closed
    assert len(replay.requests) == 2
