# generated from specs/yuko/openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

if TYPE_CHECKING:
    from ..models.customer_activity import CustomerActivity
    from ..models.page_meta import PageMeta


T = TypeVar("T", bound="CustomerActivityPage")
_KNOWN_KEYS = frozenset(
    {
        "data",
        "meta",
    }
)


@_attrs_define
class CustomerActivityPage:
    """One page of a customer's activity ledger, as returned by the list endpoint.

    Attributes:
        data (list[CustomerActivity]): The activities on this page, newest first (`created_at` descending).
        meta (PageMeta): Response metadata. Inferred: other keys besides `pagination` may appear and are kept.
    """

    data: list[CustomerActivity]
    meta: PageMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        absent = 0  # optional properties not in d: d holds additional ones when it has more keys than were read
        try:
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
                meta = PageMeta.from_dict(meta if type(meta) is dict else _decode.dict_of(meta, None))
            except _decode.FAILURES as error:
                raise _decode.at(error, "meta") from error

        except KeyError as error:  # a required property is absent
            raise _decode.at(error) from error
        customer_activity_page = cls(
            data,
            meta,
        )
        if len(d) + absent > 2:
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
from ..models.page_meta import PageMeta  # noqa: E402
