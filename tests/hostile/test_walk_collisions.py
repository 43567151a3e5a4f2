"""Walks over an id set whose fingerprints collide (3 bits instead of 64), for every vendor, sync and async.

Law: a collision may only end a walk with ``PaginationError``: never a record yielded twice, never one present
throughout the walk left out of a walk that ends normally, ledger edits between pages or not. Cursor walks raise at
the first collision; page-number walks take a colliding id for a record already yielded, which either anchors a
window on a record known to sort before one yielded (sound) or raises for want of its position.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_runtime.errors import PaginationError
from loyalty_runtime.idset import IdSet
from tests.hostile.test_walk_edits import MODES, OPS, SCRIPT, VENDORS, assert_exactly_once, edited_walk, page_sizes


def tiny(keys: Iterable[str | int]) -> list[int]:
    return [zlib.crc32(str(key).encode()) & 7 for key in keys]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", VENDORS)
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_colliding_fingerprints_raise_and_never_skip_or_repeat(key: str, mode: str, data: st.DataObject) -> None:
    op = OPS[key]
    count = data.draw(st.integers(0, 30), label="records")
    size = data.draw(page_sizes(op), label="page size")
    script = data.draw(st.one_of(st.just([]), SCRIPT), label="edits before each page")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(IdSet, "fingerprints", staticmethod(tiny))
        patch.setattr(IdSet, "exact_first", 0)
        _, walked, throughout, raised = edited_walk(op, count, size, script, mode)
    assert_exactly_once(walked, throughout, raised)


@pytest.mark.parametrize("key", VENDORS)
def test_a_collision_is_a_pagination_error(key: str) -> None:
    # 30 records in pages of at most 8 hold more ids than 3 bits tell apart: the walk must notice a "repeat".
    op = OPS[key]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(IdSet, "fingerprints", staticmethod(tiny))
        patch.setattr(IdSet, "exact_first", 0)
        _, walked, _, raised = edited_walk(op, 30, min(8, op.paging.page_size.maximum or 8), [], "sync")
    assert isinstance(raised, PaginationError)
    assert len(walked) == len(set(walked)) < 30
