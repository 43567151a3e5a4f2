"""Measurement 1: decoding, µs per record, every decoder on the same bytes (pages of 100 records), as a ratio to
msgspec Structs. "ours" is what a generated ``sync`` does after the bytes: the runtime's JSON parse and the
operation module's ``_parse``. A decoder that refuses a page is reported as failing on it, and timed on the rest."""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from loyalty_runtime import transport
from sandbox.bench import schema_types, stock, voucherify_sdk
from sandbox.bench.fixture import Vendor, ratio

DECODERS = ("json.loads", "msgspec", "pydantic", "stock", "voucherify_sdk", "ours")
Decode = Callable[[bytes], object]


def _ours(item: Vendor) -> Decode:
    # The runtime's strict JSON parse, whatever its name today (the standard library's if it has none).
    parse_json: Callable[[bytes], object] = getattr(transport, "_json", json.loads)
    parse = item.module._parse

    def decode(body: bytes) -> object:
        return parse(parse_json(body))

    return decode


def _decoders(item: Vendor) -> dict[str, Callable[[], Decode]]:
    spec, operation = item.sandbox.spec, item.listing.operation
    makers: dict[str, Callable[[], Decode]] = {
        "json.loads": lambda: json.loads,
        "msgspec": lambda: schema_types.msgspec_decoder(spec, operation.node),
        "pydantic": lambda: schema_types.pydantic_decoder(spec, operation.node),
        "stock": lambda: stock.parser(item.key, operation.node["tags"][0], operation.operation_id),
        "ours": lambda: _ours(item),
    }
    if item.key == voucherify_sdk.SDK_VENDOR:
        makers["voucherify_sdk"] = voucherify_sdk.parser
    return makers


def _time(decode: Decode, pages: list[bytes], records: int, rounds: int) -> float:
    """µs per record, best of ``rounds``; each round repeats the pages for at least 50 ms, to rise above noise."""

    def once() -> float:
        started = time.perf_counter()
        for body in pages:
            decode(body)
        return time.perf_counter() - started

    repeat = max(1, int(0.05 / max(once(), 1e-6)))
    best = float("inf")
    for _ in range(max(1, rounds)):
        started = time.perf_counter()
        for _ in range(repeat):
            for body in pages:
                decode(body)
        best = min(best, time.perf_counter() - started)
    return best / (repeat * records) * 1e6


def _measure(make: Callable[[], Decode], item: Vendor, pages: list[bytes], rounds: int) -> dict[str, Any]:
    figure: dict[str, Any] = {"us_per_record": None, "failed_pages": 0, "pages": len(pages), "error": None}
    try:
        decode = make()
    except Exception as error:  # a peer that is not installed or cannot model the spec: n/a, with the reason
        figure["error"] = f"{type(error).__name__}: {error}"[:300]
        return figure
    good = []
    for body in pages:
        try:
            decode(body)
            good.append(body)
        except Exception as error:  # a refused page is the peer's failure, reported, not the bench's
            figure["failed_pages"] += 1
            figure["error"] = f"{type(error).__name__}: {error}"[:300]
    if good:
        figure["us_per_record"] = _time(decode, good, sum(item.records_of(body) for body in good), rounds)
    return figure


def run(vendors: list[Vendor], pages: int, rounds: int) -> dict[str, Any]:
    """Per vendor, per decoder: µs/record, its ratio to msgspec, and the pages it refused."""
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="bench-stock-") as scratch:
        generated = stock.generate([item.key for item in vendors], Path(scratch))
        for item in vendors:
            bodies = item.pages(pages)
            makers = _decoders(item)
            figures: dict[str, Any] = {}
            for name in DECODERS:
                if name not in makers:
                    figures[name] = {"us_per_record": None, "failed_pages": 0, "pages": 0, "error": "not this vendor"}
                elif name == "stock" and generated[item.key] is not None:
                    figures[name] = {"us_per_record": None, "failed_pages": 0, "pages": 0, "error": generated[item.key]}
                else:
                    figures[name] = _measure(makers[name], item, bodies, rounds)
            base = figures["msgspec"]["us_per_record"]
            for figure in figures.values():
                figure["ratio_to_msgspec"] = ratio(figure["us_per_record"], base)
            results[item.key] = {"records_per_page": item.records_of(bodies[0]), "decoders": figures}
    return results
