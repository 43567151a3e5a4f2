# generated from specs/voucherify/openapi.yaml — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

from ..models.customer_activity_type import CustomerActivityType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_activity_details import CustomerActivityDetails


T = TypeVar("T", bound="CustomerActivity")
_KNOWN_KEYS = frozenset(
    {
        "id",
        "type",
        "created_at",
        "data",
        "group_id",
    }
)


@_attrs_define
class CustomerActivity:
    """One event in the customer's journey (a redemption, a points accrual, a tier change, an order update, …). Inferred:
    `id`, `type` and `created_at` are treated as always present (the vendor marks no field required, but the ID is the
    pagination cursor and every example has all three).

        Attributes:
            id (str): Unique event ID assigned by Voucherify.
            type_ (CustomerActivityType | str): Event type. Voucherify adds event types over time (and renamed some in the
                past); any other value is kept as a plain string.
            created_at (datetime.datetime): When the event happened (ISO 8601).
            data (CustomerActivityDetails | Unset): Details of an event; the contents of `data` depend on the event type.
            group_id (str | Unset): ID of the API request that caused the event.
    """

    id: str
    type_: CustomerActivityType | str
    created_at: datetime.datetime
    data: CustomerActivityDetails | Unset = UNSET
    group_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str
        if isinstance(self.type_, CustomerActivityType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        created_at = _decode.date_time_text(self.created_at)

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        group_id = self.group_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "created_at": created_at,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if group_id is not UNSET:
            field_dict["group_id"] = group_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        absent = 0  # optional properties not in d: d holds additional ones when it has more keys than were read
        try:
            id = d["id"]
            if type(id) is not str:
                id = _decode.checked(id, str, "id")

            type_ = d["type"]
            type__member = CustomerActivityType._by_value.get(type_) if type(type_) is str else None
            type_ = type__member if type__member is not None else _decode.member(CustomerActivityType, type_, "type")

            created_at = d["created_at"]
            created_at = _decode.date_time(created_at, "created_at")

            data = d.get("data", UNSET)
            if data is UNSET:
                absent += 1
            else:
                try:
                    data = CustomerActivityDetails.from_dict(
                        data if type(data) is dict else _decode.dict_of(data, None)
                    )
                except _decode.FAILURES as error:
                    raise _decode.at(error, "data") from error

            group_id = d.get("group_id", UNSET)
            if group_id is UNSET:
                absent += 1
            else:
                if type(group_id) is not str:
                    group_id = _decode.checked(group_id, str, "group_id")

        except KeyError as error:  # a required property is absent
            raise _decode.at(error) from error
        customer_activity = cls(
            id,
            type_,
            created_at,
            data,
            group_id,
        )
        if len(d) + absent > 5:
            customer_activity.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return customer_activity

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
from ..models.customer_activity_details import CustomerActivityDetails  # noqa: E402
