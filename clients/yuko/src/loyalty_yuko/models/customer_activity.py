# generated from specs/yuko/openapi.yaml — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

from ..models.activity_source_type import ActivitySourceType
from ..models.activity_type import ActivityType
from ..models.entry_type import EntryType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_metadata import ActivityMetadata


T = TypeVar("T", bound="CustomerActivity")


@_attrs_define
class CustomerActivity:
    """One entry in a customer's loyalty activity ledger.

    Attributes:
        id (UUID): The activity's unique UUID. Example: f7a8b9c0-d1e2-3456-fabc-d01234567890.
        customer_id (UUID): Yuko's own UUID for the customer the activity belongs to (not the platform customer ID sent
            in the `customer_id` query parameter). Example: 63a2c89a-9936-4bc0-9d5f-93db46110b76.
        activity_type (ActivityType | str): What happened, e.g. `purchase`. The list of values is open: values not in
            `ActivityType` are kept verbatim. Example: purchase.
        source_type (ActivitySourceType | str): The module or entity that produced the activity, e.g.
            `loyalty_campaigns`. The response documents it as a plain string; Inferred: treated as an open set whose known
            values are in `ActivitySourceType`, other values are kept verbatim. Example: loyalty_campaigns.
        points (int): The number of points involved. Inferred: like the points-transactions ledger
            (https://docs.yuko.so/list-points-transactions), the number is unsigned and `entry_type` gives the direction;
            this is not confirmed for activities, so no minimum is declared. Example: 100.
        created_at (datetime.datetime): When the activity was recorded (RFC 3339; Yuko examples use both `Z` with
            milliseconds and `+00:00` offsets). Example: 2026-02-15T08:30:00.000Z.
        source_id (None | Unset | UUID): UUID of the record (campaign, reward, tier, …) that triggered the activity, or
            null. Inferred: the key may also be absent, so it is not required. Example: a1b2c3d4-e5f6-7890-abcd-
            ef1234567890.
        entry_type (EntryType | None | Unset): Whether the activity credited or debited points; null for activities
            without a points movement (Inferred, e.g. tier changes). Inferred: the key may also be absent. Example: credit.
        earning_type (None | str | Unset): The kind of earning, e.g. `points` or `store_credit`, or null. Inferred: the
            key may also be absent, so it is not required. Example: points.
        metadata (ActivityMetadata | Unset): Free-form details about an activity; the structure varies by
            `activity_type` and is not documented per type. Inferred example: for `tier_changed` activities Yuko's tier-
            change object (https://docs.yuko.so/vip-tier-change-object) describes `activity_value` with `change_type`
            (`tier_assigned`, `tier_upgraded`, `tier_downgraded`, `tier_lost`), `previous_tier` (object with `uuid`, `name`,
            `threshold_value`, or null) and `current_tier`; the public endpoint most likely carries such details here. All
            keys are kept as received.
    """

    id: UUID
    customer_id: UUID
    activity_type: ActivityType | str
    source_type: ActivitySourceType | str
    points: int
    created_at: datetime.datetime
    source_id: None | Unset | UUID = UNSET
    entry_type: EntryType | None | Unset = UNSET
    earning_type: None | str | Unset = UNSET
    metadata: ActivityMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = _decode.uuid_text(self.id)

        customer_id = _decode.uuid_text(self.customer_id)

        activity_type: str
        if isinstance(self.activity_type, ActivityType):
            activity_type = self.activity_type.value
        else:
            activity_type = self.activity_type

        source_type: str
        if isinstance(self.source_type, ActivitySourceType):
            source_type = self.source_type.value
        else:
            source_type = self.source_type

        points = self.points

        created_at = _decode.date_time_text(self.created_at)

        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        elif isinstance(self.source_id, UUID):
            source_id = _decode.uuid_text(self.source_id)
        else:
            source_id = self.source_id

        entry_type: None | str | Unset
        if isinstance(self.entry_type, Unset):
            entry_type = UNSET
        elif isinstance(self.entry_type, EntryType):
            entry_type = self.entry_type.value
        else:
            entry_type = self.entry_type

        earning_type: None | str | Unset
        if isinstance(self.earning_type, Unset):
            earning_type = UNSET
        else:
            earning_type = self.earning_type

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "customer_id": customer_id,
                "activity_type": activity_type,
                "source_type": source_type,
                "points": points,
                "created_at": created_at,
            }
        )
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if entry_type is not UNSET:
            field_dict["entry_type"] = entry_type
        if earning_type is not UNSET:
            field_dict["earning_type"] = earning_type
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.activity_metadata import ActivityMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = _decode.uuid_value(d.pop("id"), "id")

        customer_id = _decode.uuid_value(d.pop("customer_id"), "customer_id")

        def _parse_activity_type(data: object) -> ActivityType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                activity_type_type_0 = ActivityType(data)

                return activity_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            activity_type_type_1 = _decode.checked(data, str, "activity_type_type_1")

            return activity_type_type_1

        activity_type = _parse_activity_type(d.pop("activity_type"))

        def _parse_source_type(data: object) -> ActivitySourceType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_type_0 = ActivitySourceType(data)

                return source_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            source_type_type_1 = _decode.checked(data, str, "source_type_type_1")

            return source_type_type_1

        source_type = _parse_source_type(d.pop("source_type"))

        points = _decode.checked(d.pop("points"), int, "points")

        created_at = _decode.date_time(d.pop("created_at"), "created_at")

        def _parse_source_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_id_type_0 = _decode.uuid_value(data, "source_id_type_0")

                return source_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            source_id_type_1 = _decode.checked(data, type(None), "source_id_type_1")

            return source_id_type_1

        source_id = _parse_source_id(d.pop("source_id", UNSET))

        def _parse_entry_type(data: object) -> EntryType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                entry_type_type_0 = EntryType(data)

                return entry_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            entry_type_type_1 = _decode.checked(data, type(None), "entry_type_type_1")

            return entry_type_type_1

        entry_type = _parse_entry_type(d.pop("entry_type", UNSET))

        def _parse_earning_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                earning_type_type_0 = _decode.checked(data, str, "earning_type_type_0")

                return earning_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not data is None:
                raise TypeError()
            earning_type_type_1 = _decode.checked(data, type(None), "earning_type_type_1")

            return earning_type_type_1

        earning_type = _parse_earning_type(d.pop("earning_type", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: ActivityMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = ActivityMetadata.from_dict(_decode.checked(_metadata, dict, "metadata"))

        customer_activity = cls(
            id=id,
            customer_id=customer_id,
            activity_type=activity_type,
            source_type=source_type,
            points=points,
            created_at=created_at,
            source_id=source_id,
            entry_type=entry_type,
            earning_type=earning_type,
            metadata=metadata,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        customer_activity.additional_properties = additional_properties
        return customer_activity

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
