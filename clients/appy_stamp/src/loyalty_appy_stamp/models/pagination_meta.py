# generated from specs/appy_stamp/openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

from ..types import UNSET, Unset

T = TypeVar("T", bound="PaginationMeta")
_KNOWN_KEYS = frozenset(
    {
        "hasNext",
        "hasPrevious",
        "nextCursor",
        "previousCursor",
        "count",
    }
)


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
        d = src_dict
        absent = 0  # optional properties not in d: d holds additional ones when it has more keys than were read
        try:
            has_next = d["hasNext"]
            if type(has_next) is not bool:
                has_next = _decode.checked(has_next, bool, "hasNext")

            has_previous = d["hasPrevious"]
            if type(has_previous) is not bool:
                has_previous = _decode.checked(has_previous, bool, "hasPrevious")

            next_cursor = d.get("nextCursor", UNSET)
            if next_cursor is UNSET:
                absent += 1
            elif next_cursor is not None:
                if type(next_cursor) is not str:
                    next_cursor = _decode.checked(next_cursor, str, "nextCursor")

            previous_cursor = d.get("previousCursor", UNSET)
            if previous_cursor is UNSET:
                absent += 1
            elif previous_cursor is not None:
                if type(previous_cursor) is not str:
                    previous_cursor = _decode.checked(previous_cursor, str, "previousCursor")

            count = d.get("count", UNSET)
            if count is UNSET:
                absent += 1
            elif count is not None:
                if type(count) is not int:
                    count = _decode.checked(count, int, "count")

        except KeyError as error:  # a required property is absent
            raise _decode.at(error) from error
        pagination_meta = cls(
            has_next,
            has_previous,
            next_cursor,
            previous_cursor,
            count,
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
