#!/usr/bin/env python3
"""Memory of one article, per pipeline component (where a long article's peak comes from).

    .venv/bin/python bench/memory.py ARTICLE.jsonl

Runs every bundled component on the first article of the file under ``tracemalloc`` and
prints, per component, what stays allocated after it and the peak while it ran (both
above what the process held before the article). Build a long article with
``bench/speed.py``'s recipe (the corpus texts joined) to see how memory grows with length.
"""

from __future__ import annotations

import json
import sys
import tracemalloc

from newskit import Article, Mention, Pipeline
from newskit.overlaps import order_key


def main() -> int:
    p = Pipeline.build(allow="dates,quantities,persons,quotes,claims,events".split(","))
    with open(sys.argv[1], encoding="utf-8") as f:
        art = Article.from_dict(json.loads(f.readline()))
    tracemalloc.start()
    base = tracemalloc.get_traced_memory()[0]
    print(f"{len(art.text):,} chars\n| component | held after MB | peak MB |\n| --- | ---: | ---: |")

    def report(name: str) -> None:
        cur, peak = tracemalloc.get_traced_memory()
        print(f"| {name} | {(cur - base) / 1e6:.1f} | {(peak - base) / 1e6:.1f} |")
        tracemalloc.reset_peak()

    mentions: list[Mention] = []
    for comp, info in p._extractors:
        needed = tuple(sorted((m for m in mentions if m.kind in info.requires), key=order_key))
        mentions += list(comp.extract(art, needed))
        report(info.name)
    res = p._resolve(art, tuple(sorted(mentions, key=order_key)), [])
    report("overlaps")
    found: list = []  # type: ignore[type-arg]
    for linker, info in p._linkers:
        found += list(linker.link(art, tuple(m for m in res if m.kind in info.requires), tuple(found)))
        report(info.name)
    print(f"\n{len(res):,} mentions, {len(found):,} claims and events")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
