"""The table by kind that the bench scripts sorting misses print (``central_misses.py``,
``pair_misses.py``): for each kind, how many misses, in how many stories, sets and writing
batches, and its most common details. A kind that recurs across batches is one a general
fix may carry to news nobody has read."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from typing import Protocol


class Sorted(Protocol):
    """A miss as the table reads it: its set, story, kind and detail."""

    @property
    def set_name(self) -> str: ...

    @property
    def story(self) -> str: ...

    @property
    def kind(self) -> str: ...

    @property
    def detail(self) -> str: ...


def kinds_table(misses: Sequence[Sorted], batches: Mapping[str, str], count: str = "missed") -> None:
    """Print one line a kind, the most frequent first (``count`` heads the column of misses)."""
    by_kind: dict[str, list[Sorted]] = defaultdict(list)
    for m in misses:
        by_kind[m.kind].append(m)
    print(f"{'kind':28s} {count:>6s} {'stories':>7s} {'sets':>5s} {'batches':>7s}   details")
    for kind, ms in sorted(by_kind.items(), key=lambda kv: -len(kv[1])):
        details = Counter(m.detail for m in ms if m.detail).most_common(6)
        print(f"{kind:28s} {len(ms):6d} {len({(m.set_name, m.story) for m in ms}):7d} "
              f"{len({m.set_name for m in ms}):5d} {len({batches[m.set_name] for m in ms}):7d}   "
              + ", ".join(f"{d} {n}" for d, n in details))
