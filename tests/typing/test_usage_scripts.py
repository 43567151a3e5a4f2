"""The usage scripts beside this file: they pass ``mypy --strict`` and behave as written against recorded answers.

Each ``usage_<key>.py`` uses one generated package exactly as the public contract in ARCHITECTURE.md shows it.
Type-checking them proves the contract is typed end to end (nothing leaks as ``Any``: the scripts also enable
``disallow-any-expr``); running them through ``httpx.MockTransport`` proves the typed values are the recorded ones.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest
from mypy import api as mypy_api

from tests.typing import usage_appy_stamp, usage_capillary, usage_joy, usage_voucherify, usage_yuko

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
RECORDINGS = ROOT / "tests" / "recordings"
SCRIPTS = sorted(HERE.glob("usage_*.py"))
# Type-checked with the scripts: the resource API of all five packages (run by test_resource_usage).
TYPED = [*SCRIPTS, HERE / "resource_usage.py"]

JSON = dict[str, Any]


@dataclass(frozen=True)
class Vendor:
    module: ModuleType
    page: str
    """A 200 recording of the list operation whose request the script's arguments reproduce."""
    more: Callable[[JSON], bool]
    """Whether the recorded page says another page follows, read straight from the body."""


VENDORS = {
    "yuko": Vendor(usage_yuko, "list-activities-reference-example.json", lambda b: b["meta"]["pagination"]["has_more"]),
    "appy_stamp": Vendor(
        usage_appy_stamp, "list-activities-documented-example.json", lambda b: b["meta"]["pagination"]["hasNext"]
    ),
    "voucherify": Vendor(usage_voucherify, "list-customer-activity-documented-example.json", lambda b: b["has_more"]),
    "joy": Vendor(usage_joy, "list-activities-documented.json", lambda b: b["pageInfo"]["hasNext"]),
    # Capillary has no "has more" flag: only a full page (limit records) may have a successor.
    "capillary": Vendor(
        usage_capillary, "get-loyalty-events-documented.json", lambda b: len(b["data"]) == usage_capillary.LIMIT
    ),
}

# (key, recording) -> what read_error returns: (status_code, code, message, is a RateLimitError)
ERRORS = {
    ("yuko", "error-404-customer-not-found.json"): (404, None, "Customer not found.", False),
    ("yuko", "error-429-rate-limited.json"): (429, None, "Too Many Attempts.", True),
    ("appy_stamp", "list-activities-error-404-customer-not-found.json"): (
        404,
        "CUSTOMER_NOT_FOUND",
        "Customer not found",
        False,
    ),
    ("appy_stamp", "list-activities-error-429-rate-limited.json"): (429, "RATE_LIMITED", "Rate limit exceeded", True),
    ("voucherify", "error-404-customer-not-found.json"): (404, "not_found", "Resource not found", False),
    # Voucherify's code is its string ``key``; a 429 body carries only the numeric status in ``code``.
    ("voucherify", "error-429-too-many-requests.json"): (429, None, "Too many requests hit the API too quickly.", True),
    ("joy", "error-404-not-found.json"): (404, "NOT_FOUND", "Resource not found", False),
    ("joy", "error-429-too-many-requests.json"): (429, None, "Too many requests", True),
    ("capillary", "error-404-customer-not-found-8015.json"): (
        404,
        "8015",
        "Customer not found for the given identifiers",
        False,
    ),
    # A 200 whose body reports errors still raises; status_code stays the HTTP status.
    ("capillary", "error-200-customer-not-found-in-errors.json"): (
        200,
        "8015",
        "Customer not found for the given identifiers",
        False,
    ),
    ("capillary", "error-429-rate-limited.json"): (
        429,
        "429",
        "Rate limit exceeded. Please try after some time.",
        True,
    ),
}


def recording(key: str, name: str) -> JSON:
    data: JSON = json.loads((RECORDINGS / key / name).read_text(encoding="utf-8"))
    return data


class Replay:
    """A ``MockTransport`` answering every request with one recorded response, and counting the requests."""

    def __init__(self, exchange: JSON, *, check_path: bool) -> None:
        self.exchange = exchange
        self.check_path = check_path
        self.requests: list[httpx.Request] = []
        self.transport = httpx.MockTransport(self.handle)

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        recorded = self.exchange["request"]
        assert request.method == recorded["method"]
        if self.check_path:
            assert request.url.path.endswith(recorded["path"]), (request.url.path, recorded["path"])
        answer = self.exchange["response"]
        return httpx.Response(
            answer["status"], headers=answer["headers"], content=json.dumps(answer["body"]).encode("utf-8")
        )


