# generated from specs/appy_stamp/openapi.yaml — do not edit
"""msgspec mirrors of the models answers decode into: the fast path of decoding, taken when msgspec (the ``fast``
extra) is installed. Any body they refuse goes to the models' ``from_dict`` (see ``loyalty_runtime.fast``)."""

from __future__ import annotations

import msgspec
from loyalty_runtime import fast as _fast
from loyalty_runtime.decode import Timestamp
from loyalty_runtime.fast import ABSENT
from msgspec.structs import astuple as _astuple

from .models.customer_activity import CustomerActivity
from .models.customer_activity_page import CustomerActivityPage
from .models.customer_activity_page_meta import CustomerActivityPageMeta
from .models.earn_rule import EarnRule
from .models.earn_rule_list import EarnRuleList
from .models.earn_rule_list_meta import EarnRuleListMeta
from .models.earn_rule_response import EarnRuleResponse
from .models.earn_rule_type import EarnRuleType
from .models.pagination_meta import PaginationMeta
from .models.stamp_result import StampResult
from .models.stamp_result_response import StampResultResponse


class _CustomerActivity(
    msgspec.Struct,
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
    rename={"created_at": "createdAt", "stamp_change": "stampChange"},
):
    id: str
    label: str = ABSENT
    stamp_change: int = ABSENT
    created_at: Timestamp = ABSENT


class _CustomerActivityPage(
    msgspec.Struct,
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
):
    success: bool
    data: list[_CustomerActivity]
    meta: _CustomerActivityPageMeta
    timestamp: Timestamp


class _CustomerActivityPageMeta(
    msgspec.Struct,
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
):
    pagination: _PaginationMeta
    count: int | None = ABSENT


class _EarnRule(
    msgspec.Struct,
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
    rename={"icon_url": "iconUrl", "type_": "type"},
):
    id: str
    name: str = ABSENT
    type_: EarnRuleType = ABSENT
    step: int = ABSENT
    multiplier: int | float = ABSENT
    icon_url: str = ABSENT


class _EarnRuleList(
    msgspec.Struct,
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
):
    success: bool
    data: list[_EarnRule]
    meta: _EarnRuleListMeta
    timestamp: Timestamp


class _EarnRuleListMeta(
    msgspec.Struct,
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
):
    count: int


class _EarnRuleResponse(
    msgspec.Struct,
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
):
    success: bool
    data: _EarnRule
    timestamp: Timestamp


class _PaginationMeta(
    msgspec.Struct,
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
    rename={
        "has_next": "hasNext",
        "has_previous": "hasPrevious",
        "next_cursor": "nextCursor",
        "previous_cursor": "previousCursor",
    },
):
    has_next: bool
    has_previous: bool
    next_cursor: str | None = ABSENT
    previous_cursor: str | None = ABSENT
    count: int | None = ABSENT


class _StampResult(
    msgspec.Struct,
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
    rename={"customer_id": "customerId", "stamp_balance": "stampBalance", "stamp_change": "stampChange"},
):
    customer_id: str
    stamp_change: int
    stamp_balance: int


class _StampResultResponse(
    msgspec.Struct,
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
):
    success: bool
    data: _StampResult
    timestamp: Timestamp


def _customer_activity_page(m: _CustomerActivityPage) -> CustomerActivityPage:
    return CustomerActivityPage(
        m.success,
        [CustomerActivity(*_astuple(item0)) for item0 in m.data],
        _customer_activity_page_meta(m.meta),
        m.timestamp,
    )


def _customer_activity_page_meta(m: _CustomerActivityPageMeta) -> CustomerActivityPageMeta:
    return CustomerActivityPageMeta(
        PaginationMeta(*_astuple(m.pagination)),
        m.count,
    )


def _earn_rule_list(m: _EarnRuleList) -> EarnRuleList:
    return EarnRuleList(
        m.success,
        [EarnRule(*_astuple(item0)) for item0 in m.data],
        EarnRuleListMeta(*_astuple(m.meta)),
        m.timestamp,
    )


def _earn_rule_response(m: _EarnRuleResponse) -> EarnRuleResponse:
    return EarnRuleResponse(
        m.success,
        EarnRule(*_astuple(m.data)),
        m.timestamp,
    )


def _stamp_result_response(m: _StampResultResponse) -> StampResultResponse:
    return StampResultResponse(
        m.success,
        StampResult(*_astuple(m.data)),
        m.timestamp,
    )


_customer_activity_page_decoder = msgspec.json.Decoder(_CustomerActivityPage, dec_hook=_fast.hook)


def customer_activity_page(content: bytes) -> tuple[_CustomerActivityPage, CustomerActivityPage]:
    """The mirror and the model of a body (msgspec's errors when it does not fit the mirror)."""
    mirror = _customer_activity_page_decoder.decode(content)
    return mirror, _customer_activity_page(mirror)


_earn_rule_list_decoder = msgspec.json.Decoder(_EarnRuleList, dec_hook=_fast.hook)


def earn_rule_list(content: bytes) -> tuple[_EarnRuleList, EarnRuleList]:
    """The mirror and the model of a body (msgspec's errors when it does not fit the mirror)."""
    mirror = _earn_rule_list_decoder.decode(content)
    return mirror, _earn_rule_list(mirror)


_earn_rule_response_decoder = msgspec.json.Decoder(_EarnRuleResponse, dec_hook=_fast.hook)


def earn_rule_response(content: bytes) -> tuple[_EarnRuleResponse, EarnRuleResponse]:
    """The mirror and the model of a body (msgspec's errors when it does not fit the mirror)."""
    mirror = _earn_rule_response_decoder.decode(content)
    return mirror, _earn_rule_response(mirror)


_stamp_result_response_decoder = msgspec.json.Decoder(_StampResultResponse, dec_hook=_fast.hook)


def stamp_result_response(content: bytes) -> tuple[_StampResultResponse, StampResultResponse]:
    """The mirror and the model of a body (msgspec's errors when it does not fit the mirror)."""
    mirror = _stamp_result_response_decoder.decode(content)
    return mirror, _stamp_result_response(mirror)
