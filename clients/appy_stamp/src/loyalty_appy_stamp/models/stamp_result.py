# generated from specs/appy_stamp/openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

T = TypeVar("T", bound="StampResult")


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
        d = dict(src_dict)
        customer_id = _decode.checked(d.pop("customerId"), str, "customerId")

        stamp_change = _decode.checked(d.pop("stampChange"), int, "stampChange")

        stamp_balance = _decode.checked(d.pop("stampBalance"), int, "stampBalance")

        stamp_result = cls(
            customer_id=customer_id,
            stamp_change=stamp_change,
            stamp_balance=stamp_balance,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        stamp_result.additional_properties = additional_properties
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
