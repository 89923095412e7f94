"""Fit the central event's fold model (``story/fold_model.py``) on ECB+ sub-topics and the
committed story sets.

Each story's fold candidates (``story/central.py`` ``fold_sign_rows``: the clusters that
share the central event's trigger families or an article event, no toll, report or
possible event) that a hand rule keeps apart (a participant, times or places, a class:
the model weighs only those) are rows of signs. On ECB+ a row's label is whether most of
its annotated mentions belong to the gold chain that most of the central cluster's
annotated mentions belong to (the same happening), weighted by its annotated mentions, the
ones the links score counts; rows with no annotated mention, or of a central cluster with
none, teach nothing and are left out. In the sets (``--sets``; dated news, where ECB+ has
no publication dates) every mention of the central happening is annotated, so a row is
the same happening when most of its mentions are central ones. The fit is decided on one
half (odd ECB+ topics and every other set by default) and reported on the other, so what
it learns is how one happening told in other words looks, not a topic.

    python bench/fold_fit.py [--train odd] [--sets] [--l2 1.0] [--out src/newskit/data/fold_weights.json]
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from ecb_central import CACHE, central_chain, topic, with_headline  # noqa: E402

import newskit.story.events as story_events  # noqa: E402
from newskit.model import Analysis  # noqa: E402
from newskit.story.central import fold_sign_rows  # noqa: E402
from newskit.story.features import Unit  # noqa: E402
from newskit.story.fit import fit_weights  # noqa: E402
from newskit.story.fold_model import FEATURES, FoldModel, FoldSigns  # noqa: E402

Row = tuple[list[float], int, int]  # signs, label, weight
_FOLD = "fold_into_central"  # the story's fold, watched while a story is built


def _chains(docs: Sequence[Any]) -> dict[str, list[tuple[int, int, str]]]:
    """Annotated spans by article: (start, end, chain)."""
    out: dict[str, list[tuple[int, int, str]]] = {}
    for art, gold, _ in docs:
        for g in gold:
            out.setdefault(art["id"], []).append((g["start"], g["end"], g["chain"]))
    return out


def _chain_counts(units: Sequence[Unit], spans: dict[str, list[tuple[int, int, str]]]) -> Counter[str]:
    got: Counter[str] = Counter()
    for u in units:
        hit = next((c for s, e, c in spans.get(u.ref.article, ()) if s < u.ref.end and u.ref.start < e), None)
        if hit is not None:
            got[hit] += 1
    return got


def _folds_seen(analyses: list[Analysis]) -> list[tuple[list[list[Unit]], int]]:
    """The (clusters, central index) the story's fold is called with, while building it."""
    seen: list[tuple[list[list[Unit]], int]] = []
    original = getattr(story_events, _FOLD)

    def spy(clusters: Any, k: int, excluded: Any) -> Any:
        seen.append(([list(c) for c in clusters], k))
        return original(clusters, k, excluded)

    setattr(story_events, _FOLD, spy)
    try:
        story_events.story_clusters(analyses)
    finally:
        setattr(story_events, _FOLD, original)
    return seen


def _kept_apart(signs: FoldSigns) -> bool:
    """A hand rule sets the candidate apart (``story/central.py`` ``kept_apart``)."""
    return signs.participant or signs.apart or signs.class_clash


def story_rows(docs: Sequence[Any], analyses: list[Analysis]) -> list[Row]:
    """The fold candidates of one story, labelled (see the module docstring)."""
    spans = _chains(docs)
    rows: list[Row] = []
    for clusters, k in _folds_seen(analyses):
        host_chain = _chain_counts(clusters[k], spans).most_common(1)
        if not host_chain:
            continue
        chain = host_chain[0][0]
        for c, signs in fold_sign_rows(clusters, k, story_events.excluded):
            if not _kept_apart(signs):
                continue  # the hand rules fold it: the model only weighs what they keep apart
            counts = _chain_counts(c, spans)
            n = sum(counts.values())
            if n:
                rows.append((list(signs.row()), int(2 * counts[chain] > n), n))
    return rows


