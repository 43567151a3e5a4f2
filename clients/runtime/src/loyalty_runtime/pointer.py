"""JSON Pointer (RFC 6901) look-ups into decoded JSON bodies.

Specs say where things live in a body (records, cursors, error codes) as JSON Pointers; this module reads them.
A pointer that does not resolve gives ``MISSING`` rather than raising, because "absent" is often a meaningful
answer (no next cursor on the last page).
"""

from __future__ import annotations

import enum
import functools
from typing import Final


class _Missing(enum.Enum):
    MISSING = enum.auto()

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Final = _Missing.MISSING
"""Returned by :func:`resolve` when the pointer does not lead to a value."""


def parse(pointer: str) -> tuple[str, ...]:
    """Split a JSON Pointer into unescaped reference tokens; ``""`` is the whole document."""
    if pointer == "":
        return ()
    if not pointer.startswith("/"):
        raise ValueError(f"JSON Pointer must start with '/': {pointer!r}")
    return tuple(token.replace("~1", "/").replace("~0", "~") for token in pointer[1:].split("/"))


_parsed = functools.lru_cache(maxsize=512)(parse)  # specs name few pointers; each is read on every page


def resolve(document: object, pointer: str) -> object:
    """The value at ``pointer`` inside ``document``, or ``MISSING`` when any step does not exist."""
    current = document
    for token in _parsed(pointer):
        if isinstance(current, dict):
            if token not in current:
                return MISSING
            current = current[token]
        elif isinstance(current, list):
            if not token.isdigit() or (len(token) > 1 and token.startswith("0")) or int(token) >= len(current):
                return MISSING
            current = current[int(token)]
        else:
            return MISSING
    return current
