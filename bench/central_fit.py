"""Fit and check the central-event chooser (``newskit/story/central_model.py``).

Each story gives its candidate events (``story.central.candidates``: their prominence
features) and, for each, how many of the gold central mentions it holds: on ECB+
sub-topics (real news; the central chain as ``bench/ecb_central.py`` defines it, each
article's first line as its headline) and on the committed story sets (the gold files'
``central_mentions``). A conditional logit (a softmax over one story's candidates, the
target share of each candidate its share of the held mentions) is fitted by Newton's
method with an L2 penalty. Nothing here runs when a story is built: the weights are data.

    python bench/ecb_coref.py extract ../shared/data/ecbplus   # once
    python bench/central_fit.py collect          # candidates of every story (cached)
    python bench/central_fit.py cv               # fit on one half, score the other, both ways
                                                 # (and the best any choice could hold)
    python bench/central_fit.py fit [--l2 1.0]   # write src/newskit/data/central_weights.json

The figure is the share of gold central mentions the chosen candidate holds *before* the
central event absorbs its kin (``fold_into_central``): the choice alone. The story's own
figures (``bench/ecb_central.py``, ``bench/pairs_sets.py``) are the number of record.
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from newskit.story.central_model import FEATURES, CentralModel, Prominence
from newskit.story.fit import solve

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

CACHE = Path(".cache/central_fit.pkl")  # per worktree: helpers fit in parallel
OUT = Path("src/newskit/data/central_weights.json")
KEEP = 40  # candidates kept per story in hand order (plus every one holding a gold mention)

#: one story: (group, [(candidate, gold mentions held)] in hand order, gold mentions, name)
Story = tuple[str, list[tuple[Prominence, int]], int, str]


def collect(_args: argparse.Namespace) -> int:
    import ecb_central as ec
    import figures_eval as fe

    import newskit.story.events as ev
    from newskit import Article, Pipeline
    from newskit.story import build_story
    from newskit.story.central import candidates

    gold: set[tuple[str, int, int]] = set()
    current: dict[str, str] = {}
    stories: list[Story] = []
    original = ev.central_index

    def recording(clusters: Any, events: Any, *rest: Any) -> int:
        ranked = candidates(clusters, events, *rest)

        def held(k: int) -> int:
            return sum(1 for g in gold if any(u.ref.article == g[0] and u.ref.start < g[2]
                                              and g[1] < u.ref.end for u in clusters[k]))
        rows = [(p, held(k)) for k, p in ranked]
        kept = [r for n, r in enumerate(rows) if n < KEEP or r[1]]
        stories.append((current["group"], kept, len(gold), current["name"]))
        return original(clusters, events, *rest)

    ev.central_index = recording  # type: ignore[assignment]
    data = pickle.loads(ec.CACHE.read_bytes())
    for name, docs in data["stories"]:
        chain = ec.central_chain(docs)
        if chain:
            gold = {(g["article"], g["start"], g["end"]) for g in chain}
            current["group"], current["name"] = f"ecb{ec.topic(name) % 2}", name
            build_story([ec.with_headline(data["analyses"][d[0]["id"]]) for d in docs])
    pipeline = Pipeline.build()
    for n, (set_name, files) in enumerate(fe.chosen_sets([])):
        for f in files:
            story = fe._story_file(f)
            gold = fe._gold_spans(story)
            if gold:
                current["group"], current["name"] = f"sets{n % 2}", f"{set_name}/{f.stem}"
                build_story([pipeline.run(Article.from_dict(a)) for a in story["articles"]])
    CACHE.write_bytes(pickle.dumps(stories))
    print(f"{len(stories)} stories cached in {CACHE}")
    return 0


def fit(stories: Sequence[Story], l2: float, iterations: int = 25) -> list[float]:
    """Weights of the conditional logit (Newton's method, L2 penalty ``l2``)."""
    usable = [s for s in stories if any(h for _, h in s[1])]
    dim = len(FEATURES)
    w = [0.0] * dim
    for _ in range(iterations):
        grad = [-l2 * x for x in w]
        hess = [[-l2 if i == j else 0.0 for j in range(dim)] for i in range(dim)]
        for _, cands, _, _ in usable:
            rows = [(p.row(), h) for p, h in cands]
            scores = [sum(a * b for a, b in zip(w, x, strict=True)) for x, _ in rows]
            top = max(scores)
            exp = [math.exp(s - top) for s in scores]
            z = sum(exp)
            p = [e / z for e in exp]
            total = sum(h for _, h in rows)
            mu = [sum(pi * x[i] for pi, (x, _) in zip(p, rows, strict=True)) for i in range(dim)]
            for pi, (x, h) in zip(p, rows, strict=True):
                t = h / total
                for i in range(dim):
                    grad[i] += (t - pi) * x[i]
                    if pi > 1e-9:
                        xi = x[i] - mu[i]
                        for j in range(dim):
                            hess[i][j] -= pi * xi * (x[j] - mu[j])
        step = solve([[-v for v in row] for row in hess], grad)
        w = [a + b for a, b in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return w


def held_share(stories: Sequence[Story], w: Sequence[float] | None) -> tuple[int, int]:
    """(gold mentions the chosen candidates hold, gold mentions): the hand order's first
    candidate when ``w`` is None."""
    held = total = 0
    for _, cands, gold, _ in stories:
        total += gold
        if w is None:
            k = 0
        else:
            k = CentralModel(weights=tuple(w)).choose([p for p, _ in cands])
        held += cands[k][1] if cands else 0
    return held, total


def best_share(stories: Sequence[Story]) -> tuple[int, int]:
    """(gold mentions the best candidate of each story holds, gold mentions): the most any
    choice could hold before the fold."""
    return sum(max((h for _, h in cands), default=0) for _, cands, _, _ in stories), sum(s[2] for s in stories)


def _load() -> list[Story]:
    stories: list[Story] = pickle.loads(CACHE.read_bytes())
    return stories


def _show(label: str, got: tuple[int, int]) -> str:
    return f"{label} {got[0]}/{got[1]} = {got[0] / max(1, got[1]):.3f}"


def cv(args: argparse.Namespace) -> int:
    """Fit on one half (ECB+ odd topics and every other set), score the other, both ways."""
    stories = _load()
    for train_tag, test_tag in (("1", "0"), ("0", "1")):
        train = [s for s in stories if s[0].endswith(train_tag)]
        test = [s for s in stories if s[0].endswith(test_tag)]
        w = fit(train, args.l2)
        for kind in ("ecb", "sets"):
            part = [s for s in test if s[0].startswith(kind)]
            print(f"fit on half {train_tag}, test {kind} half {test_tag}: "
                  f"{_show('hand', held_share(part, None))}  {_show('model', held_share(part, w))}  "
                  f"{_show('best', best_share(part))}")
    return 0


def write(args: argparse.Namespace) -> int:
    stories = _load()
    w = fit(stories, args.l2)
    for kind in ("ecb", "sets"):
        part = [s for s in stories if s[0].startswith(kind)]
        print(f"in-sample {kind}: {_show('hand', held_share(part, None))}  "
              f"{_show('model', held_share(part, w))}")
    doc = ("Central-event chooser (story/central_model.py): conditional logit fitted by "
           f"bench/central_fit.py fit --l2 {args.l2} on ECB+ sub-topics 1-35 (CC BY 3.0) and "
           "the committed story sets; see docs/accuracy.md, sessions 12 (lead), 14, 15 and 18 (helper chooser).")
    OUT.write_text(json.dumps({"_doc": doc, "enabled": True,
                               "weights": {n: round(x, 4) for n, x in zip(FEATURES, w, strict=True)}},
                              indent=1) + "\n")
    print(json.dumps(dict(zip(FEATURES, (round(x, 3) for x in w), strict=True))))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("collect")
    for name in ("cv", "fit"):
        p = sub.add_parser(name)
        p.add_argument("--l2", type=float, default=1.0)
    args = ap.parse_args(argv)
    return {"collect": collect, "cv": cv, "fit": write}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
