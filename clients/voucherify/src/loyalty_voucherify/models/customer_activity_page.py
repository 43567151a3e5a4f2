# generated from specs/voucherify/openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

from ..models.list_object import ListObject
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_activity import CustomerActivity


T = TypeVar("T", bound="CustomerActivityPage")
_KNOWN_KEYS = frozenset(
    {
        "object",
        "data_ref",
        "data",
        "has_more",
        "more_starting_after",
    }
)


@_attrs_define
class CustomerActivityPage:
    """One page of a customer's activity, with the cursor for the next page.

    Attributes:
        object_ (ListObject): Type of the returned object; a list of customer activities is always `list`.
        data_ref (str): Name of the property that holds the array of events (always `data`). Default: 'data'.
        data (list[CustomerActivity]): The events on this page, in the requested order. Empty when there are no more
            events.
        has_more (bool): `true` when more events match the same filters beyond this page; request them with
            `starting_after_id` (or a larger `limit`).
        more_starting_after (str | Unset): ID of the event to send as `starting_after_id` to get the next page.
            Inferred: treated as optional and absent on the last page (the vendor does not mark it required); when missing
            while `has_more` is `true`, the last event's `id` is used instead.
    """

    object_: ListObject
    data: list[CustomerActivity]
    has_more: bool
    data_ref: str = "data"
    more_starting_after: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_.value

        data_ref = self.data_ref

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        has_more = self.has_more

        more_starting_after = self.more_starting_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "data_ref": data_ref,
                "data": data,
                "has_more": has_more,
            }
        )
        if more_starting_after is not UNSET:
            field_dict["more_starting_after"] = more_starting_after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        absent = 0  # optional properties not in d: d holds additional ones when it has more keys than were read
        try:
            object_ = d["object"]
            object__member = ListObject._by_value.get(object_) if type(object_) is str else None
            object_ = object__member if object__member is not None else _decode.member(ListObject, object_, "object")

            data_ref = d["data_ref"]
            if type(data_ref) is not str:
                data_ref = _decode.checked(data_ref, str, "data_ref")

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

            has_more = d["has_more"]
            if type(has_more) is not bool:
                has_more = _decode.checked(has_more, bool, "has_more")

            more_starting_after = d.get("more_starting_after", UNSET)
            if more_starting_after is UNSET:
                absent += 1
            else:
                if type(more_starting_after) is not str:
                    more_starting_after = _decode.checked(more_starting_after, str, "more_starting_after")

        except KeyError as error:  # a required property is absent
            raise _decode.at(error) from error
        customer_activity_page = cls(
            object_,
            data,
            has_more,
            data_ref,
            more_starting_after,
        )
        if len(d) + absent > 5:
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
