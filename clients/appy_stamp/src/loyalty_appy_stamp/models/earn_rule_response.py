# generated from specs/appy_stamp/openapi.yaml — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

if TYPE_CHECKING:
    from ..models.earn_rule import EarnRule


T = TypeVar("T", bound="EarnRuleResponse")


@_attrs_define
class EarnRuleResponse:
    """One earn rule in the standard response envelope. Inferred: wrapped like every successful response,
    without `meta`.

        Attributes:
            success (bool): `true` for successful responses.
            data (EarnRule): A way customers earn stamps. The list and single-rule endpoints return the same fields.
                Inferred: only
                `id` is required, since fields whose value is `null` are omitted from `data`.
            timestamp (datetime.datetime): Server time of the response (ISO-8601).
    """

    success: bool
    data: EarnRule
    timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = self.data.to_dict()

        timestamp = _decode.date_time_text(self.timestamp)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "data": data,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.earn_rule import EarnRule  # noqa: PLC0415

        d = dict(src_dict)
        success = _decode.checked(d.pop("success"), bool, "success")

        data = EarnRule.from_dict(_decode.checked(d.pop("data"), dict, "data"))

        timestamp = _decode.date_time(d.pop("timestamp"), "timestamp")

        earn_rule_response = cls(
            success=success,
            data=data,
            timestamp=timestamp,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        earn_rule_response.additional_properties = additional_properties
        return earn_rule_response

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
