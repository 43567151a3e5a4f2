# generated from specs/capillary/openapi.yaml — do not edit
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

from ..models.event_name import EventName
from ..models.event_status import EventStatus

T = TypeVar("T", bound="LoyaltyEvent")
_KNOWN_KEYS = frozenset(
    {
        "id",
        "customerId",
        "date",
        "eventName",
        "orgId",
        "status",
        "uniqueId",
    }
)


@_attrs_define
class LoyaltyEvent:
    """One loyalty event triggered for the customer. Inferred: all seven fields are required and none is nullable
    (every sample carries all of them with non-null values).

        Attributes:
            id (int): Capillary's unique id of the loyalty event (a long, e.g. `1603616021`).
            customer_id (int): Id of the customer the event belongs to (a long, e.g. `565039505`).
            date (datetime.datetime): When the event occurred, an ISO 8601 timestamp with offset; samples show both UTC
                (`2025-02-28T06:16:16Z`) and local offsets (`2021-06-21T19:59:09+05:30`).
            event_name (EventName | str): Name (type) of the event, e.g. `CustomerRegistration` or `CustomerUpdate`.
                Inferred: the names follow
                Capillary's event-type vocabulary listed in `EventName`, which the vendor extends; any other value is
                kept verbatim.
            org_id (int): Id of the organisation in which the event occurred (a long, e.g. `100737`).
            status (EventStatus | str): Outcome of the event, e.g. `SUCCESS` or `FAILED` (examples, not a closed list; other
                values are kept
                verbatim).
            unique_id (str): Unique reference id of the event (e.g. `eQmzQLEfVb`; ten alphanumeric characters in every
                sample).
    """

    id: int
    customer_id: int
    date: datetime.datetime
    event_name: EventName | str
    org_id: int
    status: EventStatus | str
    unique_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        customer_id = self.customer_id

        date = _decode.date_time_text(self.date)

        event_name: str
        if isinstance(self.event_name, EventName):
            event_name = self.event_name.value
        else:
            event_name = self.event_name

        org_id = self.org_id

        status: str
        if isinstance(self.status, EventStatus):
            status = self.status.value
        else:
            status = self.status

        unique_id = self.unique_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "customerId": customer_id,
                "date": date,
                "eventName": event_name,
                "orgId": org_id,
                "status": status,
                "uniqueId": unique_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        absent = 0  # optional properties not in d: d holds additional ones when it has more keys than were read
        try:
            id = d["id"]
            if type(id) is not int:
                id = _decode.checked(id, int, "id")

            customer_id = d["customerId"]
            if type(customer_id) is not int:
                customer_id = _decode.checked(customer_id, int, "customerId")

            date = d["date"]
            date = _decode.date_time(date, "date")

            event_name = d["eventName"]
            event_name_member = EventName._by_value.get(event_name) if type(event_name) is str else None
            event_name = (
                event_name_member
                if event_name_member is not None
                else _decode.member(EventName, event_name, "eventName")
            )

            org_id = d["orgId"]
            if type(org_id) is not int:
                org_id = _decode.checked(org_id, int, "orgId")

            status = d["status"]
            status_member = EventStatus._by_value.get(status) if type(status) is str else None
            status = status_member if status_member is not None else _decode.member(EventStatus, status, "status")

            unique_id = d["uniqueId"]
            if type(unique_id) is not str:
                unique_id = _decode.checked(unique_id, str, "uniqueId")

        except KeyError as error:  # a required property is absent
            raise _decode.at(error) from error
        loyalty_event = cls(
            id,
            customer_id,
            date,
            event_name,
            org_id,
            status,
            unique_id,
        )
        if len(d) + absent > 7:
            loyalty_event.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return loyalty_event

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
