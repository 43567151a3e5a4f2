# generated from specs/yuko/openapi.yaml — do not edit
from enum import StrEnum
from typing import ClassVar, Self


class ActivityType(StrEnum):
    """Known activity types: `purchase`, `point_adjustment` and `reward_used` (list-activities page) and `tier_changed` (tier-change object page). The full vocabulary is not published, so fields using this enum also accept any other string.

    Decoding never fails on a value the spec does not list: it becomes a member that keeps the value verbatim
    and whose ``is_known`` is ``False``.
    """

    POINT_ADJUSTMENT = "point_adjustment"
    PURCHASE = "purchase"
    REWARD_USED = "reward_used"
    TIER_CHANGED = "tier_changed"

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
