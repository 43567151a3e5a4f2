# generated from specs/appy_stamp/openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaginationMeta")


@_attrs_define
class PaginationMeta:
    """Cursor state of an activities page (`meta.pagination`). Unlike `data`, `meta` carries explicit `null`s.

    Attributes:
        has_next (bool): Whether another page follows; `false` marks the last page.
        has_previous (bool): Whether a previous page exists.
        next_cursor (None | str | Unset): Cursor of the next page; send it as `after`. Inferred: may be `null` or absent
            on the last page, and
            its presence alone does not mean another page follows (use `hasNext`).
        previous_cursor (None | str | Unset): Cursor of the previous page; send it as `before`. Inferred: may be `null`
            or absent; the published
            example shows a cursor even with `hasPrevious: false`, so rely on `hasPrevious`.
        count (int | None | Unset): Total number of matching activities when `hasCount=true` was sent; `null` otherwise.
    """

    has_next: bool
    has_previous: bool
    next_cursor: None | str | Unset = UNSET
    previous_cursor: None | str | Unset = UNSET
    count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_next = self.has_next

        has_previous = self.has_previous

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        previous_cursor: None | str | Unset
        if isinstance(self.previous_cursor, Unset):
            previous_cursor = UNSET
        else:
            previous_cursor = self.previous_cursor

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hasNext": has_next,
                "hasPrevious": has_previous,
            }
        )
        if next_cursor is not UNSET:
            field_dict["nextCursor"] = next_cursor
        if previous_cursor is not UNSET:
            field_dict["previousCursor"] = previous_cursor
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        has_next = _decode.checked(d.pop("hasNext"), bool, "hasNext")

        has_previous = _decode.checked(d.pop("hasPrevious"), bool, "hasPrevious")

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_cursor_type_0 = _decode.checked(data, str, "nextCursor_type_0")

                return next_cursor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            next_cursor_type_1 = _decode.checked(data, type(None), "nextCursor_type_1")

            return next_cursor_type_1

        next_cursor = _parse_next_cursor(d.pop("nextCursor", UNSET))

        def _parse_previous_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                previous_cursor_type_0 = _decode.checked(data, str, "previousCursor_type_0")

                return previous_cursor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            previous_cursor_type_1 = _decode.checked(data, type(None), "previousCursor_type_1")

            return previous_cursor_type_1

        previous_cursor = _parse_previous_cursor(d.pop("previousCursor", UNSET))

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

        pagination_meta = cls(
            has_next=has_next,
            has_previous=has_previous,
            next_cursor=next_cursor,
            previous_cursor=previous_cursor,
            count=count,
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
