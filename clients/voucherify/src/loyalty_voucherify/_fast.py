# generated from specs/voucherify/openapi.yaml — do not edit
"""msgspec mirrors of the models answers decode into: the fast path of decoding, taken when msgspec (the ``fast``
extra) is installed. Any body they refuse goes to the models' ``from_dict`` (see ``loyalty_runtime.fast``)."""

from __future__ import annotations

from typing import Any

import msgspec
from loyalty_runtime import fast as _fast
from loyalty_runtime.decode import Timestamp
from loyalty_runtime.fast import ABSENT
from msgspec.structs import astuple as _astuple

from .models.customer_activity import CustomerActivity
from .models.customer_activity_data import CustomerActivityData
from .models.customer_activity_details import CustomerActivityDetails
from .models.customer_activity_page import CustomerActivityPage
from .models.customer_activity_type import CustomerActivityType
from .models.event_source import EventSource
from .models.event_source_api_key import EventSourceApiKey
from .models.event_source_channel import EventSourceChannel
from .models.event_source_user import EventSourceUser
from .models.list_object import ListObject
from .types import UNSET


class _CustomerActivity(
    msgspec.Struct,
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
    rename={"type_": "type"},
):
    id: str
    type_: CustomerActivityType
    created_at: Timestamp
    data: _CustomerActivityDetails = ABSENT
    group_id: str = ABSENT


class _CustomerActivityDetails(
    msgspec.Struct,
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
):
    data: dict[str, Any] = ABSENT
    event_source: _EventSource = ABSENT


class _CustomerActivityPage(
    msgspec.Struct,
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
    rename={"object_": "object"},
):
    object_: ListObject
    data: list[_CustomerActivity]
    has_more: bool
    data_ref: str
    more_starting_after: str = ABSENT


class _EventSource(
    msgspec.Struct,
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
):
    channel: EventSourceChannel
    user: _EventSourceUser = ABSENT
    api_key: _EventSourceApiKey = ABSENT


class _EventSourceApiKey(
    msgspec.Struct,
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
):
    name: str
    app_id: str


class _EventSourceUser(
    msgspec.Struct,
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
):
    id: str


def _customer_activity(m: _CustomerActivity) -> CustomerActivity:
    return CustomerActivity(
        m.id,
        m.type_,
        m.created_at,
        UNSET if m.data is ABSENT else _customer_activity_details(m.data),
        m.group_id,
    )


def _customer_activity_details(m: _CustomerActivityDetails) -> CustomerActivityDetails:
    return CustomerActivityDetails(
        UNSET if m.data is ABSENT else _fast.only_additional(CustomerActivityData, m.data),
        UNSET if m.event_source is ABSENT else _event_source(m.event_source),
    )


def _customer_activity_page(m: _CustomerActivityPage) -> CustomerActivityPage:
    return CustomerActivityPage(
        m.object_,
        [_customer_activity(item0) for item0 in m.data],
        m.has_more,
        m.data_ref,
        m.more_starting_after,
    )


def _event_source(m: _EventSource) -> EventSource:
    return EventSource(
        m.channel,
        UNSET if m.user is ABSENT else EventSourceUser(*_astuple(m.user)),
        UNSET if m.api_key is ABSENT else EventSourceApiKey(*_astuple(m.api_key)),
    )


_customer_activity_page_decoder = msgspec.json.Decoder(_CustomerActivityPage, dec_hook=_fast.hook)


def customer_activity_page(content: bytes) -> tuple[_CustomerActivityPage, CustomerActivityPage]:
    """The mirror and the model of a body (msgspec's errors when it does not fit the mirror)."""
    mirror = _customer_activity_page_decoder.decode(content)
    return mirror, _customer_activity_page(mirror)
