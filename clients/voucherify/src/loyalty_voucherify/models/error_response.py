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
        from ..models.error_custom_message import ErrorCustomMessage  # noqa: PLC0415

        d = dict(src_dict)
        code = _decode.checked(d.pop("code"), int, "code")

        message = _decode.checked(d.pop("message"), str, "message")

        def _parse_key(data: object) -> ErrorKey | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                key_type_0 = ErrorKey(data)

                return key_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            key_type_1 = _decode.checked(data, str, "key_type_1")

            return key_type_1

        key = _parse_key(d.pop("key", UNSET))

        details = _decode.checked_or_unset(d.pop("details", UNSET), str, "details")

        request_id = _decode.checked_or_unset(d.pop("request_id", UNSET), str, "request_id")

        resource_id = _decode.checked_or_unset(d.pop("resource_id", UNSET), str, "resource_id")

        resource_type = _decode.checked_or_unset(d.pop("resource_type", UNSET), str, "resource_type")

        _error = d.pop("error", UNSET)
        error: ErrorCustomMessage | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ErrorCustomMessage.from_dict(_decode.checked(_error, dict, "error"))

        error_response = cls(
            code=code,
            message=message,
            key=key,
            details=details,
            request_id=request_id,
            resource_id=resource_id,
            resource_type=resource_type,
            error=error,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        error_response.additional_properties = additional_properties
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
