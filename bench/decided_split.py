"""Central gold mentions split between a decision and the act it decides (issue #10).

Counts, per story and in total, the central chain's gold mentions that the story's first
event does not hold, and of those the ones in an event that a decision link
(``newskit.story.decided.decision_links``: "approved a rent freeze", "the recall, ordered
by") ties to the first event: the kind story/decided.py joins. Run once with the join
switched off (the story as before it: ``join_decided`` returning the clusters unchanged) and
once on.

    python bench/decided_split.py --sets                         # the committed sets (set_*)
    python bench/decided_split.py [--topics 1-35] [--published own-all]   # ECB+ sub-topics
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import figures_eval as fe
from ecb_central import _published, ecb_stories

import newskit.story.events as story_events
from newskit import Article, Pipeline
from newskit.model import Analysis
from newskit.story import build_story
from newskit.story.decided import decision_links
from newskit.story.events import story_units

Gold = Sequence[tuple[str, int, int]]


@contextmanager
def join_off() -> Iterator[None]:
    """Build stories as they were before decided.py: no cluster joined, no key marked."""
    saved = story_events.join_decided
    story_events.join_decided = lambda _analyses, clusters: ([list(c) for c in clusters], frozenset())
    try:
        yield
    finally:
        story_events.join_decided = saved


def split(analyses: Sequence[Analysis], gold: Gold) -> tuple[int, int]:
    """(gold mentions the first event misses, of which in an event a link ties to it)."""
    story = build_story(analyses)
    owner: dict[tuple[str, int, int], int] = {}
    for k, e in enumerate(story.events):
        for m in e.mentions:
            owner.setdefault((m.article, m.start, m.end), k)
    tied = set()
    for d, c in decision_links(analyses, story_units(analyses)):
        kd, kc = owner.get(d.key), owner.get(c.key)
        if kd is not None and kc is not None and kd != kc and 0 in (kd, kc):
            tied.add(kc if kd == 0 else kd)
    missed = held_apart = 0
    for art, s, e in gold:
        ks = {k for (a, ms, me), k in owner.items() if a == art and ms < e and s < me}
        if 0 not in ks:
            missed += 1
            held_apart += bool(ks & tied)
    return missed, held_apart


def set_stories() -> Iterator[tuple[str, str, list[Analysis], Gold]]:
    pipeline = Pipeline.build()
    for folder in sorted((Path(__file__).resolve().parent / "stories").glob("set_*")):
        for f in sorted(folder.glob("*.json")):
            d = fe._story_file(f)
            if d.get("central_mentions"):
                yield f"{folder.name}/{f.stem}", "sets", [pipeline.run(Article.from_dict(a)) for a in d["articles"]], \
                    sorted(fe._gold_spans(d))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", action="store_true")
    ap.add_argument("--topics", default="1-35")
    ap.add_argument("--published", type=_published, default=None)
    args = ap.parse_args(argv)
    stories: list[tuple[str, str, list[Analysis], Any]] = list(
        set_stories() if args.sets else
        ((n, h, a, [(g["article"], g["start"], g["end"]) for g in gold])
         for n, h, a, gold in ecb_stories(args.topics, True, args.published)))
    totals: dict[tuple[str, str], list[int]] = {}
    for label, off in (("before", True), ("after", False)):
        for name, half, analyses, gold in stories:
            if off:
                with join_off():
                    missed, apart = split(analyses, gold)
            else:
                missed, apart = split(analyses, gold)
            t = totals.setdefault((label, half), [0, 0, 0])
            t[0], t[1], t[2] = t[0] + len(gold), t[1] + missed, t[2] + apart
            if apart:
                print(f"{label:<6} {name:<28} missed {missed:>3}  in a decision/act split {apart:>3}")
    for (label, half), (n, missed, apart) in sorted(totals.items()):
        print(f"TOTAL {label:<6} {half:<4} central {n}: first event misses {missed}, "
              f"in a decision/act split {apart}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
