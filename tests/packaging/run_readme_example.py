"""Run the ``## Use it`` examples of a generated README against one recorded answer, with no network.

    python run_readme_example.py KEY README.md RECORDING.json

Runs inside a fresh virtualenv that holds only the installed wheel (see check_wheels.py). The credentials come
from the environment variables of ARCHITECTURE.md (dummy values); every httpx client the package builds gets an
``httpx.MockTransport`` that checks the request (default base URL, method, the recorded auth headers) and answers
with the recording. The first ``python`` block (sync) must print the page; later blocks of the section (async)
run the same way.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

import httpx

from loyalty_runtime.client import BaseClient

# ARCHITECTURE.md: default base URL and credential environment variables of each vendor (dummy values).
BASE_URLS = {
    "yuko": "https://api.yukoapp.com/api/v1",
    "appy_stamp": "https://stamp.appydesign.io/rest_api/v1",
    "voucherify": "https://api.voucherify.io",
    "joy": "https://api.joy.so",
    "capillary": "https://eu.api.capillarytech.com/v2",
}
CREDENTIALS = {
    "yuko": {"YUKO_API_TOKEN": "py_" + "0" * 32},
    "appy_stamp": {"APPY_STAMP_API_KEY": "dummy-api-key", "APPY_STAMP_API_SECRET": "dummy-api-secret"},
    "voucherify": {"VOUCHERIFY_APP_ID": "dummy-app-id", "VOUCHERIFY_APP_TOKEN": "dummy-app-token"},
    "joy": {"JOY_APP_KEY": "dummy-app-key", "JOY_SECRET_KEY": "dummy-secret-key"},
    "capillary": {"CAPILLARY_USERNAME": "dummy.till", "CAPILLARY_PASSWORD": "dummy-password"},
}


def use_it_blocks(readme: str) -> list[str]:
    """The ```python blocks of the README's ``## Use it`` section, in order."""
    start = readme.index("\n## Use it\n")
    end = readme.find("\n## ", start + 1)
    section = readme[start : end if end != -1 else None]
    return re.findall(r"^```python\n(.*?)^```$", section, flags=re.DOTALL | re.MULTILINE)


def replay(key: str, exchange: dict[str, Any]) -> httpx.MockTransport:
    recorded, answer = exchange["request"], exchange["response"]

    def handle(request: httpx.Request) -> httpx.Response:
        assert str(request.url).startswith(BASE_URLS[key] + "/"), f"not the default base URL: {request.url}"
        assert request.method == recorded["method"], request.method
        assert request.url.path.rsplit("/", 1)[-1] == recorded["path"].rsplit("/", 1)[-1], request.url.path
        missing = [name for name in recorded["headers"] if name not in request.headers]
        assert not missing, f"credentials from the environment were not sent: {missing}"
        body = json.dumps(answer["body"]).encode("utf-8")
        return httpx.Response(answer["status"], headers=answer["headers"], content=body)

    return httpx.MockTransport(handle)


def main(key: str, readme_path: str, recording_path: str) -> None:
    os.environ.update(CREDENTIALS[key])
    transport = replay(key, json.loads(Path(recording_path).read_text(encoding="utf-8")))
    original = BaseClient._httpx_options

    def httpx_options(self: BaseClient) -> dict[str, Any]:
        return {**original(self), "transport": transport}

    BaseClient._httpx_options = httpx_options  # type: ignore[method-assign]

    blocks = use_it_blocks(Path(readme_path).read_text(encoding="utf-8"))
    assert blocks, "no ```python block under '## Use it'"
    for number, block in enumerate(blocks, 1):
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(block, f"{readme_path} (Use it, block {number})", "exec"), {"__name__": "__main__"})
        output = printed.getvalue()
        assert re.match(r"\w+\(", output), f"block {number} did not print the page: {output!r}"
        shown = output if len(output) <= 160 else output[:157] + "..."
        print(f"{key}: README block {number} ran and printed {shown.strip()}")


if __name__ == "__main__":
    main(*sys.argv[1:])
