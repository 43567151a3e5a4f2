"""Keep the developer's real credentials out of the client tests: every vendor environment variable is unset."""

from __future__ import annotations

import pytest

from tests.clients.replay import VENDORS, env_names


@pytest.fixture(autouse=True)
def _no_vendor_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in VENDORS:
        for name in env_names(key):
            monkeypatch.delenv(name, raising=False)
