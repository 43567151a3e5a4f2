"""Auto-pagination: walk every page of a list operation, or every record across pages, sync or async.

The walk is driven entirely by the operation's ``x-pagination`` declaration (:class:`PagingSpec`) and works on the
request's query parameters by their wire names, so the same engine serves page-number, cursor,
``starting_after_id`` and offset pagination for every vendor.

The guarantee: **every record present for the whole walk is yielded exactly once, or the walk raises**
:class:`PaginationError` (other failures raise their own ``LoyaltyError``). No record id is ever yielded twice.
Only record ids (and, for shifting walks, the offsets of recent ones) are remembered, never the records.

Cursor walks (``shifting: false``: cursor, ``starting_after_id``): the server's cursor is a stable position, so a
record id seen earlier anywhere in the walk means the server is re-serving records: ``PaginationError``. So do a
repeated cursor, a page that claims more but offers no next position, and an empty page that claims more.

Shifting walks (``shifting: true``: page numbers over a ledger that may change while the walk runs). Records
inserted or deleted before the walk's position move every later record; totals cannot reveal this (a deletion
plus an insertion keep the total). Each answer is an atomic snapshot of a contiguous *window* of the ledger, so the
engine thinks in record offsets and makes every window prove its own continuity:

- Page ``p`` of size ``s`` is the window of offsets ``[(p - first) * s, (p - first + 1) * s)``. The engine chooses
  each request's page *and* size (from half the caller's size, at least 2, up to the caller's; others only when
  none fits, larger ones within the documented maximum) so that the window covers the offset where it expects the
  last record it yielded, plus as many new offsets as possible. Where the spec declares a ``record_offset``
  parameter, a window may start at any record: the engine asks for the caller's size starting right at that
  offset (without the page parameter), so windows overlap by one record instead of by up to a page.
- A window is **anchored** when it holds a record already yielded (or it is the walk's first window, or it starts
  at offset 0 of a walk that started there). Proof sketch, assuming records never swap places: the invariant is
  that every record present throughout the walk that sorts before a yielded record has been yielded. A window is
  contiguous, so each such record between its last already-yielded record and its end is in it: yielding the
  records after that one keeps the invariant; unyielded records *before* it can only have been inserted during the
  walk, and are left out. A last-page signal on an anchored window shows the ledger's tail, so when the walk ends
  every record present throughout sorts before a yielded one: all were yielded.
- A window that is not anchored (records shifted past it, or its anchor was deleted) is only a probe: nothing is
  yielded and its last-page signals (short or empty page, ``has_more`` false, a declared end error) are ignored; the
  engine looks back, twice as far each time but never before the walk's first offset, until a window is anchored.
  Reaching the walk's first offset unanchored (only possible for a walk resumed at a later page) raises
  ``PaginationError``.
- Where an anchor stands tells how far records moved since it was seen; the next window also covers where the
  last yielded record would be after a like move, so a ledger that keeps growing at its head is still walked. After
  a look-back the engine creeps forward from the anchor until a new record shows.
- Requests in a row that yield nothing new are bounded (:data:`FRUITLESS_LIMIT` plus two re-reads of what was
  yielded): past that, ``PaginationError``. A short page is measured against the size requested for that window;
  Yuko-style totals are still checked.

Under reordering no walk can promise exactly-once delivery; the engine still never yields an id twice.

``sync_pages``/``asyncio_pages`` yield cursor pages as answered; on shifting walks they yield each anchored window,
its page model's records list narrowed (in place) to the records not yielded before, so pages too give every record
once (a window with nothing new gives a page without records); look-back probes are not yielded. ``max_pages``
counts pages yielded, ``max_items`` records yielded. Each request is retried on its own by the transport.

Concurrent walks (``concurrency`` above 1; default :data:`DEFAULT_CONCURRENCY`). A shifting walk bets that nothing
moves: it requests ahead the windows it would choose if every answer were full and anchored where expected
(:meth:`_WindowWalk.following`), up to ``concurrency`` requests under way, and feeds the answers to the same step
machine strictly in order. An answer is used only when the machine itself chose its window at that point, so the
walk sees exactly what a one-at-a-time walk could have seen (each answer is an atomic snapshot whenever it was
taken, which the anchoring argument above never relied on): the same records, order, errors and guarantees. At the
first surprise (a shift, a short page, the end, an error) the requests ahead are dropped (async: cancelled and
ended before anything else is sent; sync: their answers are never read) and the walk goes on from its own choice.
Any retry wait (429, ``Retry-After``, a failure retried) of a request under way drops the walk to one request and
holds every new one until that request is answered; each answer then allows one more (additive increase). Sync
walks send from a small thread pool (``concurrency`` threads, per walk; the sync httpx client is thread-safe);
async walks use tasks. A cursor walk cannot send ahead (each request needs the previous answer's cursor), but with
``concurrency`` above 1 it works one page ahead of its caller: as soon as an answer gives the next cursor, the next
request is sent (sync: on a thread of the walk's own; async: as a task), then the answer's records are handed out,
so the next page travels, and is decoded, while the caller works on this one. One request is under way at a time
whatever ``concurrency`` says; the walk's checks run on each answer in order, before its records are handed out.
At ``concurrency`` 1 (the default) no request is sent before the caller asks for a record it needs, so a caller that
stops early never causes a request it did not need. Whatever the style, a walk that ends, fails or is abandoned
(closed, or collected) first ends every request it has under way: async ones are cancelled, sync ones are waited
for (a thread cannot be interrupted; each request is bounded by its own timeouts and deadline), so no request or
thread outlives the walk.

Memory: ids are kept once per walk in an :class:`~loyalty_runtime.idset.IdSet`: the first 16,384 as they are,
later ones as 64-bit fingerprints (about 10 bytes an id); a shifting walk keeps positions only for a bounded tail of
recent records (:data:`TAIL`), so a shift further back than that raises ``PaginationError``. The set never misses an
id; two ids share a fingerprint with a chance below n**2 / 2**64 for n records, and then a new record looks yielded.
A cursor walk raises ``PaginationError``. A shifting walk takes it for a held record: were it the window's last
one, the anchor, it has no remembered position (only records held or yielded get one) and the walk raises; else it
lies before the anchor and is left out as any record there is, and its remembered position is safe to anchor on
later, as it was seen before a record yielded (so every record present throughout before it was yielded too).
Either way no record is yielded twice, and none present throughout is left out by a walk that ends normally.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections import deque
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import compress
from typing import Any, Protocol, TypeVar, cast

from loyalty_runtime.errors import (
    APIStatusError,
    AuthenticationError,
    InternalServerError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
)
from loyalty_runtime.idset import IdSet
from loyalty_runtime.paging import PagingSpec
from loyalty_runtime.pointer import MISSING, parse, resolve
from loyalty_runtime.types import Response, Unset

P = TypeVar("P")
I = TypeVar("I")  # noqa: E741 - the conventional name for an item type

_NOT_AN_END = (AuthenticationError, PermissionDeniedError, RateLimitError, InternalServerError)

OnWait = Callable[[float], None]


class SendPage(Protocol[P]):
    """Sends one page's request; a concurrent walk passes a second argument, told of each wait before a retry."""

    def __call__(self, request: dict[str, Any], on_wait: OnWait | None = None, /) -> Response[P]: ...


