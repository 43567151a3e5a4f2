# generated from specs/yuko/openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

T = TypeVar("T", bound="PaginationMeta")


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
        d = dict(src_dict)
        current_page = _decode.checked(d.pop("current_page"), int, "current_page")

        per_page = _decode.checked(d.pop("per_page"), int, "per_page")

        total = _decode.checked(d.pop("total"), int, "total")

        last_page = _decode.checked(d.pop("last_page"), int, "last_page")

        has_more = _decode.checked(d.pop("has_more"), bool, "has_more")

        pagination_meta = cls(
            current_page=current_page,
            per_page=per_page,
            total=total,
            last_page=last_page,
            has_more=has_more,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        pagination_meta.additional_properties = additional_properties
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
