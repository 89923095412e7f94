#!/usr/bin/env python3
"""How well `newskit stories` groups a mixed stream: B-cubed and pairwise F1 against labels.

    python bench/ecb_stream.py --seed 0 > /tmp/ecb.jsonl
    newskit extract /tmp/ecb.jsonl > /tmp/ecb.analyses.jsonl      # once: the slow part
    python bench/stories_accuracy.py /tmp/ecb.analyses.jsonl --orders 0 1 2

Reads the analyses ``newskit extract`` wrote for a stream whose articles carry ``topic``
and ``subtopic`` labels (``bench/ecb_stream.py``), groups them in stream order with
:func:`newskit.stories.group_stories` (what ``newskit stories`` runs after extraction;
``--check-cli`` runs the command too and checks it gives the same groups), and scores the
grouping against each label: B-cubed precision/recall/F1 (per article: the share of its
story that shares its label, and of its label that shares its story) and pairwise
precision/recall/F1 (over pairs of articles put together). ``--orders K...`` regroups the
same analyses in other seeded shuffles, since an incremental grouping depends on order.
``--split`` scores odd and even topics apart (a check that no figure rests on a few topics).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import attrs

from newskit.model import Analysis
from newskit.serialize import analysis_from_json
from newskit.stories import GroupingOptions, group_stories


def bcubed(gold: Sequence[str], pred: Sequence[str]) -> tuple[float, float, float]:
    pairs = list(zip(gold, pred, strict=True))
    g, p, both = Counter(gold), Counter(pred), Counter(pairs)
    prec = sum(both[x] / p[x[1]] for x in pairs) / len(pairs)
    rec = sum(both[x] / g[x[0]] for x in pairs) / len(pairs)
    return prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def pairwise(gold: Sequence[str], pred: Sequence[str]) -> tuple[float, float, float]:
    def n2(c: Counter[object]) -> int:
        return sum(n * (n - 1) // 2 for n in c.values())
    tp, npred, ngold = n2(Counter(zip(gold, pred, strict=True))), n2(Counter(pred)), n2(Counter(gold))
    prec, rec = (tp / npred if npred else 1.0), (tp / ngold if ngold else 1.0)
    return prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def load(path: Path) -> list[Analysis]:
    with path.open(encoding="utf-8") as f:
        return [analysis_from_json(json.loads(line)) for line in f if line.strip()]


def grouping(analyses: Sequence[Analysis], options: GroupingOptions) -> dict[str, str]:
    return {a.article.id: sid for sid, members in group_stories(analyses, options) for a in members}


def score(analyses: Sequence[Analysis], assign: dict[str, str], label: str) -> dict[str, float]:
    ids = [a.article.id for a in analyses]
    gold = [str(a.article.metadata[label]) for a in analyses]
    pred = [assign[i] for i in ids]
    b, pw = bcubed(gold, pred), pairwise(gold, pred)
    return {"bcubed_p": b[0], "bcubed_r": b[1], "bcubed_f1": b[2],
            "pair_p": pw[0], "pair_r": pw[1], "pair_f1": pw[2], "stories": len(set(pred)),
            "labels": len(set(gold)), "articles": len(ids)}


def cli_groups(stream: Path) -> dict[str, str]:
    out = subprocess.run(["newskit", "stories", str(stream), "--format", "json", "--no-progress"],
                         capture_output=True, text=True, check=False)
    data = json.loads(out.stdout)
    return {aid: s["id"] for s in data["stories"] for aid in s["articles"]}


def _half(stream: Sequence[Analysis], parity: int) -> list[Analysis]:
    return [a for a in stream if int(a.article.metadata["topic"]) % 2 == parity]


def leave_topics_out(runs: Sequence[tuple[str, Sequence[Analysis]]], options: GroupingOptions,
                     grid: Sequence[float]) -> int:
    """Tune ``link_threshold`` on one half of the topics, report the other half."""
    def f1(parity: int, x: float) -> list[float]:
        opts = attrs.evolve(options, link_threshold=x)
        return [score(_half(s, parity), grouping(_half(s, parity), opts), "topic")["bcubed_f1"]
                for _, s in runs]

    print("| tuned on | grid mean F1 | chosen | scored on | topic B-cubed F1 per order | mean |")
    print("|---|---|---|---|---|---|")
    for tune, test, tname, sname in ((1, 0, "odd topics", "even topics"), (0, 1, "even topics", "odd topics")):
        means = {x: sum(f1(tune, x)) / len(runs) for x in grid}
        best = max(grid, key=lambda x: (means[x], -x))
        held = f1(test, best)
        print(f"| {tname} | {', '.join(f'{x:g}: {means[x]:.3f}' for x in grid)} | {best:g} | {sname} "
              f"| {', '.join(f'{v:.3f}' for v in held)} | {sum(held) / len(held):.3f} |")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("analyses", type=Path)
    ap.add_argument("--orders", type=int, nargs="*", default=[], help="also regroup in these shuffles")
    ap.add_argument("--threshold", type=float)
    ap.add_argument("--merge-threshold", type=float)
    ap.add_argument("--link-threshold", type=float)
    ap.add_argument("--split", action="store_true", help="score odd and even topics apart")
    ap.add_argument("--check-cli", type=Path, metavar="STREAM", help="the stream the analyses came "
                    "from: run `newskit stories` on it and check the groups are the same")
    ap.add_argument("--leave-topics-out", type=float, nargs="+", metavar="X", help="choose "
                    "link_threshold among these on the odd topics (mean topic B-cubed F1 over the "
                    "orders), score the even topics with it; then the other way round")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    options = GroupingOptions()
    if args.threshold is not None:
        options = attrs.evolve(options, threshold=args.threshold)
    if args.merge_threshold is not None:
        options = attrs.evolve(options, merge_threshold=args.merge_threshold)
    if args.link_threshold is not None:
        options = attrs.evolve(options, link_threshold=args.link_threshold)
    base = load(args.analyses)
    runs: list[tuple[str, list[Analysis]]] = [("stream order", base)]
    for k in args.orders:
        shuffled = list(base)
        random.Random(1000 + k).shuffle(shuffled)
        runs.append((f"shuffle {k}", shuffled))
    if args.leave_topics_out:
        return leave_topics_out(runs, options, args.leave_topics_out)
    rows = []
    for name, stream in runs:
        assign = grouping(stream, options)
        subsets = [("all topics", stream)]
        if args.split:
            subsets += [(f"{parity} topics", [a for a in stream if int(a.article.metadata["topic"]) % 2 == r])
                        for parity, r in (("odd", 1), ("even", 0))]
        for sub_name, sub in subsets:
            sub_assign = grouping(sub, options) if sub is not stream else assign
            for label in ("topic", "subtopic"):
                rows.append({"order": name, "subset": sub_name, "label": label,
                             **score(sub, sub_assign, label)})
        if args.check_cli and name == "stream order":
            same = cli_groups(args.check_cli) == assign
            sys.stderr.write(f"newskit stories gives the same groups: {same}\n")
            if not same:
                return 1
    if args.json:
        print(json.dumps(rows, indent=1))
        return 0
    print("| order | articles | vs | stories / labels | B-cubed P | R | F1 | pairwise P | R | F1 |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['order']} ({r['subset']}) | {r['articles']} | {r['label']} | {r['stories']} / {r['labels']} "
              f"| {r['bcubed_p']:.3f} | {r['bcubed_r']:.3f} | {r['bcubed_f1']:.3f} "
              f"| {r['pair_p']:.3f} | {r['pair_r']:.3f} | {r['pair_f1']:.3f} |")
    for label in ("topic", "subtopic"):
        f1 = [r["bcubed_f1"] for r in rows if r["label"] == label and r["subset"] == "all topics"]
        print(f"B-cubed F1 vs {label} over {len(f1)} orders: mean {sum(f1) / len(f1):.3f}, "
              f"min {min(f1):.3f}, max {max(f1):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
