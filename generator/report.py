"""The main job until the clients exist: a per-vendor report of what the specs declare and whether they pass.

Run as ``python -m generator.report``; exits non-zero when any spec or recording check fails.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from generator import lint, recordings
from generator.specs import deref, load_spec, operations, vendor_keys
from loyalty_runtime.paging import PagingSpec


def _table(header: Sequence[str], rows: list[Sequence[str]]) -> str:
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows, strict=True)]
    line = "  ".join("{:<" + str(width) + "}" for width in widths)
    return "\n".join([line.format(*header), line.format(*("-" * w for w in widths)), *(line.format(*r) for r in rows)])


def _operation_rows(key: str) -> list[Sequence[str]]:
    spec = load_spec(key)
    rows: list[Sequence[str]] = []
    for op in operations(spec):
        module = f"loyalty_{key}.api.{op.node['tags'][0]}.{_snake(op.operation_id)}"
        raw = op.node.get("x-pagination")
        if raw is not None:
            paging = PagingSpec.from_dict(raw)
            size = paging.page_size
            bounds = f"{size.minimum}..{size.maximum if size.maximum is not None else '?'}"
            moved = paging.position.param + (f" or {paging.record_offset}" if paging.record_offset else "")
            pages = f"{paging.style} via {moved}, {size.param} {bounds} (default {size.default})"
        else:
            pages = "single page" if op.node.get("x-single-page") else "-"
        errors = sorted(status for status in op.node.get("responses", {}) if status[0] in "45")
        rows.append([key, f"{op.method.upper()} {op.path}", module, pages, " ".join(errors)])
    return rows


def _snake(camel: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in camel)


def _vendor_rows(key: str) -> Sequence[str]:
    spec = load_spec(key)
    schemes = spec["components"]["securitySchemes"]
    requirements = spec.get("security", [])
    auth = " | ".join(
        " + ".join(cred["kwarg"] for name in requirement for cred in schemes[name]["x-credentials"])
        for requirement in requirements
    )
    server = spec["servers"][0]
    base = server["url"].format(**{k: v["default"] for k, v in server.get("variables", {}).items()})
    models = len(spec["components"].get("schemas", {}))
    enums = sum(1 for s in spec["components"].get("schemas", {}).values() if "enum" in deref(spec, s))
    recorded = recordings.load_recordings(key)
    return [key, base, auth, str(models), str(enums), str(len(recorded))]


def main() -> int:
    keys = vendor_keys()
    print("loyalty-clients — spec report\n")
    print(
        _table(
            ["vendor", "default base URL", "credentials (alternatives)", "schemas", "enums", "recordings"],
            [_vendor_rows(key) for key in keys],
        )
    )
    print()
    print(
        _table(
            ["vendor", "operation", "module", "pagination", "error statuses"],
            [row for key in keys for row in _operation_rows(key)],
        )
    )
    failures = [problem for key in keys for problem in (*lint.problems(key), *recordings.problems(key))]
    print()
    if failures:
        print(f"{len(failures)} problem(s):")
        print("\n".join(f"  - {problem}" for problem in failures))
        return 1
    print(f"All {len(keys)} specs pass the lint and all recordings agree with their specs.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
