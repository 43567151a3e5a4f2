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
_KNOWN_KEYS = frozenset(
    {
        "data",
        "event_source",
    }
)


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
        d = src_dict
        absent = 0  # optional properties not in d: d holds additional ones when it has more keys than were read
        try:
            data = d.get("data", UNSET)
            if data is UNSET:
                absent += 1
            else:
                try:
                    data = CustomerActivityData.from_dict(data if type(data) is dict else _decode.dict_of(data, None))
                except _decode.FAILURES as error:
                    raise _decode.at(error, "data") from error

            event_source = d.get("event_source", UNSET)
            if event_source is UNSET:
                absent += 1
            else:
                try:
                    event_source = EventSource.from_dict(
                        event_source if type(event_source) is dict else _decode.dict_of(event_source, None)
                    )
                except _decode.FAILURES as error:
                    raise _decode.at(error, "event_source") from error

        except KeyError as error:  # a required property is absent
            raise _decode.at(error) from error
        customer_activity_details = cls(
            data,
            event_source,
        )
        if len(d) + absent > 2:
            customer_activity_details.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
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


# Imported once this class exists (models may refer to each other), so that from_dict does not import per call.
from ..models.customer_activity_data import CustomerActivityData  # noqa: E402
from ..models.event_source import EventSource  # noqa: E402