class SendPageAsync(Protocol[P]):
    """The async twin of :class:`SendPage`."""

    def __call__(self, request: dict[str, Any], on_wait: OnWait | None = None, /) -> Awaitable[Response[P]]: ...


Records = Callable[[P], Sequence[I]]

TAIL = 1024
"""Page-number walks keep the positions of at least this many of the latest records yielded (and of eight pages):
a window is anchored on one of them."""

FRUITLESS_LIMIT = 16
"""Requests in a row that may yield nothing new (re-reads while recovering from shifts) before a walk gives up,
besides two re-reads of every page yielded so far."""


@dataclass(frozen=True)
class _Step:
    """What one answer means: the indices of its records to hand out (``None``: not a page to yield) and whether
    the walk is over."""

    keep: range | None
    done: bool
    count: int = 0  # how many records the answer holds


class _Walk(Protocol):
    def request(self) -> dict[str, Any]: ...

    def receive(self, body: object) -> _Step: ...

    def ends_on(self, error: APIStatusError) -> _Step | None: ...


def _start(paging: PagingSpec, kwargs: dict[str, Any], max_pages: int | None) -> dict[str, Any]:
    """The first request's keyword arguments, with the page size always sent (a short page needs a known size)."""
    if max_pages is not None and max_pages < 1:
        raise ValueError(f"max_pages must be 1 or more, got {max_pages}")
    params = dict(kwargs.get("params") or {})
    size = paging.page_size
    params.setdefault(size.param, size.default)
    paging.check_page_size(int(params[size.param]))
    return {**kwargs, "params": params}


Key = str | int
"""A record id as a walk remembers it: ids equal as text are equal keys, and integral ones (``7``, ``"7"``) are
kept as ints, which take about half the memory of their text."""

_INT_KEYS = 10**18


def _key(value: object) -> Key:
    """The key of a record id: its text, or the integer it spells when that text is a plain decimal number."""
    if type(value) is int and 0 <= value < _INT_KEYS:
        return value
    text = value if type(value) is str else str(value)
    if text.isascii() and text.isdigit() and len(text) <= 18 and (text[0] != "0" or text == "0"):
        return int(text)
    return text


