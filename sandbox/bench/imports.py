"""Measurement 5: import time of each ``loyalty_<key>`` package against ``import httpx`` (which every client
imports), each in a fresh interpreter, best of several rounds."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

from sandbox.bench.fixture import ratio

_PROBE = "import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"


def _seconds(module: str) -> float:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE.format(module=module)], capture_output=True, text=True, check=True
    ).stdout
    return float(out.strip())


def run(keys: list[str], rounds: int) -> dict[str, Any]:
    modules = ["httpx", "loyalty_runtime", *(f"loyalty_{key}" for key in keys)]
    best = dict.fromkeys(modules, float("inf"))
    for _ in range(max(1, rounds)):  # round by round, every module in turn: a noisy spell hits them all alike
        for module in modules:
            best[module] = min(best[module], _seconds(module))
    return {
        module: {"seconds": seconds, "ratio_to_httpx": ratio(seconds, best["httpx"])}
        for module, seconds in best.items()
    }
