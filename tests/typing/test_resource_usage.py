"""resource_usage.py behaves as written against each vendor's recorded page (test_usage_scripts type-checks it)."""

from __future__ import annotations

import asyncio

import pytest

from tests.typing import resource_usage
from tests.typing.test_usage_scripts import VENDORS, page_replay, recorded_ids


@pytest.mark.parametrize("key", VENDORS)
def test_resource_methods_and_copies_read_the_recorded_page(key: str) -> None:
    replay, body = page_replay(key)
    listed, detailed, paged, walked, copied = getattr(resource_usage, key)(replay.transport)
    assert listed == detailed == paged == copied == recorded_ids(body)
    assert walked == recorded_ids(body)[:1]
    by_copy = replay.requests[2]  # list, list_detailed, then the copy's call (the walks run when consumed)
    assert (by_copy.headers["X-Trace"], by_copy.headers["X-Other"]) == ("1", "2")
    assert by_copy.extensions["timeout"]["read"] == 3.0
    assert "X-Trace" not in replay.requests[0].headers


@pytest.mark.parametrize("key", VENDORS)
def test_async_resource_methods_read_the_recorded_page(key: str) -> None:
    replay, body = page_replay(key)
    listed, walked, copied = asyncio.run(getattr(resource_usage, f"{key}_async")(replay.transport))
    assert listed == walked == copied == recorded_ids(body)
    assert len(replay.requests) == 3
