"""``python -m sandbox.bench`` runs end to end on a tiny size and writes every figure it promises: a behaviour
test of the harness, never of the timings. Peers missing from this environment (msgspec, pydantic, the Voucherify
SDK) must show as n/a with the reason, not break the run."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from sandbox.bench.decoding import DECODERS
from sandbox.bench.fixture import VENDORS

ROOT = Path(__file__).resolve().parents[2]
PEER_MODULES = {"msgspec": "msgspec", "pydantic": "pydantic", "voucherify_sdk": "voucherify"}


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], str]:
    out = tmp_path_factory.mktemp("bench") / "results.json"
    arguments = ["--records", "200", "--rounds", "1", "--pages", "2", "--json", str(out)]
    done = subprocess.run(
        [sys.executable, "-m", "sandbox.bench", *arguments], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    return json.loads(out.read_text()), done.stdout


def test_every_measurement_is_written_and_printed(run: tuple[dict[str, Any], str]) -> None:
    results, printed = run
    assert set(results) == {"meta", "decoding", "walks", "latency", "memory", "imports"}
    for title in (
        "1. Decoding",
        "2. Walks",
        "2b. The walk's own bookkeeping",
        "3. Latency",
        "3b. Cursor walk",
        "4. Peak memory",
        "5. Import time",
    ):
        assert title in printed


def test_decoding_has_every_decoder_for_every_vendor(run: tuple[dict[str, Any], str]) -> None:
    decoding = run[0]["decoding"]
    assert set(decoding) == set(VENDORS)
    for key, vendor in decoding.items():
        figures = vendor["decoders"]
        assert set(figures) == set(DECODERS)
        assert "ours_to_pydantic" in vendor
        for name in ("json.loads", "stock", "ours"):
            assert figures[name]["us_per_record"] > 0, (key, name, figures[name])
        for name, module in PEER_MODULES.items():
            figure = figures[name]
            if name == "voucherify_sdk" and key != "voucherify":
                assert figure["us_per_record"] is None
            elif importlib.util.find_spec(module) is None:  # absent peer: n/a, and why
                assert figure["us_per_record"] is None and module in figure["error"], (key, name, figure)
            else:  # present: timed, or every page it refused counted as a failure
                assert figure["us_per_record"] is not None or figure["failed_pages"] == figure["pages"]


def test_walks_memory_and_imports_cover_every_vendor(run: tuple[dict[str, Any], str]) -> None:
    results = run[0]
    sizes = [str(size) for size in results["meta"]["memory_sizes"]]
    for key in VENDORS:
        walk = results["walks"][key]
        assert walk["records"] == results["meta"]["walk_records"]
        for mode in ("sync", "async"):
            assert walk[mode]["ours_s"] > 0 and walk[mode]["raw_s"] > 0 and walk[mode]["ratio"] > 0
            assert (walk[mode]["client_only_ratio"] is None) == (not walk["sandbox_timer"])
        bookkeeping = walk["bookkeeping"]  # the walk's own cost, replayed: every record of the walk, once
        assert bookkeeping["records"] == walk["records"] and bookkeeping["pages"] == walk["requests"]
        assert bookkeeping["sync_us_per_record"] >= 0 and bookkeeping["async_us_per_record"] >= 0
        memory = results["memory"][key]
        assert [memory["sizes"][size]["records"] for size in sizes] == [int(size) for size in sizes]
        assert memory["ratio"] > 0
        assert results["imports"][f"loyalty_{key}"]["ratio_to_httpx"] > 0
    assert results["imports"]["httpx"]["ratio_to_httpx"] == 1


def test_latency_reports_concurrency_only_where_the_walks_take_it(run: tuple[dict[str, Any], str]) -> None:
    results = run[0]
    latency, supported = results["latency"], results["meta"]["features"]["walk_concurrency_argument"]
    assert latency["concurrency_supported"] == supported
    for mode in ("sync", "async"):
        windows = latency[mode]["windows"]
        assert windows["1"]["ours_s"] > 0 and windows["4"]["raw_s"] > 0
        assert (windows["4"]["ours_s"] is None) == (not supported)
    cursor = latency["cursor"]  # a cursor walk one request at a time, and working one page ahead
    for mode in ("sync", "async"):
        assert cursor["windows"]["1"][f"{mode}_s"] > 0
        assert (cursor["windows"]["2"][f"{mode}_s"] is None) == (not supported)


def test_features_are_detected_not_assumed() -> None:
    from sandbox.bench.fixture import accepts
    from sandbox.bench.walks import TIMER_ATTRIBUTES, sandbox_timer

    class Timed:
        def __init__(self) -> None:
            setattr(self, TIMER_ATTRIBUTES[0], 1.5)

    class TimedByMethod:
        def __getattr__(self, name: str) -> object:
            if name == TIMER_ATTRIBUTES[-1]:
                return lambda: 2.5
            raise AttributeError(name)

    assert sandbox_timer(object()) is None
    assert sandbox_timer(object(), Timed())() == 1.5  # type: ignore[misc]
    assert sandbox_timer(TimedByMethod())() == 2.5  # type: ignore[misc]

    def walk(*, client: object, concurrency: int = 1) -> None: ...

    assert accepts(walk, "concurrency") and not accepts(walk, "window") and not accepts(len, "concurrency")