def _ids(paging: PagingSpec, body: object) -> list[Key]:
    """The ids of the page's records; a page that cannot be read as the spec says is a ``PaginationError``."""
    try:
        records = paging.items_of(body)
    except ValueError as error:
        raise PaginationError(str(error)) from error
    ids = _fast_ids(paging.item_id, records)
    if ids is None:
        ids = []
        for record in records:
            value = resolve(record, paging.item_id)
            if value is MISSING or value is None:
                raise PaginationError(f"a record has no id at {paging.item_id}")
            ids.append(_key(value))
    if len(set(ids)) != len(ids):
        repeated = next(key for key in ids if ids.count(key) > 1)
        raise PaginationError(f"record {repeated} appears twice on one page")
    return ids


def _fast_ids(pointer: str, records: list[object]) -> list[Key] | None:
    """The ids at a one-step pointer (``/id``), read without per-record pointer work; ``None`` when some record
    does not have one there (the careful path then says which)."""
    tokens = _tokens(pointer)
    if len(tokens) != 1:
        return None
    key = tokens[0]
    try:
        values = [record[key] for record in records]  # type: ignore[index]
    except (KeyError, TypeError, IndexError):
        return None
    if None in values:
        return None
    return _keys(values)


def _keys(values: list[object]) -> list[Key]:
    """The :func:`_key` of each value, in bulk: a page of plain decimal texts converts at C speed (each must spell
    its number exactly, as ``_key`` asks); other pages take ``_key`` inlined for the common cases."""
    if values and type(values[0]) is str:
        try:
            numbers = list(map(int, cast(list[str], values)))
        except (TypeError, ValueError):
            pass
        else:
            if min(numbers) >= 0 and max(numbers) < _INT_KEYS and list(map(str, numbers)) == values:
                return cast(list[Key], numbers)  # a list of ints is a list of keys: nothing else is added to it
    return [
        value
        if (type(value) is str and not value.isdigit()) or (type(value) is int and 0 <= value < _INT_KEYS)
        else _key(value)
        for value in values
    ]


_TOKENS: dict[str, tuple[str, ...]] = {}


def _tokens(pointer: str) -> tuple[str, ...]:
    tokens = _TOKENS.get(pointer)
    if tokens is None:
        tokens = _TOKENS[pointer] = parse(pointer)
    return tokens


def _is_last(paging: PagingSpec, body: object, size: int) -> bool:
    try:
        return paging.is_last_page(body, size)
    except ValueError as error:
        raise PaginationError(str(error)) from error


@dataclass
class _CursorWalk:
    """A walk whose positions come from the server (or increment over records that cannot shift)."""

    paging: PagingSpec
    kwargs: dict[str, Any]
    max_pages: int | None
    pages: int = 0
    positions_sent: set[str] = field(default_factory=set)
    seen: IdSet = field(default_factory=IdSet)

    @property
    def position(self) -> object:
        return self.kwargs["params"].get(self.paging.position.param)

    def request(self) -> dict[str, Any]:
        if self.position is not None:
            self.positions_sent.add(str(self.position))
        return self.kwargs

    def ends_on(self, error: APIStatusError) -> _Step | None:
        """A declared end error after the first page only means "no more results"."""
        return _Step(None, True) if self.paging.is_end_error(error.code, self.pages + 1) and self.pages else None

    def receive(self, body: object) -> _Step:
        paging = self.paging
        self.pages += 1
        ids = _ids(paging, body)
        repeated = None if self.seen.isdisjoint(ids) else next(key for key in ids if key in self.seen)
        if repeated is not None:
            raise PaginationError(f"record {repeated} was already yielded earlier in the walk: the server repeats")
        self.seen.update(ids)
        keep = range(len(ids))
        size = int(self.kwargs["params"][paging.page_size.param])
        if _is_last(paging, body, size) or (self.max_pages is not None and self.pages >= self.max_pages):
            return _Step(keep, True, len(ids))
        if not ids:
            raise PaginationError(f"page {self.pages} is empty but says more pages follow")
        try:
            following = paging.next_position(self.position, body)
        except ValueError as error:
            raise PaginationError(str(error)) from error
        if following is None:
            raise PaginationError(f"page {self.pages} says more pages follow but gives no {paging.position.param}")
        if str(following) in self.positions_sent or str(following) == str(self.position):
            raise PaginationError(
                f"page {self.pages} points back to {paging.position.param}={following!r}, already requested"
            )
        self.kwargs = {**self.kwargs, "params": {**self.kwargs["params"], paging.position.param: following}}
        return _Step(keep, False, len(ids))


