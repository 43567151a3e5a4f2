"""Auto-pagination: walk every page of a list operation, or every record across pages, sync or async.

The walk is driven entirely by the operation's ``x-pagination`` declaration (:class:`PagingSpec`) and works on the
request's query parameters by their wire names, so the same engine serves page-number, cursor,
``starting_after_id`` and offset pagination for every vendor.

Guarantees:

- Every record is yielded once, in the vendor's order; the walk stops on the declared last-page signal and never
  requests a page past it.
- A walk that cannot continue safely raises :class:`PaginationError` instead of looping: a repeated cursor, a
  page that claims more but offers no next position, an empty page that claims more, a page number past the
  declared last page, or (where records cannot shift) a record seen twice.
- Where records can shift between pages while a walk runs (page-number or offset paging over a ledger that grows
  at its head), records already yielded are skipped by id. Only the ids are remembered, never the records: memory
  holds one page plus those ids.
- Each page is one request, retried on its own by the transport; ``max_pages``/``max_items`` stop early on purpose.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from loyalty_runtime.errors import (
    APIStatusError,
    AuthenticationError,
    InternalServerError,
    PaginationError,
    PermissionDeniedError,
    RateLimitError,
)
from loyalty_runtime.paging import PagingSpec
from loyalty_runtime.pointer import MISSING, resolve
from loyalty_runtime.types import Response, Unset

P = TypeVar("P")
I = TypeVar("I")  # noqa: E741 - the conventional name for an item type

_NOT_AN_END = (AuthenticationError, PermissionDeniedError, RateLimitError, InternalServerError)

SendPage = Callable[[dict[str, Any]], Response[P]]
SendPageAsync = Callable[[dict[str, Any]], Awaitable[Response[P]]]


@dataclass
class _Walk:
    """The state of one walk: what to send next and whether the last answer ended it."""

    paging: PagingSpec
    kwargs: dict[str, Any]
    max_pages: int | None
    pages: int = 0
    previous_position: object = None
    positions_sent: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        if self.max_pages is not None and self.max_pages < 1:
            raise ValueError(f"max_pages must be 1 or more, got {self.max_pages}")
        params = dict(self.kwargs.get("params") or {})
        size = self.paging.page_size
        # The page size is always sent: a short page can only be recognised against a known size.
        params.setdefault(size.param, size.default)
        self.paging.check_page_size(int(params[size.param]))
        self.kwargs = {**self.kwargs, "params": params}

    @property
    def page_size(self) -> int:
        return int(self.kwargs["params"][self.paging.page_size.param])

    @property
    def position(self) -> object:
        return self.kwargs["params"].get(self.paging.position.param)

    def request(self) -> dict[str, Any]:
        position = self.position
        if position is not None:
            self.positions_sent.add(str(position))
        return self.kwargs

    def ends_on_error(self, error: APIStatusError) -> bool:
        """Whether a failed page only means "no more results" (a declared end error after the first page).

        Never when the status says something else failed (credentials, permission, rate limit, the server),
        whatever code the body carries: ending there would silently drop the rest of the ledger.
        """
        if isinstance(error, _NOT_AN_END):
            return False
        return self.pages > 0 and self.paging.is_end_error(error.code, self.pages + 1)

    def advance(self, body: object) -> bool:
        """Account for one page's body; ``True`` when the walk is over, else the next request is prepared."""
        paging = self.paging
        self.pages += 1
        items = paging.items_of(body)
        if paging.is_last_page(body, self.page_size):
            return True
        self._check_totals(body)
        if self.max_pages is not None and self.pages >= self.max_pages:
            return True
        if not items:
            raise PaginationError(f"page {self.pages} is empty but says more pages follow")
        following = paging.next_position(self.position, body)
        if following is None:
            raise PaginationError(f"page {self.pages} says more pages follow but gives no {paging.position.param}")
        if str(following) in self.positions_sent or str(following) == str(self.position):
            raise PaginationError(
                f"page {self.pages} points back to {paging.position.param}={following!r}, already requested"
            )
        self.kwargs = {**self.kwargs, "params": {**self.kwargs["params"], paging.position.param: following}}
        return False

    def _check_totals(self, body: object) -> None:
        totals = self.paging.totals
        if totals is None or totals.last_page is None or totals.current_page is None:
            return
        last, current = resolve(body, totals.last_page), resolve(body, totals.current_page)
        if isinstance(last, int) and isinstance(current, int) and last > 0 and current > last:
            raise PaginationError(f"page {current} is past the last page {last} yet says more pages follow")


