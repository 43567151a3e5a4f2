"""The walks' compact id set against a real set: it never misses an id it holds, and takes an id it does not hold
for a held one only when their fingerprints collide (made to happen here with tiny fingerprints)."""

from __future__ import annotations

import zlib
from collections.abc import Iterable

from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from loyalty_runtime.idset import IdSet, fingerprints

KEYS = st.one_of(st.integers(0, 10**18 - 1), st.text(max_size=12), st.uuids().map(str))
PAGES = st.lists(KEYS, max_size=40)


def tiny(keys: Iterable[str | int]) -> list[int]:
    """Fingerprints of 3 bits (deterministic, unlike ``hash``): among a handful of ids, some collide."""
    return [zlib.crc32(str(key).encode()) & 7 for key in keys]


class FingerprintsOnly(IdSet):
    exact_first = 0


class TinyIdSet(FingerprintsOnly):
    fingerprints = staticmethod(tiny)


class Model(RuleBasedStateMachine):
    """Pages of ids added and looked up in both an ``IdSet`` and a ``set``; with the real fingerprints they agree
    (the first ids in its plain set, from 0 to 40, the rest as fingerprints)."""

    def __init__(self) -> None:
        super().__init__()
        self.ids, self.model = FingerprintsOnly(), set[str | int]()

    @initialize(exact=st.integers(0, 40))
    def start(self, exact: int) -> None:
        self.ids = type("Sized", (IdSet,), {"exact_first": exact})()

    @rule(page=PAGES)
    def update(self, page: list[str | int]) -> None:
        self.ids.update(page)
        self.model.update(page)

    @rule(page=PAGES)
    def look_up(self, page: list[str | int]) -> None:
        assert self.ids.isdisjoint(page) == self.model.isdisjoint(page)
        assert self.ids.holding(page) == [key in self.model for key in page]
        assert [key in self.ids for key in page] == [key in self.model for key in page]

    @rule(page=PAGES, cut=st.integers(0, 40), disjoint_first=st.booleans())
    def look_up_then_add_the_tail(self, page: list[str | int], cut: int, disjoint_first: bool) -> None:
        # A walk's pairs: an update of the last ids looked up reuses the look-up when none of them was held.
        if disjoint_first:
            assert self.ids.isdisjoint(page) == self.model.isdisjoint(page)
        else:
            assert self.ids.holding(page) == [key in self.model for key in page]
        self.ids.update(page[cut:])
        self.model.update(page[cut:])

    @precondition(lambda self: self.model)
    @rule(data=st.data())
    def look_up_held(self, data: st.DataObject) -> None:
        held = data.draw(st.lists(st.sampled_from(sorted(self.model, key=repr)), min_size=1, max_size=40))
        assert not self.ids.isdisjoint(held)
        assert all(self.ids.holding(held))

    @invariant()
    def sizes_agree(self) -> None:
        assert len(self.ids) == len(self.model)


Model.TestCase.settings = settings(max_examples=25, stateful_step_count=12, deadline=None)
test_an_id_set_behaves_as_a_set = Model.TestCase


@settings(max_examples=60, deadline=None)
@given(pages=st.lists(PAGES, max_size=8), probe=PAGES)
def test_tiny_fingerprints_never_miss_an_id_and_only_collisions_pass_for_one(
    pages: list[list[str | int]], probe: list[str | int]
) -> None:
    ids, model = TinyIdSet(), set[str | int]()
    for page in pages:
        ids.update(page)
        model.update(page)
    held_prints = set(tiny(model))
    for key, said in zip(probe, ids.holding(probe), strict=True):
        if key in model:
            assert said, f"{key!r} was added but the set misses it"
        else:
            assert said == (tiny([key])[0] in held_prints), f"{key!r}: only a fingerprint collision may pass"
    assert len(ids) == len(held_prints)


def test_many_ids_across_bucket_splits() -> None:
    keys: list[str | int] = [*range(0, 60_000, 3), *(f"id-{n}" for n in range(20_000))]
    ids = IdSet()  # 16,384 in its plain set, 23,616 as fingerprints
    for start in range(0, len(keys), 100):
        page = keys[start : start + 100]
        assert ids.isdisjoint(page)
        ids.update(page)
    assert len(ids) == len(keys)
    assert all(ids.holding(keys))
    assert ids.isdisjoint([1, 4, 59_999, "id-20000", "id-x"])
    fingerprinted = FingerprintsOnly(keys)  # doubles its 1,024 buckets once
    assert len(fingerprinted) == len(keys)
    assert all(fingerprinted.holding(keys))
    assert fingerprinted.isdisjoint([1, 4, 59_999, "id-20000", "id-x"])


def test_integral_ids_have_distinct_fingerprints() -> None:
    # Integral ids hash to themselves, which the tuple hash maps one to one; and none shares one with the empty text.
    keys: list[str | int] = [*range(50_000), *range(10**18 - 50_000, 10**18), ""]
    assert len(set(fingerprints(keys))) == len(keys)