@dataclass
class _WindowWalk:
    """A page-number walk over records that can shift: each request is a window of offsets that must overlap
    what was already yielded (see the module docstring)."""

    paging: PagingSpec
    kwargs: dict[str, Any]
    max_pages: int | None
    size: int = 0  # the caller's page size
    start: int = 0  # the offset of the walk's first record
    window: tuple[int, int] = (0, 0)  # (offset of its first record, page size) of the request being made
    requests: int = 0
    pages: int = 0
    fruitless: int = 0
    reach: int = 0  # how far back the next recovery window starts (doubles while recovering)
    yielded: IdSet = field(default_factory=IdSet)
    # Where recently yielded records were last seen (id -> offset), in two generations so that only a bounded
    # tail is kept: anchors are found among the latest records yielded, far back only after huge shifts.
    recent: dict[Key, int] = field(default_factory=dict)
    older: dict[Key, int] = field(default_factory=dict)
    last: Key | None = None  # the id yielded last
    predict: bool = True  # whether to expect the last yielded record where the previous windows put it

    def __post_init__(self) -> None:
        params = self.kwargs["params"]
        position = self.paging.position
        self.size = int(params[self.paging.page_size.param])
        page = params.get(position.param)
        if page is not None and int(page) < (position.first or 0):
            raise ValueError(f"{position.param} must be at least {position.first}, got {page}")
        self.start = self.paging.first_record(params)
        self.window = (self.start, self.size)

    def request(self) -> dict[str, Any]:
        self.requests += 1
        if self.requests == 1:
            return self.kwargs  # the caller's own first request (no page parameter when none was given)
        return self.asking(self.window)

    def asking(self, window: tuple[int, int]) -> dict[str, Any]:
        """The keyword arguments of a request for ``window`` (offset of its first record, page size): by record
        offset where the spec declares one (the page parameter left out, as it would win), else by page."""
        first, size = window
        paging = self.paging
        params = {**self.kwargs["params"], paging.page_size.param: size}
        if paging.record_offset is not None:
            params.pop(paging.position.param, None)
            params[paging.record_offset] = first
        else:
            params[paging.position.param] = first // size + (paging.position.first or 0)
        return {**self.kwargs, "params": params}

    def following(self, window: tuple[int, int]) -> tuple[int, int] | None:
        """The window this walk will choose after ``window`` if its answer is full and nothing moved (what a
        concurrent walk requests ahead); ``None`` when no window would do."""
        first, size = window
        end = max(first + size - 1, self.start)
        try:
            return self._choose(end, end) or self._stretch(end)
        except PaginationError:
            return None

    def ends_on(self, error: APIStatusError) -> _Step | None:
        """A declared end error after the first request reads as an empty window: no records there."""
        if self.requests > 1 and self.paging.is_end_error(error.code, self.requests):
            return self._receive(None, [])
        return None

    def receive(self, body: object) -> _Step:
        return self._receive(body, _ids(self.paging, body))

    def _receive(self, body: object, ids: list[Key]) -> _Step:
        first, size = self.window
        held = list(compress(range(len(ids)), self.yielded.holding(ids)))
        if not held and self.requests > 1 and not (first == 0 and self.start == 0):
            self._recover(first)
            return _Step(None, False)
        self.reach = 0
        anchor = held[-1] if held else -1
        keep = range(anchor + 1, len(ids))
        target = self._target(first, ids, anchor)  # before the offsets below are updated
        self._remember(first, ids, held, anchor)
        if keep:
            self.last, self.predict = ids[-1], True
        self.pages += 1
        last_page = not ids if body is None else _is_last(self.paging, body, size)
        if last_page or (self.max_pages is not None and self.pages >= self.max_pages):
            return _Step(keep, True, len(ids))
        self._count(bool(keep))
        self._check_totals(body)
        if not ids:
            raise PaginationError(f"{self._named(self.window)} is empty but says more follow")
        expected, moved = (max(offset, self.start) for offset in (target[0], target[0] + target[1]))
        # Cover the last yielded record whether or not records move again as they just did, if a window can.
        low, high = sorted((expected, moved))
        self.window = self._choose(low, high) or self._choose(expected, expected) or self._stretch(expected)
        return _Step(keep, False, len(ids))

    def _remember(self, first: int, ids: list[Key], held: list[int], anchor: int) -> None:
        recent = self.recent
        for k in held:
            recent[ids[k]] = first + k
        fresh = ids[anchor + 1 :]
        self.yielded.update(fresh)
        recent.update(zip(fresh, range(first + anchor + 1, first + len(ids)), strict=True))
        if len(recent) > max(TAIL, 8 * self.size):
            self.older, self.recent = recent, {}

    def _offset(self, key: Key) -> int:
        offset = self.recent.get(key)
        if offset is None:
            offset = self.older.get(key)
        if offset is None:
            raise PaginationError(f"the records shifted further back than the walk keeps positions for (record {key})")
        return offset

    def _target(self, first: int, ids: list[Key], anchor: int) -> tuple[int, int]:
        """Where the last yielded record is expected now, and how far the anchor shows records moved since."""
        end = first + len(ids) - 1
        if anchor < 0:
            return end, 0
        now = first + anchor
        moved = now - self._offset(ids[anchor])
        if self.predict and anchor == len(ids) - 1 and self.last is not None and self.last != ids[anchor]:
            # The window ends among records yielded before: the last one yielded lies beyond it. Once a window
            # had to look back for an anchor, the records in between moved: creep on until a new record shows.
            return max(end, now + self._offset(self.last) - self._offset(ids[anchor])), moved
        return end, moved

    def _recover(self, first: int) -> None:
        """An unanchored window: look further back, twice as far as last time, never before the walk's start."""
        if first <= self.start:
            raise PaginationError(
                "the records shifted and no window back to the walk's first page holds a record already yielded"
            )
        self._count(False)
        self.predict = False
        self.reach = max(self.reach * 2, self.window[1] - 1, 1)
        back = max(self.start, first - self.reach)
        self.window = self._choose(back, back) or self._stretch(back)

    def _count(self, fruitful: bool) -> None:
        """Re-reads in a row are bounded: enough to read everything yielded so far twice, plus a fixed margin."""
        self.fruitless = 0 if fruitful else self.fruitless + 1
        if self.fruitless > FRUITLESS_LIMIT + 2 * len(self.yielded) // self.size:
            raise PaginationError(f"{self.fruitless} requests in a row found no new record: the records keep shifting")

    def _choose(self, low: int, high: int) -> tuple[int, int] | None:
        """The window (first offset, size) covering offsets ``low``..``high`` and the most offsets after ``high``,
        the larger size on a tie, among sizes from half the caller's (at least 2, or one window could not overlap
        the next) up to the caller's; then, where the spec documents a maximum, larger sizes up to the caller's plus
        the span to cover; then smaller sizes. Past the caller's size only within a documented maximum: a server
        may clamp to an undocumented one, and a clamped page would read as a short last page. With a record offset
        the window simply starts at ``low``, of the caller's size (at least 2) or, within a documented maximum,
        larger by the span to cover."""
        bounds = self.paging.page_size
        floor = max(bounds.minimum, 2)
        smallest = max(floor, math.ceil(self.size / 2))
        usual = max(self.size, smallest)
        if self.paging.record_offset is not None:
            size = usual if bounds.maximum is None else max(usual, min(bounds.maximum, usual + high - low))
            return (low, size) if low + size - 1 > high else None
        phases = [range(smallest, usual + 1), range(floor, smallest)]
        if bounds.maximum is not None:
            phases.insert(1, range(usual + 1, min(bounds.maximum, usual + high - low) + 1))
        for sizes in phases:
            gained, chosen = 0, 0
            for size in sizes:  # ascending: on a tie the larger size wins
                gain = (low // size + 1) * size - 1 - high
                if gain > 0 and gain >= gained:
                    gained, chosen = gain, size
            if chosen:
                return low // chosen * chosen, chosen
        return None

    def _stretch(self, offset: int) -> tuple[int, int]:
        """The last resort: the smallest size past the caller's whose page holds ``offset`` and one more (there is
        one, up to ``offset + 2``, unless the documented maximum is lower: then ``PaginationError``)."""
        bounds = self.paging.page_size
        top = offset + 2 if bounds.maximum is None else min(bounds.maximum, offset + 2)
        for size in range(max(self.size, 2) + 1, top + 1):
            if offset % size != size - 1:
                return offset // size * size, size
        raise PaginationError(f"no page size up to the documented maximum holds offset {offset} and one more")

    def _named(self, window: tuple[int, int]) -> str:
        """How an error names a window: by the parameter that asked for it."""
        first, size = window
        if self.paging.record_offset is not None:
            return f"the page at {self.paging.record_offset} {first}"
        return f"page {first // size + (self.paging.position.first or 0)}"

    def _check_totals(self, body: object) -> None:
        totals = self.paging.totals
        if totals is None or totals.last_page is None or totals.current_page is None:
            return
        last, current = resolve(body, totals.last_page), resolve(body, totals.current_page)
        if isinstance(last, int) and isinstance(current, int) and last > 0 and current > last:
            raise PaginationError(f"page {current} is past the last page {last} yet says more pages follow")


def _walk(paging: PagingSpec, kwargs: dict[str, Any], max_pages: int | None) -> _Walk:
    kwargs = _start(paging, kwargs, max_pages)
    if paging.shifting and paging.position.next == "increment":
        return _WindowWalk(paging, kwargs, max_pages)
    return _CursorWalk(paging, kwargs, max_pages)


@dataclass
class _Handout:
    """Narrows each yielded page's records to those the walk hands out, cut at ``max_items``."""

    records: Records[Any, Any]
    max_items: int | None
    log: logging.Logger | None = None  # told of each page at DEBUG, with the walk it belongs to
    walk: _Walk | None = None
    count: int = 0
    pages: int = 0

    def __post_init__(self) -> None:
        if self.max_items is not None and self.max_items < 1:
            raise ValueError(f"max_items must be 1 or more, got {self.max_items}")

    @property
    def exhausted(self) -> bool:
        return self.max_items is not None and self.count >= self.max_items

    def narrow(self, page: object, step: _Step) -> list[Any]:
        """The records to hand out; the page model's own records list is narrowed to them, in place."""
        typed = self.records(page)
        if len(typed) != step.count:
            raise PaginationError(f"the decoded page has {len(typed)} records but the body has {step.count}")
        keep = step.keep or range(0)
        kept = list(typed[keep.start : keep.stop])
        if self.max_items is not None:
            kept = kept[: self.max_items - self.count]
        self.count += len(kept)
        if isinstance(typed, list) and len(kept) != len(typed):
            typed[:] = kept
        self.pages += 1
        if self.log is not None and self.walk is not None and self.log.isEnabledFor(logging.DEBUG):
            after = "last page" if step.done else f"next {_next_position(self.walk)}"
            self.log.debug("page %d: %d records, %d handed out; %s", self.pages, step.count, len(kept), after)
        return kept


def _next_position(walk: _Walk) -> str:
    """Where a walk goes next, as the query arguments that say it (for the DEBUG log)."""
    if isinstance(walk, _WindowWalk):
        params = walk.asking(walk.window)["params"]
        names: tuple[str, ...] = (walk.paging.position.param, walk.paging.page_size.param)
    elif isinstance(walk, _CursorWalk):
        params, names = walk.kwargs["params"], (walk.paging.position.param,)
    else:
        return "?"
    return " ".join(f"{name}={params.get(name)!r}" for name in names)


def _ending(walk: _Walk, error: APIStatusError) -> _Step:
    """An error answer is raised unless the spec declares it a sign of "no more records" here.

    Never when the status says something else failed (credentials, permission, rate limit, the server), whatever
    code the body carries: ending there would silently drop the rest of the ledger.
    """
    step = None if isinstance(error, _NOT_AN_END) else walk.ends_on(error)
    if step is None:
        raise error
    return step


def _pages(walk: _Walk, send: SendPage[P], handout: _Handout) -> Iterator[tuple[P, list[Any]]]:
    """The pages to yield, each with its records to hand out (the step machine lives in the walk)."""
    while True:
        try:
            response = send(walk.request())
        except APIStatusError as error:
            step = _ending(walk, error)
        else:
            step = walk.receive(response.raw_json)
            if step.keep is not None:
                yield response.parsed, handout.narrow(response.parsed, step)
        if step.done or handout.exhausted:
            return


async def _apages(walk: _Walk, send: SendPageAsync[P], handout: _Handout) -> AsyncGenerator[tuple[P, list[Any]]]:
    """The async twin of :func:`_pages`: the same walk, awaiting each answer."""
    while True:
        try:
            response = await send(walk.request())
        except APIStatusError as error:
            step = _ending(walk, error)
        else:
            step = walk.receive(response.raw_json)
            if step.keep is not None:
                yield response.parsed, handout.narrow(response.parsed, step)
        if step.done or handout.exhausted:
            return


DEFAULT_CONCURRENCY = 1
"""Requests a walk keeps under way unless told otherwise: one, as a walk without look-ahead would."""


def checked_concurrency(concurrency: int | None, default: int) -> int:
    """``concurrency`` (or ``default`` when ``None``) when it is an integer of 1 or more, else an error."""
    value = default if concurrency is None else concurrency
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"concurrency must be an integer, got {type(value).__name__}")
    if value < 1:
        raise ValueError(f"concurrency must be 1 or more, got {value}")
    return value


