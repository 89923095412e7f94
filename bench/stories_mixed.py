#!/usr/bin/env python3
"""Grouping of real-like dated stories mixed in one stream: B-cubed against the story files.

    nice -n 10 python bench/stories_mixed.py [--orders 0 1 2 3 4]

Every story file of ``bench/stories/*/`` and ``tests/story/stories/`` (one story each, its
articles dated by ``published``) is read; all their articles are extracted here and mixed
in one stream in time order (articles of one day in a seeded shuffle for ``--orders``
other than 0; order 0 sorts by time then id), grouped by :func:`newskit.stories.group_stories`
(what ``newskit stories`` runs after extraction), and scored against the file each
article came from: B-cubed precision / recall / F1 and pairwise F1
(``bench/stories_accuracy.py``). Two streams:

  dated    the articles as dated: most of these stories lie weeks or months apart, so the
           grouping window (7 days) alone keeps most of them apart (an easy check);
  one-week every story moved so its first article falls on one day (each article keeps
           its offset from its story's first, and its relative dates are read against the
           moved date): every story is open beside every other, so only what the articles
           tell keeps them apart (the hard check; two pairs of files tell a blackout in
           southern Brazil and a nurses' pay deal, written apart).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from stories_accuracy import bcubed, pairwise  # noqa: E402

from newskit import Article, Pipeline  # noqa: E402
from newskit.model import Analysis  # noqa: E402
from newskit.stories import GroupingOptions, group_stories  # noqa: E402

FILES = sorted([*ROOT.glob("bench/stories/*/*.json"), *ROOT.glob("tests/story/stories/*.json")])
DAY0 = dt.datetime(2026, 1, 5, 0, 0)


def _when(s: str) -> dt.datetime:
    return dt.datetime.fromisoformat(s)


def stories(shift: bool) -> list[tuple[str, list[dict[str, Any]]]]:
    """(label, articles as dicts with fresh ids), dates moved to one week when ``shift``."""
    out = []
    for p in FILES:
        label = f"{p.parent.name}/{p.stem}"
        arts = json.loads(p.read_text("utf-8"))["articles"]
        first = min(_when(a["published"]) for a in arts)
        fresh = []
        for a in arts:
            b = dict(a, id=f"{label}/{a['id']}")
            if shift:
                when = DAY0 + (_when(a["published"]) - first) + dt.timedelta(hours=first.hour, minutes=first.minute)
                b["published"] = when.isoformat(timespec="minutes")
            fresh.append(b)
        out.append((label, fresh))
    return out


def stream(analyses: list[tuple[str, Analysis, dt.datetime]], order: int) -> list[tuple[str, Analysis]]:
    items = sorted(analyses, key=lambda x: (x[2], x[1].article.id))
    if order:
        rng = random.Random(order)
        rng.shuffle(items)
        items.sort(key=lambda x: x[2].date())  # time order by day; within a day, shuffled
    return [(label, a) for label, a, _ in items]


def score(items: list[tuple[str, Analysis]], options: GroupingOptions | None = None) -> dict[str, float]:
    got = {a.article.id: sid for sid, members in group_stories([a for _, a in items], options) for a in members}
    gold = [label for label, _ in items]
    pred = [got[a.article.id] for _, a in items]
    p, r, f = bcubed(gold, pred)
    _, _, pf = pairwise(gold, pred)
    return {"bcubed_p": p, "bcubed_r": r, "bcubed_f1": f, "pairwise_f1": pf,
            "stories": len(set(pred)), "gold": len(set(gold))}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--orders", type=int, nargs="+", default=[0, 1, 2, 3, 4])
    ap.add_argument("--show", action="store_true", help="print the stories formed (order 0)")
    ap.add_argument("--common-word-weight", type=float, default=1.0,
                    help="GroupingOptions.common_word_weight (default 1.0)")
    args = ap.parse_args()
    options = GroupingOptions(common_word_weight=args.common_word_weight)
    pipeline = Pipeline.build()
    for name, shift in (("dated", False), ("one-week", True)):
        analyses = [(label, pipeline.run(Article.from_dict(a)), _when(a["published"]))
                    for label, arts in stories(shift) for a in arts]
        rows = [score(stream(analyses, k), options) for k in args.orders]
        for k, row in zip(args.orders, rows, strict=True):
            print(f"{name} order {k}: B-cubed P {row['bcubed_p']:.3f} R {row['bcubed_r']:.3f} "
                  f"F1 {row['bcubed_f1']:.3f}, pairwise F1 {row['pairwise_f1']:.3f}, "
                  f"{row['stories']} stories for {row['gold']}")
        f1 = [r["bcubed_f1"] for r in rows]
        print(f"{name}: {len(analyses)} articles, {len(FILES)} stories; B-cubed F1 mean {sum(f1) / len(f1):.3f} "
              f"min {min(f1):.3f} over {len(rows)} orders", flush=True)
        if args.show:
            items = stream(analyses, 0)
            label_of = {a.article.id: label for label, a in items}
            for sid, members in group_stories([a for _, a in items], options):
                print(f"  {sid}: {sorted({label_of[a.article.id] for a in members})} ({len(members)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
