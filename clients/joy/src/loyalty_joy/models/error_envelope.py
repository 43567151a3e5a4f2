# generated from specs/joy/openapi.yaml — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_detail import ErrorDetail


T = TypeVar("T", bound="ErrorEnvelope")
_KNOWN_KEYS = frozenset(
    {
        "error",
        "success",
        "timestamp",
    }
)


@_attrs_define
class ErrorEnvelope:
    """Joy's v2 error envelope - `success` false and an `error` object with message, code and HTTP status.

    Attributes:
        error (ErrorDetail): What went wrong, in Joy's v2 error envelope.
        success (bool | Unset): Always false for an error.
        timestamp (datetime.datetime | Unset): When the error was produced.
    """

    error: ErrorDetail
    success: bool | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

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
            try:
                error = ErrorDetail.from_dict(error if type(error) is dict else _decode.dict_of(error, None))
            except _decode.FAILURES as error:
                raise _decode.at(error, "error") from error

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
        error_envelope = cls(
            error,
            success,
            timestamp,
        )
        if len(d) + absent > 3:
            error_envelope.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return error_envelope

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
from ..models.error_detail import ErrorDetail  # noqa: E402