@dataclass(eq=False)
class _Ahead:
    """One request of a concurrent walk: its window, its answer to come, and whether it had to wait for a retry."""

    window: tuple[int, int]
    answer: Future[Any] | asyncio.Future[Any] | None = None
    waited: bool = False

    def waiting(self, seconds: float) -> None:  # called from the thread or task sending it
        self.waited = True


@dataclass
class _Pace:
    """How many requests a concurrent walk may have under way. A retry wait of any of them (429, ``Retry-After``,
    a failure retried) drops it to one and holds every new request until that request is answered, so the wait is
    honoured by the whole walk; each answer then allows one more, up to ``limit``."""

    limit: int
    allowed: int = 0
    sent: list[_Ahead] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.allowed = self.limit

    def track(self, entry: _Ahead) -> _Ahead:
        self.sent = [e for e in self.sent if e.answer is None or not e.answer.done()]
        self.sent.append(entry)
        return entry

    def held(self) -> bool:
        if any(e.waited and e.answer is not None and not e.answer.done() for e in self.sent):
            self.allowed = 1
            return True
        return False

    def answered(self, entry: _Ahead) -> None:
        self.allowed = 1 if entry.waited else min(self.limit, self.allowed + 1)


def _ahead(walk: _WindowWalk, queue: deque[_Ahead], pace: _Pace, send: Callable[[_Ahead], _Ahead]) -> None:
    """Request ahead the windows the walk will choose if nothing moves, while the pace allows."""
    while queue and len(queue) < pace.allowed and not pace.held():
        if walk.max_pages is not None and walk.pages + len(queue) >= walk.max_pages:
            return
        window = walk.following(queue[-1].window)
        if window is None:
            return
        queue.append(send(_Ahead(window)))