def set_rows(half: str) -> Iterator[Row]:
    """Rows of the committed story sets of the half (every other set, ``ecb_split.py
    --sets``), labelled by their central gold: every mention of the central happening is
    annotated, so a cluster is the same happening when most of its mentions are."""
    from ecb_split import set_stories

    for _, h, analyses, gold in set_stories():
        if half != "all" and h != half:
            continue
        spans: dict[str, list[tuple[int, int, str]]] = {}
        for g in gold:
            spans.setdefault(g["article"], []).append((g["start"], g["end"], "central"))
        for clusters, k in _folds_seen(analyses):
            if not _chain_counts(clusters[k], spans):
                continue
            for c, signs in fold_sign_rows(clusters, k, story_events.excluded):
                if _kept_apart(signs):
                    rows_in = _chain_counts(c, spans)["central"]
                    yield (list(signs.row()), int(2 * rows_in > len(c)), len(c))


def ecb_rows(half: str) -> Iterator[Row]:
    """Rows of every ECB+ sub-topic with a central chain in the half (``odd``, ``even``,
    ``all``), and of every topic read as one story: its two sub-topics tell two happenings
    of one kind (two Oscars hosts, two firings), as a stream may hold last year's quake
    beside today's, and the fold must keep them apart (``bench/ecb_coref.py`` fits the
    pairwise model on both too)."""
    data = pickle.loads(CACHE.read_bytes())
    topics: dict[int, list[Any]] = {}
    for name, docs in data["stories"]:
        t = topic(name)
        if half != "all" and (t % 2 == 1) != (half == "odd"):
            continue
        topics.setdefault(t, []).extend(docs)
        if central_chain(docs):
            yield from story_rows(docs, [with_headline(data["analyses"][d[0]["id"]]) for d in docs])
    for docs in topics.values():
        if central_chain(docs):
            yield from story_rows(docs, [with_headline(data["analyses"][d[0]["id"]]) for d in docs])


def report(label: str, model: FoldModel, rows: Sequence[Row]) -> None:
    """Weighted accuracy and the hand rule's, on the rows."""
    hand = FEATURES.index("participant"), FEATURES.index("apart"), FEATURES.index("class_clash")
    tally = Counter[str]()
    for f, y, n in rows:
        signs = dict(zip(FEATURES, f, strict=True))
        p = model.bias + sum(w * signs[name] for w, name in zip(model.weights, FEATURES, strict=True))
        tally["model"] += n * int((p >= 0) == bool(y))
        tally["hand"] += n * int((not any(f[i] for i in hand)) == bool(y))
        tally["all"] += n
        tally["same"] += n * y
    print(f"{label}: {len(rows)} rows, {tally['all']} mentions, same happening {tally['same']}; "
          f"right: model {tally['model']}, hand rules {tally['hand']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--train", default="odd", choices=("odd", "even", "all"))
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--out")
    ap.add_argument("--sets", action="store_true")
    args = ap.parse_args(argv)
    train = list(ecb_rows(args.train)) + (list(set_rows(args.train)) if args.sets else [])
    weights = fit_weights([(f, y) for f, y, n in train for _ in range(n)], l2=args.l2, names=FEATURES)
    model = FoldModel.from_dict({"weights": weights})
    report(f"train {args.train}", model, train)
    if args.train != "all":
        other = "even" if args.train == "odd" else "odd"
        report(f"held out {other}", model, list(ecb_rows(other)))
        if args.sets:
            report(f"sets held out {other}", model, list(set_rows(other)))
    doc = {"_doc": f"Central-event fold (story/fold_model.py): logistic regression fitted by bench/fold_fit.py "
                   f"--train {args.train} --l2 {args.l2}{' --sets' if args.sets else ''} on the fold candidates "
                   "that a hand rule keeps apart, in ECB+ sub-topics (CC BY 3.0)"
                   f"{' and the committed story sets' if args.sets else ''}; see docs/accuracy.md, session 14, fold.",
           "enabled": True, "threshold": 0.5, "weights": weights}
    print(json.dumps(doc, indent=1))
    if args.out:
        Path(args.out).write_text(json.dumps(doc, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
