"""Building list pages in a vendor's own format from any list of records, as its ``x-pagination`` says."""

from __future__ import annotations

import base64
import copy
import math
from dataclasses import dataclass
from typing import Any

from loyalty_runtime.paging import PagingSpec
from loyalty_runtime.pointer import MISSING, parse, resolve


def set_pointer(document: Any, pointer: str, value: object) -> None:
    """Set the value at ``pointer``, creating objects on the way."""
    *parents, last = parse(pointer)
    for token in parents:
        document = document.setdefault(token, {})
    document[last] = value


def delete_pointer(document: Any, pointer: str) -> None:
    *parents, last = parse(pointer)
    for token in parents:
        document = document.get(token, {})
    document.pop(last, None)


class PositionError(ValueError):
    """The request's page or cursor does not point into the ledger."""


@dataclass(frozen=True)
class PageMaker:
    """Pages of one list operation: the envelope comes from a recorded middle page (more follow) and a recorded
    last page; records and pagination fields are filled in from the ledger."""

    paging: PagingSpec
    middle_page: dict[str, Any]
    last_page: dict[str, Any]

    def page_size(self, params: dict[str, str]) -> int:
        return int(params.get(self.paging.page_size.param, self.paging.page_size.default))

    def start(self, params: dict[str, str], records: list[dict[str, Any]]) -> int:
        """Index of the page's first record, from the request's position parameter."""
        position = self.paging.position
        value = params.get(position.param)
        size = self.page_size(params)
        if position.next == "increment":
            first = position.first if position.first is not None else 1
            return (int(value if value is not None else first) - first) * size
        if value is None:
            return 0
        if self.paging.style == "cursor" and position.next == "response":
            try:
                return int(base64.b64decode(value, validate=True).decode().removeprefix("idx:"))
            except ValueError as error:
                raise PositionError(f"unknown cursor {value!r}") from error
        ids = [str(resolve(record, self.paging.item_id)) for record in records]
        if value not in ids:
            raise PositionError(f"unknown record id {value!r}")
        return ids.index(value) + 1

    def page(self, params: dict[str, str], records: list[dict[str, Any]]) -> dict[str, Any]:
        """The page the request asks for, in the vendor's format."""
        paging = self.paging
        size = self.page_size(params)
        start = self.start(params, records)
        chunk = records[start : start + size]
        more = start + size < len(records)
        body = copy.deepcopy(self.middle_page if more else self.last_page)
        set_pointer(body, paging.items, copy.deepcopy(chunk))
        if paging.has_more is not None:
            set_pointer(body, paging.has_more, more)
        self._set_next(body, more, start + size, chunk)
        self._set_totals(body, params, size, len(records))
        return body

    def _set_next(self, body: dict[str, Any], more: bool, next_start: int, chunk: list[dict[str, Any]]) -> None:
        position = self.paging.position
        if position.next != "response" or position.pointer is None:
            return
        if more:
            token = (
                base64.b64encode(f"idx:{next_start}".encode()).decode()
                if self.paging.style == "cursor"
                else str(resolve(chunk[-1], self.paging.item_id))
            )
            set_pointer(body, position.pointer, token)
        elif resolve(self.last_page, position.pointer) is MISSING:
            delete_pointer(body, position.pointer)
        else:
            set_pointer(body, position.pointer, None)

    def _set_totals(self, body: dict[str, Any], params: dict[str, str], size: int, count: int) -> None:
        totals = self.paging.totals
        if totals is None:
            return
        values: dict[str | None, object] = {totals.total: count}
        position = self.paging.position
        if position.next == "increment":
            values[totals.current_page] = int(params.get(position.param, position.first or 1))
            values[totals.last_page] = max(1, math.ceil(count / size))
        for pointer, value in values.items():
            # A total the template leaves null (computed only on request) stays null.
            if pointer is not None and resolve(body, pointer) not in (MISSING, None):
                set_pointer(body, pointer, value)