def _pages_ahead(
    walk: _WindowWalk, send: SendPage[P], handout: _Handout, concurrency: int
) -> Iterator[tuple[P, list[Any]]]:
    """:func:`_pages` with up to ``concurrency`` windows requested ahead on a thread pool (the sync httpx client is
    thread-safe). Answers go through the walk strictly in order; the first one that makes the walk choose another
    window than the one requested next drops every request ahead (their answers are never read)."""
    pace = _Pace(concurrency)
    pool = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="loyalty-walk")
    queue: deque[_Ahead] = deque()

    def submit(entry: _Ahead, request: dict[str, Any] | None = None) -> _Ahead:
        entry.answer = pool.submit(send, walk.asking(entry.window) if request is None else request, entry.waiting)
        return pace.track(entry)

    try:
        while True:
            if queue and queue[0].window != walk.window:
                for entry in queue:
                    assert entry.answer is not None
                    entry.answer.cancel()
                queue.clear()
            if queue:
                walk.request()  # the walk's own choice is already under way
            else:
                queue.append(submit(_Ahead(walk.window), walk.request()))
            _ahead(walk, queue, pace, submit)
            entry = queue.popleft()
            assert isinstance(entry.answer, Future)
            try:
                response = entry.answer.result()
            except APIStatusError as error:
                step = _ending(walk, error)
            else:
                pace.answered(entry)
                step = walk.receive(response.raw_json)
                if step.keep is not None:
                    yield response.parsed, handout.narrow(response.parsed, step)
            if step.done or handout.exhausted:
                return
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # no request outlives the walk


