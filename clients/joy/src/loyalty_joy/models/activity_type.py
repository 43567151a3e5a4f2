# generated from specs/joy/openapi.yaml — do not edit
from enum import StrEnum
from typing import ClassVar, Self


class ActivityType(StrEnum):
    """Known activity types (the v2 filter values; v1 examples show `adjust_point`). Joy may add others.

    Decoding never fails on a value the spec does not list: it becomes a member that keeps the value verbatim
    and whose ``is_known`` is ``False``.
    """

    ADJUST_POINT = "adjust_point"
    EARN_POINT = "earn_point"
    REDEEM_POINT = "redeem_point"

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
    _by_value: ClassVar[dict[object, "ActivityType"]]


ActivityType._by_value = {member.value: member for member in ActivityType}
