"""An answer's httpx response (and its body) is freed as soon as the call is done with it, by reference counting:
no reference cycle keeps each page's body in memory until the garbage collector next runs."""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator

import httpx
import pytest

from tests.clients.replay import SUCCESS, ids, operation_module, replay_recording

FIRST_PER_VENDOR = [next(case for case in SUCCESS if case[0] == key) for key in dict.fromkeys(k for k, _ in SUCCESS)]


@pytest.fixture
def no_collector() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def live_responses() -> int:
    return sum(1 for thing in gc.get_objects() if isinstance(thing, httpx.Response))


@pytest.mark.usefixtures("no_collector")
@pytest.mark.parametrize("use_async", [False, True], ids=["sync", "async"])
@pytest.mark.parametrize(("key", "recording"), FIRST_PER_VENDOR, ids=ids(FIRST_PER_VENDOR))
def test_answers_are_freed_without_the_garbage_collector(key, recording, use_async: bool) -> None:
    client, _, kwargs = replay_recording(key, recording, max_retries=0)
    module = operation_module(key, recording.data["operation"])
    before = live_responses()
    for _ in range(3):
        if use_async:
            asyncio.run(module.asyncio_detailed(client=client, **kwargs))
        else:
            module.sync_detailed(client=client, **kwargs)
    assert live_responses() == before