async def _apages_ahead(
    walk: _WindowWalk, send: SendPageAsync[P], handout: _Handout, concurrency: int
) -> AsyncGenerator[tuple[P, list[Any]]]:
    """The async twin of :func:`_pages_ahead`, with tasks; requests dropped are cancelled, and have ended before
    any other is sent."""
    pace = _Pace(concurrency)
    queue: deque[_Ahead] = deque()

    def submit(entry: _Ahead, request: dict[str, Any] | None = None) -> _Ahead:
        sent = send(walk.asking(entry.window) if request is None else request, entry.waiting)
        entry.answer = asyncio.ensure_future(sent)
        return pace.track(entry)

    async def drop() -> None:
        tasks = [entry.answer for entry in queue if isinstance(entry.answer, asyncio.Future)]
        queue.clear()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    try:
        while True:
            if queue and queue[0].window != walk.window:
                await drop()
            if queue:
                walk.request()
            else:
                queue.append(submit(_Ahead(walk.window), walk.request()))
            _ahead(walk, queue, pace, submit)
            entry = queue.popleft()
            assert isinstance(entry.answer, asyncio.Future)
            try:
                response = await entry.answer
            except APIStatusError as error:
                step = _ending(walk, error)
            else:
                pace.answered(entry)
                step = walk.receive(response.raw_json)
                if step.keep is not None:
                    yield response.parsed, handout.narrow(response.parsed, step)
            if step.done or handout.exhausted:
                return
    finally:
        await drop()


def _pages_overlapped(walk: _CursorWalk, send: SendPage[P], handout: _Handout) -> Iterator[tuple[P, list[Any]]]:
    """:func:`_pages` one page ahead of the caller: each answer's next request is sent, on the walk's own thread,
    before the answer's records are handed out."""
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="loyalty-walk")
    under_way: Future[Response[P]] | None = pool.submit(send, walk.request())
    try:
        while under_way is not None:
            answer, under_way = under_way, None
            handing: tuple[P, list[Any]] | None = None
            try:
                response = answer.result()
            except APIStatusError as error:
                step = _ending(walk, error)
            else:
                step = walk.receive(response.raw_json)
                if step.keep is not None:
                    handing = response.parsed, handout.narrow(response.parsed, step)
            if not (step.done or handout.exhausted):
                under_way = pool.submit(send, walk.request())
            if handing is not None:
                yield handing
    finally:
        if under_way is not None:
            under_way.cancel()
        pool.shutdown(wait=True)  # no request outlives the walk


