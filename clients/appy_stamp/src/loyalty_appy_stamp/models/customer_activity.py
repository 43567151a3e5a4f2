# generated from specs/appy_stamp/openapi.yaml — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerActivity")
_KNOWN_KEYS = frozenset(
    {
        "id",
        "label",
        "stampChange",
        "createdAt",
    }
)


@_attrs_define
class CustomerActivity:
    """One entry of a customer's loyalty ledger. These four fields are the whole object; whether stamps were
    added or removed is the sign of `stampChange`. Inferred: only `id` is required, since fields whose value
    is `null` are omitted from `data`.

        Attributes:
            id (str): Unique identifier of the activity (for example `9001`).
            label (str | Unset): Human-readable description of the activity (for example `Placed an order`).
            stamp_change (int | Unset): Stamps added (positive) or removed (negative, for deductions) by this activity.
            created_at (datetime.datetime | Unset): When the activity happened, as an ISO-8601 timestamp (for example
                `2026-06-05T12:00:00+00:00`).
    """

    id: str
    label: str | Unset = UNSET
    stamp_change: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        stamp_change = self.stamp_change

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = _decode.date_time_text(self.created_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if stamp_change is not UNSET:
            field_dict["stampChange"] = stamp_change
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        absent = 0  # optional properties not in d: d holds additional ones when it has more keys than were read
        try:
            id = d["id"]
            if type(id) is not str:
                id = _decode.checked(id, str, "id")

            label = d.get("label", UNSET)
            if label is UNSET:
                absent += 1
            else:
                if type(label) is not str:
                    label = _decode.checked(label, str, "label")

            stamp_change = d.get("stampChange", UNSET)
            if stamp_change is UNSET:
                absent += 1
            else:
                if type(stamp_change) is not int:
                    stamp_change = _decode.checked(stamp_change, int, "stampChange")

            created_at = d.get("createdAt", UNSET)
            if created_at is UNSET:
                absent += 1
            else:
                created_at = _decode.date_time(created_at, "createdAt")

        except KeyError as error:  # a required property is absent
            raise _decode.at(error) from error
        customer_activity = cls(
            id,
            label,
            stamp_change,
            created_at,
        )
        if len(d) + absent > 4:
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
