"""The official Voucherify SDK (``voucherify`` on PyPI): its model of a customer-activity page, ``from_json``."""

from __future__ import annotations

import importlib
from collections.abc import Callable

SDK_VENDOR = "voucherify"
_MODEL = "voucherify.models.customers_activity_list_response_body"


def parser() -> Callable[[bytes], object]:
    """``CustomersActivityListResponseBody.from_json``; raises ``ImportError`` when the SDK is not installed."""
    model = importlib.import_module(_MODEL).CustomersActivityListResponseBody

    def parse(body: bytes) -> object:
        return model.from_json(body)

    return parse
