# generated from specs/capillary/openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_message import ApiMessage
    from ..models.loyalty_event import LoyaltyEvent


T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """Capillary's v2 envelope for a failed request: the failure is described by the entries of `errors`; the
    vendor code of the first entry is the error's code.

        Attributes:
            errors (list[ApiMessage]): The errors that made the request fail, each with a vendor code and message.
            data (list[LoyaltyEvent] | Unset): Inferred: empty or absent when the request failed.
            warnings (list[ApiMessage] | Unset): Secondary problems reported alongside the errors. Inferred: not required,
                as gateway-level failures may
                omit it.
    """

    errors: list[ApiMessage]
    data: list[LoyaltyEvent] | Unset = UNSET
    warnings: list[ApiMessage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item = warnings_item_data.to_dict()
                warnings.append(warnings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if warnings is not UNSET:
            field_dict["warnings"] = warnings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_message import ApiMessage  # noqa: PLC0415
        from ..models.loyalty_event import LoyaltyEvent  # noqa: PLC0415

        d = dict(src_dict)
        errors = []
        _errors = _decode.checked(d.pop("errors"), list, "errors")
        for errors_item_data in _errors:
            errors_item = ApiMessage.from_dict(_decode.checked(errors_item_data, dict, "errors_item"))

            errors.append(errors_item)

        _data = _decode.checked_or_unset(d.pop("data", UNSET), list, "data")
        data: list[LoyaltyEvent] | Unset = UNSET
        if not isinstance(_data, Unset):
            data = []
            for data_item_data in _data:
                data_item = LoyaltyEvent.from_dict(_decode.checked(data_item_data, dict, "data_item"))

                data.append(data_item)

        _warnings = _decode.checked_or_unset(d.pop("warnings", UNSET), list, "warnings")
        warnings: list[ApiMessage] | Unset = UNSET
        if not isinstance(_warnings, Unset):
            warnings = []
            for warnings_item_data in _warnings:
                warnings_item = ApiMessage.from_dict(_decode.checked(warnings_item_data, dict, "warnings_item"))

                warnings.append(warnings_item)

        error_response = cls(
            errors=errors,
            data=data,
            warnings=warnings,
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
