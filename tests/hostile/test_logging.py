"""The ``loyalty`` loggers: at DEBUG every request line, status and elapsed time, retry decisions (reason and
wait) and walk progress, on ``loyalty.<key>``; at INFO only the retries; never a credential, in any form, for any
vendor and credential alternative; ``LOYALTY_LOG`` switches them on without code."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest

from loyalty_runtime.log import configure_from_environment
from sandbox.seed import DEMO_CREDENTIALS, seeded
from tests.clients.replay import ALT_IDS, ALTERNATIVES, LIST_OPERATIONS, VENDORS, list_module, package
from tests.hostile.secrets_support import assert_hidden, betrayals, kwargs_names


class _Keep(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextmanager
def captured(level: int) -> Iterator[list[logging.LogRecord]]:
    """Every record of the ``loyalty`` hierarchy at ``level`` and above while inside."""
    keep, root = _Keep(), logging.getLogger("loyalty")
    before = root.level
    root.setLevel(level)
    root.addHandler(keep)
    try:
        yield keep.records
    finally:
        root.removeHandler(keep)
        root.setLevel(before)


def _walk_with_one_retry(key: str, index: int, mode: str = "sync") -> tuple[Any, list[str], str]:
    """Walk the sandbox's first customer with credential alternative ``index`` (``sync_all`` or ``asyncio_all``);
    the first request is answered 503 once. Returns the records, the secret values used and the base URL."""
    sandbox = seeded(key)
    refused: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        if not refused:
            refused.append(request)
            return httpx.Response(503, json={"message": "try later"}, headers={"Retry-After": "0"})
        return sandbox.handle(request)

    values = {name: DEMO_CREDENTIALS[key][name] for name in kwargs_names(key, index)}
    client = package(key).AuthenticatedClient(**values, httpx_args={"transport": httpx.MockTransport(handle)})
    arguments = {LIST_OPERATIONS[key][1]: next(iter(sandbox.customers))}
    module = list_module(key)

    async def walk() -> list[Any]:
        async with client:
            return [record async for record in module.asyncio_all(client=client, **arguments)]

    if mode == "async":
        records = asyncio.run(walk())
    else:
        with client:
            records = list(module.sync_all(client=client, **arguments))
    customer = next(iter(sandbox.customers))
    assert len(records) == len(sandbox.customers[customer].records) > 20  # several pages
    return records, betrayals(key, index, values), client.base_url


def _texts(records: list[logging.LogRecord]) -> Iterator[str]:
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    for record in records:
        yield from (record.getMessage(), repr(record.args), formatter.format(record))


@pytest.mark.parametrize(
    ("key", "index", "mode"),
    [(*case, "sync") for case in ALTERNATIVES] + [(key, 0, "async") for key in VENDORS],
    ids=[f"{i}-sync" for i in ALT_IDS] + [f"{key}-0-async" for key in VENDORS],
)
def test_debug_logs_requests_retries_and_pages_but_no_credential(key: str, index: int, mode: str) -> None:
    with captured(logging.DEBUG) as records:
        _, secrets, base_url = _walk_with_one_retry(key, index, mode)
    assert records and {record.name for record in records} == {f"loyalty.{key}"}
    messages = [record.getMessage() for record in records]
    url = re.escape(base_url)
    answered = [m for m in messages if re.match(rf"^GET {url}/\S+ -> 200 OK in \d+\.\d ms \(attempt \d\)$", m)]
    pages = [m for m in messages if re.match(r"^page \d+: \d+ records, \d+ handed out; (next \S+=.+|last page)$", m)]
    assert len(pages) >= 2 and pages[-1].endswith("last page") and "next" in pages[0]
    assert len(answered) >= len(pages)
    assert any(re.match(rf"^GET {url}/\S+ -> 503 Service Unavailable in ", m) for m in messages)
    retries = [r for r in records if "retrying" in r.getMessage()]
    assert [r.levelno for r in retries] == [logging.INFO]
    assert re.match(
        rf"^GET {url}/\S+: retrying in 0 s after 503 Service Unavailable \(attempt 2 of 3\)$", retries[0].getMessage()
    )
    # Never a credential: not its value, its header value, its Basic token or its MD5.
    assert_hidden(_texts(records), secrets)


@pytest.mark.parametrize("key", sorted(DEMO_CREDENTIALS))
def test_info_logs_nothing_per_request_only_the_retry(key: str) -> None:
    with captured(logging.INFO) as records:
        _walk_with_one_retry(key, 0)
    assert [record.levelno for record in records] == [logging.INFO]
    assert "retrying" in records[0].getMessage()


def test_a_failed_attempt_is_logged_with_its_cause() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    client = package("yuko").AuthenticatedClient(
        token="t0ken-value", httpx_args={"transport": httpx.MockTransport(refuse)}
    )
    with captured(logging.DEBUG) as records, pytest.raises(package("yuko").errors.APIConnectionError):
        list_module("yuko").sync(client=client, customer_id="1", max_retries=0)
    assert [r.getMessage() for r in records] == [
        "GET https://api.yukoapp.com/api/v1/public/customers/activities?customer_id=1 failed: ConnectError (attempt 1)"
    ]


_SCRIPT = """
import httpx, loyalty_yuko
from loyalty_yuko.api.activities import list_customer_activities
from sandbox.seed import seeded

