"""Type checks that generated ``from_dict`` methods run on every JSON value they read.

A body that does not fit its spec must fail loudly (and become a ``ResponseDecodeError``), never decode into a
model holding the wrong types: a ``"false"`` string where a boolean belongs would otherwise read as true.

Speed: generated code checks the common case inline (``type(value) is str``) and calls the helpers here only for
the rest (subclasses, integral floats, wrong types: these raise) and for formats. A failure is a
:class:`Mismatch` that names the JSON path of the bad value (``/data/3/created_at: not an RFC 3339 date-time``);
the path is built only while the exception travels up, so the success path tracks nothing. UUIDs and date-times
are immutable, so equal texts share one decoded object (a small cache: a page repeats its customer's UUID).
"""

from __future__ import annotations

import builtins
import datetime
import re
import uuid
from collections.abc import Mapping
from enum import Enum
from typing import Any, TypeVar

from loyalty_runtime.types import Unset

T = TypeVar("T")
E = TypeVar("E", bound=Enum)

_NAMES = {int: "an integer", float: "a number", bool: "a boolean", str: "a string", list: "an array", dict: "an object"}
# What generated from_dict code may raise on a value that does not fit (a KeyError: a required key is absent).
FAILURES = (KeyError, TypeError, ValueError, AttributeError, IndexError, OverflowError, RecursionError)


