# generated from specs/capillary/openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_code import ErrorCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiMessage")


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
        d = dict(src_dict)

        def _parse_code(data: object) -> ErrorCode | int:
            try:
                if not isinstance(data, int):
                    raise TypeError()
                code_type_0 = ErrorCode(data)

                return code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorCode | int, data)

        code = _parse_code(d.pop("code"))

        message = d.pop("message")

        status = d.pop("status", UNSET)

        api_message = cls(
            code=code,
            message=message,
            status=status,
        )

        api_message.additional_properties = d
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
