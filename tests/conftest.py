"""Shared pytest configuration: Hypothesis profiles (``HYPOTHESIS_PROFILE=ci`` in CI)."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

from generator.specs import vendor_keys

settings.register_profile("dev", max_examples=100)
settings.register_profile("ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

_BASE_URL_VARIABLES = tuple(f"{key.upper()}_BASE_URL" for key in vendor_keys())


@pytest.fixture(autouse=True)
def _no_base_url_from_the_shell(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests choose their base URLs: variables exported for ``nox -s sandbox`` must not aim clients elsewhere."""
    for name in _BASE_URL_VARIABLES:
        monkeypatch.delenv(name, raising=False)
