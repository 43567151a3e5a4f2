# generated from specs/joy/openapi.yaml — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorMessageEnvelope")
_KNOWN_KEYS = frozenset(
    {
        "error",
        "success",
        "timestamp",
    }
)


@_attrs_define
class ErrorMessageEnvelope:
    """Joy's older error form - `success` false and `error` as a plain message string.

    Attributes:
        error (str): Human-readable error message.
        success (bool | Unset): Always false for an error.
        timestamp (datetime.datetime | Unset): When the error was produced.
    """

    error: str
    success: bool | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        success = self.success

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = _decode.date_time_text(self.timestamp)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        absent = 0  # optional properties not in d: d holds additional ones when it has more keys than were read
        try:
            error = d["error"]
            if type(error) is not str:
                error = _decode.checked(error, str, "error")

            success = d.get("success", UNSET)
            if success is UNSET:
                absent += 1
            else:
                if type(success) is not bool:
                    success = _decode.checked(success, bool, "success")

            timestamp = d.get("timestamp", UNSET)
            if timestamp is UNSET:
                absent += 1
            else:
                timestamp = _decode.date_time(timestamp, "timestamp")

        except KeyError as error:  # a required property is absent
            raise _decode.at(error) from error
        error_message_envelope = cls(
            error,
            success,
            timestamp,
        )
        if len(d) + absent > 3:
            error_message_envelope.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return error_message_envelope

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
