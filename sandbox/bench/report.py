"""Printing the figures: rich tables when rich is installed (the bench session pins it), plain text otherwise."""

from __future__ import annotations

import importlib
from typing import Any

NA = "n/a"
DECODER_TITLES = {
    "json.loads": "json.loads",
    "msgspec": "msgspec Structs",
    "pydantic": "pydantic v2",
    "stock": "stock openapi-python-client",
    "voucherify_sdk": "official Voucherify SDK",
    "ours": "ours",
}


def times(value: float | None) -> str:
    return NA if value is None else f"{value:.2f}\u00d7"


def ms(seconds: float | None) -> str:
    return NA if seconds is None else f"{seconds * 1000:,.1f} ms"


def us(value: float | None) -> str:
    return NA if value is None else f"{value:.2f} µs"


def table(title: str, header: list[str], rows: list[list[str]]) -> None:
    try:
        rich_console = importlib.import_module("rich.console")
        rich_table = importlib.import_module("rich.table")
    except ImportError:
        _plain(title, header, rows)
        return
    console = rich_console.Console(width=200)
    console.print(f"\n[bold]{title}[/bold]", highlight=False)
    shown = rich_table.Table()
    for index, name in enumerate(header):
        shown.add_column(name, justify="left" if index == 0 else "right")
    for row in rows:
        shown.add_row(*row)
    console.print(shown)


def _plain(title: str, header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]
    print(f"\n{title}")
    for row in [header, ["-" * w for w in widths], *rows]:
        print(
            "  ".join(
                cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths, strict=True))
            )
        )


def decoding(results: dict[str, Any]) -> None:
    header = ["vendor", *DECODER_TITLES.values(), "ours/pydantic"]
    rows = []
    for key, vendor in results.items():
        row = [key]
        for name in DECODER_TITLES:
            figure = vendor["decoders"][name]
            cell = NA
            if figure["us_per_record"] is not None:
                cell = f"{figure['us_per_record']:.2f} µs ({times(figure['ratio_to_msgspec'])})"
            if figure["failed_pages"]:
                cell = f"fails on {figure['failed_pages']} of {figure['pages']} pages" + (
                    "" if cell == NA else f"; {cell}"
                )
            row.append(cell)
        rows.append([*row, times(vendor["ours_to_pydantic"])])
    table("1. Decoding: µs per record on the same bytes (pages of 100), ratio to msgspec", header, rows)


def walks(results: dict[str, Any]) -> None:
    header = ["vendor", "records / requests"]
    for mode in ("sync_all", "asyncio_all"):
        header += [f"{mode}", "raw loop", "ours/raw", "client only"]
    rows = []
    for key, vendor in results.items():
        row = [key, f"{vendor['records']:,} / {vendor['requests']}"]
        for mode in ("sync", "async"):
            figure = vendor[mode]
            row += [
                ms(figure["ours_s"]),
                ms(figure["raw_s"]),
                times(figure["ratio"]),
                times(figure["client_only_ratio"]),
            ]
        rows.append(row)
    table(
        "2. Walks over loopback vs a raw httpx loop of the same requests (client only: sandbox time taken out)",
        header,
        rows,
    )
    kept = [(key, vendor["bookkeeping"]) for key, vendor in results.items() if vendor.get("bookkeeping")]
    if kept:
        table(
            "2b. The walk's own bookkeeping per record (recorded answers replayed: no HTTP, no decoding)",
            ["vendor", "records / pages", "sync_all µs/record", "asyncio_all µs/record"],
            [
                [
                    key,
                    f"{figure['records']:,} / {figure['pages']}",
                    us(figure["sync_us_per_record"]),
                    us(figure["async_us_per_record"]),
                ]
                for key, figure in kept
            ],
        )


def latency(results: dict[str, Any]) -> None:
    header = ["walk", "window", "ours", "raw", "ours/raw"]
    rows = []
    for mode in ("sync", "async"):
        figures = results[mode]
        for window, figure in figures["windows"].items():
            rows.append([mode, window, ms(figure["ours_s"]), ms(figure["raw_s"]), times(figure["ratio"])])
        rows.append([mode, "speedup", times(figures["ours_speedup"]), times(figures["raw_speedup"]), ""])
    title = (
        f"3. Latency: {results['vendor']} walk of {results['records']:,} records ({results['requests']} requests), "
        f"{results['delay_s'] * 1000:.0f} ms per request; concurrency argument: "
        f"{'yes' if results['concurrency_supported'] else 'absent'}"
    )
    table(title, header, rows)


def cursor_latency(results: dict[str, Any]) -> None:
    windows = results["windows"]
    rows = [
        [mode, *(ms(figures[f"{mode}_s"]) for figures in windows.values()), times(results[f"{mode}_speedup"])]
        for mode in ("sync", "async")
    ]
    title = (
        f"3b. Cursor walk: {results['vendor']}, {results['pages']} pages, {results['delay_s'] * 1000:.0f} ms per "
        f"request, the caller working {results['work_per_page_s'] * 1000:.0f} ms on each page"
    )
    table(title, ["walk", *(f"concurrency {window}" for window in windows), "speedup"], rows)


def memory(results: dict[str, Any]) -> None:
    sizes = list(next(iter(results.values()))["sizes"])
    header = ["vendor", "page size", *(f"peak at {int(size):,}" for size in sizes), "ratio"]
    rows = [
        [
            key,
            str(vendor["page_size"]),
            *(f"{vendor['sizes'][size]['peak_bytes'] / 1024:,.0f} KiB" for size in sizes),
            times(vendor["ratio"]),
        ]
        for key, vendor in results.items()
    ]
    table("4. Peak memory (tracemalloc) of a whole-ledger sync_all walk", header, rows)


def imports(results: dict[str, Any]) -> None:
    rows = [[module, ms(figure["seconds"]), times(figure["ratio_to_httpx"])] for module, figure in results.items()]
    table("5. Import time in a fresh interpreter, vs import httpx", ["module", "import", "ratio to httpx"], rows)
