# generated from specs/appy_stamp/openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

from ..models.error_code import ErrorCode

T = TypeVar("T", bound="ErrorDetail")
_KNOWN_KEYS = frozenset(
    {
        "message",
        "code",
        "statusCode",
    }
)


@_attrs_define
class ErrorDetail:
    """What went wrong.

    Attributes:
        message (str): Human-readable explanation (for example `Customer not found`).
        code (ErrorCode | str): Machine-readable error code (for example `CUSTOMER_NOT_FOUND`); an open set of values.
        status_code (int): The HTTP status of the response, repeated in the body.
    """

    message: str
    code: ErrorCode | str
    status_code: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        code: str
        if isinstance(self.code, ErrorCode):
            code = self.code.value
        else:
            code = self.code

        status_code = self.status_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "code": code,
                "statusCode": status_code,
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

            code = d["code"]
            code_member = ErrorCode._by_value.get(code) if type(code) is str else None
            code = code_member if code_member is not None else _decode.member(ErrorCode, code, "code")

            status_code = d["statusCode"]
            if type(status_code) is not int:
                status_code = _decode.checked(status_code, int, "statusCode")

        except KeyError as error:  # a required property is absent
            raise _decode.at(error) from error
        error_detail = cls(
            message,
            code,
            status_code,
        )
        if len(d) + absent > 3:
            error_detail.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return error_detail

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
