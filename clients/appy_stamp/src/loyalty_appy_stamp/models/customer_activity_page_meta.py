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
_KNOWN_KEYS = frozenset(
    {
        "pagination",
        "count",
    }
)


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
        d = src_dict
        absent = 0  # optional properties not in d: d holds additional ones when it has more keys than were read
        try:
            pagination = d["pagination"]
            try:
                pagination = PaginationMeta.from_dict(
                    pagination if type(pagination) is dict else _decode.dict_of(pagination, None)
                )
            except _decode.FAILURES as error:
                raise _decode.at(error, "pagination") from error

            count = d.get("count", UNSET)
            if count is UNSET:
                absent += 1
            elif count is not None:
                if type(count) is not int:
                    count = _decode.checked(count, int, "count")

        except KeyError as error:  # a required property is absent
            raise _decode.at(error) from error
        customer_activity_page_meta = cls(
            pagination,
            count,
        )
        if len(d) + absent > 2:
            customer_activity_page_meta.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
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


# Imported once this class exists (models may refer to each other), so that from_dict does not import per call.
from ..models.pagination_meta import PaginationMeta  # noqa: E402
