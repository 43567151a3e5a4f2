# generated from specs/joy/openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_activity import CustomerActivity
    from ..models.page_info import PageInfo


T = TypeVar("T", bound="CustomerActivityPage")


@_attrs_define
class CustomerActivityPage:
    """One page of a customer's point activities.

    Attributes:
        data (list[CustomerActivity]): The activities on this page, newest first (Inferred from the example's order and
            v2's default `createdAt_desc`).
        page_info (PageInfo): Whether pages exist before and after this one.
        count (int | Unset): Number of activities; equals the number returned in the vendor example. Inferred: whether
            it is the page
            size or the customer's total is undocumented, so it is optional and never used to drive paging.
    """

    data: list[CustomerActivity]
    page_info: PageInfo
    count: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        page_info = self.page_info.to_dict()

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "pageInfo": page_info,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_activity import CustomerActivity  # noqa: PLC0415
        from ..models.page_info import PageInfo  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = _decode.checked(d.pop("data"), list, "data")
        for data_item_data in _data:
            data_item = CustomerActivity.from_dict(_decode.checked(data_item_data, dict, "data_item"))

            data.append(data_item)

        page_info = PageInfo.from_dict(_decode.checked(d.pop("pageInfo"), dict, "pageInfo"))

        count = _decode.checked_or_unset(d.pop("count", UNSET), int, "count")

        customer_activity_page = cls(
            data=data,
            page_info=page_info,
            count=count,
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
