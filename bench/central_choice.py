"""The stories where the central-event chooser picked wrong: what it picked, what held the
gold central act.

``bench/ecb_split.py`` counts as *choice* the gold central mentions of stories whose first
event holds none of them. This lists those stories (ECB+ sub-topics with titles, and the
committed story sets): the candidate the chooser picked (``story/central.py``
``central_index``, before the fold) and the candidate that holds the most gold central
mentions, each with its trigger words, class, and the prominence features the chooser
weighs, so the wrong picks can be sorted by kind.

    python bench/central_choice.py [--sets | --ecb] [--all]

``--all`` lists every story, not only those whose pick holds no gold mention.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import newskit.story.events as ev  # noqa: E402
from newskit.story.central import candidates  # noqa: E402
from newskit.story.central_model import FEATURES, Prominence, load_model  # noqa: E402
from newskit.story.features import Unit  # noqa: E402


def _held(units: Sequence[Unit], gold: Sequence[tuple[str, int, int]]) -> int:
    return sum(1 for a, s, e in gold if any(u.ref.article == a and u.ref.start < e and s < u.ref.end
                                            for u in units))


def _words(units: Sequence[Unit]) -> str:
    top = Counter(u.ref.text.lower() for u in units).most_common(4)
    return ", ".join(f"{w}x{n}" if n > 1 else w for w, n in top)


def _row(p: Prominence) -> str:
    keep = ("headlines", "leads", "lead_articles", "articles", "first_told", "opening", "mentions")
    flags = [n for n in FEATURES if n not in keep and float(getattr(p, n)) and n not in ("named_class",)]
    nums = " ".join(f"{n[:5]}={float(getattr(p, n)):.2f}" for n in keep)
    return f"{nums} {' '.join(flags)}{'' if p.named_class else ' MINOR'}"


def probe(name: str, gold: Sequence[tuple[str, int, int]], show_all: bool, texts: dict[str, str]) -> Any:
    """A stand-in for ``central_index`` that prints the pick and the best gold holder."""
    original = ev.central_index

    def recording(clusters: Any, events: Any, *rest: Any) -> int:
        k = original(clusters, events, *rest)
        ranked = dict(candidates(clusters, events, *rest))
        held = [_held(c, gold) for c in clusters]
        best = max(range(len(clusters)), key=lambda j: (held[j], -j))
        if show_all or (held[k] == 0 and held[best] > 0):
            told = Counter(texts[a][s:e].lower() for a, s, e in gold).most_common(5)
            print(f"== {name}: gold {len(gold)} [{', '.join(f'{w}x{n}' for w, n in told)}], "
                  f"pick holds {held[k]}, best holds {held[best]}")
            for tag, j in (("PICK", k), ("GOLD", best)):
                c, e = clusters[j], events[j]
                print(f"  {tag} {e.type:<12} [{_words(c)}] n={len(c)}\n       {_row(ranked[j])}")
        return k
    return recording


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", action="store_true", help="only the committed story sets")
    ap.add_argument("--ecb", action="store_true", help="only ECB+")
    ap.add_argument("--all", action="store_true")
    args = ap.parse_args(argv)
    load_model()
    original = ev.central_index
    try:
        if not args.sets:
            from ecb_central import ecb_stories

            from newskit.story import build_story
            for name, _half, analyses, gold in ecb_stories("1-35", True):
                ev.central_index = probe(name, [(g["article"], g["start"], g["end"]) for g in gold], args.all,
                                   {a.article.id: a.article.text for a in analyses})
                build_story(analyses)
        if not args.ecb:
            from ecb_split import set_stories

            from newskit.story import build_story
            for name, _half, analyses, gold in set_stories():
                ev.central_index = probe(name, [(g["article"], g["start"], g["end"]) for g in gold], args.all,
                                   {a.article.id: a.article.text for a in analyses})
                build_story(analyses)
    finally:
        ev.central_index = original
    return 0


if __name__ == "__main__":
    sys.exit(main())
