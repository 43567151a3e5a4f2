"""Argument checks that generated operations run before sending anything (documented ranges and lengths)."""

from __future__ import annotations

import re

from loyalty_runtime.types import Unset


def check_number(name: str, value: object, *, minimum: float | None = None, maximum: float | None = None) -> None:
    """``ValueError`` when a given number lies outside its documented range (unset values pass)."""
    if isinstance(value, Unset) or value is None:
        return
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise ValueError(f"{name} must be a number, got {value!r}")
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        low = "" if minimum is None else f" at least {minimum:g}"
        high = "" if maximum is None else f" at most {maximum:g}"
        raise ValueError(f"{name} must be{low}{' and' if low and high else ''}{high}, got {value!r}")


def check_text(
    name: str,
    value: object,
    *,
    min_length: int | None = None,
    max_length: int | None = None,
    pattern: str | None = None,
) -> None:
    """``ValueError`` when a given string is too short, too long or off its documented pattern."""
    if isinstance(value, Unset) or value is None:
        return
    text = value if isinstance(value, str) else str(value)
    if min_length is not None and len(text.strip()) < min_length:
        raise ValueError(f"{name} must not be empty" if min_length == 1 else f"{name} needs {min_length}+ characters")
    if max_length is not None and len(text) > max_length:
        raise ValueError(f"{name} must have at most {max_length} characters, got {len(text)}")
    if pattern is not None and re.search(pattern, text) is None:
        raise ValueError(f"{name} must match {pattern!r}, got {text!r}")
