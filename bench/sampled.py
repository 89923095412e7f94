#!/usr/bin/env python3
"""Where the pipeline's CPU time goes, by sampling: the Python stack every millisecond of
CPU time (``SIGPROF``), own and inclusive shares per function and the hottest lines.

    .venv/bin/python bench/sampled.py [--plugins all] [--passes 2] [--top 40] [CORPUS]

cProfile adds a fixed cost to every call and so inflates functions of many small calls
(and hides the time of a pattern's ``finditer`` steps inside its caller); a sample costs
nothing between samples, so the shares are those of the unprofiled run. A pattern's C time
is counted to the Python function that called it (the handler runs at its next bytecode).
Unix only (``signal.setitimer``); for finding hot spots, not for figures.
"""

from __future__ import annotations

import argparse
import json
import signal
import time
from collections import Counter
from pathlib import Path
from types import FrameType

import newskit

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BUNDLED = ["dates", "quantities", "persons", "quotes", "claims", "events"]


def _where(frame: FrameType) -> str:
    """``module/file.py:function`` for a frame, the checkout's and the venv's paths cut."""
    name = frame.f_code.co_filename
    for prefix in (f"{ROOT}/plugins/", f"{ROOT}/src/"):
        name = name.removeprefix(prefix)
    return f"{name.rsplit('site-packages/', 1)[-1]}:{frame.f_code.co_name}"


class Sampler:
    """The stacks seen at each ``SIGPROF``: own (the innermost frame), inclusive (each
    function once per sample) and by line."""

    def __init__(self) -> None:
        self.samples = 0
        self.own: Counter[str] = Counter()
        self.inclusive: Counter[str] = Counter()
        self.lines: Counter[str] = Counter()

    def __call__(self, _signum: int, frame: FrameType | None) -> None:
        if frame is None:
            return
        self.samples += 1
        top = _where(frame)
        self.own[top] += 1
        self.lines[f"{top}:{frame.f_lineno}"] += 1
        seen: set[str] = set()
        f: FrameType | None = frame
        while f is not None:
            seen.add(_where(f))
            f = f.f_back
        self.inclusive.update(seen)

    def table(self, title: str, counts: Counter[str], top: int) -> str:
        rows = [f"| {title} | share |", "| --- | ---: |"]
        rows += [f"| `{k}` | {100 * n / max(1, self.samples):.1f}% |" for k, n in counts.most_common(top)]
        return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("corpus", nargs="?", type=Path, default=HERE / "corpus" / "news.jsonl")
    ap.add_argument("--plugins", default="all", help="comma-separated plugin names, or 'all'")
    ap.add_argument("--passes", type=int, default=2)
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args(argv)
    allow = BUNDLED if args.plugins == "all" else [p.strip() for p in args.plugins.split(",") if p.strip()]
    pipeline = newskit.Pipeline.build(allow=allow, strict=True)
    with args.corpus.open(encoding="utf-8") as f:
        articles = [newskit.Article.from_dict(json.loads(line)) for line in f if line.strip()]
    pipeline.run(articles[0])  # lazy data and patterns loaded before sampling
    sampler = Sampler()
    signal.signal(signal.SIGPROF, sampler)
    signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
    cpu = time.process_time()
    for _ in range(args.passes):
        for a in articles:
            pipeline.run(a)
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    cpu = time.process_time() - cpu
    print(f"{args.passes} passes, {cpu:.2f} CPU s, {sampler.samples} samples\n")
    print(sampler.table("own (innermost Python frame)", sampler.own, args.top) + "\n")
    print(sampler.table("inclusive", sampler.inclusive, 2 * args.top) + "\n")
    print(sampler.table("line", sampler.lines, args.top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
