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
        from ..models.event_source_api_key import EventSourceApiKey  # noqa: PLC0415
        from ..models.event_source_user import EventSourceUser  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_channel(data: object) -> EventSourceChannel | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_type_0 = EventSourceChannel(data)

                return channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            channel_type_1 = _decode.checked(data, str, "channel_type_1")

            return channel_type_1

        channel = _parse_channel(d.pop("channel"))

        _user = d.pop("user", UNSET)
        user: EventSourceUser | Unset
        if isinstance(_user, Unset):
            user = UNSET
        else:
            user = EventSourceUser.from_dict(_decode.checked(_user, dict, "user"))

        _api_key = d.pop("api_key", UNSET)
        api_key: EventSourceApiKey | Unset
        if isinstance(_api_key, Unset):
            api_key = UNSET
        else:
            api_key = EventSourceApiKey.from_dict(_decode.checked(_api_key, dict, "api_key"))

        event_source = cls(
            channel=channel,
            user=user,
            api_key=api_key,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        event_source.additional_properties = additional_properties
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
