"""Measurement 1: decoding, µs per record, every decoder on the same bytes (pages of 100 records), as a ratio to
msgspec Structs. "ours" is what a generated ``sync`` does after the bytes: the operation's msgspec fast path, or
the runtime's JSON parse and the model's ``from_dict``. A decoder that refuses a page is reported as failing on it,
and timed on the rest."""

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
    """What the transport does with a success body (``transport._answer``): the operation's fast path when it has
    one and msgspec is installed, else (or when that refuses the body) the strict JSON parse and ``from_dict``."""
    parse, envelope = item.module._parse, item.client().vendor.envelope

    def decode(body: bytes) -> object:
        model = transport.fast_answer(envelope, parse, body)
        return model if model is not None else parse(transport._json(body))

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


class _Timed:
    """One decoder on the pages it accepts; each of its rounds repeats them for at least 50 ms, above the noise.

    Timed in this process's CPU time: decoding uses one core from start to end, and on a shared machine the wall
    clock also counts whatever else ran meanwhile, which skews a ratio whenever it lands on one decoder's rounds.
    """

    def __init__(self, decode: Decode, pages: list[bytes], records: int) -> None:
        self.decode, self.pages, self.records = decode, pages, records
        self.repeat = max(1, int(0.05 / max(self._once(), 1e-6)))
        self.best = float("inf")

    def _once(self) -> float:
        started = time.process_time()
        for body in self.pages:
            self.decode(body)
        return time.process_time() - started

    def round(self) -> None:
        started = time.process_time()
        for _ in range(self.repeat):
            for body in self.pages:
                self.decode(body)
        self.best = min(self.best, time.process_time() - started)

    def us_per_record(self) -> float:
        return self.best / (self.repeat * self.records) * 1e6


def _prepare(make: Callable[[], Decode], item: Vendor, pages: list[bytes]) -> tuple[dict[str, Any], _Timed | None]:
    """The decoder's figure so far (its failures) and its timer, ``None`` when it decodes nothing."""
    figure: dict[str, Any] = {"us_per_record": None, "failed_pages": 0, "pages": len(pages), "error": None}
    try:
        decode = make()
    except Exception as error:  # a peer that is not installed or cannot model the spec: n/a, with the reason
        figure["error"] = f"{type(error).__name__}: {error}"[:300]
        return figure, None
    good = []
    for body in pages:
        try:
            decode(body)
            good.append(body)
        except Exception as error:  # a refused page is the peer's failure, reported, not the bench's
            figure["failed_pages"] += 1
            figure["error"] = f"{type(error).__name__}: {error}"[:300]
    if not good:
        return figure, None
    return figure, _Timed(decode, good, sum(item.records_of(body) for body in good))


def _vendor(item: Vendor, bodies: list[bytes], generated: str | None, rounds: int) -> dict[str, Any]:
    makers = _decoders(item)
    figures: dict[str, Any] = {}
    timers: dict[str, _Timed] = {}
    for name in DECODERS:
        absent = "not this vendor" if name not in makers else generated if name == "stock" else None
        if absent is not None:
            figures[name] = {"us_per_record": None, "failed_pages": 0, "pages": 0, "error": absent}
            continue
        figures[name], timer = _prepare(makers[name], item, bodies)
        if timer is not None:
            timers[name] = timer
    for _ in range(max(1, rounds)):  # round by round, every decoder in turn: a noisy spell hits them all alike
        for timer in timers.values():
            timer.round()
    for name, timer in timers.items():
        figures[name]["us_per_record"] = timer.us_per_record()
    base = figures["msgspec"]["us_per_record"]
    for figure in figures.values():
        figure["ratio_to_msgspec"] = ratio(figure["us_per_record"], base)
    return {
        "records_per_page": item.records_of(bodies[0]),
        "decoders": figures,
        # the second target: ours against pydantic v2 on the same bytes (below 1 is faster)
        "ours_to_pydantic": ratio(figures["ours"]["us_per_record"], figures["pydantic"]["us_per_record"]),
    }


def run(vendors: list[Vendor], pages: int, rounds: int) -> dict[str, Any]:
    """Per vendor, per decoder: µs/record, its ratio to msgspec, and the pages it refused."""
    with tempfile.TemporaryDirectory(prefix="bench-stock-") as scratch:
        generated = stock.generate([item.key for item in vendors], Path(scratch))
        return {item.key: _vendor(item, item.pages(pages), generated[item.key], rounds) for item in vendors}
