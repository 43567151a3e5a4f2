"""Small value types shared by the generated packages (their ``types`` modules re-export these)."""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass, field
from typing import Generic, Literal, TypeVar

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


@dataclass(frozen=True)
class Response(Generic[T]):
    """A success answer: its status, raw content, headers and the decoded model.

    ``raw_json`` is the decoded JSON body the model was built from (what pagination reads its cursors from).
    """

    status_code: int
    content: bytes
    headers: MutableMapping[str, str] | Mapping[str, str] | httpx.Headers
    parsed: T
    raw_json: object = field(default=None, repr=False, compare=False)


__all__ = ["UNSET", "Response", "Unset"]
