# generated from specs/voucherify/openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

T = TypeVar("T", bound="EventSourceApiKey")
_KNOWN_KEYS = frozenset(
    {
        "name",
        "app_id",
    }
)


@_attrs_define
class EventSourceApiKey:
    """The API key pair used in the request that triggered the event.

    Attributes:
        name (str): Channel name given to the key pair in the project's application keys.
        app_id (str): Application ID of the key pair.
    """

    name: str
    app_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        app_id = self.app_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "app_id": app_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        absent = 0  # optional properties not in d: d holds additional ones when it has more keys than were read
        try:
            name = d["name"]
            if type(name) is not str:
                name = _decode.checked(name, str, "name")

            app_id = d["app_id"]
            if type(app_id) is not str:
                app_id = _decode.checked(app_id, str, "app_id")

        except KeyError as error:  # a required property is absent
            raise _decode.at(error) from error
        event_source_api_key = cls(
            name,
            app_id,
        )
        if len(d) + absent > 2:
            event_source_api_key.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return event_source_api_key

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
