# generated from specs/appy_stamp/openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

T = TypeVar("T", bound="ProcessEarnRuleRequest")
_KNOWN_KEYS = frozenset(
    {
        "earn_rule_id",
    }
)


@_attrs_define
class ProcessEarnRuleRequest:
    """Body of a request to process an earn rule for a customer.

    Attributes:
        earn_rule_id (int): ID of the earn rule to process. Earn rules return their `id` as a string (`"12"`) but this
            field
            takes an integer (`12`): convert the ID before sending.
    """

    earn_rule_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        earn_rule_id = self.earn_rule_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "earn_rule_id": earn_rule_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        absent = 0  # optional properties not in d: d holds additional ones when it has more keys than were read
        try:
            earn_rule_id = d["earn_rule_id"]
            if type(earn_rule_id) is not int:
                earn_rule_id = _decode.checked(earn_rule_id, int, "earn_rule_id")

        except KeyError as error:  # a required property is absent
            raise _decode.at(error) from error
        process_earn_rule_request = cls(
            earn_rule_id,
        )
        if len(d) + absent > 1:
            process_earn_rule_request.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return process_earn_rule_request

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
