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
_KNOWN_KEYS = frozenset(
    {
        "pagination",
    }
)


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

        except KeyError as error:  # a required property is absent
            raise _decode.at(error) from error
        page_meta = cls(
            pagination,
        )
        if len(d) + absent > 1:
            page_meta.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
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


# Imported once this class exists (models may refer to each other), so that from_dict does not import per call.
from ..models.pagination_meta import PaginationMeta  # noqa: E402
