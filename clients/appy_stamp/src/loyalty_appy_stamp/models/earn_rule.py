# generated from specs/appy_stamp/openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

from ..models.earn_rule_type import EarnRuleType
from ..types import UNSET, Unset

T = TypeVar("T", bound="EarnRule")
_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "type",
        "step",
        "multiplier",
        "iconUrl",
    }
)


@_attrs_define
class EarnRule:
    """A way customers earn stamps. The list and single-rule endpoints return the same fields. Inferred: only
    `id` is required, since fields whose value is `null` are omitted from `data`.

        Attributes:
            id (str): Unique identifier of the earn rule, as a string (for example `"12"`).
            name (str | Unset): Display name of the rule (branded and translated).
            type_ (EarnRuleType | str | Unset): Kind of rule (for example `order`, `social`, `birthday`); an open set of
                values.
            step (int | Unset): Base number of stamps awarded per qualifying action.
            multiplier (float | Unset): Multiplier applied to `step`; the award is `step` × `multiplier`.
            icon_url (str | Unset): URL of the rule's icon; omitted when no icon is set.
    """

    id: str
    name: str | Unset = UNSET
    type_: EarnRuleType | str | Unset = UNSET
    step: int | Unset = UNSET
    multiplier: float | Unset = UNSET
    icon_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, EarnRuleType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        step = self.step

        multiplier = self.multiplier

        icon_url = self.icon_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if step is not UNSET:
            field_dict["step"] = step
        if multiplier is not UNSET:
            field_dict["multiplier"] = multiplier
        if icon_url is not UNSET:
            field_dict["iconUrl"] = icon_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        absent = 0  # optional properties not in d: d holds additional ones when it has more keys than were read
        try:
            id = d["id"]
            if type(id) is not str:
                id = _decode.checked(id, str, "id")

            name = d.get("name", UNSET)
            if name is UNSET:
                absent += 1
            else:
                if type(name) is not str:
                    name = _decode.checked(name, str, "name")

            type_ = d.get("type", UNSET)
            if type_ is UNSET:
                absent += 1
            else:
                type__member = EarnRuleType._by_value.get(type_) if type(type_) is str else None
                type_ = type__member if type__member is not None else _decode.member(EarnRuleType, type_, "type")

            step = d.get("step", UNSET)
            if step is UNSET:
                absent += 1
            else:
                if type(step) is not int:
                    step = _decode.checked(step, int, "step")

            multiplier = d.get("multiplier", UNSET)
            if multiplier is UNSET:
                absent += 1
            else:
                if type(multiplier) is not float:
                    multiplier = _decode.checked(multiplier, float, "multiplier")

            icon_url = d.get("iconUrl", UNSET)
            if icon_url is UNSET:
                absent += 1
            else:
                if type(icon_url) is not str:
                    icon_url = _decode.checked(icon_url, str, "iconUrl")

        except KeyError as error:  # a required property is absent
            raise _decode.at(error) from error
        earn_rule = cls(
            id,
            name,
            type_,
            step,
            multiplier,
            icon_url,
        )
        if len(d) + absent > 6:
            earn_rule.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return earn_rule

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