async def _apages_overlapped(
    walk: _CursorWalk, send: SendPageAsync[P], handout: _Handout
) -> AsyncGenerator[tuple[P, list[Any]]]:
    """The async twin of :func:`_pages_overlapped`: the next request is a task, started before the records are
    handed out; the task under way is cancelled, and has ended, when the walk ends or is abandoned."""
    under_way: asyncio.Future[Response[P]] | None = asyncio.ensure_future(send(walk.request()))
    try:
        while under_way is not None:
            handing: tuple[P, list[Any]] | None = None
            try:
                response = await under_way
            except APIStatusError as error:
                step = _ending(walk, error)
            else:
                step = walk.receive(response.raw_json)
                if step.keep is not None:
                    handing = response.parsed, handout.narrow(response.parsed, step)
            under_way = None
            if not (step.done or handout.exhausted):
                under_way = asyncio.ensure_future(send(walk.request()))
                await asyncio.sleep(0)  # let the request go out before the caller takes the records
            if handing is not None:
                yield handing
    finally:
        if under_way is not None and not under_way.done():
            under_way.cancel()
            await asyncio.gather(under_way, return_exceptions=True)


def _driven(walk: _Walk, send: SendPage[P], handout: _Handout, concurrency: int) -> Iterator[tuple[P, list[Any]]]:
    if concurrency > 1 and isinstance(walk, _WindowWalk):
        return _pages_ahead(walk, send, handout, concurrency)
    if concurrency > 1 and isinstance(walk, _CursorWalk):
        return _pages_overlapped(walk, send, handout)
    return _pages(walk, send, handout)


def _adriven(
    walk: _Walk, send: SendPageAsync[P], handout: _Handout, concurrency: int
) -> AsyncGenerator[tuple[P, list[Any]]]:
    if concurrency > 1 and isinstance(walk, _WindowWalk):
        return _apages_ahead(walk, send, handout, concurrency)
    if concurrency > 1 and isinstance(walk, _CursorWalk):
        return _apages_overlapped(walk, send, handout)
    return _apages(walk, send, handout)


def iter_pages(
    paging: PagingSpec,
    kwargs: dict[str, Any],
    send: SendPage[P],
    records: Records[P, Any],
    *,
    max_pages: int | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    log: logging.Logger | None = None,
) -> Iterator[P]:
    """Each page's decoded model, from the position in ``kwargs`` (or the first page) to the last; each page is
    logged to ``log`` at DEBUG."""
    walk = _walk(paging, kwargs, max_pages)
    handout = _Handout(records, None, log, walk)
    for page, _ in _driven(walk, send, handout, concurrency):
        yield page


def iter_items(
    paging: PagingSpec,
    kwargs: dict[str, Any],
    send: SendPage[P],
    records: Records[P, I],
    *,
    max_pages: int | None = None,
    max_items: int | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    log: logging.Logger | None = None,
) -> Iterator[I]:
    """Every record across pages, each once, in the vendor's order."""
    walk = _walk(paging, kwargs, max_pages)
    handout = _Handout(records, max_items, log, walk)
    for _, items in _driven(walk, send, handout, concurrency):
        yield from items


async def aiter_pages(
    paging: PagingSpec,
    kwargs: dict[str, Any],
    send: SendPageAsync[P],
    records: Records[P, Any],
    *,
    max_pages: int | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    log: logging.Logger | None = None,
) -> AsyncIterator[P]:
    """The async twin of :func:`iter_pages`."""
    walk = _walk(paging, kwargs, max_pages)
    handout = _Handout(records, None, log, walk)
    pages = _adriven(walk, send, handout, concurrency)
    try:
        async for page, _ in pages:
            yield page
    finally:
        await pages.aclose()


async def aiter_items(
    paging: PagingSpec,
    kwargs: dict[str, Any],
    send: SendPageAsync[P],
    records: Records[P, I],
    *,
    max_pages: int | None = None,
    max_items: int | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    log: logging.Logger | None = None,
) -> AsyncIterator[I]:
    """The async twin of :func:`iter_items`."""
    walk = _walk(paging, kwargs, max_pages)
    handout = _Handout(records, max_items, log, walk)
    pages = _adriven(walk, send, handout, concurrency)
    try:
        async for _, items in pages:
            for item in items:
                yield item
    finally:
        await pages.aclose()


def records_at(page: object, attributes: Sequence[str]) -> list[Any]:
    """The records list of a decoded page model, following attribute names; an absent or null list is empty."""
    value: object = page
    for name in attributes:
        value = getattr(value, name, None)
        if value is None or isinstance(value, Unset):
            return []
    if not isinstance(value, list):
        raise PaginationError(f"the page's {'.'.join(attributes)} is not a list of records")
    return value
