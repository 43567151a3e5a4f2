"""Measurement 4: peak memory (tracemalloc) of one whole-ledger ``sync_all`` walk per vendor at two ledger sizes,
and their ratio. The sandbox serves from a child process over loopback, so the peak is the client's alone (an
in-process sandbox's own allocations would be traced too)."""

from __future__ import annotations

import multiprocessing
import sys
import tracemalloc
from multiprocessing.connection import Connection
from typing import Any

from sandbox.bench.fixture import Vendor, ratio, vendor
from sandbox.server import serving


def _serve(key: str, records: int, pipe: Connection) -> None:
    item = vendor(key, records)
    with serving({key: item.sandbox}) as running:
        pipe.send(running[key].base_url)
        pipe.recv()  # until the parent is done


def _peak(item: Vendor, records: int) -> tuple[int, int]:
    """(records walked, peak bytes) of one walk of a ledger of ``records`` records."""
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe()
    server = context.Process(target=_serve, args=(item.key, records, child), daemon=True)
    server.start()
    try:
        base_url = parent.recv()
        with item.client(base_url=base_url) as client:
            item.module.sync(client=client, **item.walk_arguments())  # connection, imports and caches warm
            tracemalloc.start()
            try:
                walked = sum(1 for _ in item.module.sync_all(client=client, **item.walk_arguments()))
                _, peak = tracemalloc.get_traced_memory()
            finally:
                tracemalloc.stop()
        return walked, peak
    finally:
        parent.send("stop")
        server.join(timeout=10)
        if server.is_alive():
            server.kill()


def run(vendors: list[Vendor], sizes: tuple[int, int]) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for item in vendors:
        figures = {}
        for size in sizes:
            print(f"memory: {item.key}, a ledger of {size:,} records ...", file=sys.stderr, flush=True)
            walked, peak = _peak(item, size)
            figures[str(size)] = {"records": walked, "peak_bytes": peak}
        small, large = (figures[str(size)]["peak_bytes"] for size in sizes)
        results[item.key] = {"page_size": item.size, "sizes": figures, "ratio": ratio(large, small)}
    return results
