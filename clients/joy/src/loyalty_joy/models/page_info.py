# generated from specs/joy/openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

T = TypeVar("T", bound="PageInfo")
_KNOWN_KEYS = frozenset(
    {
        "hasPre",
        "hasNext",
    }
)


@_attrs_define
class PageInfo:
    """Whether pages exist before and after this one.

    Attributes:
        has_pre (bool): True when a previous (newer) page exists.
        has_next (bool): True when another (older) page follows; false on the last page.
    """

    has_pre: bool
    has_next: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_pre = self.has_pre

        has_next = self.has_next

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hasPre": has_pre,
                "hasNext": has_next,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        absent = 0  # optional properties not in d: d holds additional ones when it has more keys than were read
        try:
            has_pre = d["hasPre"]
            if type(has_pre) is not bool:
                has_pre = _decode.checked(has_pre, bool, "hasPre")

            has_next = d["hasNext"]
            if type(has_next) is not bool:
                has_next = _decode.checked(has_next, bool, "hasNext")

        except KeyError as error:  # a required property is absent
            raise _decode.at(error) from error
        page_info = cls(
            has_pre,
            has_next,
        )
        if len(d) + absent > 2:
            page_info.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return page_info

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
