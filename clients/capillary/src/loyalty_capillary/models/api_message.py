# generated from specs/capillary/openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

from ..models.error_code import ErrorCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiMessage")
_KNOWN_KEYS = frozenset(
    {
        "code",
        "message",
        "status",
    }
)


@_attrs_define
class ApiMessage:
    """One entry of a v2 `errors` or `warnings` array. Key order varies between responses, and some Capillary
    pages show entries without `status`.

        Attributes:
            code (ErrorCode | int): Capillary's numeric error or warning code (e.g. 8015, 8069); see `ErrorCode` for the
                known ones. Other
                codes are kept verbatim.
            message (str): Human-readable explanation of the code.
            status (bool | Unset): Outcome flag of the entry; `false` in every documented error and warning.
    """

    code: ErrorCode | int
    message: str
    status: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: int
        if isinstance(self.code, ErrorCode):
            code = self.code.value
        else:
            code = self.code

        message = self.message

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        absent = 0  # optional properties not in d: d holds additional ones when it has more keys than were read
        try:
            code = d["code"]
            code_member = ErrorCode._by_value.get(code) if type(code) is int else None
            code = code_member if code_member is not None else _decode.member(ErrorCode, code, "code")

            message = d["message"]
            if type(message) is not str:
                message = _decode.checked(message, str, "message")

            status = d.get("status", UNSET)
            if status is UNSET:
                absent += 1
            else:
                if type(status) is not bool:
                    status = _decode.checked(status, bool, "status")

        except KeyError as error:  # a required property is absent
            raise _decode.at(error) from error
        api_message = cls(
            code,
            message,
            status,
        )
        if len(d) + absent > 3:
            api_message.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return api_message

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
