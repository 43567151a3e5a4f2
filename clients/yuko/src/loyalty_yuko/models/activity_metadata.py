# generated from specs/yuko/openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ActivityMetadata")


@_attrs_define
class ActivityMetadata:
    """Free-form details about an activity; the structure varies by `activity_type` and is not documented per type.
    Inferred example: for `tier_changed` activities Yuko's tier-change object (https://docs.yuko.so/vip-tier-change-
    object) describes `activity_value` with `change_type` (`tier_assigned`, `tier_upgraded`, `tier_downgraded`,
    `tier_lost`), `previous_tier` (object with `uuid`, `name`, `threshold_value`, or null) and `current_tier`; the
    public endpoint most likely carries such details here. All keys are kept as received.

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        activity_metadata = cls()
        activity_metadata.additional_properties = dict(d)
        return activity_metadata

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
