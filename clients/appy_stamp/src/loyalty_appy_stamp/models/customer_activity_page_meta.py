# generated from specs/appy_stamp/openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pagination_meta import PaginationMeta


T = TypeVar("T", bound="CustomerActivityPageMeta")


@_attrs_define
class CustomerActivityPageMeta:
    """List metadata of an activities page.

    Attributes:
        pagination (PaginationMeta): Cursor state of an activities page (`meta.pagination`). Unlike `data`, `meta`
            carries explicit `null`s.
        count (int | None | Unset): Inferred: the overview says list `meta` holds `pagination` and `count`, but the
            cursor example only
            shows `meta.pagination`; accepted here as an optional count in case the API sends it.
    """

    pagination: PaginationMeta
    count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination = self.pagination.to_dict()

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pagination": pagination,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pagination_meta import PaginationMeta  # noqa: PLC0415

        d = dict(src_dict)
        pagination = PaginationMeta.from_dict(_decode.checked(d.pop("pagination"), dict, "pagination"))

        def _parse_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not _decode.fits(data, int):
                    raise TypeError()
                count_type_0 = _decode.checked(data, int, "count_type_0")

                return count_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            count_type_1 = _decode.checked(data, type(None), "count_type_1")

            return count_type_1

        count = _parse_count(d.pop("count", UNSET))

        customer_activity_page_meta = cls(
            pagination=pagination,
            count=count,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        customer_activity_page_meta.additional_properties = additional_properties
        return customer_activity_page_meta

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
