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
_KNOWN_KEYS = frozenset(
    {
        "id",
        "customer_id",
        "activity_type",
        "source_type",
        "points",
        "created_at",
        "source_id",
        "entry_type",
        "earning_type",
        "metadata",
    }
)


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
        d = src_dict
        absent = 0  # optional properties not in d: d holds additional ones when it has more keys than were read
        try:
            id = d["id"]
            id = _decode.uuid_value(id, "id")

            customer_id = d["customer_id"]
            customer_id = _decode.uuid_value(customer_id, "customer_id")

            activity_type = d["activity_type"]
            activity_type_member = ActivityType._by_value.get(activity_type) if type(activity_type) is str else None
            activity_type = (
                activity_type_member
                if activity_type_member is not None
                else _decode.member(ActivityType, activity_type, "activity_type")
            )

            source_type = d["source_type"]
            source_type_member = ActivitySourceType._by_value.get(source_type) if type(source_type) is str else None
            source_type = (
                source_type_member
                if source_type_member is not None
                else _decode.member(ActivitySourceType, source_type, "source_type")
            )

            points = d["points"]
            if type(points) is not int:
                points = _decode.checked(points, int, "points")

            created_at = d["created_at"]
            created_at = _decode.date_time(created_at, "created_at")

            source_id = d.get("source_id", UNSET)
            if source_id is UNSET:
                absent += 1
            elif source_id is not None:
                source_id = _decode.uuid_value(source_id, "source_id")

            entry_type = d.get("entry_type", UNSET)
            if entry_type is UNSET:
                absent += 1
            elif entry_type is not None:
                entry_type_member = EntryType._by_value.get(entry_type) if type(entry_type) is str else None
                entry_type = (
                    entry_type_member
                    if entry_type_member is not None
                    else _decode.member(EntryType, entry_type, "entry_type")
                )

            earning_type = d.get("earning_type", UNSET)
            if earning_type is UNSET:
                absent += 1
            elif earning_type is not None:
                if type(earning_type) is not str:
                    earning_type = _decode.checked(earning_type, str, "earning_type")

            metadata = d.get("metadata", UNSET)
            if metadata is UNSET:
                absent += 1
            else:
                try:
                    metadata = ActivityMetadata.from_dict(
                        metadata if type(metadata) is dict else _decode.dict_of(metadata, None)
                    )
                except _decode.FAILURES as error:
                    raise _decode.at(error, "metadata") from error

        except KeyError as error:  # a required property is absent
            raise _decode.at(error) from error
        customer_activity = cls(
            id,
            customer_id,
            activity_type,
            source_type,
            points,
            created_at,
            source_id,
            entry_type,
            earning_type,
            metadata,
        )
        if len(d) + absent > 10:
            customer_activity.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
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


# Imported once this class exists (models may refer to each other), so that from_dict does not import per call.
from ..models.activity_metadata import ActivityMetadata  # noqa: E402
