# generated from specs/capillary/openapi.yaml — do not edit
"""msgspec mirrors of the models answers decode into: the fast path of decoding, taken when msgspec (the ``fast``
extra) is installed. Any body they refuse goes to the models' ``from_dict`` (see ``loyalty_runtime.fast``)."""

from __future__ import annotations

import msgspec
from loyalty_runtime import fast as _fast
from loyalty_runtime.decode import Timestamp
from loyalty_runtime.fast import ABSENT
from msgspec.structs import astuple as _astuple

from .models.api_message import ApiMessage
from .models.error_code import ErrorCode
from .models.event_name import EventName
from .models.event_status import EventStatus
from .models.loyalty_event import LoyaltyEvent
from .models.loyalty_event_page import LoyaltyEventPage
from .types import UNSET


class _ApiMessage(
    msgspec.Struct,
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
):
    code: ErrorCode
    message: str
    status: bool = ABSENT


class _LoyaltyEvent(
    msgspec.Struct,
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
    rename={"customer_id": "customerId", "event_name": "eventName", "org_id": "orgId", "unique_id": "uniqueId"},
):
    id: int
    customer_id: int
    date: Timestamp
    event_name: EventName
    org_id: int
    status: EventStatus
    unique_id: str


class _LoyaltyEventPage(
    msgspec.Struct,
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
):
    warnings: list[_ApiMessage]
    errors: list[_ApiMessage]
    data: list[_LoyaltyEvent] = ABSENT


def _loyalty_event_page(m: _LoyaltyEventPage) -> LoyaltyEventPage:
    return LoyaltyEventPage(
        [ApiMessage(*_astuple(item0)) for item0 in m.warnings],
        [ApiMessage(*_astuple(item0)) for item0 in m.errors],
        UNSET if m.data is ABSENT else [LoyaltyEvent(*_astuple(item0)) for item0 in m.data],
    )


_loyalty_event_page_decoder = msgspec.json.Decoder(_LoyaltyEventPage, dec_hook=_fast.hook)


def loyalty_event_page(content: bytes) -> tuple[_LoyaltyEventPage, LoyaltyEventPage]:
    """The mirror and the model of a body (msgspec's errors when it does not fit the mirror)."""
    mirror = _loyalty_event_page_decoder.decode(content)
    return mirror, _loyalty_event_page(mirror)
