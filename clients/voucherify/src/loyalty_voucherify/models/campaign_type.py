# generated from specs/voucherify/openapi.yaml — do not edit
from enum import StrEnum
from typing import ClassVar, Self


class CampaignType(StrEnum):
    """Campaign types that activity can be filtered by.

    Decoding never fails on a value the spec does not list: it becomes a member that keeps the value verbatim
    and whose ``is_known`` is ``False``.
    """

    DISCOUNT_COUPONS = "DISCOUNT_COUPONS"
    GIFT_VOUCHERS = "GIFT_VOUCHERS"
    LOYALTY_PROGRAM = "LOYALTY_PROGRAM"
    PROMOTION = "PROMOTION"
    REFERRAL_PROGRAM = "REFERRAL_PROGRAM"

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @property
    def is_known(self) -> bool:
        """Whether this value is one the spec lists."""
        return self._value_ in type(self)._value2member_map_

    def __str__(self) -> str:
        return str(self.value)

    # The listed members by value: decoding looks a JSON value up here first (a dict lookup, not a call).
    _by_value: ClassVar[dict[object, "CampaignType"]]


CampaignType._by_value = {member.value: member for member in CampaignType}
