"""Every vendor spec is a valid OpenAPI 3.1 document, and the five vendors of ARCHITECTURE.md are all here."""

from __future__ import annotations

import pytest
from openapi_spec_validator import OpenAPIV31SpecValidator, validate

from generator.specs import load_spec, vendor_keys

VENDORS = ["appy_stamp", "capillary", "joy", "voucherify", "yuko"]


def test_every_vendor_has_a_spec() -> None:
    assert vendor_keys() == VENDORS


@pytest.mark.parametrize("key", VENDORS)
def test_spec_is_valid_openapi_3_1(key: str) -> None:
    spec = load_spec(key)
    assert spec["openapi"] == "3.1.0"
    validate(spec, cls=OpenAPIV31SpecValidator)


def test_validator_rejects_a_broken_spec() -> None:
    broken = {"openapi": "3.1.0", "info": {"title": "x"}, "paths": {"/a": {"get": {"responses": "nope"}}}}
    with pytest.raises(Exception, match=r"version|responses"):
        validate(broken, cls=OpenAPIV31SpecValidator)
