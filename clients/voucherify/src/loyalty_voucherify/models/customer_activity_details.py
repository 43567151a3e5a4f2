# generated from specs/voucherify/openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_activity_data import CustomerActivityData
    from ..models.event_source import EventSource


T = TypeVar("T", bound="CustomerActivityDetails")


@_attrs_define
class CustomerActivityDetails:
    """Details of an event; the contents of `data` depend on the event type.

    Attributes:
        data (CustomerActivityData | Unset): Event-specific payload, for example `customer`, `campaign`, `voucher`,
            `balance`, `transaction`, `order`, `redemption` or `tier` objects, or `unconfirmed_customer` for
            `customer.confirmed`. The vendor defines one schema per event type (73 alternatives without a discriminator).
            Inferred: kept as a free-form object so that new or changed event payloads never break decoding.
        event_source (EventSource | Unset): What initiated the event.
    """

    data: CustomerActivityData | Unset = UNSET
    event_source: EventSource | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        event_source: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_source, Unset):
            event_source = self.event_source.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if event_source is not UNSET:
            field_dict["event_source"] = event_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_activity_data import CustomerActivityData  # noqa: PLC0415
        from ..models.event_source import EventSource  # noqa: PLC0415

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: CustomerActivityData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = CustomerActivityData.from_dict(_decode.checked(_data, dict, "data"))

        _event_source = d.pop("event_source", UNSET)
        event_source: EventSource | Unset
        if isinstance(_event_source, Unset):
            event_source = UNSET
        else:
            event_source = EventSource.from_dict(_decode.checked(_event_source, dict, "event_source"))

        customer_activity_details = cls(
            data=data,
            event_source=event_source,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        customer_activity_details.additional_properties = additional_properties
        return customer_activity_details

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
