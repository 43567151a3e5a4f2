# generated from specs/joy/openapi.yaml — do not edit
"""msgspec mirrors of the models answers decode into: the fast path of decoding, taken when msgspec (the ``fast``
extra) is installed. Any body they refuse goes to the models' ``from_dict`` (see ``loyalty_runtime.fast``)."""

from __future__ import annotations

import msgspec
from loyalty_runtime import fast as _fast
from loyalty_runtime.decode import Timestamp
from loyalty_runtime.fast import ABSENT
from msgspec.structs import astuple as _astuple

from .models.activity_event import ActivityEvent
from .models.activity_source import ActivitySource
from .models.activity_type import ActivityType
from .models.customer_activity import CustomerActivity
from .models.customer_activity_page import CustomerActivityPage
from .models.earn_by import EarnBy
from .models.page_info import PageInfo


class _CustomerActivity(
    msgspec.Struct,
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
    rename={
        "admin_note": "adminNote",
        "coupon_code": "couponCode",
        "created_at": "createdAt",
        "customer_id": "customerId",
        "discount_id": "discountId",
        "earn_by": "earnBy",
        "earn_point": "earnPoint",
        "is_pending_point_place_order": "isPendingPointPlaceOrder",
        "milestone_order": "milestoneOrder",
        "new_point": "newPoint",
        "old_point": "oldPoint",
        "order_currency": "orderCurrency",
        "order_id": "orderId",
        "order_number": "orderNumber",
        "pending_point_until": "pendingPointUntil",
        "price_rule_id": "priceRuleId",
        "program_id": "programId",
        "program_title": "programTitle",
        "rate_money": "rateMoney",
        "referral_customer_email": "referralCustomerEmail",
        "referred_customer_email": "referredCustomerEmail",
        "refund_pending_point": "refundPendingPoint",
        "shop_id": "shopId",
        "spend_point": "spendPoint",
        "type_": "type",
        "updated_at": "updatedAt",
        "user_note": "userNote",
    },
):
    id: str
    customer_id: str
    shop_id: str
    type_: ActivityType
    created_at: Timestamp
    updated_at: Timestamp
    new_point: int | None = ABSENT
    user_note: str | None = ABSENT
    old_point: int | None = ABSENT
    admin_note: str | None = ABSENT
    source: ActivitySource | None = ABSENT
    email: str | None = ABSENT
    content: str | None = ABSENT
    event: ActivityEvent | None = ABSENT
    program_id: str | None = ABSENT
    program_title: str | None = ABSENT
    price_rule_id: str | None = ABSENT
    discount_id: str | None = ABSENT
    coupon_code: str | None = ABSENT
    order_id: str | None = ABSENT
    order_number: int | None = ABSENT
    order_currency: str | None = ABSENT
    earn_by: EarnBy | None = ABSENT
    rate_money: int | float | None = ABSENT
    earn_point: int | None = ABSENT
    spend_point: int | None = ABSENT
    referral_customer_email: str | None = ABSENT
    referred_customer_email: str | None = ABSENT
    milestone_order: int | None = ABSENT
    is_pending_point_place_order: bool | None = ABSENT
    refund_pending_point: int | None = ABSENT
    pending_point_until: Timestamp | None = ABSENT
    reason: str | None = ABSENT


class _CustomerActivityPage(
    msgspec.Struct,
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
    rename={"page_info": "pageInfo"},
):
    data: list[_CustomerActivity]
    page_info: _PageInfo
    count: int = ABSENT


class _PageInfo(
    msgspec.Struct,
    kw_only=True,
    forbid_unknown_fields=True,
    gc=False,
    rename={"has_next": "hasNext", "has_pre": "hasPre"},
):
    has_pre: bool
    has_next: bool


def _customer_activity_page(m: _CustomerActivityPage) -> CustomerActivityPage:
    return CustomerActivityPage(
        [CustomerActivity(*_astuple(item0)) for item0 in m.data],
        PageInfo(*_astuple(m.page_info)),
        m.count,
    )


_customer_activity_page_decoder = msgspec.json.Decoder(_CustomerActivityPage, dec_hook=_fast.hook)


def customer_activity_page(content: bytes) -> tuple[_CustomerActivityPage, CustomerActivityPage]:
    """The mirror and the model of a body (msgspec's errors when it does not fit the mirror)."""
    mirror = _customer_activity_page_decoder.decode(content)
    return mirror, _customer_activity_page(mirror)