@dataclass
class _Records:
    """Which records a walk has yielded, to give each exactly once (and at most ``max_items``)."""

    paging: PagingSpec
    max_items: int | None
    count: int = 0
    seen: set[str] = field(default_factory=set)
    previous_page: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        if self.max_items is not None and self.max_items < 1:
            raise ValueError(f"max_items must be 1 or more, got {self.max_items}")

    @property
    def exhausted(self) -> bool:
        return self.max_items is not None and self.count >= self.max_items

    def take(self, typed: Sequence[I], body: object) -> list[I]:
        """The page's records not yielded before, cut at ``max_items``."""
        batch = self._fresh(typed, body)
        if self.max_items is not None:
            batch = batch[: self.max_items - self.count]
        self.count += len(batch)
        return batch

    def _fresh(self, typed: Sequence[I], body: object) -> list[I]:
        raw = self.paging.items_of(body)
        if len(raw) != len(typed):
            raise PaginationError(f"the decoded page has {len(typed)} records but the body has {len(raw)}")
        ids = [self._id(record) for record in raw]
        if self.paging.shifting:
            kept = [item for item, key in zip(typed, ids, strict=True) if key not in self.seen]
            if ids and not kept:
                raise PaginationError("a whole page repeats records already yielded: the walk does not advance")
            self.seen.update(ids)
            return kept
        repeated = next((key for key in ids if key in self.previous_page), None)
        if repeated is not None:
            raise PaginationError(f"record {repeated} appears again on the next page: the walk does not advance")
        self.previous_page = set(ids)
        return list(typed)

    def _id(self, record: object) -> str:
        value = resolve(record, self.paging.item_id)
        if value is MISSING or value is None:
            raise PaginationError(f"a record has no id at {self.paging.item_id}")
        return str(value)


def iter_pages(
    paging: PagingSpec, kwargs: dict[str, Any], send: SendPage[P], *, max_pages: int | None = None
) -> Iterator[P]:
    """Each page's decoded model, from the position in ``kwargs`` (or the first page) to the last."""
    for response in _responses(paging, kwargs, send, max_pages):
        yield response.parsed


def iter_items(
    paging: PagingSpec,
    kwargs: dict[str, Any],
    send: SendPage[P],
    items: Callable[[P], Sequence[I]],
    *,
    max_pages: int | None = None,
    max_items: int | None = None,
) -> Iterator[I]:
    """Every record across pages, each once, in the vendor's order."""
    records = _Records(paging, max_items)
    for response in _responses(paging, kwargs, send, max_pages):
        yield from records.take(items(response.parsed), response.raw_json)
        if records.exhausted:
            return


def _responses(
    paging: PagingSpec, kwargs: dict[str, Any], send: SendPage[P], max_pages: int | None
) -> Iterator[Response[P]]:
    walk = _Walk(paging, kwargs, max_pages)
    while True:
        try:
            response = send(walk.request())
        except APIStatusError as error:
            if walk.ends_on_error(error):
                return
            raise
        done = walk.advance(response.raw_json)
        yield response
        if done:
            return


async def aiter_pages(
    paging: PagingSpec, kwargs: dict[str, Any], send: SendPageAsync[P], *, max_pages: int | None = None
) -> AsyncIterator[P]:
    """The async twin of :func:`iter_pages`."""
    async for response in _aresponses(paging, kwargs, send, max_pages):
        yield response.parsed


async def aiter_items(
    paging: PagingSpec,
    kwargs: dict[str, Any],
    send: SendPageAsync[P],
    items: Callable[[P], Sequence[I]],
    *,
    max_pages: int | None = None,
    max_items: int | None = None,
) -> AsyncIterator[I]:
    """The async twin of :func:`iter_items`."""
    records = _Records(paging, max_items)
    async for response in _aresponses(paging, kwargs, send, max_pages):
        for item in records.take(items(response.parsed), response.raw_json):
            yield item
        if records.exhausted:
            return


async def _aresponses(
    paging: PagingSpec, kwargs: dict[str, Any], send: SendPageAsync[P], max_pages: int | None
) -> AsyncIterator[Response[P]]:
    walk = _Walk(paging, kwargs, max_pages)
    while True:
        try:
            response = await send(walk.request())
        except APIStatusError as error:
            if walk.ends_on_error(error):
                return
            raise
        done = walk.advance(response.raw_json)
        yield response
        if done:
            return


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
