#!/usr/bin/env python3
"""CPU time of building one story as it grows: linear in its articles, or not.

    python bench/ecb_coref.py extract ../shared/data/ecbplus     # once: .cache/ecb_analyses.pkl
    nice -n 10 python bench/story_size.py 25 50 100 200 400 [--topic 19]

The analyses of one ECB+ topic (default 19, the one with the largest block of mentions of
one trigger family) are repeated with fresh article ids up to each size, and the story is
built (``newskit.story.build_story``) in this process; CPU seconds (``time.process_time``)
and CPU milliseconds per article are printed. A repeated article is the hard case for the
story layer: every copy of a mention shares its trigger family, place and people.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import attrs

from newskit.story import build_story

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ecb_coref


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sizes", type=int, nargs="+")
    ap.add_argument("--topic", type=int, default=19)
    args = ap.parse_args()
    ((_, _, base),) = ecb_coref.load({args.topic}, True)
    build_story(base[:2])  # lazy data and patterns: not counted
    for n in args.sizes:
        arts = [attrs.evolve(a, article=attrs.evolve(a.article, id=f"{a.article.id}-{i // len(base)}"))
                for i, a in ((i, base[i % len(base)]) for i in range(n))]
        t = time.process_time()
        story = build_story(arts)
        cpu = time.process_time() - t
        print(f"topic {args.topic}, {n} articles: {cpu:.2f} CPU s, {1000 * cpu / n:.1f} ms per article, "
              f"{len(story.events)} events", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
