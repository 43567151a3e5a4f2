# generated from specs/yuko/openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

if TYPE_CHECKING:
    from ..models.pagination_meta import PaginationMeta


T = TypeVar("T", bound="PageMeta")


@_attrs_define
class PageMeta:
    """Response metadata. Inferred: other keys besides `pagination` may appear and are kept.

    Attributes:
        pagination (PaginationMeta): Page-number pagination details. Inferred: all five fields are treated as always
            present, since every documented example carries them and walking the list depends on them.
    """

    pagination: PaginationMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pagination_meta import PaginationMeta  # noqa: PLC0415

        d = dict(src_dict)
        pagination = PaginationMeta.from_dict(_decode.checked(d.pop("pagination"), dict, "pagination"))

        page_meta = cls(
            pagination=pagination,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        page_meta.additional_properties = additional_properties
        return page_meta

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
