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


T = TypeVar("T", bound="LoyaltyEventPage")


@_attrs_define
class LoyaltyEventPage:
    """One page of a customer's loyalty events in Capillary's v2 response envelope. There is no total, page count
    or "has more" flag.

        Attributes:
            warnings (list[ApiMessage]): Secondary problems that did not stop the request; empty in every sample.
            errors (list[ApiMessage]): Errors that made the request fail; empty on success. A non-empty array means failure
                even with status
                200.
            data (list[LoyaltyEvent] | Unset): The loyalty events on this page, at most `limit` of them. Inferred: not
                marked required because a body
                that reports errors may omit it.
    """

    warnings: list[ApiMessage]
    errors: list[ApiMessage]
    data: list[LoyaltyEvent] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        warnings = []
        for warnings_item_data in self.warnings:
            warnings_item = warnings_item_data.to_dict()
            warnings.append(warnings_item)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "warnings": warnings,
                "errors": errors,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_message import ApiMessage  # noqa: PLC0415
        from ..models.loyalty_event import LoyaltyEvent  # noqa: PLC0415

        d = dict(src_dict)
        warnings = []
        _warnings = _decode.checked(d.pop("warnings"), list, "warnings")
        for warnings_item_data in _warnings:
            warnings_item = ApiMessage.from_dict(_decode.checked(warnings_item_data, dict, "warnings_item"))

            warnings.append(warnings_item)

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

        loyalty_event_page = cls(
            warnings=warnings,
            errors=errors,
            data=data,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        loyalty_event_page.additional_properties = additional_properties
        return loyalty_event_page

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
