# generated from specs/yuko/openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

T = TypeVar("T", bound="ErrorResponse")
_KNOWN_KEYS = frozenset(
    {
        "message",
    }
)


@_attrs_define
class ErrorResponse:
    """Yuko's error body: it always includes a human-readable `message`. Yuko publishes no error codes or per-status
    examples; Inferred: any further keys (such as validation details) are kept.

        Attributes:
            message (str): What went wrong, in words.
    """

    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        absent = 0  # optional properties not in d: d holds additional ones when it has more keys than were read
        try:
            message = d["message"]
            if type(message) is not str:
                message = _decode.checked(message, str, "message")

        except KeyError as error:  # a required property is absent
            raise _decode.at(error) from error
        error_response = cls(
            message,
        )
        if len(d) + absent > 1:
            error_response.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return error_response

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
