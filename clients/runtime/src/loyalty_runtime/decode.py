"""Type checks that generated ``from_dict`` methods run on every JSON value they read.

A body that does not fit its spec must fail loudly (and become a ``ResponseDecodeError``), never decode into a
model holding the wrong types: a ``"false"`` string where a boolean belongs would otherwise read as true.
"""

from __future__ import annotations

from typing import Any, TypeVar

from loyalty_runtime.types import Unset

T = TypeVar("T")

_NAMES = {int: "an integer", float: "a number", bool: "a boolean", str: "a string", list: "an array", dict: "an object"}


def fits(value: object, kind: type[Any]) -> bool:
    """Whether ``value`` is a JSON value of ``kind`` (booleans are not numbers; integers are)."""
    if kind is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, kind)


def checked(value: object, kind: type[T], name: str) -> T:
    """``value`` when it is a JSON value of ``kind`` (an int counts as a number), else ``TypeError``."""
    if not fits(value, kind):
        expected = _NAMES.get(kind, kind.__name__)
        raise TypeError(f"{name}: expected {expected}, got {type(value).__name__} {value!r:.60}")
    return value  # type: ignore[return-value]  # fits() has just checked it


def checked_or_unset(value: object, kind: type[T], name: str) -> T | Unset:
    """Like :func:`checked`, letting an absent (``UNSET``) value through."""
    if isinstance(value, Unset):
        return value
    return checked(value, kind, name)
