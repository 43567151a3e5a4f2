# generated from specs/yuko/openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

T = TypeVar("T", bound="PaginationMeta")
_KNOWN_KEYS = frozenset(
    {
        "current_page",
        "per_page",
        "total",
        "last_page",
        "has_more",
    }
)


@_attrs_define
class PaginationMeta:
    """Page-number pagination details. Inferred: all five fields are treated as always present, since every documented
    example carries them and walking the list depends on them.

        Attributes:
            current_page (int): The number of this page (1 for the first page). Example: 1.
            per_page (int): The page size used for this response. Example: 20.
            total (int): The number of activities matching the request across all pages. Example: 12.
            last_page (int): The number of the last page, i.e. `ceil(total / per_page)`. Inferred: its value for an empty
                ledger (0 or 1) is not documented, so the walk stops on `has_more`, not on this field. Example: 1.
            has_more (bool): Whether a later page exists; `false` on the last page. Example: False.
    """

    current_page: int
    per_page: int
    total: int
    last_page: int
    has_more: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_page = self.current_page

        per_page = self.per_page

        total = self.total

        last_page = self.last_page

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current_page": current_page,
                "per_page": per_page,
                "total": total,
                "last_page": last_page,
                "has_more": has_more,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        absent = 0  # optional properties not in d: d holds additional ones when it has more keys than were read
        try:
            current_page = d["current_page"]
            if type(current_page) is not int:
                current_page = _decode.checked(current_page, int, "current_page")

            per_page = d["per_page"]
            if type(per_page) is not int:
                per_page = _decode.checked(per_page, int, "per_page")

            total = d["total"]
            if type(total) is not int:
                total = _decode.checked(total, int, "total")

            last_page = d["last_page"]
            if type(last_page) is not int:
                last_page = _decode.checked(last_page, int, "last_page")

            has_more = d["has_more"]
            if type(has_more) is not bool:
                has_more = _decode.checked(has_more, bool, "has_more")

        except KeyError as error:  # a required property is absent
            raise _decode.at(error) from error
        pagination_meta = cls(
            current_page,
            per_page,
            total,
            last_page,
            has_more,
        )
        if len(d) + absent > 5:
            pagination_meta.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return pagination_meta

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
