# generated from specs/appy_stamp/openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

T = TypeVar("T", bound="StampResult")
_KNOWN_KEYS = frozenset(
    {
        "customerId",
        "stampChange",
        "stampBalance",
    }
)


@_attrs_define
class StampResult:
    """The outcome of processing an earn rule.

    Attributes:
        customer_id (str): Shopify customer ID of the affected customer.
        stamp_change (int): The stamp change that was applied.
        stamp_balance (int): The customer's stamp balance after the change.
    """

    customer_id: str
    stamp_change: int
    stamp_balance: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        stamp_change = self.stamp_change

        stamp_balance = self.stamp_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "stampChange": stamp_change,
                "stampBalance": stamp_balance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        absent = 0  # optional properties not in d: d holds additional ones when it has more keys than were read
        try:
            customer_id = d["customerId"]
            if type(customer_id) is not str:
                customer_id = _decode.checked(customer_id, str, "customerId")

            stamp_change = d["stampChange"]
            if type(stamp_change) is not int:
                stamp_change = _decode.checked(stamp_change, int, "stampChange")

            stamp_balance = d["stampBalance"]
            if type(stamp_balance) is not int:
                stamp_balance = _decode.checked(stamp_balance, int, "stampBalance")

        except KeyError as error:  # a required property is absent
            raise _decode.at(error) from error
        stamp_result = cls(
            customer_id,
            stamp_change,
            stamp_balance,
        )
        if len(d) + absent > 3:
            stamp_result.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return stamp_result

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
