"""Invalid arguments raise ValueError before anything is sent."""

from __future__ import annotations

import asyncio

import pytest

from tests.clients.replay import (
    LIST_OPERATIONS,
    VENDORS,
    Replay,
    call_kwargs,
    first_success,
    list_module,
    make_client,
    python_name,
    recorded_response,
    spec_operation,
)


def _page_size(key: str) -> dict:
    recording = first_success(key)
    return spec_operation(key, recording.data["operation"]).node["x-pagination"]["page_size"]


def _bad_sizes(key: str) -> list[int]:
    size = _page_size(key)
    return [size["minimum"] - 1, -5] + ([size["maximum"] + 1] if "maximum" in size else [])


def _good_sizes(key: str) -> list[int]:
    size = _page_size(key)
    return [size["minimum"], size.get("maximum", 5000)]


# The documented bounds, literally (README "Specs at a glance"), to check the spec-derived ones.
DOCUMENTED_BOUNDS = {
    "yuko": ("per_page", 1, 100),
    "appy_stamp": ("limit", 1, 1000),
    "voucherify": ("limit", 1, 100),
    "joy": ("limit", 1, 1000),
    "capillary": ("limit", 1, None),
}

BAD_SIZES = [(key, value) for key in VENDORS for value in _bad_sizes(key)]
GOOD_SIZES = [(key, value) for key in VENDORS for value in _good_sizes(key)]
BLANK_IDS = [(key, value) for key in VENDORS for value in ("", "   ")]


@pytest.mark.parametrize("key", VENDORS)
def test_page_size_bounds_are_the_documented_ones(key):
    size = _page_size(key)
    assert (python_name(size["param"]), size["minimum"], size.get("maximum")) == DOCUMENTED_BOUNDS[key]


def _call_each_way(key: str, replay: Replay, **changes) -> list[type[BaseException] | None]:
    """Call the list operation with ``changes`` through sync, sync_detailed and asyncio; what each raised."""
    module = list_module(key)
    kwargs = {**call_kwargs(key, first_success(key)), **changes}
    outcomes: list[type[BaseException] | None] = []
    for call in (module.sync, module.sync_detailed, lambda **kw: asyncio.run(module.asyncio(**kw))):
        try:
            call(client=make_client(key, replay), **kwargs)
            outcomes.append(None)
        except Exception as error:
            outcomes.append(type(error))
    return outcomes


@pytest.mark.parametrize(("key", "value"), BAD_SIZES, ids=[f"{k}-{v}" for k, v in BAD_SIZES])
def test_page_size_out_of_range(key, value):
    replay = Replay([recorded_response(first_success(key))])
    name = python_name(_page_size(key)["param"])
    assert _call_each_way(key, replay, **{name: value}) == [ValueError] * 3
    assert replay.requests == []


@pytest.mark.parametrize(("key", "value"), GOOD_SIZES, ids=[f"{k}-{v}" for k, v in GOOD_SIZES])
def test_page_size_at_the_bounds_is_sent(key, value):
    replay = Replay([recorded_response(first_success(key))])
    name = _page_size(key)["param"]
    assert _call_each_way(key, replay, **{python_name(name): value}) == [None] * 3
    assert [request.url.params[name] for request in replay.requests] == [str(value)] * 3


@pytest.mark.parametrize(("key", "value"), BLANK_IDS, ids=[f"{k}-{v!r}" for k, v in BLANK_IDS])
def test_blank_customer_id(key, value):
    replay = Replay([recorded_response(first_success(key))])
    argument = LIST_OPERATIONS[key][1]
    assert _call_each_way(key, replay, **{argument: value}) == [ValueError] * 3
    assert replay.requests == []


@pytest.mark.parametrize("key", VENDORS)
def test_negative_retries(key):
    replay = Replay([recorded_response(first_success(key))])
    assert _call_each_way(key, replay, max_retries=-1) == [ValueError] * 3
    assert replay.requests == []
    with pytest.raises(ValueError):
        make_client(key, replay, max_retries=-1)


@pytest.mark.parametrize("key", VENDORS)
def test_client_defaults(key):
    client = make_client(key, Replay([]))
    assert client.max_retries == 2
    assert None not in (client.timeout.connect, client.timeout.read, client.timeout.write, client.timeout.pool)
