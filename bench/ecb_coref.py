"""Fast development loop for cross-document event coreference on ECB+.

The per-article pipeline is the slow part and does not depend on the story layer, so
``extract`` runs it once over every ECB+ document and caches the analyses; ``score`` then
builds each story in-process with :func:`newskit.story.events.merge_events` and scores it
with the functions of ``../shared/eval/score.py`` (the same figures as
``score.py ecbplus``, which stays the number of record); ``fit`` fits the pairwise model on
chosen topics (``newskit/story/fit.py`` holds the fitting code).

    python bench/ecb_coref.py extract ../shared/data/ecbplus
    python bench/ecb_coref.py score --topics 1-35 [--by-topic] [--published own-all]
    python bench/ecb_coref.py fit --topics 1-35 --out src/newskit/data/coref_weights.json
    python bench/ecb_coref.py cv [--halves 1-20 21-35]  # leave-topics-out (two folds)
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import pickle
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from newskit.model import Analysis, Article

CACHE = Path(".cache/ecb_analyses.pkl")


def _score_module(path: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location("nk_score", path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _topics(spec: str) -> set[int]:
    out: set[int] = set()
    for part in spec.split(","):
        a, _, b = part.partition("-")
        out.update(range(int(a), int(b or a) + 1))
    return out


def extract(args: argparse.Namespace) -> int:
    """Run the pipeline over every document; cache (stories, gold, analyses)."""
    from newskit.pipeline import Pipeline

    sc = _score_module(args.score)
    folder = Path(args.folder)
    csv = sc.find_ecb_csv(folder)
    selected = sc.ecb_sentences(csv) if csv else None
    stories = sc.read_ecbplus(folder, selected, False)
    pipe = Pipeline.build()
    analyses: dict[str, Analysis] = {}
    for _, docs in stories:
        for art, _, _ in docs:
            analyses[art["id"]] = pipe.run(Article(id=art["id"], text=art["text"]))
    CACHE.parent.mkdir(exist_ok=True)
    CACHE.write_bytes(pickle.dumps({"stories": stories, "analyses": analyses}))
    print(f"cached {len(analyses)} analyses in {CACHE}")
    return 0


def load(topics: set[int], by_topic: bool, published: str | None = None
         ) -> list[tuple[str, list[Any], list[Analysis]]]:
    """[(story name, docs as score.py reads them, analyses)] for the topics asked;
    ``published``: each sub-topic's articles dated as ``bench/ecb_central.py --published``
    dates them (``own``, ``own-all`` or a day), as held-out real news comes dated."""
    data = pickle.loads(CACHE.read_bytes())
    if published is not None:
        from ecb_central import _dated, _published

        data["analyses"] = {d[0]["id"]: a for _, docs in data["stories"]
                            for d, a in zip(docs, _dated([data["analyses"][d[0]["id"]] for d in docs],
                                                         _published(published)), strict=True)}
    grouped: dict[str, tuple[list[Any], list[Analysis]]] = {}
    for name, docs in data["stories"]:
        topic = int("".join(ch for ch in name if ch.isdigit()))
        if topic not in topics:
            continue
        key = str(topic) if by_topic else name
        g = grouped.setdefault(key, ([], []))
        g[0].extend(docs)
        g[1].extend(data["analyses"][d[0]["id"]] for d in docs)
    return [(k, d, a) for k, (d, a) in grouped.items()]


def figures(sc: ModuleType, stories: list[tuple[str, list[Any], list[Analysis]]],
            weights: dict[str, Any] | None = None) -> dict[str, float]:
    """score.py's ECB+ figures for the stories, built in-process."""
    from newskit.story.events import merge_events

    det = sc.Tally([])
    matched: list[tuple[Any, Any, str]] = []
    for name, docs, analyses in stories:
        events = merge_events(analyses, weights=weights)
        story = {"events": [{"mentions": [{"article": m.article, "start": m.start, "end": m.end}
                                          for m in e.mentions]} for e in events]}
        preds = sc.story_mentions(story, {a["id"] for a, _, _ in docs})
        for art, gold, scored in docs:
            pm = [p for p in preds.get(art["id"], []) if any(sc.overlap(p, r) for r in scored)]
            pairs, _ = sc.match(gold, pm)
            sc.score_items(det, gold, pm, {}, f"{name} {art['id']}")
            matched += [((name, g["chain"]), (name, p["event"]), art["id"]) for g, p in pairs]
    gold_links = sc.pairs_across_docs([(g, d) for g, _, d in matched])
    pred_links = sc.pairs_across_docs([(p, d) for _, p, d in matched])
    good = sc.pairs_across_docs([((g, p), d) for g, p, d in matched])
    lp, lr, lf = sc.prf(good, pred_links, gold_links)
    bp, br, bf = sc.bcubed([(g, p) for g, p, _ in matched])
    mp, mr, _mf = det.prf()
    return {"mention_p": mp, "mention_r": mr, "links_p": lp, "links_r": lr, "links_f1": lf,
            "b3_p": bp, "b3_r": br, "b3_f1": bf}


