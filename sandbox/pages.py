"""Building list pages in a vendor's own format from any list of records, as its ``x-pagination`` says."""

from __future__ import annotations

import base64
import binascii
import copy
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from generator.recordings import coerce_parameter
from loyalty_runtime.paging import PagingSpec
from loyalty_runtime.pointer import MISSING, parse, resolve


def set_pointer(document: Any, pointer: str, value: object) -> None:
    """Set the value at ``pointer``, creating objects on the way (array steps must exist)."""
    *parents, last = parse(pointer)
    for token in parents:
        document = document[int(token)] if isinstance(document, list) else document.setdefault(token, {})
    document[int(last) if isinstance(document, list) else last] = value


def delete_pointer(document: Any, pointer: str) -> None:
    *parents, last = parse(pointer)
    for token in parents:
        document = document.get(token, {})
    document.pop(last, None)


Find = Callable[[str], "int | None"]
"""The position of the record with this id in a page maker's records, or ``None`` (an index, not a scan)."""


class PositionError(ValueError):
    """The request's page or cursor does not point into the ledger; ``param`` names the parameter at fault."""

    def __init__(self, param: str, problem: str) -> None:
        super().__init__(f"{param}: {problem}")
        self.param = param
        self.problem = problem


@dataclass(frozen=True)
class Echo:
    """A page field that reports the value of a request parameter (from the spec's ``self`` response link)."""

    pointer: str
    param: str
    schema: dict[str, Any]


