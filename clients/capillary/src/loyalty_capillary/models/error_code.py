# generated from specs/capillary/openapi.yaml — do not edit
from enum import IntEnum
from typing import ClassVar, Self


class ErrorCode(IntEnum):
    """Known Capillary codes for this endpoint: `8015` customer not found for the given identifiers (invalid
    customer id); `8069` merged customer found (the customer has been merged into another); `814` no results
    found (documented for the sibling points-transfer endpoint; Inferred: may be returned for a page past the
    end and then ends a walk). The set is open.


        Decoding never fails on a value the spec does not list: it becomes a member that keeps the value verbatim
        and whose ``is_known`` is ``False``.
    """

    VALUE_814 = 814
    VALUE_8015 = 8015
    VALUE_8069 = 8069

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}"
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
