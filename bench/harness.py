#!/usr/bin/env python3
"""Time newskit in-process: start-up apart from processing, like the peer adapters do.

Run it in a fresh interpreter (bench/run.py does, once per plugin set):

    .venv/bin/python bench/harness.py --plugins dates --repeats 3 [--corpus FILE]

  import_s   wall clock of ``import newskit`` in this interpreter
  load_s     import + ``Pipeline.build(allow=[...])`` + one warm-up article (plugins load
             their data lazily on first use; the peer adapters also warm up inside load_s)
  process_s  ``pipeline.run`` over every corpus article, once per repeat (articles are
             parsed into ``Article`` objects before the clock starts; nothing is serialized)
  process_cpu_s  the same passes in CPU seconds of this process (``time.process_time``):
             what to compare on a shared machine, where the wall clock counts other jobs
  peak_rss_mb  ru_maxrss of this process after the runs

Prints one JSON object on stdout. "plugins" ``all`` means the six bundled plugins.
``--profile N`` adds a cProfile pass (top N functions by own time, on stderr) for plugin
authors looking for hot spots.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

T0 = time.perf_counter()
import newskit  # noqa: E402  (timed: the import is part of start-up)

T_IMPORT = time.perf_counter() - T0

HERE = Path(__file__).resolve().parent
BUNDLED = ["dates", "quantities", "persons", "quotes", "claims", "events"]
WARM_UP = (
    'Russian President Vladimir Putin said on Monday, June 17, 2024, that "the talks were '
    'useful," adding that 3.5 million people, about 12% of voters, had signed by 16:51 KST.'
)


def plugin_list(spec: str) -> list[str]:
    return BUNDLED if spec == "all" else [p.strip() for p in spec.split(",") if p.strip()]


def profile(pipeline: newskit.Pipeline, articles: list[newskit.Article], top: int) -> None:
    import cProfile
    import pstats

    prof = cProfile.Profile()
    prof.enable()
    for a in articles:
        pipeline.run(a)
    prof.disable()
    pstats.Stats(prof, stream=sys.stderr).sort_stats("tottime").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--plugins", required=True, help="comma-separated plugin names, or 'all'")
    ap.add_argument("--corpus", type=Path, default=HERE / "corpus" / "news.jsonl")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument("--profile", type=int, default=0, metavar="N",
                    help="after timing, profile one more pass and print the top N functions "
                    "by own time to stderr (cProfile; for finding hot spots, not for figures)")
    args = ap.parse_args(argv)

    allow = plugin_list(args.plugins)
    pipeline = newskit.Pipeline.build(allow=allow, strict=True)
    pipeline.run(newskit.Article.from_dict({"id": "warm-up", "text": WARM_UP, "published": "2024-06-17"}))
    load_s = time.perf_counter() - T0

    with args.corpus.open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    articles = [newskit.Article.from_dict(r) for r in rows[: args.limit or None]]
    chars = sum(len(a.text) for a in articles)

    times: list[float] = []
    cpu: list[float] = []
    kinds: Counter[str] = Counter()
    errors = 0
    for rep in range(max(1, args.repeats)):
        t, c = time.perf_counter(), time.process_time()
        results = [pipeline.run(a) for a in articles]
        times.append(time.perf_counter() - t)
        cpu.append(time.process_time() - c)
        if rep == 0:
            for res in results:
                kinds.update(m.kind for m in res.mentions)
                errors += len(res.errors)
        del results
    if args.profile:
        profile(pipeline, articles, args.profile)
    median = statistics.median(times)
    out: dict[str, Any] = {
        "tool": "newskit",
        "plugins": args.plugins,
        "components": [c.name for c in pipeline.components],
        "import_s": round(T_IMPORT, 4),
        "load_s": round(load_s, 4),
        "process_s": [round(x, 4) for x in times],
        "process_median_s": round(median, 4),
        "process_cpu_s": [round(x, 4) for x in cpu],
        "chars": chars,
        "articles": len(articles),
        "chars_per_s": round(chars / median) if median > 0 else None,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "mentions": dict(sorted(kinds.items())),
        "errors": errors,
    }
    json.dump(out, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
