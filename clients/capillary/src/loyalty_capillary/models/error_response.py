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
_KNOWN_KEYS = frozenset(
    {
        "errors",
        "data",
        "warnings",
    }
)


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
        d = src_dict
        absent = 0  # optional properties not in d: d holds additional ones when it has more keys than were read
        try:
            errors = d["errors"]
            if type(errors) is not list:
                errors = _decode.checked(errors, list, "errors")
            errors_items = []
            try:
                for errors_item in errors:
                    errors_item = ApiMessage.from_dict(
                        errors_item if type(errors_item) is dict else _decode.dict_of(errors_item, None)
                    )

                    errors_items.append(errors_item)
            except _decode.FAILURES as error:
                raise _decode.at(error, "errors", len(errors_items)) from error
            errors = errors_items

            data = d.get("data", UNSET)
            if data is UNSET:
                absent += 1
            else:
                if type(data) is not list:
                    data = _decode.checked(data, list, "data")
                data_items = []
                try:
                    for data_item in data:
                        data_item = LoyaltyEvent.from_dict(
                            data_item if type(data_item) is dict else _decode.dict_of(data_item, None)
                        )

                        data_items.append(data_item)
                except _decode.FAILURES as error:
                    raise _decode.at(error, "data", len(data_items)) from error
                data = data_items

            warnings = d.get("warnings", UNSET)
            if warnings is UNSET:
                absent += 1
            else:
                if type(warnings) is not list:
                    warnings = _decode.checked(warnings, list, "warnings")
                warnings_items = []
                try:
                    for warnings_item in warnings:
                        warnings_item = ApiMessage.from_dict(
                            warnings_item if type(warnings_item) is dict else _decode.dict_of(warnings_item, None)
                        )

                        warnings_items.append(warnings_item)
                except _decode.FAILURES as error:
                    raise _decode.at(error, "warnings", len(warnings_items)) from error
                warnings = warnings_items

        except KeyError as error:  # a required property is absent
            raise _decode.at(error) from error
        error_response = cls(
            errors,
            data,
            warnings,
        )
        if len(d) + absent > 3:
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
from ..models.api_message import ApiMessage  # noqa: E402
from ..models.loyalty_event import LoyaltyEvent  # noqa: E402
