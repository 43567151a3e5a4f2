"""Measurement 3: latency and concurrency. A Yuko walk of 20 pages over loopback with 50 ms added to every request
(a transport that sleeps, then sends), one page at a time and ``concurrency=4`` where the walks take that
argument, sync and async, against the same requests sent raw: page 1, then the rest at once with the same window
(``asyncio.gather`` under a semaphore; a thread pool for sync). Then a cursor walk (each request needs the previous
answer), its caller working on every page: one request at a time against working one page ahead."""

from __future__ import annotations

import asyncio
import json
import time
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from typing import Any

import httpx

from sandbox.bench.fixture import PAGE_RECORDS, Vendor, accepts, best_of, ratio
from sandbox.bench.walks import Request
from sandbox.server import serving

LATENCY_VENDOR = "yuko"
PAGES = 20
DELAY = 0.05
WINDOWS = (1, 4)


class _SlowTransport(httpx.BaseTransport):
    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        time.sleep(DELAY)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


class _SlowAsyncTransport(httpx.AsyncBaseTransport):
    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(DELAY)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def concurrency_supported(item: Vendor) -> bool:
    return accepts(item.module.sync_all, "concurrency") or accepts(item.client_class(), "concurrency")


def _window(item: Vendor, window: int) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """(client options, walk arguments) at ``window`` requests in flight, per call where the walks take
    ``concurrency`` and per client where only the client does; ``None`` when neither can."""
    arguments = item.walk_arguments(PAGE_RECORDS)
    if accepts(item.module.sync_all, "concurrency"):
        return {}, {**arguments, "concurrency": window}
    if accepts(item.client_class(), "concurrency"):
        return {"concurrency": window}, arguments
    return ({}, arguments) if window == 1 else None


def _sync(item: Vendor, base_url: str, sent: list[Request], rounds: int) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    for window in WINDOWS:
        setting = _window(item, window)
        ours = None
        if setting is not None:
            options, arguments = setting
            with item.client(base_url=base_url, httpx_args={"transport": _SlowTransport()}, **options) as client:
                ours = best_of(rounds, partial(_walk, item, client, arguments))
        raw = best_of(rounds, partial(_raw_sync, sent, window))
        figures[str(window)] = {"ours_s": ours, "raw_s": raw, "ratio": ratio(ours, raw)}
    return _speedups(figures)


def _walk(item: Vendor, client: Any, arguments: dict[str, Any]) -> int:
    return sum(1 for _ in item.module.sync_all(client=client, **arguments))


def _raw_sync(sent: list[Request], window: int) -> None:
    with httpx.Client(transport=_SlowTransport()) as plain, ThreadPoolExecutor(window) as pool:

        def fetch(request: Request) -> object:
            return json.loads(plain.get(request[0], headers=request[1]).content)

        fetch(sent[0])
        list(pool.map(fetch, sent[1:]))


def _async(item: Vendor, base_url: str, sent: list[Request], rounds: int) -> dict[str, Any]:
    figures: dict[str, Any] = {}

    async def walk(client: Any, arguments: dict[str, Any]) -> None:
        async for _record in item.module.asyncio_all(client=client, **arguments):
            pass

    async def raw(window: int) -> None:
        gate = asyncio.Semaphore(window)
        async with httpx.AsyncClient(transport=_SlowAsyncTransport()) as plain:

            async def fetch(request: Request) -> object:
                async with gate:
                    return json.loads((await plain.get(request[0], headers=request[1])).content)

            await fetch(sent[0])
            await asyncio.gather(*(fetch(request) for request in sent[1:]))

    async def best(work: Any) -> float:
        least = float("inf")
        for _ in range(max(1, rounds)):
            started = time.perf_counter()
            await work()
            least = min(least, time.perf_counter() - started)
        return least

    async def main() -> None:
        for window in WINDOWS:
            setting = _window(item, window)
            ours = None
            if setting is not None:
                options, arguments = setting
                httpx_args = {"transport": _SlowAsyncTransport()}
                async with item.client(base_url=base_url, httpx_args=httpx_args, **options) as client:
                    ours = await best(partial(walk, client, arguments))
            raw_s = await best(partial(raw, window))
            figures[str(window)] = {"ours_s": ours, "raw_s": raw_s, "ratio": ratio(ours, raw_s)}

    asyncio.run(main())
    return _speedups(figures)


