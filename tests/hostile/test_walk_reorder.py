"""A hostile server that reorders records: within a page as it is served, and across pages by moving records in
the ledger between pages. Every vendor, sync and async.

Exactly-once delivery cannot be promised under reordering: a record moved from the unread part of the ledger into
the part already walked is never on a later page, by any walk. What still holds: no record is yielded twice, no
record is invented, and nothing but a ``LoyaltyError`` (here ``PaginationError``) escapes.
"""

from __future__ import annotations

import contextlib
import copy
import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loyalty_runtime.errors import PaginationError
from tests.fakes.ledger import LedgerFake, make_records
from tests.hostile.test_walk_edits import MODES, OPS, VENDORS, page_sizes, walk
from tests.hostile.test_walk_repeats import records, replace_records

# One move: take the record at one place (a fraction of the ledger's length) and put it at another.
MOVES = st.lists(st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1)), max_size=3), max_size=6)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key", VENDORS)
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_reordering_never_yields_a_record_twice(key: str, mode: str, data: st.DataObject) -> None:
    op = OPS[key]
    size = data.draw(page_sizes(op), label="page size")
    count = data.draw(st.integers(0, 30), label="records")
    moves = iter(data.draw(MOVES, label="moves before each page"))
    shuffle_seed = data.draw(st.none() | st.integers(0, 2**16), label="shuffle within pages (seed)")
    fake = LedgerFake(op, make_records(op, count), keyset=True)
    ledger = {fake.id_of(record) for record in fake.records}

    def move(fake: LedgerFake, page: int) -> None:
        for source, target in next(moves, []) if page else []:
            record = fake.delete(int(source * len(fake.records)))
            if record is not None:
                fake.insert(int(target * len(fake.records)), [record])

    def shuffle(fake: LedgerFake, page: int, body: dict[str, Any]) -> dict[str, Any]:
        found = copy.copy(records(fake, body))
        random.Random(shuffle_seed + page if shuffle_seed is not None else 0).shuffle(found)
        return body if shuffle_seed is None else replace_records(fake, body, found)

    fake.before_page, fake.rewrite_page = move, shuffle
    walked: list[str] = []
    with contextlib.suppress(PaginationError):
        walk(op, fake, size, mode, walked)
    assert len(walked) == len(set(walked)), "a record was yielded twice"
    assert set(walked) <= ledger
