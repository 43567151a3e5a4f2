# generated from specs/capillary/openapi.yaml — do not edit
from enum import StrEnum
from typing import ClassVar, Self


class EventName(StrEnum):
    """Known loyalty event names. `CustomerRegistration` and `CustomerUpdate` appear on this endpoint's page; the
    others are Capillary's event types as listed by its Neo event APIs (ids 1–19 of a longer list). Inferred:
    this endpoint reports the same names; the list is open and the vendor adds names.


        Decoding never fails on a value the spec does not list: it becomes a member that keeps the value verbatim
        and whose ``is_known`` is ``False``.
    """

    CUSTOMERREGISTRATION = "CustomerRegistration"
    CUSTOMERUPDATE = "CustomerUpdate"
    DELAYEDACCRUAL = "DelayedAccrual"
    EMAILCLICK = "EmailClick"
    EMAILOPEN = "EmailOpen"
    GROUPTRANSACTIONADD = "GroupTransactionAdd"
    GROUPTRANSACTIONUPDATE = "GroupTransactionUpdate"
    NEWBILL = "NewBill"
    NEWBILLDVS = "NewBillDVS"
    POINTSREDEMPTION = "PointsRedemption"
    REFERRALPOSTPROCESSING = "ReferralPostProcessing"
    RETURNBILL = "ReturnBill"
    SCAN = "Scan"
    SOCIALCONNECT = "SocialConnect"
    TRACKERCONDITIONSUCCESS = "TrackerConditionSuccess"
    TRANSACTIONADD = "TransactionAdd"
    TRANSACTIONFINISHED = "TransactionFinished"
    TRANSACTIONUPDATE = "TransactionUpdate"
    VOUCHERREDEMPTION = "VoucherRedemption"

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
    _by_value: ClassVar[dict[object, "EventName"]]


EventName._by_value = {member.value: member for member in EventName}
