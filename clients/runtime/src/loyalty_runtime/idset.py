"""A compact set of record ids for walks: past the first few thousand, a 64-bit fingerprint per id in text buckets.

A Python set of ids costs a table entry of 16 bytes (the table at most 60% full) and keeps each id object alive
(about 85 bytes for a UUID's text). :class:`IdSet` keeps the first :attr:`IdSet.exact_first` ids in such a set (most
walks are short, and a set is fastest), then about 10 bytes per id and no object: a bucket is a Latin-1 ``str``
holding its fingerprints' 8 bytes each, and doubling the buckets moves one bucket at a time, never copying the whole.
Every operation works on a page of ids at once through C-level iteration (``map`` over ``str`` searches, which cost
a third of ``bytes`` ones), so no Python code runs per id; still, a fingerprinted id costs several times what a set
entry does.

An id's fingerprint is the 64-bit hash of ``(id, type(id))``, which mixes the id's own hash: for text, Python's
SipHash of it (randomly keyed per process unless ``PYTHONHASHSEED`` is set); for an integral id below 2**61 - 1, the
integer itself, which the mixing maps one to one. The set **never misses an id it holds**. It takes a new id for one
it holds only when their fingerprints are equal or the id's 8 bytes happen to straddle two stored in its bucket:
with ``n`` fingerprinted ids, the chance that either ever happens is below n**2 / 2**64 - under 6e-10 for 100,000
ids, 6e-8 for a million. Walks answer such a collision with a typed error, never by yielding a record twice or
dropping one (see :mod:`loyalty_runtime.pagination`).
"""

from __future__ import annotations

import struct
from array import array
from collections import deque
from collections.abc import Callable, Iterable
from itertools import compress, filterfalse, repeat
from operator import add, and_, contains, not_, or_

_PACK = struct.Struct("=q").pack
_PER_BUCKET = 32  # the mean fingerprints per bucket before the buckets double (a search reads about 256 bytes)
_FIRST_BUCKETS = 1024  # 8 KiB of references to one empty text: no doubling before 32,768 ids


def fingerprints(keys: Iterable[str | int]) -> list[int]:
    """The ids' 64-bit fingerprints: the hash of ``(id, its type)``, so that no text shares one with an integer
    by construction (``hash("")`` is ``hash(0)``)."""
    keys = keys if isinstance(keys, (list, tuple)) else list(keys)
    return list(map(hash, zip(keys, map(type, keys), strict=True)))


def _texts(prints: list[int]) -> list[str]:
    return list(map(bytes.decode, map(_PACK, prints), repeat("latin-1")))


class IdSet:
    """The set operations a walk needs (``in``, ``update``, ``isdisjoint``, ``len``, and :meth:`holding`).

    The first :attr:`exact_first` ids go to a plain set: most walks are short, and a set is several times faster.
    Later ids are kept as fingerprints: bucket ``b`` of ``2**k`` holds those whose low ``k`` bits are ``b``.
    An ``update`` of ids that the last look-up (``isdisjoint``, ``holding``) found not held, the last ones it looked
    up (a walk's usual pairs), reuses that look-up's work. Tests change ``exact_first`` and ``fingerprints`` (class
    attributes) to make ids collide.
    """

    __slots__ = ("_buckets", "_checked", "_exact", "_used")

    exact_first = 16_384  # ids, about 1.6 MiB as a set of UUID texts
    fingerprints: Callable[[Iterable[str | int]], list[int]] = staticmethod(fingerprints)

    def __init__(self, keys: Iterable[str | int] = ()) -> None:
        self._exact: set[str | int] = set()
        self._buckets = [""] * _FIRST_BUCKETS
        self._used = 0  # fingerprints in the buckets
        self._checked: tuple[list[str | int], list[int], list[str], list[bool]] | None = None
        self.update(keys)

    def __len__(self) -> int:
        """How many distinct ids the set holds (but for colliding fingerprints)."""
        return len(self._exact) + self._used

    def __contains__(self, key: object) -> bool:
        return isinstance(key, (str, int)) and not self.isdisjoint([key])

    def isdisjoint(self, keys: Iterable[str | int]) -> bool:
        keys = list(keys)
        if not self._exact.isdisjoint(keys):
            return False
        return not self._used or not any(self._look_up(keys))

    def holding(self, keys: Iterable[str | int]) -> list[bool]:
        """Whether the set holds each of ``keys``, in order (``[key in s for key in keys]``, in one pass)."""
        keys = list(keys)
        exact = list(map(self._exact.__contains__, keys))
        if not self._used:
            return exact
        return list(map(or_, exact, self._look_up(keys)))

    def _look_up(self, keys: list[str | int]) -> list[bool]:
        """Whether the buckets hold each of ``keys``; the work is kept for an ``update`` of some of the last ones."""
        prints = self.fingerprints(keys)
        texts = _texts(prints)
        held = list(map(contains, map(self._buckets.__getitem__, self._homes(prints)), texts))
        self._checked = (keys, prints, texts, held)
        return held

    def update(self, keys: Iterable[str | int]) -> None:
        keys = list(keys)
        room = self.exact_first - len(self._exact)
        if room > 0:
            self._exact.update(keys[:room])
            keys = keys[room:]
        keys = list(filterfalse(self._exact.__contains__, keys))
        if not keys:
            return
        checked, self._checked = self._checked, None
        tail = -len(keys)
        if checked is not None and checked[0][tail:] == keys and not any(checked[3][tail:]):
            # The last ids looked up, none held: only repeats among them to leave out.
            prints, texts = checked[1][tail:], checked[2][tail:]
            if len(set(prints)) != len(prints):
                prints, texts = list(dict.fromkeys(prints)), list(dict.fromkeys(texts))
        else:
            prints = list(dict.fromkeys(self.fingerprints(keys)))
            texts = _texts(prints)
            new = list(map(not_, map(contains, map(self._buckets.__getitem__, self._homes(prints)), texts)))
            prints, texts = list(compress(prints, new)), list(compress(texts, new))
        self._place(prints, texts)
        self._used += len(prints)
        while self._used > _PER_BUCKET * len(self._buckets):
            self._split()

    def _homes(self, prints: list[int]) -> list[int]:
        return list(map(and_, prints, repeat(len(self._buckets) - 1)))

    def _split(self) -> None:
        """Double the buckets: bucket ``b``'s fingerprints go to ``b`` or ``b + count`` by their next bit."""
        buckets = self._buckets
        count = len(buckets)
        buckets += [""] * count
        for home in range(count):
            bucket = buckets[home]
            starts = range(0, len(bucket), 8)
            texts = list(map(bucket.__getitem__, map(slice, starts, range(8, len(bucket) + 8, 8))))
            high = list(map(and_, array("q", bucket.encode("latin-1")), repeat(count)))
            buckets[home] = "".join(compress(texts, map(not_, high)))  # the old text goes: no second copy of all
            buckets[home + count] = "".join(compress(texts, high))

    def _place(self, prints: list[int], texts: list[str]) -> None:
        homes = self._homes(prints)
        buckets = self._buckets
        # Lazily chained, so each bucket is read after the previous id's write to it.
        deque(map(buckets.__setitem__, homes, map(add, map(buckets.__getitem__, homes), texts)), maxlen=0)
