"""Values kept per story by the identity of what they were read from.

A story build hands the same analyses, texts and word sets to some twenty layers, and each
asks again for what the layer before it already read (the story's stems, its nouns in -ing,
a word's family). The inputs are immutable (frozen analyses, strings, frozensets), so a
value read once from the same objects stays right; keying by identity costs no deep hash
of an analysis. Each memo holds the objects it was keyed by, so no id is reused while its
entry lives, and keeps only the last few stories, so a long stream keeps no old story
alive.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

__all__ = ["IdentityMemo"]

V = TypeVar("V")


class IdentityMemo(Generic[V]):
    """A value per tuple of objects, keyed by their identities (the last ``size`` tuples).

    ``memo.get(objs, compute)`` returns what ``compute()`` returned the first time the same
    objects (``is``, in the same order) were asked for; the caller's objects must be
    immutable, or ``compute`` must read nothing of them that may change."""

    def __init__(self, size: int) -> None:
        self._size = max(1, size)
        self._seen: OrderedDict[tuple[int, ...], tuple[tuple[object, ...], V]] = OrderedDict()
        #: the last key asked and its value: most asks repeat it (its objects are held by
        #: its entry, the most recently used, which is never the one dropped)
        self._last: tuple[tuple[int, ...], V] | None = None

    def get(self, objs: tuple[object, ...], compute: Callable[[], V]) -> V:
        key = tuple(map(id, objs))
        last = self._last
        if last is not None and last[0] == key:
            return last[1]
        got = self._seen.get(key)
        if got is not None:
            self._seen.move_to_end(key)
            value = got[1]
        else:
            value = compute()
            self._seen[key] = (objs, value)
            if len(self._seen) > self._size:
                self._seen.popitem(last=False)
        self._last = (key, value)
        return value

    def clear(self) -> None:
        """Forget every value (a test that counts the reads starts afresh)."""
        self._seen.clear()
        self._last = None
