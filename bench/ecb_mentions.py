"""Fast development loop for the events plugin's trigger recall on ECB+.

The other extractors (dates, persons) do not change while the trigger lexicon is worked
on, so ``prepare`` runs the pipeline once over every ECB+ document and caches each
article with the mentions the events linker reads; ``score`` then reruns only the
events linker and counts event mentions exactly as ``score.py ecbplus`` does (overlap
matching one-to-one per document, scored sentences only), per range of topics. The
scorer's own run stays the figure of record (docs/accuracy.md).

    python bench/ecb_mentions.py prepare ../shared/data/ecbplus
    python bench/ecb_mentions.py score --topics 1-20 --topics 21-35
    python bench/ecb_mentions.py errors --topics 1-20 [--kind fn|fp] [--top 80]

``errors`` prints missed gold words (by frequency, with a context) and false triggers; it
is for the topics developed on only: held-out topics are read as aggregate figures.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

from newskit.model import Article, DateMention, PersonMention

CACHE = Path(".cache/ecb_mentions_in.pkl")

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ecb_coref import _score_module, _topics  # noqa: E402  (one loader of the scorer, one topic parser)


def prepare(args: argparse.Namespace) -> int:
    """Run the pipeline once; cache (topic, article, gold, scored sentences, mentions)."""
    from newskit.pipeline import Pipeline

    sc = _score_module(args.score)
    folder = Path(args.folder)
    csv = sc.find_ecb_csv(folder)
    selected = sc.ecb_sentences(csv) if csv else None
    pipe = Pipeline.build()
    docs: list[tuple[int, dict[str, Any], list[dict[str, Any]], list[dict[str, Any]], tuple[Any, ...]]] = []
    for name, story in sc.read_ecbplus(folder, selected, False):
        topic = int("".join(ch for ch in name if ch.isdigit()))
        for art, gold, scored in story:
            an = pipe.run(Article(id=art["id"], text=art["text"]))
            keep = tuple(m for m in an.mentions if isinstance(m, (DateMention, PersonMention)))
            docs.append((topic, art, gold, scored, keep))
    CACHE.parent.mkdir(exist_ok=True)
    CACHE.write_bytes(pickle.dumps(docs))
    print(f"cached {len(docs)} documents in {CACHE}")
    return 0


def _predict(art: dict[str, Any], mentions: tuple[Any, ...]) -> list[dict[str, Any]]:
    from newskit_events.extract import extract_events

    events = extract_events(Article(id=art["id"], text=art["text"]), mentions)
    return [{"article": art["id"], "start": m.start, "end": m.end, "text": m.text, "cls": e.type}
            for e in events for m in e.mentions]


def _run(sc: ModuleType, topics: set[int]) -> tuple[Any, list[tuple[dict[str, Any], list[Any], list[Any]]]]:
    det = sc.Tally([])
    per_doc = []
    for topic, art, gold, scored, mentions in pickle.loads(CACHE.read_bytes()):
        if topic not in topics:
            continue
        pm = [p for p in _predict(art, mentions) if any(sc.overlap(p, r) for r in scored)]
        sc.score_items(det, gold, pm, {}, art["id"])
        pairs, unmatched = sc.match(gold, pm)
        hit = {id(g) for g, _ in pairs}
        per_doc.append((art, [g for g in gold if id(g) not in hit], unmatched))
    return det, per_doc


def score(args: argparse.Namespace) -> int:
    sc = _score_module(args.score)
    for spec in args.topics or ["1-20", "21-35"]:
        det, _ = _run(sc, _topics(spec))
        p, r, f = det.prf()
        print(f"topics {spec:<6} gold {det.tp + det.fn:5d} pred {det.tp + det.fp:5d}  "
              f"P {p:.3f} R {r:.3f} F1 {f:.3f}")
    return 0


def _context(text: str, s: int, e: int, width: int = 60) -> str:
    return (text[max(0, s - width):s] + "[" + text[s:e] + "]" + text[e:e + width]).replace("\n", " | ")


def errors(args: argparse.Namespace) -> int:
    sc = _score_module(args.score)
    topics = _topics(args.topics[0] if args.topics else "1-20")
    if topics & _topics("21-45"):
        raise SystemExit("errors: read errors of the developed-on topics (1-20) only")
    _, per_doc = _run(sc, topics)
    words: Counter[str] = Counter()
    ctx: dict[str, list[str]] = {}
    for art, missed, false in per_doc:
        items = missed if args.kind == "fn" else false
        for x in items:
            w = art["text"][x["start"]:x["end"]].lower()
            words[w] += 1
            ctx.setdefault(w, []).append(_context(art["text"], x["start"], x["end"]) +
                                         (f"  <{x['cls']}>" if "cls" in x else ""))
    for w, n in words.most_common(args.top):
        print(f"{n:4d} {w}")
        for c in ctx[w][: args.examples]:
            print(f"       {c}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--score", default="../shared/eval/score.py")
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("prepare").add_argument("folder")
    s = sub.add_parser("score")
    s.add_argument("--topics", action="append")
    e = sub.add_parser("errors")
    e.add_argument("--topics", action="append")
    e.add_argument("--kind", choices=("fn", "fp"), default="fn")
    e.add_argument("--top", type=int, default=80)
    e.add_argument("--examples", type=int, default=2)
    args = ap.parse_args(argv)
    return {"prepare": prepare, "score": score, "errors": errors}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
