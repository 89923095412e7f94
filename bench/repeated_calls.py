#!/usr/bin/env python3
"""Work done more than once: newskit's calls repeated with the same arguments inside one
article, weighed by what a call costs.

    .venv/bin/python bench/repeated_calls.py bench/corpus/news.jsonl [--every 4] [--top 30]

Two passes over every ``--every``-th article of the corpus, after one warm-up article:
the first counts, per function of newskit or its plugins, the calls whose arguments were
already seen in a call of the same function on the same article (a ``sys.setprofile``
hook); the second times every function by the CPU (``cProfile.Profile(time.process_time)``,
whose wall-clock default misleads on a shared machine). A function's estimated waste is
its share of repeated calls times its CPU seconds with callees, under the profiler (so
several times the real figure, which has no profiler's cost a call: compare rows, not the
seconds with a run's total). A cache's look-up repeats by design (``per_vocabulary``'s
wrapper): a row says where to look, not what to change.

Arguments are compared by value when they are numbers, short strings (under 200
characters), None or short tuples of those, else by identity: the same article text, the
same ``Doc`` object (kept alive for the article, so an id is never reused). Two caveats
make a row an upper bound: a list or dict passed twice counts as the same argument even
if it changed in between, and a memo's hits count as repeats charged the average call
(a cached property's first call costs all of it). Generator expressions and
comprehensions are left out (their one argument is a fresh iterator); a generator
function counts when it is called, not at each resumption.
"""

from __future__ import annotations

import argparse
import cProfile
import dis
import inspect
import json
import pstats
import sys
import time
from collections import Counter
from collections.abc import Hashable
from types import CodeType, FrameType
from typing import Any

from newskit import Article, Pipeline

#: a function: (the file's last two path parts, first line, name)
Where = tuple[str, int, str]

#: strings this long or longer (an article's text) are compared by identity
_SHORT = 200


def arg_key(value: object, keep: list[object]) -> Hashable:
    """What two calls' argument must share to count as the same: its value for a number,
    a short string, None or a short tuple of those; else the object's identity (the
    object then kept in ``keep``, so that its id is not reused by another while the
    article runs)."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, str) and len(value) < _SHORT:
        return value
    if isinstance(value, tuple) and len(value) < 8:
        return tuple(arg_key(v, keep) for v in value)
    keep.append(value)
    return ("id", id(value))


def where(filename: str, line: int, name: str) -> Where | None:
    """The row of a function of newskit or its plugins (None for any other, and for the
    generator expressions and comprehensions, named ``<genexpr>``, ``<listcomp>``...)."""
    parts = filename.replace("\\", "/").split("/")
    if len(parts) < 2 or "newskit" not in parts[-2] or name.startswith("<"):
        return None
    return ("/".join(parts[-2:]), line, name)


def first_entry(code: CodeType) -> int | None:
    """The ``f_lasti`` of a generator's frame at its first entry (a profiler sees a
    ``call`` at each resumption too): its first ``RESUME``'s offset (3.11), or -1 (3.10);
    None for a plain function, whose every ``call`` is one."""
    if not code.co_flags & (inspect.CO_GENERATOR | inspect.CO_COROUTINE | inspect.CO_ASYNC_GENERATOR):
        return None
    return next((i.offset for i in dis.get_instructions(code) if i.opname == "RESUME"), -1)


class Repeats:
    """Counts, per function, its calls and those repeating one of the same article."""

    def __init__(self) -> None:
        self.calls: Counter[Where] = Counter()
        self.repeated: Counter[Where] = Counter()
        self._seen: set[tuple[object, tuple[Hashable, ...]]] = set()
        self._alive: list[object] = []
        self._entry: dict[CodeType, int | None] = {}

    def new_article(self) -> None:
        self._seen = set()
        self._alive = []

    def hook(self, frame: FrameType, event: str, _arg: Any) -> None:
        """The ``sys.setprofile`` hook: one look at each Python call's arguments."""
        if event != "call":
            return
        code = frame.f_code
        row = where(code.co_filename, code.co_firstlineno, code.co_name)
        if row is None:
            return
        entry = self._entry[code] if code in self._entry else self._entry.setdefault(code, first_entry(code))
        if entry is not None and frame.f_lasti != entry:
            return  # a generator resumed, not called
        local = frame.f_locals
        key = (code, tuple(arg_key(local.get(n), self._alive) for n in code.co_varnames[: code.co_argcount]))
        self.calls[row] += 1
        if key in self._seen:
            self.repeated[row] += 1
        else:
            self._seen.add(key)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("--every", type=int, default=4, help="every n-th article (default 4)")
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args()
    p = Pipeline.build()
    with open(args.corpus, encoding="utf-8") as f:
        arts = [Article.from_dict(json.loads(line)) for line in f][:: args.every]
    p.run(arts[0], timeout=None)  # data and patterns loaded on first use
    rep = Repeats()
    for a in arts:
        rep.new_article()
        sys.setprofile(rep.hook)
        try:
            p.run(a, timeout=None)
        finally:
            sys.setprofile(None)
    prof = cProfile.Profile(time.process_time)
    t = time.process_time()
    prof.enable()
    for a in arts:
        p.run(a, timeout=None)
    prof.disable()
    total = time.process_time() - t
    cum: dict[Where, float] = {}
    for (filename, line, name), row in pstats.Stats(prof).stats.items():  # type: ignore[attr-defined]
        w = where(filename, line, name)
        if w is not None:
            cum[w] = row[3]
    waste = sorted(((rep.repeated[w] / rep.calls[w] * cum.get(w, 0.0), w) for w in rep.repeated), reverse=True)
    print(f"{len(arts)} articles; {total:.2f} CPU s under the profiler")
    print("| function | calls | repeated | CPU s with callees | estimated repeated CPU s |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for est, w in waste[: args.top]:
        print(f"| {w[0]}:{w[1]} {w[2]} | {rep.calls[w]} | {rep.repeated[w]} | {cum.get(w, 0.0):.3f} | {est:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
