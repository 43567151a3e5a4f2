"""The ``x-pagination`` spec extension as a typed value, and the rules that read one page.

Each list operation's spec says how its pages work (see ``specs/README.md``): where the records are, which
request parameter moves the walk, how the next value is found and how the last page is recognised. This module
turns that declaration into plain functions of a decoded page body, so that the same rules drive the clients'
iterators, the sandbox and the recording checks. It knows no vendor.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal, cast

from loyalty_runtime.pointer import MISSING, resolve

Style = Literal["page_number", "cursor", "starting_after_id", "offset"]
NextFrom = Literal["increment", "response", "last_item"]
LastPageSignal = Literal["has_more_false", "empty_page", "short_page", "missing_cursor", "end_error"]

_STYLES: frozenset[str] = frozenset({"page_number", "cursor", "starting_after_id", "offset"})
_NEXT_FROM: frozenset[str] = frozenset({"increment", "response", "last_item"})
_SIGNALS: frozenset[str] = frozenset({"has_more_false", "empty_page", "short_page", "missing_cursor", "end_error"})


@dataclass(frozen=True, slots=True)
class PageSize:
    """The page-size request parameter and its documented bounds (``maximum`` is ``None`` when undocumented)."""

    param: str
    default: int
    minimum: int
    maximum: int | None = None


@dataclass(frozen=True, slots=True)
class Position:
    """The request parameter that moves a walk, and where its next value comes from."""

    param: str
    next: NextFrom
    first: int | None = None
    pointer: str | None = None
    fallback_item_pointer: str | None = None
    reverse_param: str | None = None


@dataclass(frozen=True, slots=True)
class Totals:
    """Pointers to the totals a page may carry; informative, never needed to walk."""

    total: str | None = None
    last_page: str | None = None
    current_page: str | None = None


@dataclass(frozen=True, slots=True)
class PagingSpec:
    """One operation's ``x-pagination`` declaration."""

    style: Style
    items: str
    item_id: str
    order: str
    page_size: PageSize
    position: Position
    last_page: frozenset[LastPageSignal]
    shifting: bool
    has_more: str | None = None
    totals: Totals | None = None
    end_error_codes: frozenset[str] = frozenset()
    record_offset: str | None = None  # a query parameter skipping that many records: windows start at any record

    @classmethod
    def from_dict(cls, raw: Mapping[str, object]) -> PagingSpec:
        """Build from the extension's JSON form; raises ``ValueError`` naming the first problem found."""
        style = _choice(raw, "style", _STYLES)
        size = _mapping(raw, "page_size")
        position = _mapping(raw, "position")
        signals = raw.get("last_page")
        if not isinstance(signals, list) or not signals or not set(signals) <= _SIGNALS:
            raise ValueError(f"x-pagination.last_page must be a non-empty list of {sorted(_SIGNALS)}")
        totals = raw.get("totals")
        codes = raw.get("end_error_codes", [])
        if not isinstance(codes, list) or not all(isinstance(code, str) for code in codes):
            raise ValueError("x-pagination.end_error_codes must be a list of strings")
        spec = cls(
            style=cast(Style, style),
            items=_string(raw, "items"),
            item_id=_string(raw, "item_id"),
            order=_string(raw, "order"),
            page_size=PageSize(
                param=_string(size, "param"),
                default=_integer(size, "default"),
                minimum=_integer(size, "minimum"),
                maximum=_optional_integer(size, "maximum"),
            ),
            position=Position(
                param=_string(position, "param"),
                next=cast(NextFrom, _choice(position, "next", _NEXT_FROM)),
                first=_optional_integer(position, "first"),
                pointer=_optional_string(position, "pointer"),
                fallback_item_pointer=_optional_string(position, "fallback_item_pointer"),
                reverse_param=_optional_string(position, "reverse_param"),
            ),
            last_page=frozenset(cast(list[LastPageSignal], signals)),
            shifting=_boolean(raw, "shifting"),
            has_more=_optional_string(raw, "has_more"),
            totals=_totals(totals),
            end_error_codes=frozenset(codes),
            record_offset=_optional_string(raw, "record_offset"),
        )
        spec._check_consistency()
        return spec

    def _check_consistency(self) -> None:
        incrementing = self.position.next == "increment"
        if incrementing != (self.style in ("page_number", "offset")):
            raise ValueError(f"x-pagination: style {self.style} cannot take its next value by {self.position.next}")
        if incrementing and self.position.first is None:
            raise ValueError("x-pagination.position.first is required when next is increment")
        if not incrementing and self.position.pointer is None:
            raise ValueError("x-pagination.position.pointer is required when next is response or last_item")
        if "has_more_false" in self.last_page and self.has_more is None:
            raise ValueError("x-pagination.has_more is required for the has_more_false signal")
        if ("end_error" in self.last_page) != bool(self.end_error_codes):
            raise ValueError("x-pagination.end_error_codes goes with, and only with, the end_error signal")
        if self.record_offset is not None and not incrementing:
            raise ValueError("x-pagination.record_offset goes only with a position whose next is increment")
        if self.page_size.maximum is not None and self.page_size.maximum < self.page_size.minimum:
            raise ValueError("x-pagination.page_size.maximum is below its minimum")

    # --- reading a page -------------------------------------------------------------------------------------

    def items_of(self, body: object) -> list[object]:
        """The page's records: an absent or null array is an empty page (the records array may be optional);
        ``ValueError`` when something other than an array is where the spec says."""
        items = resolve(body, self.items)
        if items is MISSING or items is None:
            return []
        if not isinstance(items, list):
            raise ValueError(f"page body has no array of records at {self.items}")
        return items

    def item_id_of(self, item: object) -> object:
        """A record's id (what de-duplication and loop guards compare), or ``MISSING``."""
        return resolve(item, self.item_id)

    def has_more_flag(self, body: object) -> bool | None:
        """The page's "another page follows" flag; ``None`` when the spec or the body has none."""
        if self.has_more is None:
            return None
        flag = resolve(body, self.has_more)
        if flag is MISSING or flag is None:
            return None
        if not isinstance(flag, bool):
            raise ValueError(f"page body has a non-boolean at {self.has_more}: {flag!r}")
        return flag

    def next_position(self, sent: object, body: object) -> object:
        """The position value for the request after this page; ``None`` when the page offers none.

        ``sent`` is the position value this page was requested with (``None`` for a first request that sent none).
        """
        source = self.position
        if source.next == "increment":
            current = source.first if sent is None else sent
            return int(cast(int | str, current)) + 1
        if source.next == "response":
            value = resolve(body, cast(str, source.pointer))
            if (value is MISSING or value is None) and source.fallback_item_pointer is not None:
                value = self._from_last_item(body, source.fallback_item_pointer)
        else:
            value = self._from_last_item(body, cast(str, source.pointer))
        return None if value is MISSING else value

    def _from_last_item(self, body: object, pointer: str) -> object:
        items = self.items_of(body)
        return resolve(items[-1], pointer) if items else MISSING

    def is_last_page(self, body: object, page_size: int) -> bool:
        """Whether any of the spec's last-page signals holds for this (successful) page body."""
        signals = self.last_page
        if "has_more_false" in signals and self.has_more_flag(body) is False:
            return True
        count = len(self.items_of(body))
        if "empty_page" in signals and count == 0:
            return True
        if "short_page" in signals and count < page_size:
            return True
        return "missing_cursor" in signals and self.next_position(None, body) is None

    def first_record(self, params: Mapping[str, object]) -> int:
        """The offset of the first record a request of an incrementing walk asks for: its page's, or, when it
        sends no page but a ``record_offset``, that offset (the page wins when both are sent)."""
        page, offset = params.get(self.position.param), params.get(self.record_offset or "")
        if page is None and offset is not None and self.record_offset is not None:
            return int(cast(int | str, offset))
        first = self.position.first or 0
        size = int(cast(int | str, params.get(self.page_size.param, self.page_size.default)))
        return 0 if page is None else (int(cast(int | str, page)) - first) * size

    def is_end_error(self, vendor_code: str | None, page_number: int) -> bool:
        """Whether an error answer to a later page (``page_number`` > 1) only means "no more results"."""
        return page_number > 1 and "end_error" in self.last_page and vendor_code in self.end_error_codes

    def check_page_size(self, value: int) -> None:
        """``ValueError`` when ``value`` is outside the documented page-size bounds."""
        size = self.page_size
        if value < size.minimum or (size.maximum is not None and value > size.maximum):
            upper = "" if size.maximum is None else f" and at most {size.maximum}"
            raise ValueError(f"{size.param} must be at least {size.minimum}{upper}, got {value}")