class Mismatch(TypeError, ValueError):
    """A JSON value that does not fit the spec, with the JSON pointer (RFC 6901) of where it is.

    Both a ``TypeError`` and a ``ValueError``, as the checks it replaces raised one or the other.
    """

    def __init__(self, reason: str, path: tuple[str | int, ...] = (), *, absent: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.path = path
        self.absent = absent  # a required property is missing (else the value at path is wrong)

    def __str__(self) -> str:
        if not self.path:
            return self.reason
        pointer = "".join("/" + str(part).replace("~", "~0").replace("/", "~1") for part in self.path)
        return f"{pointer}: {self.reason}"


def at(error: BaseException, *path: str | int) -> Mismatch:
    """``error`` (raised while decoding the value at ``path``, relative to the caller) as a :class:`Mismatch`
    whose path starts there."""
    if isinstance(error, Mismatch):
        return Mismatch(error.reason, path + error.path, absent=error.absent)
    if isinstance(error, KeyError) and error.args:  # generated code reads a required key with d[name]
        return Mismatch("a required property is absent", (*path, str(error.args[0])), absent=True)
    reason = str(error)
    return Mismatch(f"{type(error).__name__}: {reason}" if reason else type(error).__name__, path)


def _path(name: str | None) -> tuple[str, ...]:
    return () if name is None else (name,)


def fits(value: object, kind: type[Any]) -> bool:
    """Whether ``value`` is a JSON value of ``kind`` (booleans are not numbers; integers are)."""
    if kind is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind is int:  # JSON Schema counts a number with a zero fraction (2.0) as an integer
        return (isinstance(value, int) and not isinstance(value, bool)) or (
            isinstance(value, float) and value.is_integer()
        )
    return isinstance(value, kind)


def checked(value: object, kind: type[T], name: str | None) -> T:
    """``value`` when it is a JSON value of ``kind`` (an int counts as a number), else a :class:`Mismatch` at
    ``name`` (``None``: the value the caller decodes)."""
    if not fits(value, kind):
        expected = _NAMES.get(kind, kind.__name__)
        raise Mismatch(f"expected {expected}, got {type(value).__name__} {value!r:.60}", _path(name))
    if kind is int and isinstance(value, float):
        return int(value)  # type: ignore[return-value]  # an integral number, as the int the model declares
    return value  # type: ignore[return-value]  # fits() has just checked it


def checked_or_unset(value: object, kind: type[T], name: str | None) -> T | Unset:
    """Like :func:`checked`, letting an absent (``UNSET``) value through."""
    if isinstance(value, Unset):
        return value
    return checked(value, kind, name)


def member(enum: type[E], value: object, name: str | None) -> E:
    """The member of an open enum for a JSON value it does not list at once: a listed value given as a subclass
    or an integral float, or a pseudo-member keeping an unknown value verbatim (``is_known`` false)."""
    kind = int if issubclass(enum, int) else str
    return enum(checked(value, kind, name))


def dict_of(value: object, name: str | None) -> Mapping[str, Any]:
    """A JSON object (what a nested ``from_dict`` reads), else a :class:`Mismatch`."""
    return checked(value, dict, name)


_DATE_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[Tt](\d{2}:\d{2}:\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", re.ASCII)
# The usual form, checked without a regex: -, -, T, :, : at their places and a Z or an offset at the end.
_SEPARATORS = "--T::"
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$", re.ASCII)
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", re.ASCII)
_CACHE_SIZE = 1024  # texts kept per cache (UUIDs, date-times): bounded, so memory stays flat on long walks


class Timestamp(datetime.datetime):
    """A date-time read from JSON that remembers how it was written, so ``to_dict()`` gives back the same text
    (the vendor's ``Z`` or offset, and fraction digits finer than Python's microseconds)."""

    __slots__ = ("text",)
    text: str | None

    def __repr__(self) -> str:  # a model's repr shows the plain type its field declares
        return repr(datetime.datetime(*self.__reduce__()[1]))


_UUID_INT = vars(uuid.UUID)["int"]  # the slot of uuid.UUID that holds its value


class WrittenUUID(uuid.UUID):
    """A UUID read from JSON that remembers how it was written (upper- or lower-case).

    Its value is read from the text when first needed: a decoded page holds many UUIDs that nobody compares.
    """

    __slots__ = ("text",)
    text: str | None

    @property  # type: ignore[misc]  # typeshed calls it final: it is, once read
    def int(self) -> builtins.int:
        try:
            return _UUID_INT.__get__(self, uuid.UUID)  # type: ignore[no-any-return]
        except AttributeError:  # not read yet: made by uuid_value, which has checked the text's form
            value = builtins.int(str(self.text).replace("-", ""), 16)
            _UUID_INT.__set__(self, value)
            return value

    @int.setter
    def int(self, value: builtins.int) -> None:  # how uuid.UUID.__init__ and unpickling set it
        _UUID_INT.__set__(self, value)

    def __repr__(self) -> str:  # a model's repr shows the plain type its field declares
        return f"UUID({str(self)!r})"


_from_iso = datetime.datetime.fromisoformat
_moments: dict[str, Timestamp] = {}


def _moment(text: str, plain: datetime.datetime) -> Timestamp:
    # A datetime's pickled state rebuilds it as the subclass faster than Timestamp.fromisoformat does.
    moment = Timestamp(*plain.__reduce__()[1])
    moment.text = text
    if len(_moments) >= _CACHE_SIZE:
        _moments.clear()
    _moments[text] = moment
    return moment


def date_time(value: object, name: str | None) -> datetime.datetime:
    """An RFC 3339 date-time, else a :class:`Mismatch` (ISO 8601 forms RFC 3339 forbids are refused)."""
    if type(value) is str:
        known = _moments.get(value)
        if known is not None:
            return known
        size = len(value)
        if size >= 20 and value[4:17:3] == _SEPARATORS and value.isascii():
            zone = size - 1 if value[-1] == "Z" else size - 6  # where the Z or the +hh:mm offset starts
            if (zone == size - 1 or (value[zone] in "+-" and value[-3] == ":")) and (
                zone == 19 or (value[19] == "." and zone > 20 and value[20:zone].isdigit())
            ):
                try:
                    plain = _from_iso(value)  # reads and range-checks every digit of this RFC 3339 shape
                except ValueError:
                    pass
                else:
                    if plain.tzinfo is not None:  # _moment(value, plain), inline: this is the common case
                        moment = Timestamp(*plain.__reduce__()[1])
                        moment.text = value
                        if len(_moments) >= _CACHE_SIZE:
                            _moments.clear()
                        _moments[value] = moment
                        return moment
    text = checked(value, str, name)
    match = _DATE_TIME.match(text)
    if match is None:
        raise Mismatch(f"not an RFC 3339 date-time: {text!r:.60}", _path(name))
    day, clock, fraction, offset = match.groups()
    offset = "+00:00" if offset in ("Z", "z") else offset
    try:
        plain = _from_iso(f"{day}T{clock}{(fraction or '')[:7]}{offset}")
    except ValueError as error:  # e.g. a 13th month
        raise Mismatch(f"not an RFC 3339 date-time: {text!r:.60} ({error})", _path(name)) from error
    return _moment(text, plain)


def date_time_text(moment: datetime.datetime) -> str:
    """The JSON text of a date-time: as it was read when it came from JSON, else ISO 8601."""
    text = getattr(moment, "text", None) if isinstance(moment, Timestamp) else None
    return text if text is not None else moment.isoformat()


def full_date(value: object, name: str | None) -> datetime.date:
    """An RFC 3339 full-date (``2026-06-05``), else a :class:`Mismatch`."""
    text = checked(value, str, name)
    if _FULL_DATE.match(text) is None:
        raise Mismatch(f"not an RFC 3339 full-date: {text!r:.60}", _path(name))
    try:
        return datetime.date.fromisoformat(text)
    except ValueError as error:
        raise Mismatch(f"not an RFC 3339 full-date: {text!r:.60} ({error})", _path(name)) from error


_uuids: dict[str, WrittenUUID] = {}
_new = object.__new__
# The slots of an immutable UUID, set the way uuid.UUID.__init__ sets them.
_set_safe = vars(uuid.UUID)["is_safe"].__set__
_set_text = vars(WrittenUUID)["text"].__set__
_UNKNOWN_SAFETY = uuid.SafeUUID.unknown


def uuid_value(value: object, name: str | None) -> uuid.UUID:
    """A UUID in the canonical 8-4-4-4-12 form, else a :class:`Mismatch`."""
    if type(value) is str:
        known = _uuids.get(value)
        if known is not None:
            return known
        text = value
    else:
        text = checked(value, str, name)
    if _UUID.fullmatch(text) is None:
        raise Mismatch(f"not a UUID: {text!r:.60}", _path(name))
    # What uuid.UUID(text) would build, without its general parsing (the regex has checked the form); the
    # value is read from the text when first needed.
    parsed = _new(WrittenUUID)
    _set_safe(parsed, _UNKNOWN_SAFETY)
    _set_text(parsed, text)
    if len(_uuids) >= _CACHE_SIZE:
        _uuids.clear()
    _uuids[text] = parsed
    return parsed


def formatted(kind: type, value: Any) -> object:
    """The :class:`Timestamp` or :class:`WrittenUUID` a JSON value holds, else a :class:`Mismatch` (msgspec's
    ``dec_hook`` on the fast path, whose mirrors declare these types): a text read before costs no call."""
    if kind is WrittenUUID:
        return _uuids.get(value) or uuid_value(value, None)
    if kind is Timestamp:
        return _moments.get(value) or date_time(value, None)
    raise NotImplementedError(f"no decoding of {kind.__name__} from JSON")


def uuid_text(value: uuid.UUID) -> str:
    """The JSON text of a UUID: as it was read when it came from JSON, else the canonical lower-case form."""
    text = getattr(value, "text", None) if isinstance(value, WrittenUUID) else None
    return text if text is not None else str(value)
