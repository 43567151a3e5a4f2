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
        d = dict(src_dict)
        id = _decode.checked(d.pop("id"), str, "id")

        name = _decode.checked_or_unset(d.pop("name", UNSET), str, "name")

        def _parse_type_(data: object) -> EarnRuleType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = EarnRuleType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            type_type_1 = _decode.checked(data, str, "type_type_1")

            return type_type_1

        type_ = _parse_type_(d.pop("type", UNSET))

        step = _decode.checked_or_unset(d.pop("step", UNSET), int, "step")

        multiplier = _decode.checked_or_unset(d.pop("multiplier", UNSET), float, "multiplier")

        icon_url = _decode.checked_or_unset(d.pop("iconUrl", UNSET), str, "iconUrl")

        earn_rule = cls(
            id=id,
            name=name,
            type_=type_,
            step=step,
            multiplier=multiplier,
            icon_url=icon_url,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        earn_rule.additional_properties = additional_properties
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