@dataclass(frozen=True)
class PageMaker:
    """Pages of one list operation: the envelope comes from a recorded middle page (more follow) and a recorded
    last page; records and pagination fields are filled in from the ledger and the request.

    Cursors the sandbox issues name a record (``base64("id:<record id>")``, the form the vendors' recorded cursors
    take), so a cursor keeps pointing at the same place while the ledger changes around it."""

    paging: PagingSpec
    middle_page: dict[str, Any]
    last_page: dict[str, Any]
    echoes: tuple[Echo, ...] = ()
    previous_pointer: str | None = None  # where the body carries the previous page's cursor (the ``prev`` link)
    previous_flags: tuple[str, ...] = ()  # booleans that say whether a previous page exists
    item_counts: tuple[str, ...] = ()  # integers that count the page's records
    totals_when: Mapping[str, Mapping[str, str]] = field(default_factory=dict)  # totals given only on request
    # The two templates without their recorded records: what each page copies (its records are set after).
    _bare_middle: dict[str, Any] = field(init=False, repr=False, compare=False)
    _bare_last: dict[str, Any] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for name, template in (("_bare_middle", self.middle_page), ("_bare_last", self.last_page)):
            bare = copy.deepcopy(template)
            if resolve(bare, self.paging.items) is not MISSING:
                set_pointer(bare, self.paging.items, [])
            object.__setattr__(self, name, bare)

    def page_size(self, params: dict[str, str]) -> int:
        return int(params.get(self.paging.page_size.param, self.paging.page_size.default))

    def window(
        self, params: dict[str, str], records: Sequence[dict[str, Any]], find: Find | None = None
    ) -> tuple[int, int]:
        """Indexes (start, end) of the page's records, from the request's position or reverse parameter; ``find``
        (a record id's position in ``records``, or ``None``) spares a scan of the records for a cursor."""
        position = self.paging.position
        size = self.page_size(params)
        value = params.get(position.param)
        if position.next == "increment":
            start = self.paging.first_record(params)  # a page, or a record offset when no page is sent
            return start, start + size
        reverse = params.get(position.reverse_param) if position.reverse_param is not None else None
        if reverse is not None and value is not None:
            raise PositionError(position.param, f"send at most one of {position.param} and {position.reverse_param}")
        if reverse is not None:
            end = self._index(str(position.reverse_param), reverse, records, find)
            return max(0, end - size), end
        start = 0 if value is None else self._index(position.param, value, records, find) + 1
        return start, start + size

    def _index(self, param: str, value: str, records: Sequence[dict[str, Any]], find: Find | None) -> int:
        wanted = self._cursor_record(param, value) if self._issues_cursors else value
        if find is not None:
            found = find(wanted)
            if found is not None:
                return found
        else:
            for index, record in enumerate(records):
                if str(resolve(record, self.paging.item_id)) == wanted:
                    return index
        problem = f"unknown cursor {value!r}" if self._issues_cursors else f"no record with id {value!r}"
        raise PositionError(param, problem)

    @property
    def _issues_cursors(self) -> bool:
        return self.paging.style == "cursor" and self.paging.position.next == "response"

    def position_of(self, record: dict[str, Any]) -> str:
        """What a cursor-style request sends to start after (or, as the reverse parameter, end before) ``record``:
        the cursor the sandbox issues for it, or its id."""
        return self._cursor(record) if self._issues_cursors else str(resolve(record, self.paging.item_id))

    def _cursor(self, record: dict[str, Any]) -> str:
        return base64.b64encode(f"id:{resolve(record, self.paging.item_id)}".encode()).decode()

    @staticmethod
    def _cursor_record(param: str, value: str) -> str:
        try:
            text = base64.b64decode(value, validate=True).decode()
        except (binascii.Error, UnicodeDecodeError) as error:
            raise PositionError(param, f"malformed cursor {value!r}") from error
        if not text.startswith("id:"):
            raise PositionError(param, f"malformed cursor {value!r}")
        return text.removeprefix("id:")

    def page(
        self,
        params: dict[str, str],
        records: Sequence[dict[str, Any]],
        find: Find | None = None,
        *,
        copy_records: bool = True,
    ) -> dict[str, Any]:
        """The page the request asks for, in the vendor's format: a slice of ``records`` (``find``: see
        :meth:`window`). Without ``copy_records`` the page shares its records with ``records`` (cheaper, for a
        body serialised at once)."""
        paging = self.paging
        start, end = self.window(params, records, find)
        chunk = list(records[start:end])
        more = bool(chunk) and end < len(records)
        body = copy.deepcopy(self._bare_middle if more else self._bare_last)
        set_pointer(body, paging.items, copy.deepcopy(chunk) if copy_records else chunk)
        if paging.has_more is not None:
            set_pointer(body, paging.has_more, more)
        self._set_next(body, more, chunk)
        self._set_previous(body, start > 0, chunk)
        self._set_totals(body, params, len(records))
        for pointer in self.item_counts:
            set_pointer(body, pointer, len(chunk))
        return body

    def _set_next(self, body: dict[str, Any], more: bool, chunk: list[dict[str, Any]]) -> None:
        position = self.paging.position
        if position.next != "response" or position.pointer is None:
            return
        if more:
            set_pointer(body, position.pointer, self.position_of(chunk[-1]))
        elif resolve(self.last_page, position.pointer) is MISSING:
            delete_pointer(body, position.pointer)
        else:
            set_pointer(body, position.pointer, None)

    def _set_previous(self, body: dict[str, Any], previous: bool, chunk: list[dict[str, Any]]) -> None:
        for pointer in self.previous_flags:
            set_pointer(body, pointer, previous)
        if self.previous_pointer is not None and resolve(body, self.previous_pointer) is not MISSING:
            set_pointer(body, self.previous_pointer, self._cursor(chunk[0]) if previous and chunk else None)

    def _set_totals(self, body: dict[str, Any], params: dict[str, str], count: int) -> None:
        size = self.page_size(params)
        values: dict[str | None, object] = {}
        for echo in self.echoes:  # fields reporting the request: its value, or the parameter's default
            sent = params.get(echo.param)
            values[echo.pointer] = echo.schema.get("default") if sent is None else coerce_parameter(sent, echo.schema)
        totals = self.paging.totals
        if totals is not None:
            values[totals.total] = count
            position = self.paging.position
            if position.next == "increment":
                values[totals.current_page] = int(params.get(position.param, position.first or 1))
                values[totals.last_page] = max(1, math.ceil(count / size))
        for pointer, value in values.items():
            if pointer is None:
                continue
            wanted = self.totals_when.get(pointer)
            if wanted is not None:  # computed only on request: null unless asked for
                asked = all(params.get(name) == sent for name, sent in wanted.items())
                set_pointer(body, pointer, value if asked else None)
            elif resolve(body, pointer) not in (MISSING, None):  # a total the template leaves null stays null
                set_pointer(body, pointer, value)