sandbox = seeded("yuko")
client = loyalty_yuko.AuthenticatedClient(token="py_sandbox_0000000000000000000000000",
                                          httpx_args={"transport": httpx.MockTransport(sandbox.handle)})
list_customer_activities.sync(client=client, customer_id=next(iter(sandbox.customers)))
"""


def _run(value: str | None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "LOYALTY_LOG" and not k.endswith("_BASE_URL")}
    if value is not None:
        env["LOYALTY_LOG"] = value
    return subprocess.run([sys.executable, "-c", _SCRIPT], env=env, capture_output=True, text=True, timeout=60)


def test_loyalty_log_switches_logging_on_without_code() -> None:
    quiet, debug, info, wrong = _run(None), _run("debug"), _run("INFO"), _run("verbose")
    for done in (quiet, debug, info, wrong):
        assert done.returncode == 0, done.stderr
    assert quiet.stderr == "" and info.stderr == ""
    assert re.search(r" DEBUG loyalty\.yuko: GET https://api\.yukoapp\.com/\S+ -> 200 OK in ", debug.stderr)
    assert "py_sandbox_" not in debug.stderr
    assert "LOYALTY_LOG='verbose' is ignored" in wrong.stderr and "loyalty.yuko" not in wrong.stderr


def test_the_environment_handler_is_attached_once_at_the_level_named() -> None:
    root = logging.getLogger("loyalty")
    level, handlers = root.level, list(root.handlers)
    try:
        assert configure_from_environment({}) is None and root.handlers == handlers
        first = configure_from_environment({"LOYALTY_LOG": "debug"})
        again = configure_from_environment({"LOYALTY_LOG": " Info "})
        assert first is not None and again is first
        assert [h for h in root.handlers if h not in handlers] == [first]
        assert root.level == logging.INFO
    finally:
        for handler in [h for h in root.handlers if h not in handlers]:
            root.removeHandler(handler)
        root.setLevel(level)


def test_a_retry_the_deadline_cannot_afford_is_logged_as_giving_up() -> None:
    answer = httpx.Response(503, json={"message": "later"}, headers={"Retry-After": "60"})
    transport = httpx.MockTransport(lambda request: answer)
    client = package("yuko").AuthenticatedClient(token="t0ken-value", httpx_args={"transport": transport})
    with captured(logging.INFO) as records, pytest.raises(package("yuko").errors.InternalServerError):
        list_module("yuko").sync(client=client, customer_id="1", deadline=10)
    assert [(r.levelno, r.getMessage()) for r in records] == [
        (
            logging.INFO,
            "GET https://api.yukoapp.com/api/v1/public/customers/activities?customer_id=1: giving up after 503 "
            "Service Unavailable. Not retried: waiting 60 s would pass the call's deadline of 10 s.",
        )
    ]
