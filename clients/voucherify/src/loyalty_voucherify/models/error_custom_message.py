# generated from specs/voucherify/openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorCustomMessage")
_KNOWN_KEYS = frozenset(
    {
        "message",
    }
)


@_attrs_define
class ErrorCustomMessage:
    """Extra information about the error configured by the merchant.

    Attributes:
        message (str | Unset): Custom message the merchant configured on a validation rule.
    """

    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        absent = 0  # optional properties not in d: d holds additional ones when it has more keys than were read
        try:
            message = d.get("message", UNSET)
            if message is UNSET:
                absent += 1
            else:
                if type(message) is not str:
                    message = _decode.checked(message, str, "message")

        except KeyError as error:  # a required property is absent
            raise _decode.at(error) from error
        error_custom_message = cls(
            message,
        )
        if len(d) + absent > 1:
            error_custom_message.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return error_custom_message

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
