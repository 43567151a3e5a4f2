# generated from specs/voucherify/openapi.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from loyalty_runtime import decode as _decode

from ..models.event_source_channel import EventSourceChannel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_source_api_key import EventSourceApiKey
    from ..models.event_source_user import EventSourceUser


T = TypeVar("T", bound="EventSource")
_KNOWN_KEYS = frozenset(
    {
        "channel",
        "user",
        "api_key",
    }
)


@_attrs_define
class EventSource:
    """What initiated the event.

    Attributes:
        channel (EventSourceChannel | str): Channel that initiated the event. Inferred: treated as an open set, as
            Voucherify adds channels.
        user (EventSourceUser | Unset): The Voucherify dashboard user who triggered the event.
        api_key (EventSourceApiKey | Unset): The API key pair used in the request that triggered the event.
    """

    channel: EventSourceChannel | str
    user: EventSourceUser | Unset = UNSET
    api_key: EventSourceApiKey | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        channel: str
        if isinstance(self.channel, EventSourceChannel):
            channel = self.channel.value
        else:
            channel = self.channel

        user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user, Unset):
            user = self.user.to_dict()

        api_key: dict[str, Any] | Unset = UNSET
        if not isinstance(self.api_key, Unset):
            api_key = self.api_key.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "channel": channel,
            }
        )
        if user is not UNSET:
            field_dict["user"] = user
        if api_key is not UNSET:
            field_dict["api_key"] = api_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        absent = 0  # optional properties not in d: d holds additional ones when it has more keys than were read
        try:
            channel = d["channel"]
            channel_member = EventSourceChannel._by_value.get(channel) if type(channel) is str else None
            channel = (
                channel_member if channel_member is not None else _decode.member(EventSourceChannel, channel, "channel")
            )

            user = d.get("user", UNSET)
            if user is UNSET:
                absent += 1
            else:
                try:
                    user = EventSourceUser.from_dict(user if type(user) is dict else _decode.dict_of(user, None))
                except _decode.FAILURES as error:
                    raise _decode.at(error, "user") from error

            api_key = d.get("api_key", UNSET)
            if api_key is UNSET:
                absent += 1
            else:
                try:
                    api_key = EventSourceApiKey.from_dict(
                        api_key if type(api_key) is dict else _decode.dict_of(api_key, None)
                    )
                except _decode.FAILURES as error:
                    raise _decode.at(error, "api_key") from error

        except KeyError as error:  # a required property is absent
            raise _decode.at(error) from error
        event_source = cls(
            channel,
            user,
            api_key,
        )
        if len(d) + absent > 3:
            event_source.additional_properties = {key: value for key, value in d.items() if key not in _KNOWN_KEYS}
        return event_source

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
from ..models.event_source_api_key import EventSourceApiKey  # noqa: E402
from ..models.event_source_user import EventSourceUser  # noqa: E402