def _totals(raw: object) -> Totals | None:
    if raw is None:
        return None
    if not isinstance(raw, Mapping):
        raise ValueError("x-pagination.totals must be an object")
    return Totals(
        total=_optional_string(raw, "total"),
        last_page=_optional_string(raw, "last_page"),
        current_page=_optional_string(raw, "current_page"),
    )


def _mapping(raw: Mapping[str, object], key: str) -> Mapping[str, object]:
    value = raw.get(key)
    if not isinstance(value, Mapping):
        raise ValueError(f"x-pagination.{key} must be an object")
    return cast(Mapping[str, object], value)


def _string(raw: Mapping[str, object], key: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value:
        raise ValueError(f"x-pagination: {key} must be a non-empty string")
    return value


def _optional_string(raw: Mapping[str, object], key: str) -> str | None:
    return None if raw.get(key) is None else _string(raw, key)


def _integer(raw: Mapping[str, object], key: str) -> int:
    value = raw.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"x-pagination: {key} must be an integer")
    return value


def _optional_integer(raw: Mapping[str, object], key: str) -> int | None:
    return None if raw.get(key) is None else _integer(raw, key)


def _boolean(raw: Mapping[str, object], key: str) -> bool:
    value = raw.get(key)
    if not isinstance(value, bool):
        raise ValueError(f"x-pagination: {key} must be a boolean")
    return value


def _choice(raw: Mapping[str, object], key: str, allowed: frozenset[str]) -> str:
    value = raw.get(key)
    if value not in allowed:
        raise ValueError(f"x-pagination: {key} must be one of {sorted(allowed)}, got {value!r}")
    return str(value)


__all__ = ["LastPageSignal", "NextFrom", "PageSize", "PagingSpec", "Position", "Style", "Totals"]
