"""Measurement 2: whole-ledger walks over loopback HTTP (``sandbox.server``), ``sync_all``/``asyncio_all`` through
the generated client against a raw httpx loop that fetches the very requests the client sent (recorded with an
event hook) and only ``json.loads`` them. Ratio ours/raw; and, when the sandbox times its own answering, the
client-only ratio with that time taken from both sides. Besides, the walk's own bookkeeping per record, apart
from HTTP and decoding (``sandbox.bench.bookkeeping``)."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from sandbox.bench import bookkeeping
from sandbox.bench.fixture import Vendor, ratio
from sandbox.server import serving

# Where a sandbox that times itself keeps the seconds it has spent answering (a number, or a method giving it).
TIMER_ATTRIBUTES = ("answer_seconds", "answering_seconds", "busy_seconds")
Request = tuple[str, list[tuple[str, str]]]


def sandbox_timer(*holders: object) -> Callable[[], float] | None:
    """The sandbox's own clock of answering time (on the sandbox or its server), or ``None`` when it keeps none."""
    for holder in holders:
        timing = getattr(holder, "timing", None)  # sandbox.vendor.Timing: answering and serving, delays left out
        if timing is not None and hasattr(timing, "busy"):

            def busy(timing: Any = timing) -> float:
                return float(timing.busy)

            return busy
        for name in TIMER_ATTRIBUTES:
            if hasattr(holder, name):

                def read(holder: object = holder, name: str = name) -> float:
                    value = getattr(holder, name)
                    return float(value() if callable(value) else value)

                return read
    return None


class _Rounds:
    """Best wall time of several rounds, and best wall time less the sandbox's answering time in that round."""

    def __init__(self, timer: Callable[[], float] | None) -> None:
        self.timer = timer
        self.wall = float("inf")
        self.client_only = float("inf")

    def start(self) -> tuple[float, float]:
        return time.perf_counter(), self.timer() if self.timer else 0.0

    def stop(self, started: tuple[float, float]) -> None:
        wall = time.perf_counter() - started[0]
        self.wall = min(self.wall, wall)
        if self.timer:
            self.client_only = min(self.client_only, wall - (self.timer() - started[1]))

    def figures(self) -> tuple[float, float | None]:
        return self.wall, self.client_only if self.timer else None


def _record(item: Vendor, base_url: str) -> tuple[list[Request], int]:
    sent: list[Request] = []

    def hook(request: httpx.Request) -> None:
        sent.append((str(request.url), list(request.headers.items())))

    with item.client(base_url=base_url, httpx_args={"event_hooks": {"request": [hook]}}) as client:
        walked = sum(1 for _ in item.module.sync_all(client=client, **item.walk_arguments()))
    return sent, walked


def _sync(item: Vendor, base_url: str, sent: list[Request], rounds: int, timer: Any) -> dict[str, Any]:
    ours, raw = _Rounds(timer), _Rounds(timer)
    with item.client(base_url=base_url) as client, httpx.Client() as plain:
        for _ in range(rounds):
            started = ours.start()
            for _record in item.module.sync_all(client=client, **item.walk_arguments()):
                pass
            ours.stop(started)
            started = raw.start()
            for url, headers in sent:
                json.loads(plain.get(url, headers=headers).content)
            raw.stop(started)
    return _compare(ours, raw)


def _async(item: Vendor, base_url: str, sent: list[Request], rounds: int, timer: Any) -> dict[str, Any]:
    ours, raw = _Rounds(timer), _Rounds(timer)

    async def walk_ours(client: Any) -> None:
        async for _record in item.module.asyncio_all(client=client, **item.walk_arguments()):
            pass

    async def walk_raw(plain: httpx.AsyncClient) -> None:
        for url, headers in sent:
            json.loads((await plain.get(url, headers=headers)).content)

    async def timed(figures: _Rounds, work: Awaitable[None]) -> None:
        started = figures.start()
        await work
        figures.stop(started)

    async def main() -> None:
        async with item.client(base_url=base_url) as client, httpx.AsyncClient() as plain:
            for _ in range(rounds):
                await timed(ours, walk_ours(client))
                await timed(raw, walk_raw(plain))

    asyncio.run(main())
    return _compare(ours, raw)


def _compare(ours: _Rounds, raw: _Rounds) -> dict[str, Any]:
    (ours_s, ours_client), (raw_s, raw_client) = ours.figures(), raw.figures()
    return {
        "ours_s": ours_s,
        "raw_s": raw_s,
        "ratio": ratio(ours_s, raw_s),
        "ours_client_only_s": ours_client,
        "raw_client_only_s": raw_client,
        "client_only_ratio": ratio(ours_client, raw_client),
    }


def run(vendors: list[Vendor], rounds: int) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for item in vendors:
        with serving({item.key: item.sandbox}) as running:
            base_url = running[item.key].base_url
            sent, walked = _record(item, base_url)
            timer = sandbox_timer(item.sandbox, running[item.key].server)
            results[item.key] = {
                "records": walked,
                "requests": len(sent),
                "page_size": item.size,
                "sandbox_timer": timer is not None,
                "sync": _sync(item, base_url, sent, rounds, timer),
                "async": _async(item, base_url, sent, rounds, timer),
                "bookkeeping": bookkeeping.run(item, rounds),
            }
    return results
