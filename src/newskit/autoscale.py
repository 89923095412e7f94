"""``--workers auto``: one worker process per core, for inputs large enough to pay back.

A pool costs start-up (each worker builds the pipeline and loads its word lists), so a
small input runs faster in the calling process. :func:`auto_workers` reads ahead until it
has seen enough text to know, then hands the articles back in order: the output is the
same whichever way it decides.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterable, Iterator

from newskit.model import Article

__all__ = ["AUTO_MIN_CHARS", "auto_workers", "cpu_count"]

#: With ``--workers auto``: below this many characters of input, one process (a pool's
#: start-up, each worker building the pipeline and loading word lists, would not pay back).
AUTO_MIN_CHARS = 1_000_000


def cpu_count() -> int:
    """Cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def auto_workers(articles: Iterable[Article], min_chars: int = AUTO_MIN_CHARS,
                 cores: int | None = None) -> tuple[int, Iterator[Article]]:
    """How many worker processes an input deserves, and the articles to run.

    Reads ahead until ``min_chars`` characters of text are buffered (or the input ends):
    a small input runs in this process, a large one on one process per core. The articles
    come back in order (the buffer, then the rest), so the output is the same either way.
    """
    it = iter(articles)
    head: list[Article] = []
    chars = 0
    for a in it:
        head.append(a)
        chars += len(a.text)
        if chars >= min_chars:
            return (cores or cpu_count()), itertools.chain(head, it)
    return 1, iter(head)
