"""A compact set of record ids for walks: a 64-bit fingerprint per id, packed 8 bytes each into byte buckets.

A Python set of ids costs a table entry of 16 bytes (the table at most 60% full) and keeps each id object alive
(about 85 bytes for a UUID's text); :class:`IdSet` keeps about 9 bytes per id and no object. Every operation works on
a whole page of ids at once through C-level iteration (``map``, ``bytearray`` searches), so it costs about what a
Python set does, and no Python code runs per id.

An id's fingerprint is the 64-bit hash of ``(id, type(id))``, which mixes the id's own hash: for text, Python's
SipHash of it (randomly keyed per process unless ``PYTHONHASHSEED`` is set); for an integral id below 2**61 - 1, the
integer itself, which the mixing maps one to one. The set **never misses an id it holds**. It takes a new id for one
it holds only when their fingerprints are equal or the id's 8 bytes happen to straddle two stored in its bucket: with
``n`` ids, the chance that either ever happens is below n**2 / 2**64 - under 6e-10 for 100,000 ids, 6e-8 for a
million. Walks answer such a collision with a typed error, never by yielding a record twice or dropping one (see
:mod:`loyalty_runtime.pagination`).
"""

from __future__ import annotations

import struct
from array import array
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import compress, repeat
from operator import and_, contains, not_

_PACK = struct.Struct("=q").pack
_PER_BUCKET = 32  # the mean fingerprints per bucket before the buckets double (a search reads about 256 bytes)
_FIRST_BUCKETS = 8


def fingerprints(keys: Iterable[str | int]) -> list[int]:
    """The ids' 64-bit fingerprints: the hash of ``(id, its type)``, so that no text shares one with an integer
    by construction (``hash("")`` is ``hash(0)``)."""
    keys = keys if isinstance(keys, (list, tuple)) else list(keys)
    return list(map(hash, zip(keys, map(type, keys), strict=True)))


class IdSet:
    """The set operations a walk needs (``in``, ``update``, ``isdisjoint``, ``len``, and :meth:`holding`) over
    fingerprints.

    Bucket ``b`` of ``2**k`` holds the fingerprints whose low ``k`` bits are ``b``, packed in a ``bytearray``;
    a lookup searches its bucket for the 8 bytes. ``fingerprints`` is a class attribute so that a test can give every
    set tiny fingerprints and make ids collide.
    """

    __slots__ = ("_buckets", "_used")

    fingerprints: Callable[[Iterable[str | int]], list[int]] = staticmethod(fingerprints)

    def __init__(self, keys: Iterable[str | int] = ()) -> None:
        self._buckets = [bytearray() for _ in range(_FIRST_BUCKETS)]
        self._used = 0
        self.update(keys)

    def __len__(self) -> int:
        """How many distinct fingerprints the set holds (its ids, unless two collided)."""
        return self._used

    def __contains__(self, key: object) -> bool:
        return isinstance(key, (str, int)) and not self.isdisjoint((key,))

    def isdisjoint(self, keys: Iterable[str | int]) -> bool:
        prints = self.fingerprints(keys)
        return not any(map(contains, self._homes(prints), map(_PACK, prints)))

    def holding(self, keys: Iterable[str | int]) -> list[bool]:
        """Whether the set holds each of ``keys``, in order (``[key in s for key in keys]``, in one pass)."""
        prints = self.fingerprints(keys)
        return list(map(contains, self._homes(prints), map(_PACK, prints)))

    def update(self, keys: Iterable[str | int]) -> None:
        prints = list(dict.fromkeys(self.fingerprints(keys)))
        packed = list(map(_PACK, prints))
        new = list(map(not_, map(contains, self._homes(prints), packed)))
        deque(map(bytearray.extend, compress(self._homes(prints), new), compress(packed, new)), maxlen=0)
        self._used += sum(new)
        while self._used > _PER_BUCKET * len(self._buckets):
            self._split()

    def _homes(self, prints: list[int]) -> Iterator[bytearray]:
        return map(self._buckets.__getitem__, map(and_, prints, repeat(len(self._buckets) - 1)))

    def _split(self) -> None:
        """Double the buckets: bucket ``b``'s fingerprints go to ``b`` or ``b + count`` by their next bit."""
        old = self._buckets
        count = len(old)
        self._buckets = old + [bytearray() for _ in range(count)]
        for home in range(count):
            prints = array("q", old[home])
            high = list(map(and_, prints, repeat(count)))
            self._buckets[home] = bytearray(array("q", compress(prints, map(not_, high))))
            self._buckets[home + count] = bytearray(array("q", compress(prints, high)))
