#!/usr/bin/env python3
"""CPU seconds of each pipeline component, in-process after start-up (where the time goes).

    .venv/bin/python bench/components.py bench/corpus/news.jsonl
    .venv/bin/python bench/components.py --first bench/corpus/news.jsonl   # first article only

Runs every bundled component on every article, timing each call with
``time.process_time``, and prints one Markdown row per component.
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict

from newskit import Article, Mention, Pipeline
from newskit.overlaps import order_key


def main() -> int:
    p = Pipeline.build(allow="dates,quantities,persons,quotes,claims,events".split(","))
    with open(next(a for a in sys.argv[1:] if a != "--first"), encoding="utf-8") as f:
        arts = [Article.from_dict(json.loads(line)) for line in f]
    if "--first" in sys.argv:
        arts = arts[:1]  # start-up: the first article pays for lazy data and patterns
    else:
        p.run(arts[0])
    tot: dict[str, float] = defaultdict(float)
    chars = sum(len(a.text) for a in arts)
    t_all = time.process_time()
    for a in arts:
        mentions: list[Mention] = []
        for comp, info in p._extractors:
            t = time.process_time()
            needed = tuple(sorted((m for m in mentions if m.kind in info.requires), key=order_key))
            mentions += list(comp.extract(a, needed))
            tot[info.name] += time.process_time() - t
        t = time.process_time()
        res = p._resolve(a, tuple(sorted(mentions, key=order_key)), [])
        tot["overlaps"] += time.process_time() - t
        found: list = []  # type: ignore[type-arg]
        for linker, info in p._linkers:
            t = time.process_time()
            found += list(linker.link(a, tuple(m for m in res if m.kind in info.requires), tuple(found)))
            tot[info.name] += time.process_time() - t
    total = time.process_time() - t_all
    print(f"{chars:,} chars, {total:.2f} CPU s in-process, {chars / total / 1e6:.3f} MB/s")
    print("| component | CPU s | share | MB/s alone |\n| --- | ---: | ---: | ---: |")
    for k, v in sorted(tot.items(), key=lambda x: -x[1]):
        print(f"| {k} | {v:.2f} | {100 * v / total:.0f}% | {chars / v / 1e6:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
