# generated from specs/voucherify/openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

from ..models.error_key import ErrorKey
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_custom_message import ErrorCustomMessage


T = TypeVar("T", bound="ErrorResponse")
_KNOWN_KEYS = frozenset(
    {
        "code",
        "message",
        "key",
        "details",
        "request_id",
        "resource_id",
        "resource_type",
        "error",
    }
)


@_attrs_define
class ErrorResponse:
    """Voucherify's error body, returned with every 4xx and 5xx status.

    Attributes:
        code (int): The HTTP status code of the error.
        message (str): Short human-readable description of the error.
        key (ErrorKey | str | Unset): Short machine-readable kind of error, e.g. `not_found`. The vendor extends this
            list; any other value is kept as a plain string.
        details (str | Unset): Longer human-readable explanation, often with a hint on how to fix the request.
        request_id (str | Unset): ID of the failed request, for support and troubleshooting.
        resource_id (str | Unset): ID of the resource the error is about (for a 404, the requested ID).
        resource_type (str | Unset): Type of the resource the error is about, e.g. `customer` or `voucher`.
        error (ErrorCustomMessage | Unset): Extra information about the error configured by the merchant.
    """

    code: int
    message: str
    key: ErrorKey | str | Unset = UNSET
    details: str | Unset = UNSET
    request_id: str | Unset = UNSET
    resource_id: str | Unset = UNSET
    resource_type: str | Unset = UNSET
    error: ErrorCustomMessage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        key: str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        elif isinstance(self.key, ErrorKey):
            key = self.key.value
        else:
            key = self.key

        details = self.details

        request_id = self.request_id

        resource_id = self.resource_id

        resource_type = self.resource_type

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
            }
        )
        if key is not UNSET:
            field_dict["key"] = key
        if details is not UNSET:
            field_dict["details"] = details
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if resource_id is not UNSET:
            field_dict["resource_id"] = resource_id
        if resource_type is not UNSET:
            field_dict["resource_type"] = resource_type
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        absent = 0  # optional properties not in d: d holds additional ones when it has more keys than were read
        try:
            code = d["code"]
            if type(code) is not int:
                code = _decode.checked(code, int, "code")

            message = d["message"]
            if type(message) is not str:
                message = _decode.checked(message, str, "message")

            key = d.get("key", UNSET)
            if key is UNSET:
                absent += 1
            else:
                key_member = ErrorKey._by_value.get(key) if type(key) is str else None
                key = key_member if key_member is not None else _decode.member(ErrorKey, key, "key")

            details = d.get("details", UNSET)
            if details is UNSET:
                absent += 1
            else:
                if type(details) is not str:
                    details = _decode.checked(details, str, "details")

            request_id = d.get("request_id", UNSET)
            if request_id is UNSET:
                absent += 1
            else:
                if type(request_id) is not str:
                    request_id = _decode.checked(request_id, str, "request_id")

            resource_id = d.get("resource_id", UNSET)
            if resource_id is UNSET:
                absent += 1
            else:
                if type(resource_id) is not str:
                    resource_id = _decode.checked(resource_id, str, "resource_id")

            resource_type = d.get("resource_type", UNSET)
            if resource_type is UNSET:
                absent += 1
            else:
                if type(resource_type) is not str:
                    resource_type = _decode.checked(resource_type, str, "resource_type")

            error = d.get("error", UNSET)
            if error is UNSET:
                absent += 1
            else:
                try:
                    error = ErrorCustomMessage.from_dict(error if type(error) is dict else _decode.dict_of(error, None))
                except _decode.FAILURES as error:
                    raise _decode.at(error, "error") from error

        except KeyError as error:  # a required property is absent
            raise _decode.at(error) from error
        error_response = cls(
            code,
            message,
            key,
            details,
            request_id,
            resource_id,
            resource_type,
            error,
        )
        if len(d) + absent > 8:
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


# Imported once this class exists (models may refer to each other), so that from_dict does not import per call.
from ..models.error_custom_message import ErrorCustomMessage  # noqa: E402
