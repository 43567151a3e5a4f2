"""Small value types shared by the generated packages (their ``types`` modules re-export these)."""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass, field
from typing import Any, Final, Generic, Literal, TypeVar

import httpx


class Unset:
    """The type of ``UNSET``: an argument or field that was not given (distinct from ``None``, which is a value)."""

    _instance: Unset | None = None

    def __new__(cls) -> Unset:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

T = TypeVar("T")

# The raw_json of a Response made without the plain JSON (the fast decoding path): parsed from content when read.
NOT_PARSED: Final = object()


class _RawJSON:
    """``Response.raw_json``: the value it was made with, or the content parsed when first read."""

    def __get__(self, response: Response[Any] | None, owner: type | None = None) -> object:
        if response is None:
            return None  # the field's default
        value = response.__dict__["_raw_json"]
        if value is NOT_PARSED:
            from loyalty_runtime.fast import parse_json  # here: fast imports this module

            value = response.__dict__["_raw_json"] = parse_json(response.content)
        return value

    def __set__(self, response: Response[Any], value: object) -> None:
        # A dataclass passes a field's descriptor default as the value when none is given.
        response.__dict__["_raw_json"] = None if isinstance(value, _RawJSON) else value


@dataclass(frozen=True)
class Response(Generic[T]):
    """A success answer: its status, raw content, headers and the decoded model.

    ``raw_json`` is the decoded JSON body the model was built from (what pagination reads its cursors from);
    ``request_id`` the vendor's id of the request, from the response header its spec declares (``None`` when the
    vendor sends none).
    """

    status_code: int
    content: bytes
    headers: MutableMapping[str, str] | Mapping[str, str] | httpx.Headers
    parsed: T
    raw_json: _RawJSON = field(default=_RawJSON(), repr=False, compare=False)
    request_id: str | None = None


__all__ = ["UNSET", "Response", "Unset"]
