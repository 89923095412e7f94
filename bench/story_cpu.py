#!/usr/bin/env python3
"""CPU seconds of ``build_story`` alone, over every story set or every ECB+ topic.

    .venv/bin/python bench/story_cpu.py [--ecb] [--passes 2]

The articles are extracted first (story sets: ``bench/stories/*/*.json`` and
``tests/story/stories/``, as ``bench/story_identical.py`` reads them; ``--ecb``: the ECB+
topics of ``.cache/ecb_analyses.pkl``, written by ``bench/ecb_coref.py extract``); then
each pass times ``build_story`` over every story with ``time.process_time``. The first
pass pays for data and patterns loaded on first use, later passes find the caches kept
across stories warm. Compare a change with its base by running both in turn, with the
base's ``src`` and ``plugins`` first on ``PYTHONPATH``.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from newskit import Pipeline  # noqa: E402
from newskit.model import Analysis  # noqa: E402
from newskit.story import build_story  # noqa: E402


def stories(ecb: bool) -> list[list[Analysis]]:
    if ecb:
        import ecb_coref

        return [analyses for _, _, analyses in ecb_coref.load(set(range(1, 46)), True)]
    import story_identical

    return [analyses for _, analyses in story_identical.story_sets(Pipeline.build())]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    ap.add_argument("--ecb", action="store_true", help="the ECB+ topics, not the story sets")
    ap.add_argument("--passes", type=int, default=2)
    args = ap.parse_args(argv)
    todo = stories(args.ecb)
    times = []
    for _ in range(max(1, args.passes)):
        t = time.process_time()
        for analyses in todo:
            build_story(analyses)
        times.append(time.process_time() - t)
    print(f"{len(todo)} stories, build_story CPU s per pass: " + " ".join(f"{x:.2f}" for x in times))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
