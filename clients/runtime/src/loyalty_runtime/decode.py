"""Type checks that generated ``from_dict`` methods run on every JSON value they read.

A body that does not fit its spec must fail loudly (and become a ``ResponseDecodeError``), never decode into a
model holding the wrong types: a ``"false"`` string where a boolean belongs would otherwise read as true.
"""

from __future__ import annotations

import datetime
import re
import uuid
from typing import Any, TypeVar

from loyalty_runtime.types import Unset

T = TypeVar("T")

_NAMES = {int: "an integer", float: "a number", bool: "a boolean", str: "a string", list: "an array", dict: "an object"}


def fits(value: object, kind: type[Any]) -> bool:
    """Whether ``value`` is a JSON value of ``kind`` (booleans are not numbers; integers are)."""
    if kind is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind is int:  # JSON Schema counts a number with a zero fraction (2.0) as an integer
        return (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, float) and value.is_integer()
        )
    return isinstance(value, kind)


def checked(value: object, kind: type[T], name: str) -> T:
    """``value`` when it is a JSON value of ``kind`` (an int counts as a number), else ``TypeError``."""
    if not fits(value, kind):
        expected = _NAMES.get(kind, kind.__name__)
        raise TypeError(f"{name}: expected {expected}, got {type(value).__name__} {value!r:.60}")
    if kind is int and isinstance(value, float):
        return int(value)  # type: ignore[return-value]  # an integral number, as the int the model declares
    return value  # type: ignore[return-value]  # fits() has just checked it


def checked_or_unset(value: object, kind: type[T], name: str) -> T | Unset:
    """Like :func:`checked`, letting an absent (``UNSET``) value through."""
    if isinstance(value, Unset):
        return value
    return checked(value, kind, name)


_DATE_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[Tt](\d{2}:\d{2}:\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


class Timestamp(datetime.datetime):
    """A date-time read from JSON that remembers how it was written, so ``to_dict()`` gives back the same text
    (the vendor's ``Z`` or offset, and fraction digits finer than Python's microseconds)."""

    text: str | None = None


class WrittenUUID(uuid.UUID):
    """A UUID read from JSON that remembers how it was written (upper- or lower-case)."""

    text: str | None = None


def date_time(value: object, name: str) -> datetime.datetime:
    """An RFC 3339 date-time, else ``ValueError`` (ISO 8601 forms RFC 3339 forbids are refused)."""
    text = checked(value, str, name)
    match = _DATE_TIME.match(text)
    if match is None:
        raise ValueError(f"{name}: not an RFC 3339 date-time: {text!r:.60}")
    day, clock, fraction, offset = match.groups()
    offset = "+00:00" if offset in ("Z", "z") else offset
    moment = Timestamp.fromisoformat(f"{day}T{clock}{(fraction or '')[:7]}{offset}")
    moment.text = text
    return moment


def date_time_text(moment: datetime.datetime) -> str:
    """The JSON text of a date-time: as it was read when it came from JSON, else ISO 8601."""
    text = moment.text if isinstance(moment, Timestamp) else None
    return text if text is not None else moment.isoformat()


def full_date(value: object, name: str) -> datetime.date:
    """An RFC 3339 full-date (``2026-06-05``), else ``ValueError``."""
    text = checked(value, str, name)
    if _FULL_DATE.match(text) is None:
        raise ValueError(f"{name}: not an RFC 3339 full-date: {text!r:.60}")
    return datetime.date.fromisoformat(text)


def uuid_value(value: object, name: str) -> uuid.UUID:
    """A UUID in the canonical 8-4-4-4-12 form, else ``ValueError``."""
    text = checked(value, str, name)
    if _UUID.match(text) is None:
        raise ValueError(f"{name}: not a UUID: {text!r:.60}")
    parsed = WrittenUUID(text)
    object.__setattr__(parsed, "text", text)  # UUIDs refuse plain attribute assignment
    return parsed


def uuid_text(value: uuid.UUID) -> str:
    """The JSON text of a UUID: as it was read when it came from JSON, else the canonical lower-case form."""
    text = value.text if isinstance(value, WrittenUUID) else None
    return text if text is not None else str(value)
