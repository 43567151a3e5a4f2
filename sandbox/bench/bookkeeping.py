"""Measurement 2b: what the walk itself costs per record, apart from HTTP and decoding. The answers of one whole
walk (in-process sandbox, decoded by the client) are recorded, then replayed to the walk engine (``iter_items`` and
``aiter_items``) and to a plain loop over the same pages' records; the difference per record is the bookkeeping:
ids, overlaps, positions, last-page signals, handing records out. Timed in CPU seconds of this process (nothing
else runs in it meanwhile), so that other work on a shared machine does not blur a figure this small."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from typing import Any

from loyalty_runtime import pagination, transport
from loyalty_runtime.types import Response
from sandbox.bench.fixture import Vendor

# What the replay needs of a generated list module (module internals; absent ones make the figure n/a).
_NEEDED = ("PAGING", "OPERATION", "_get_kwargs", "_parse", "_records")


def _recorded(item: Vendor) -> tuple[dict[str, Any], list[Response[Any]], list[list[Any]], int] | None:
    """The walk's first request, its answers, each answer's records as decoded (the walk narrows them in place)
    and the number of records the walk yielded; ``None`` when the module lacks what the replay needs."""
    module = item.module
    if not all(hasattr(module, name) for name in _NEEDED):
        return None
    kwargs = module._get_kwargs(**item.walk_arguments())
    answers: list[Response[Any]] = []
    originals: list[list[Any]] = []
    with item.client(httpx_args={"transport": item.sandbox.transport()}) as client:

        def send(request: dict[str, Any], on_wait: object = None) -> Response[Any]:
            answer = transport.send(client, module.OPERATION, request, module._parse)
            answers.append(answer)
            originals.append(list(module._records(answer.parsed)))
            return answer

        count = sum(1 for _ in pagination.iter_items(module.PAGING, kwargs, send, module._records))
    return kwargs, answers, originals, count


def _replay(item: Vendor, answers: list[Response[Any]], originals: list[list[Any]]) -> Callable[..., Response[Any]]:
    """A ``send`` giving the recorded answers in order, each with its records as first decoded."""
    pages = iter(range(len(answers)))

    def send(request: object = None, on_wait: object = None) -> Response[Any]:
        page = next(pages)
        item.module._records(answers[page].parsed)[:] = originals[page]
        return answers[page]

    return send


def run(item: Vendor, rounds: int) -> dict[str, Any] | None:
    """Best of ``rounds`` (at least 10: each round is short) of the replayed walk, sync and async, and of the plain
    loop; µs per record of the difference."""
    recorded = _recorded(item)
    if recorded is None:
        return None
    kwargs, answers, originals, count = recorded
    module = item.module
    best = {"plain": float("inf"), "sync": float("inf"), "async": float("inf"), "loop": float("inf")}

    def plain() -> None:
        send = _replay(item, answers, originals)
        for _ in answers:
            for _record in module._records(send().parsed):
                pass

    def sync() -> None:
        for _record in pagination.iter_items(module.PAGING, kwargs, _replay(item, answers, originals), module._records):
            pass

    async def asynchronous() -> None:
        replay = _replay(item, answers, originals)

        async def send(request: object = None, on_wait: object = None) -> Response[Any]:
            return replay()

        async for _record in pagination.aiter_items(module.PAGING, kwargs, send, module._records):
            pass

    works: dict[str, Callable[[], object]] = {
        "plain": plain,
        "sync": sync,
        "async": lambda: asyncio.run(asynchronous()),
        "loop": lambda: asyncio.run(asyncio.sleep(0)),  # asyncio.run's own start and stop, taken out
    }
    for _ in range(max(10, rounds)):
        for name, work in works.items():
            started = time.process_time()
            work()
            best[name] = min(best[name], time.process_time() - started)
    per_record = 1e6 / max(1, count)
    return {
        "records": count,
        "pages": len(answers),
        "sync_us_per_record": max(0.0, best["sync"] - best["plain"]) * per_record,
        "async_us_per_record": max(0.0, best["async"] - best["loop"] - best["plain"]) * per_record,
    }
