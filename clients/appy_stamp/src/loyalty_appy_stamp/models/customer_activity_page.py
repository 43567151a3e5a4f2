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
        from ..models.customer_activity import CustomerActivity  # noqa: PLC0415
        from ..models.customer_activity_page_meta import CustomerActivityPageMeta  # noqa: PLC0415

        d = dict(src_dict)
        success = _decode.checked(d.pop("success"), bool, "success")

        data = []
        _data = _decode.checked(d.pop("data"), list, "data")
        for data_item_data in _data:
            data_item = CustomerActivity.from_dict(_decode.checked(data_item_data, dict, "data_item"))

            data.append(data_item)

        meta = CustomerActivityPageMeta.from_dict(_decode.checked(d.pop("meta"), dict, "meta"))

        timestamp = _decode.date_time(d.pop("timestamp"), "timestamp")

        customer_activity_page = cls(
            success=success,
            data=data,
            meta=meta,
            timestamp=timestamp,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        customer_activity_page.additional_properties = additional_properties
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
