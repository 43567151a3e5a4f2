# generated from specs/joy/openapi.yaml — do not edit
from enum import StrEnum
from typing import ClassVar, Self


class ActivityEvent(StrEnum):
    """Program events seen in the vendor docs: earning (`sign_up`, `place_order`, `follow_instagram`, `bonus_point`,
    `earn_point_rest_api`) and redeeming (`amount_discount`, `percentage_discount`, `free_shipping`,
    `free_gift`). The vendor documents the field as a free string; other values occur.


        Decoding never fails on a value the spec does not list: it becomes a member that keeps the value verbatim
        and whose ``is_known`` is ``False``.
    """

    AMOUNT_DISCOUNT = "amount_discount"
    BONUS_POINT = "bonus_point"
    EARN_POINT_REST_API = "earn_point_rest_api"
    FOLLOW_INSTAGRAM = "follow_instagram"
    FREE_GIFT = "free_gift"
    FREE_SHIPPING = "free_shipping"
    PERCENTAGE_DISCOUNT = "percentage_discount"
    PLACE_ORDER = "place_order"
    SIGN_UP = "sign_up"

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
    _by_value: ClassVar[dict[object, "ActivityEvent"]]


ActivityEvent._by_value = {member.value: member for member in ActivityEvent}
