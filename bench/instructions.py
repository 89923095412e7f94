#!/usr/bin/env python3
"""Instructions (millions) one component or the whole pipeline runs over a corpus, counted by
cachegrind: reproducible to about 1% on a shared machine where CPU seconds swing by 20%.

    .venv/bin/python bench/instructions.py events                  # one component
    .venv/bin/python bench/instructions.py pipeline events claims  # several, one line each
    .venv/bin/python bench/instructions.py --corpus bench/corpus/news.jsonl persons
    .venv/bin/python bench/instructions.py --tree /tmp/base events  # a copy of the base's sources

Each target is counted twice under ``valgrind --tool=cachegrind --cache-sim=no``: a set-up run
(start-up, the corpus read, a warm-up article, and for a component every component before it
on every article, in the pipeline's order, so it finds its inputs and the shared text layer
as in a real run) and a full run that also runs the target itself on every article. The
figure is full minus set-up. About 7x slower than a plain run (the pipeline over the bench
corpus: a few minutes). ``PYTHONHASHSEED=0`` keeps set and dict orders the same between runs.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus" / "news.jsonl"
BUNDLED = "dates,quantities,persons,quotes,claims,events".split(",")
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def inner(corpus: str, target: str, full: bool) -> None:
    """The counted work: run up to ``target`` (inclusive when ``full``) on every article."""
    from newskit import Article, Pipeline

    p = Pipeline.build(allow=BUNDLED)
    with open(corpus, encoding="utf-8") as f:
        arts = [Article.from_dict(json.loads(line)) for line in f]
    p.run(arts[0])
    if target == "pipeline":
        for a in arts if full else ():
            p.run(a)
        return
    steps = [info.name for _, info in p._extractors] + [info.name for _, info in p._linkers]
    if target not in steps:
        raise SystemExit(f"no component {target!r}: one of {', '.join(steps)} or pipeline")
    for a in arts:
        _up_to(p, a, target, full)


def _up_to(p: Any, a: Any, target: str, full: bool) -> None:
    """Every component before ``target`` on one article, in the pipeline's order, and
    ``target`` itself when ``full``."""
    from newskit import Mention
    from newskit.overlaps import order_key

    mentions: list[Mention] = []
    for comp, info in p._extractors:
        if info.name == target and not full:
            return
        needed = tuple(sorted((m for m in mentions if m.kind in info.requires), key=order_key))
        mentions += list(comp.extract(a, needed))
        if info.name == target:
            return
    res = p._resolve(a, tuple(sorted(mentions, key=order_key)), [])
    found: list[Any] = []
    for linker, info in p._linkers:
        if info.name == target and not full:
            return
        found += list(linker.link(a, tuple(m for m in res if m.kind in info.requires), tuple(found)))
        if info.name == target:
            return


def count(corpus: str, target: str, full: bool, tree: str | None = None) -> int:
    """Instructions of one run of :func:`inner` under cachegrind (``tree``: another copy of
    the sources, its ``src`` and ``plugins`` first on the path)."""
    env = dict(os.environ, PYTHONHASHSEED="0")
    if tree is not None:
        env["PYTHONPATH"] = os.pathsep.join([f"{tree}/plugins", f"{tree}/src", env.get("PYTHONPATH", "")])
    cmd = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
           sys.executable, __file__, "--inner", "full" if full else "setup", "--corpus", corpus, target]
    got = subprocess.run(cmd, env=env, capture_output=True, text=True, check=True)
    m = _REFS.search(got.stderr)
    if m is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{got.stderr[-2000:]}")
    return int(m.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("targets", nargs="+", help="component names (dates, persons, events...) or pipeline")
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--tree", help="count another copy of the sources (e.g. a `git archive` of the base)")
    ap.add_argument("--inner", choices=("setup", "full"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.inner:
        inner(args.corpus, args.targets[0], args.inner == "full")
        return 0
    print("| target | set-up (M) | full (M) | target (M instructions) |\n| --- | ---: | ---: | ---: |")
    for t in args.targets:
        base, full = count(args.corpus, t, False, args.tree), count(args.corpus, t, True, args.tree)
        print(f"| {t} | {base / 1e6:,.0f} | {full / 1e6:,.0f} | {(full - base) / 1e6:,.0f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
