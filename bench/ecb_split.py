"""Why the central event's mentions sit in another story event: the split, by kind.

``bench/ecb_central.py`` counts the gold central mentions (ECB+ sub-topics as stories; see
its docstring) that the story's first event holds, and those found in some event. This
says, for each central mention held by ANOTHER event, what kept that event apart from the
first one:

  choice        the first event holds no central mention at all (the choice, not a split)
  other family  no word of its trigger families, no article event in common with the
                first event and no learned word: the fold never looks at it
  role          its event is a toll or a report (``central.role``)
  possible      every mention of its event is told only as possible
  participant   a mention of its event names a participant the first event does not
  time or place most pairs of their article events that state a time or a place exclude
                each other (over a month apart, a dated past event against a much later
                report, places in different countries)
  class         classes that cannot be one happening (``event_merge_into``)
  passes        linked and nothing sets it apart (the first event grew after the fold)

The reasons are tested against the first event as the story ends (``story_clusters``),
in the fold's order (``story/central.py`` ``kept_apart``).
Each mention is counted under its first kind; the pair flags (time, place, participants,
class, both leads, probability) are counted over every split mention as well.

    python bench/ecb_split.py [--headline] [--topics 1-35] [--published own-all] [-v]
    python bench/ecb_split.py --sets [-v]   # the committed story sets, dated news
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from ecb_central import _published, ecb_stories  # noqa: E402

from newskit.model import Analysis  # noqa: E402
from newskit.story.central import kept_apart, linked  # noqa: E402
from newskit.story.events import default_weights, excluded, probability, story_clusters  # noqa: E402
from newskit.story.features import FEATURES, Unit, features, shared_who  # noqa: E402

_F = {name: n for n, name in enumerate(FEATURES)}


def _overlaps(u: Unit, g: dict[str, Any]) -> bool:
    return u.ref.article == g["article"] and u.ref.start < g["end"] and g["start"] < u.ref.end


def cluster_kind(c: Sequence[Unit], host: Sequence[Unit]) -> str:
    """The first thing that keeps cluster ``c`` out of the first event ``host``, as the
    story's fold tests it (``central.linked``, ``central.kept_apart``)."""
    if not linked(c, {v.family for v in host}, {(v.ref.article, v.event) for v in host}):
        return "other family"
    return kept_apart(c, host, excluded) or "passes"


def pair_flags(u: Unit, v: Unit, p: float) -> list[str]:
    """What the pair of a split mention and its closest central mention shows."""
    f = features(u, v)
    flags = ["same class" if f[_F["same_class"]] else "class fits" if f[_F["class_fit"]] else "class differs"]
    if f[_F["time_clash"]]:
        flags.append("time clash")
    elif f[_F["time_fit"]]:
        flags.append("time same day" if f[_F["time_same_day"]] else "time fits (wide)")
    else:
        flags.append("time unknown")
    flags.append("place same" if f[_F["place_fit"]] else "place country" if f[_F["place_country"]]
                 else "place clash" if f[_F["place_clash"]] else "place unknown")
    if u.who and v.who:
        flags.append("who shared" if shared_who(u, v) else "who differ")
    else:
        flags.append("who one side/none")
    flags.append("same article" if f[_F["same_doc"]] else "other article")
    flags.append("both lead" if f[_F["both_lead"]] else "mention in lead" if u.lead else "not lead")
    flags.append("p>=0.3" if p >= 0.3 else "p 0.1-0.3" if p >= 0.1 else "p<0.1")
    return flags


def split_story(clusters: Sequence[Sequence[Unit]], gold: Sequence[dict[str, Any]],
                weights: dict[str, Any]) -> list[tuple[str, list[str], Unit, Unit | None, float]]:
    """(kind, pair flags, the split mention, its closest central mention, probability) per
    gold mention that a cluster other than the first holds."""
    owner: dict[int, int] = {}
    for k, c in enumerate(clusters):
        for i, g in enumerate(gold):
            if i not in owner and any(_overlaps(u, g) for u in c):
                owner[i] = k
    host = clusters[0] if clusters else []
    central = [v for v in host if any(_overlaps(v, g) for g in gold)]
    out: list[tuple[str, list[str], Unit, Unit | None, float]] = []
    for i, k in sorted(owner.items()):
        if k == 0:
            continue
        c = clusters[k]
        u = next(x for x in c if _overlaps(x, gold[i]))
        if not central:
            out.append(("choice", [], u, None, 0.0))
            continue
        best = max(central, key=lambda v: probability(weights, features(u, v)))
        p = probability(weights, features(u, best))
        out.append((cluster_kind(c, host), pair_flags(u, best, p), u, best, p))
    return out


def set_stories() -> Iterator[tuple[str, str, list[Analysis], list[dict[str, Any]]]]:
    """The same for every committed story set with central gold (``bench/figures_eval.py``;
    every other set is a half)."""
    import figures_eval as fe

    from newskit import Article, Pipeline

    pipeline = Pipeline.build()
    for n, (name, files) in enumerate(fe.chosen_sets([])):
        for f in files:
            story = fe._story_file(f)
            gold = [{"article": a, "start": s, "end": e} for a, s, e in sorted(fe._gold_spans(story))]
            if gold:
                yield (f"{name}/{story['name']}", "odd" if n % 2 else "even",
                       [pipeline.run(Article.from_dict(a)) for a in story["articles"]], gold)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--topics", default="1-35")
    ap.add_argument("--headline", action="store_true", help="each article's first line as its title")
    ap.add_argument("--sets", action="store_true", help="the committed story sets instead of ECB+")
    ap.add_argument("--published", type=_published, default=None, metavar="YYYY-MM-DD|own|own-all",
                    help="the articles' publication days, as bench/ecb_central.py gives them")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    weights = default_weights()
    kinds: dict[str, Counter[str]] = defaultdict(Counter)
    flags: dict[str, Counter[str]] = defaultdict(Counter)
    stories: dict[str, set[str]] = defaultdict(set)
    for name, half, analyses, gold in set_stories() if args.sets else ecb_stories(args.topics, args.headline, args.published):
        clusters = story_clusters(analyses)
        for kind, fl, u, v, p in split_story(clusters, gold, weights):
            kinds[kind][half] += 1
            stories[kind].add(name)
            if kind != "choice":
                for x in fl:
                    flags[x][half] += 1
                flags["(split mentions)"][half] += 1
            if args.verbose:
                other = f" ~ {v.ref.text!r} {v.source.type}/{v.family} p={p:.2f}" if v else ""
                print(f"{name:<10} {kind:<12} {u.ref.text!r} {u.source.type}/{u.family}{other}  {' '.join(fl)}")
    print("| kind | odd | even | all | stories |\n|---|---:|---:|---:|---:|")
    for kind in sorted(kinds, key=lambda k: -sum(kinds[k].values())):
        c = kinds[kind]
        print(f"| {kind} | {c['odd']} | {c['even']} | {c['odd'] + c['even']} | {len(stories[kind])} |")
    print("\n| pair flag (split mentions, not the choice) | odd | even | all |\n|---|---:|---:|---:|")
    for x in sorted(flags, key=lambda k: -sum(flags[k].values())):
        c = flags[x]
        print(f"| {x} | {c['odd']} | {c['even']} | {c['odd'] + c['even']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
