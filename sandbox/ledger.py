"""A customer's ledger, indexed so that serving a page costs O(page size) whatever the ledger's length.

A :class:`Ledger` is a list of records in the vendor's walk order. Beside it, it keeps views: one per distinct
filter set the requests use (the whole ledger is the view without a filter), each holding its records in walk
order and, once a cursor needs it, an id -> position index. A view is built by the first request that needs it
(one pass over the ledger), kept up to date when a record is added at either end (the earn rule adds one at the
head), and dropped on any other edit, to be rebuilt by the next request that needs it. A page is then a dict
lookup and a slice, and a total is a ``len()``.

Edit a ledger through its list methods (``insert``, ``append``, ``del``, slice assignment, ...): each keeps the
views right. A record changed in place (its id, a filtered field) is not seen: replace the record instead.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from typing import Any, SupportsIndex, overload

Record = dict[str, Any]

MAX_VIEWS = 16  # filtered views kept per ledger; the least recently used goes first


class View:
    """The records of a ledger that pass one filter (``keep``; ``None``: all of them), in walk order."""

    def __init__(self, records: list[Record], id_of: Callable[[Record], str], keep: Callable[[Record], bool] | None):
        self.records = records
        self.id_of = id_of
        self.keep = keep
        # Positions by id, built on first use: a record's position is its number plus ``_shift``, so that a
        # record added at the head shifts every other position by one step, not one write each.
        self._numbers: dict[str, int] | None = None
        self._shift = 0

    def position(self, record_id: str) -> int | None:
        """The position of the first record with this id, or ``None``."""
        found = self._index().get(record_id)
        return None if found is None else found + self._shift

    def _index(self) -> dict[str, int]:
        if self._numbers is None:
            numbers: dict[str, int] = {}
            for number, record in enumerate(self.records):
                numbers.setdefault(self.id_of(record), number)
            self._numbers, self._shift = numbers, 0
        return self._numbers

    def indexed(self) -> View:
        """This view with its positions built now (not by the first request that needs them)."""
        self._index()
        return self

    def _added(self, record: Record, *, head: bool, shared: bool) -> None:
        """Take in a record just added at the head or the tail of the ledger (already in ``records`` if shared)."""
        if self.keep is not None and not self.keep(record):
            return
        if not shared:
            if head:
                self.records.insert(0, record)
            else:
                self.records.append(record)
        if self._numbers is None:
            return
        if head:
            self._shift += 1
            self._numbers[self.id_of(record)] = -self._shift
        else:
            self._numbers.setdefault(self.id_of(record), len(self.records) - 1 - self._shift)


class Ledger(list[Record]):
    """Records in walk order, with the views of :func:`view` kept right across edits."""

    def __init__(self, records: Iterable[Record] = ()) -> None:
        super().__init__(records)
        self._views: dict[Hashable, View] = {}

    def view(self, key: Hashable, id_of: Callable[[Record], str], keep: Callable[[Record], bool] | None = None) -> View:
        """The view named ``key`` (the same key must always mean the same ``id_of`` and ``keep``): built now with
        one pass over the ledger if it is not kept, else as kept."""
        view = self._views.pop(key, None)
        if view is None:
            view = View(self if keep is None else [r for r in self if keep(r)], id_of, keep)
            filtered = [k for k, v in self._views.items() if v.keep is not None]
            if keep is not None and len(filtered) >= MAX_VIEWS:
                del self._views[filtered[0]]
        self._views[key] = view  # most recently used last
        return view

    def __reduce__(self) -> tuple[type[Ledger], tuple[list[Record]]]:
        """Copies and pickles are ledgers of the same records, their views built afresh."""
        return Ledger, (list(self),)

    # --- edits: an addition at either end updates the views, any other edit drops them --------------------------

    def _added(self, record: Record, *, head: bool) -> None:
        for view in self._views.values():
            view._added(record, head=head, shared=view.records is self)

    def _changed(self) -> None:
        self._views.clear()

    def insert(self, index: SupportsIndex, record: Record) -> None:
        count, at = len(self), index.__index__()
        at = min(max(0, at + count) if at < 0 else at, count)  # where list.insert puts it
        super().insert(at, record)
        if at == 0:
            self._added(record, head=True)
        elif at == count:
            self._added(record, head=False)
        else:
            self._changed()

    def append(self, record: Record) -> None:
        super().append(record)
        self._added(record, head=False)

    def extend(self, records: Iterable[Record]) -> None:
        for record in list(records):
            self.append(record)

    def __iadd__(self, records: Iterable[Record]) -> Ledger:  # type: ignore[override,misc]
        self.extend(records)
        return self

    def __imul__(self, times: SupportsIndex) -> Ledger:
        super().__imul__(times)
        self._changed()
        return self

    @overload
    def __setitem__(self, index: SupportsIndex, value: Record) -> None: ...

    @overload
    def __setitem__(self, index: slice, value: Iterable[Record]) -> None: ...

    def __setitem__(self, index: SupportsIndex | slice, value: Any) -> None:
        super().__setitem__(index, value)
        self._changed()

    def __delitem__(self, index: SupportsIndex | slice) -> None:
        super().__delitem__(index)
        self._changed()

    def pop(self, index: SupportsIndex = -1) -> Record:
        record = super().pop(index)
        self._changed()
        return record

    def remove(self, record: Record) -> None:
        super().remove(record)
        self._changed()

    def clear(self) -> None:
        super().clear()
        self._changed()

    def sort(self, *args: Any, **kwargs: Any) -> None:
        super().sort(*args, **kwargs)
        self._changed()

    def reverse(self) -> None:
        super().reverse()
        self._changed()
