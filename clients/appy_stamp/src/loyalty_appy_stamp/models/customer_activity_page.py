# generated from specs/appy_stamp/openapi.yaml — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

if TYPE_CHECKING:
    from ..models.customer_activity import CustomerActivity
    from ..models.customer_activity_page_meta import CustomerActivityPageMeta


T = TypeVar("T", bound="CustomerActivityPage")
_KNOWN_KEYS = frozenset(
    {
        "success",
        "data",
        "meta",
        "timestamp",
    }
)


@_attrs_define
class CustomerActivityPage:
    """One page of a customer's activities in the standard response envelope.

    Attributes:
        success (bool): `true` for successful responses.
        data (list[CustomerActivity]): The activities on this page, newest first.
        meta (CustomerActivityPageMeta): List metadata of an activities page.
        timestamp (datetime.datetime): Server time of the response (ISO-8601).
    """

    success: bool
    data: list[CustomerActivity]
    meta: CustomerActivityPageMeta
    timestamp: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        meta = self.meta.to_dict()

        timestamp = _decode.date_time_text(self.timestamp)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "data": data,
                "meta": meta,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        absent = 0  # optional properties not in d: d holds additional ones when it has more keys than were read
        try:
            success = d["success"]
            if type(success) is not bool:
                success = _decode.checked(success, bool, "success")

            data = d["data"]
            if type(data) is not list:
                data = _decode.checked(data, list, "data")
            data_items = []
            try:
                for data_item in data:
                    data_item = CustomerActivity.from_dict(
                        data_item if type(data_item) is dict else _decode.dict_of(data_item, None)
                    )

                    data_items.append(data_item)
            except _decode.FAILURES as error:
                raise _decode.at(error, "data", len(data_items)) from error
            data = data_items

            meta = d["meta"]
            try:
                meta = CustomerActivityPageMeta.from_dict(meta if type(meta) is dict else _decode.dict_of(meta, None))
            except _decode.FAILURES as error:
                raise _decode.at(error, "meta") from error

            timestamp = d["timestamp"]
            timestamp = _decode.date_time(timestamp, "timestamp")

        except KeyError as error:  # a required property is absent
            raise _decode.at(error) from error
        customer_activity_page = cls(
            success,
            data,
            meta,
            timestamp,
        )
        if len(d) + absent > 4:
            customer_activity_page.additional_properties = {
                key: value for key, value in d.items() if key not in _KNOWN_KEYS
            }
        return customer_activity_page

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
from ..models.customer_activity import CustomerActivity  # noqa: E402
from ..models.customer_activity_page_meta import CustomerActivityPageMeta  # noqa: E402