def _speedups(figures: dict[str, Any]) -> dict[str, Any]:
    one, many = figures[str(WINDOWS[0])], figures[str(WINDOWS[-1])]
    return {
        "windows": figures,
        "ours_speedup": ratio(one["ours_s"], many["ours_s"]),
        "raw_speedup": ratio(one["raw_s"], many["raw_s"]),
    }


def run(item: Vendor, rounds: int) -> dict[str, Any]:
    """``item`` holds a ledger of 20 pages of 100 records."""
    with serving({item.key: item.sandbox}) as running:
        base_url = running[item.key].base_url
        sent: list[Request] = []

        def hook(request: httpx.Request) -> None:
            sent.append((str(request.url), list(request.headers.items())))

        with item.client(base_url=base_url, httpx_args={"event_hooks": {"request": [hook]}}) as client:
            walked = sum(1 for _ in item.module.sync_all(client=client, **item.walk_arguments(PAGE_RECORDS)))
        return {
            "vendor": item.key,
            "records": walked,
            "requests": len(sent),
            "delay_s": DELAY,
            "concurrency_supported": concurrency_supported(item),
            "sync": _sync(item, base_url, sent, rounds),
            "async": _async(item, base_url, sent, rounds),
        }


CURSOR_VENDOR = "voucherify"
WORK = 0.02  # the caller's work on each page, in seconds
AHEAD = 2  # the concurrency at which a cursor walk works one page ahead


def _worked(item: Vendor, client: Any, arguments: dict[str, Any]) -> None:
    for number, _record in enumerate(item.module.sync_all(client=client, **arguments), start=1):
        if number % PAGE_RECORDS == 0:
            time.sleep(WORK)


def cursor_run(item: Vendor, rounds: int) -> dict[str, Any]:
    """``item`` (a cursor vendor) holds 20 pages of 100 records; each request takes 50 ms more, and the caller
    spends :data:`WORK` on each page: the walk one request at a time, and at ``concurrency`` :data:`AHEAD`."""

    async def aworked(client: Any, arguments: dict[str, Any]) -> None:
        number = 0
        async for _record in item.module.asyncio_all(client=client, **arguments):
            number += 1
            if number % PAGE_RECORDS == 0:
                await asyncio.sleep(WORK)

    async def abest(base_url: str, options: dict[str, Any], arguments: dict[str, Any]) -> float:
        least = float("inf")
        async with item.client(base_url=base_url, httpx_args={"transport": _SlowAsyncTransport()}, **options) as client:
            for _ in range(max(1, rounds)):
                started = time.perf_counter()
                await aworked(client, arguments)
                least = min(least, time.perf_counter() - started)
        return least

    figures: dict[str, Any] = {}
    with serving({item.key: item.sandbox}) as running:
        base_url = running[item.key].base_url
        for window in (1, AHEAD):
            setting = _window(item, window)
            if setting is None:
                figures[str(window)] = {"sync_s": None, "async_s": None}
                continue
            options, arguments = setting
            with item.client(base_url=base_url, httpx_args={"transport": _SlowTransport()}, **options) as client:
                sync_s = best_of(rounds, partial(_worked, item, client, arguments))
            figures[str(window)] = {"sync_s": sync_s, "async_s": asyncio.run(abest(base_url, options, arguments))}
    one, ahead = figures["1"], figures[str(AHEAD)]
    return {
        "vendor": item.key,
        "pages": PAGES,
        "delay_s": DELAY,
        "work_per_page_s": WORK,
        "windows": figures,
        "sync_speedup": ratio(one["sync_s"], ahead["sync_s"]),
        "async_speedup": ratio(one["async_s"], ahead["async_s"]),
    }
