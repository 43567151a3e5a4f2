# generated from specs/voucherify/openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomerActivityData")


@_attrs_define
class CustomerActivityData:
    """Event-specific payload, for example `customer`, `campaign`, `voucher`, `balance`, `transaction`, `order`,
    `redemption` or `tier` objects, or `unconfirmed_customer` for `customer.confirmed`. The vendor defines one schema
    per event type (73 alternatives without a discriminator). Inferred: kept as a free-form object so that new or
    changed event payloads never break decoding.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        customer_activity_data = cls()
        customer_activity_data.additional_properties = dict(d)
        return customer_activity_data

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
