# generated from specs/joy/openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

from ..models.error_code import ErrorCode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_details import ErrorDetails


T = TypeVar("T", bound="ErrorDetail")
_KNOWN_KEYS = frozenset(
    {
        "message",
        "code",
        "statusCode",
        "details",
    }
)


@_attrs_define
class ErrorDetail:
    """What went wrong, in Joy's v2 error envelope.

    Attributes:
        message (str): Human-readable error message, e.g. "Resource not found".
        code (ErrorCode | str): Machine-readable error code (known values in `ErrorCode`; other values are kept as-is).
        status_code (int): HTTP status code repeated in the body.
        details (ErrorDetails | Unset): Optional extra information about the error; its content is not documented.
    """

    message: str
    code: ErrorCode | str
    status_code: int
    details: ErrorDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        code: str
        if isinstance(self.code, ErrorCode):
            code = self.code.value
        else:
            code = self.code

        status_code = self.status_code

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "code": code,
                "statusCode": status_code,
            }
        )
        if details is not UNSET:
            field_dict["details"] = details

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

            details = d.get("details", UNSET)
            if details is UNSET:
                absent += 1
            else:
                try:
                    details = ErrorDetails.from_dict(
                        details if type(details) is dict else _decode.dict_of(details, None)
                    )
                except _decode.FAILURES as error:
                    raise _decode.at(error, "details") from error

        except KeyError as error:  # a required property is absent
            raise _decode.at(error) from error
        error_detail = cls(
            message,
            code,
            status_code,
            details,
        )
        if len(d) + absent > 4:
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


# Imported once this class exists (models may refer to each other), so that from_dict does not import per call.
from ..models.error_details import ErrorDetails  # noqa: E402
