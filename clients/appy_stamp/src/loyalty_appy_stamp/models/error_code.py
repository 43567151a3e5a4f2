# generated from specs/appy_stamp/openapi.yaml — do not edit
from enum import StrEnum
from typing import ClassVar, Self


class ErrorCode(StrEnum):
    """Error codes Appy Stamp documents. Inferred: an open set, since endpoint pages add codes the overview
    table does not list (`REWARD_CODE_NOT_FOUND`, `VOID_FAILED`, `TIER_UPDATE_FAILED`).


        Decoding never fails on a value the spec does not list: it becomes a member that keeps the value verbatim
        and whose ``is_known`` is ``False``.
    """

    ACTIVITY_NOT_AWARDED = "ACTIVITY_NOT_AWARDED"
    API_ACCESS_DISABLED = "API_ACCESS_DISABLED"
    CUSTOMER_NOT_FOUND = "CUSTOMER_NOT_FOUND"
    EARN_RULE_NOT_FOUND = "EARN_RULE_NOT_FOUND"
    INSUFFICIENT_STAMPS = "INSUFFICIENT_STAMPS"
    INTERNAL_ERROR = "INTERNAL_ERROR"
    PLAN_UPGRADE_REQUIRED = "PLAN_UPGRADE_REQUIRED"
    RATE_LIMITED = "RATE_LIMITED"
    REWARD_CODE_NOT_FOUND = "REWARD_CODE_NOT_FOUND"
    REWARD_NOT_FOUND = "REWARD_NOT_FOUND"
    TIER_NOT_FOUND = "TIER_NOT_FOUND"
    TIER_UPDATE_FAILED = "TIER_UPDATE_FAILED"
    UNAUTHORIZED = "UNAUTHORIZED"
    VALIDATION_ERROR = "VALIDATION_ERROR"
    VOID_FAILED = "VOID_FAILED"

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
    _by_value: ClassVar[dict[object, "ErrorCode"]]


ErrorCode._by_value = {member.value: member for member in ErrorCode}