def page_replay(key: str) -> tuple[Replay, JSON]:
    exchange = recording(key, VENDORS[key].page)
    return Replay(exchange, check_path=True), exchange["response"]["body"]


def recorded_ids(body: JSON) -> list[str]:
    return [str(record["id"]) for record in body["data"]]


def run_mypy(*paths: Path, cache_dir: Path) -> tuple[str, int]:
    stdout, stderr, status = mypy_api.run(
        ["--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(cache_dir), *map(str, paths)]
    )
    return stdout + stderr, status


def test_every_vendor_has_a_usage_script() -> None:
    assert [path.stem for path in SCRIPTS] == sorted(f"usage_{key}" for key in VENDORS)


def test_usage_scripts_pass_mypy_strict(tmp_path: Path) -> None:
    output, status = run_mypy(*TYPED, cache_dir=tmp_path / "mypy-cache")
    assert status == 0, output
    assert output.strip() == f"Success: no issues found in {len(TYPED)} source files", output


MISUSE = """\
import loyalty_yuko
from loyalty_yuko.api.activities import list_customer_activities


def misuse(client: loyalty_yuko.AuthenticatedClient) -> None:
    page = list_customer_activities.sync(client=client, customerId="9049402769586")
    ids: list[int] = [activity.id for activity in page.data]
    loyalty_yuko.AuthenticatedClient(api_key="x")
    client.activities.list(customerId="9049402769586")
    client.activities.list_all(customer_id="9049402769586").data
"""


def test_mypy_sees_the_real_types(tmp_path: Path) -> None:
    """Control: the same checker rejects a wrong parameter name, a wrong field type and a wrong credential."""
    script = tmp_path / "misuse.py"
    script.write_text(MISUSE, encoding="utf-8")
    output, status = run_mypy(script, cache_dir=tmp_path / "mypy-cache")
    assert status == 1, output
    assert 'Unexpected keyword argument "customerId"' in output
    assert "incompatible type list[uuid]; expected list[int]" in output.lower()
    assert 'Unexpected keyword argument "api_key"' in output
    assert 'Unexpected keyword argument "customerId" for "list" of "ActivitiesResource"' in output
    assert '"Iterator[CustomerActivity]" has no attribute "data"' in output


@pytest.mark.parametrize("key", VENDORS)
def test_first_page(key: str) -> None:
    replay, body = page_replay(key)
    rows, more = VENDORS[key].module.first_page(replay.transport)
    assert [str(row[0]) for row in rows] == recorded_ids(body)
    assert more is VENDORS[key].more(body)
    assert len(replay.requests) == 1


@pytest.mark.parametrize("key", VENDORS)
def test_first_page_detailed(key: str) -> None:
    replay, body = page_replay(key)
    assert VENDORS[key].module.first_page_detailed(replay.transport) == (200, len(body["data"]))


@pytest.mark.parametrize("key", VENDORS)
def test_first_page_async_matches_sync(key: str) -> None:
    replay, body = page_replay(key)
    rows = asyncio.run(VENDORS[key].module.first_page_async(replay.transport))
    assert [str(row[0]) for row in rows] == recorded_ids(body)
    assert rows == VENDORS[key].module.first_page(page_replay(key)[0].transport)[0]


@pytest.mark.parametrize(("key", "name"), ERRORS)
def test_read_error(key: str, name: str) -> None:
    replay = Replay(recording(key, name), check_path=False)
    assert VENDORS[key].module.read_error(replay.transport) == ERRORS[key, name]
    assert len(replay.requests) == 1, "max_retries=0 must send exactly one request"


def test_capillary_customer_id_passes_back() -> None:
    """Issue 8 item 12: an event's integer ``customer_id`` is a valid argument and sends the recorded path."""
    replay, body = page_replay("capillary")
    customer_id, ids = usage_capillary.same_customer_again(replay.transport)
    assert customer_id == body["data"][0]["customerId"]
    assert [str(i) for i in ids] == recorded_ids(body)
    first, second = replay.requests
    assert second.url == first.url
