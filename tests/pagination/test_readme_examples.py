"""Every Python example in each generated package README runs, in order, against a fake of the vendor."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.specs import ROOT
from loyalty_runtime.client import BaseClient
from tests.fakes.clients import CREDENTIALS
from tests.fakes.ledger import LedgerFake, make_records, walkable

ENVIRONMENT = {
    "yuko": {"YUKO_API_TOKEN": "py_example"},
    "appy_stamp": {"APPY_STAMP_API_KEY": "key", "APPY_STAMP_API_SECRET": "secret"},
    "voucherify": {"VOUCHERIFY_APP_ID": "app", "VOUCHERIFY_APP_TOKEN": "token"},
    "joy": {"JOY_APP_KEY": "app", "JOY_SECRET_KEY": "secret"},
    "capillary": {"CAPILLARY_USERNAME": "till", "CAPILLARY_PASSWORD": "password"},
}


def python_blocks(readme: Path) -> list[str]:
    return re.findall(r"```python\n(.*?)```", readme.read_text(encoding="utf-8"), flags=re.S)


@pytest.mark.parametrize("key", sorted(CREDENTIALS))
def test_readme_examples_run(key: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    for name, value in ENVIRONMENT[key].items():
        monkeypatch.setenv(name, value)
    op = walkable(key)
    fake = LedgerFake(op, make_records(op, 7))
    original = BaseClient._httpx_options

    def with_fake(self: BaseClient) -> dict[str, Any]:
        return {**original(self), "transport": httpx.MockTransport(fake.handle)}

    monkeypatch.setattr(BaseClient, "_httpx_options", with_fake)
    blocks = python_blocks(ROOT / "clients" / key / "README.md")
    assert len(blocks) >= 6, "README lost its examples"
    namespace: dict[str, Any] = {"__name__": "readme_example"}
    for block in blocks:
        if "except NotFoundError" in block:
            continue  # the error-handling example needs a failing vendor; tests/clients covers error mapping
        exec(compile(block, f"clients/{key}/README.md", "exec"), namespace)
    printed = capsys.readouterr().out
    ids = [str(record["id"]) for record in fake.records]
    assert all(record_id in printed for record_id in ids)
    assert fake.requests, "the examples sent no request"