def _show(label: str, f: dict[str, float]) -> None:
    print(f"{label:<22} mentions P {f['mention_p']:.3f} R {f['mention_r']:.3f} | links P "
          f"{f['links_p']:.3f} R {f['links_r']:.3f} F1 {f['links_f1']:.3f} | B3 P {f['b3_p']:.3f} "
          f"R {f['b3_r']:.3f} F1 {f['b3_f1']:.3f}")


def score(args: argparse.Namespace) -> int:
    sc = _score_module(args.score)
    weights = json.loads(Path(args.weights).read_text()) if args.weights else None
    stories = load(_topics(args.topics), args.by_topic, args.published)
    label = f"topics {args.topics}" + (" by-topic" if args.by_topic else "") + (" dated" if args.published else "")
    _show(label, figures(sc, stories, weights))
    return 0


def _pairs(topics: set[int]) -> list[tuple[list[float], int]]:
    from newskit.story.fit import training_pairs

    out: list[tuple[list[float], int]] = []
    for by_topic in (False, True):
        for _, docs, analyses in load(topics, by_topic):
            gold = {(g["article"], g["start"], g["end"]): g["chain"] for _, gs, _ in docs for g in gs}
            out += training_pairs(analyses, gold, cross_subtopic=by_topic)
    return out


def tuned(sc: ModuleType, topics: set[int],
          thresholds: tuple[float, ...] = (0.25, 0.3, 0.35, 0.4, 0.45, 0.5)) -> dict[str, Any]:
    """Weights fitted on the topics, with the clustering threshold that gives the best mean
    of links F1 and B-cubed F1 on the same topics (per sub-topic and per topic)."""
    from newskit.story.fit import fit_weights

    weights = fit_weights(_pairs(topics))
    weights["unscored"] = 0.2
    best = (-1.0, 0.5)
    for t in thresholds:
        w = {**weights, "threshold": t}
        got = [figures(sc, load(topics, bt), w) for bt in (False, True)]
        val = sum(f["links_f1"] + f["b3_f1"] for f in got) / 4
        best = max(best, (val, t))
    weights["threshold"] = best[1]
    return weights


def fit(args: argparse.Namespace) -> int:
    weights = tuned(_score_module(args.score), _topics(args.topics))
    weights["_source"] = (f"Fitted by bench/ecb_coref.py fit --topics {args.topics} on ECB+ "
                          "(CC BY 3.0) story pairs; see newskit/story/fit.py.")
    Path(args.out).write_text(json.dumps(weights, indent=1, sort_keys=True) + "\n")
    print(json.dumps(weights, indent=1, sort_keys=True))
    return 0


def cv(args: argparse.Namespace) -> int:
    """Leave-topics-out: fit (weights and threshold) on one half of the topics, score on
    the other, both ways; the same halves scored with the weights in use (``--weights``,
    else the package's) for comparison. Folds are by topic, never by document."""
    sc = _score_module(args.score)
    first, second = _topics(args.halves[0]), _topics(args.halves[1])
    current = json.loads(Path(args.weights).read_text()) if args.weights else None
    for train, test in ((first, second), (second, first)):
        w = tuned(sc, train, (0.25, 0.3, 0.35, 0.4, 0.45))
        print(f"fit {min(train)}-{max(train)}: threshold {w['threshold']}")
        for by_topic in (False, True):
            label = f"test {min(test)}-{max(test)}" + (" T" if by_topic else "")
            _show(f"{label} fitted", figures(sc, load(test, by_topic), w))
            _show(f"{label} current", figures(sc, load(test, by_topic), current))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--score", default="../shared/eval/score.py")
    sub = ap.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("extract")
    e.add_argument("folder")
    for name in ("score", "fit"):
        p = sub.add_parser(name)
        p.add_argument("--topics", default="1-35")
        p.add_argument("--by-topic", action="store_true")
        p.add_argument("--weights")
        p.add_argument("--out", default="src/newskit/data/coref_weights.json")
        p.add_argument("--published", default=None, metavar="YYYY-MM-DD|own|own-all",
                       help="score only: date the articles as bench/ecb_central.py --published does")
    c = sub.add_parser("cv")
    c.add_argument("--halves", nargs=2, default=["1-20", "21-35"], metavar="TOPICS")
    c.add_argument("--weights")
    args = ap.parse_args(argv)
    return {"extract": extract, "score": score, "fit": fit, "cv": cv}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
