# generated from specs/appy_stamp/openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

T = TypeVar("T", bound="EarnRuleListMeta")
_KNOWN_KEYS = frozenset(
    {
        "count",
    }
)


@_attrs_define
class EarnRuleListMeta:
    """List metadata of the earn rules list.

    Attributes:
        count (int): Number of earn rules returned.
    """

    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        absent = 0  # optional properties not in d: d holds additional ones when it has more keys than were read
        try:
            count = d["count"]
            if type(count) is not int:
                count = _decode.checked(count, int, "count")

        except KeyError as error:  # a required property is absent
            raise _decode.at(error) from error
        earn_rule_list_meta = cls(
            count,
        )
        if len(d) + absent > 1:
            earn_rule_list_meta.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return earn_rule_list_meta

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
