"""Which page fields report the request, beyond the ones ``x-pagination`` names: read from the spec's response
links (``self``, ``prev``; see ``specs/README.md``) and learnt from the recorded pages, which show how each field
moves with the request."""

from __future__ import annotations

from collections.abc import Iterator

from generator.recordings import Recording
from generator.specs import JSON, Operation, deref, escape, parameters
from loyalty_runtime.paging import PagingSpec
from loyalty_runtime.pointer import resolve
from sandbox.pages import Echo, PageMaker


def page_maker(spec: JSON, operation: Operation, pages: list[Recording]) -> PageMaker:
    """The page maker of a list operation, from its spec and its recorded 200 pages."""
    paging = PagingSpec.from_dict(operation.node["x-pagination"])
    middle = next((r for r in pages if not paging.is_last_page(r.response["body"], 1_000_000)), pages[0])
    last = next((r for r in reversed(pages) if paging.is_last_page(r.response["body"], 1_000_000)), pages[-1])
    links = operation.node["responses"]["200"].get("links", {})
    declared = {p["name"]: deref(spec, p.get("schema", {})) for p in parameters(spec, operation)}
    echoes = tuple(
        Echo(pointer, name, declared[name]) for name, pointer in _body_links(links.get("self"), operation).items()
    )
    reverse = paging.position.reverse_param
    totals = paging.totals
    named = {e.pointer for e in echoes} | {paging.has_more, paging.items}
    if totals is not None:
        named |= {totals.total, totals.last_page, totals.current_page}
    return PageMaker(
        paging,
        middle.response["body"],
        last.response["body"],
        echoes=echoes,
        previous_pointer=_body_links(links.get("prev"), operation).get(reverse) if reverse else None,
        previous_flags=_previous_flags(paging, pages, named),
        item_counts=_item_counts(paging, pages, named),
        totals_when=_totals_when(paging, pages),
    )


def _body_links(link: JSON | None, operation: Operation) -> dict[str, str]:
    """{parameter: body pointer} of a response link back to the same operation (``$response.body#/...``)."""
    if not link or link.get("operationId") != operation.operation_id:
        return {}
    prefix = "$response.body#"
    return {
        name: value.removeprefix(prefix)
        for name, value in link.get("parameters", {}).items()
        if isinstance(value, str) and value.startswith(prefix)
    }


def _previous_flags(paging: PagingSpec, pages: list[Recording], named: set[str | None]) -> tuple[str, ...]:
    """Booleans that, in every recorded page, say whether the request had a position (a page before it exists):
    Appy's ``hasPrevious``, Joy's ``hasPre``. Only fields the recordings show both ways."""
    position = paging.position

    def had_previous(recording: Recording) -> bool:
        query = recording.request["query"]
        if position.next == "increment":
            return paging.first_record(query) > 0
        return position.param in query or (position.reverse_param or "") in query

    seen: dict[str, set[tuple[object, bool]]] = {}
    for recording in pages:
        body = recording.response["body"]
        for pointer, value in _fields(body, ""):
            seen.setdefault(pointer, set()).add((value, had_previous(recording)))
    both = {(True, True), (False, False)}
    return tuple(sorted(p for p, pairs in seen.items() if pairs == both and p not in named))


def _item_counts(paging: PagingSpec, pages: list[Recording], named: set[str | None]) -> tuple[str, ...]:
    """Integers that, in every recorded page, count the page's records (Joy's ``count``), shown with at least two
    different counts."""
    seen: dict[str, set[tuple[object, int]]] = {}
    for recording in pages:
        body = recording.response["body"]
        for pointer, value in _fields(body, ""):
            seen.setdefault(pointer, set()).add((value, len(paging.items_of(body))))
    return tuple(
        sorted(
            p
            for p, pairs in seen.items()
            if p not in named and len(pairs) > 1 and all(value == count for value, count in pairs)
        )
    )


def _totals_when(paging: PagingSpec, pages: list[Recording]) -> dict[str, dict[str, str]]:
    """{total pointer: the request parameters the recordings show it computed for}, for totals the vendor fills
    only on request (Appy's ``count`` with ``hasCount=true``); totals always given are left out."""
    conditions: dict[str, dict[str, str]] = {}
    moving = {paging.page_size.param, paging.position.param, paging.position.reverse_param, paging.record_offset}
    totals = paging.totals
    for pointer in [] if totals is None else [totals.total, totals.last_page, totals.current_page]:
        if pointer is None:
            continue
        filled = [r.request["query"] for r in pages if resolve(r.response["body"], pointer) is not None]
        empty = [r.request["query"] for r in pages if resolve(r.response["body"], pointer) is None]
        if not empty or not filled:
            continue
        common = {k: v for k, v in filled[0].items() if k not in moving and all(q.get(k) == v for q in filled)}
        conditions[pointer] = {k: v for k, v in common.items() if not any(q.get(k) == v for q in empty)}
    return conditions


def _fields(node: object, where: str) -> Iterator[tuple[str, object]]:
    """(pointer, value) of the scalar fields of a page body's objects (records, in arrays, are left out)."""
    if isinstance(node, dict):
        for key, value in node.items():
            pointer = f"{where}/{escape(key)}"
            if isinstance(value, dict):
                yield from _fields(value, pointer)
            elif not isinstance(value, list):
                yield pointer, value
