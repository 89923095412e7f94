"""The first story event's mentions that are no gold central mention, over every committed
story set: the precision side of ``bench/central_misses.py``.

The gold files name the central event's mentions, and the story sets score how many of
them the first event holds; a layer that adds mentions to the first event can only raise
that figure, so what it adds wrongly is read here. Gold annotators do not mark every
mention (a pronoun, a repeated headline word), so an extra mention is not always wrong:
diff the lists before and after a change and read what moved.

    python bench/central_extra.py > /tmp/before.txt   # then change, run again, diff
    python bench/central_extra.py set_h set_k         # some sets

Reads the extractors' output from central_misses.py's cache (``--fresh`` rebuilds it).
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import central_misses as cm  # noqa: E402
import figures_eval as fe  # noqa: E402

from newskit import Pipeline  # noqa: E402
from newskit.story.events import story_clusters  # noqa: E402


def extra(path: Path, analyses: list[Any]) -> tuple[int, list[str]]:
    """(first-event mentions, one line per mention that overlaps no gold central mention)."""
    story = fe._story_file(path)
    gold = fe._gold_spans(story)
    clusters = story_clusters(analyses)
    if not gold or not clusters:
        return 0, []
    texts = {a.article.id: a.article.text for a in analyses}
    out = []
    for u in sorted(clusters[0], key=lambda u: u.key):
        art, s, e = u.key
        if not any(g[0] == art and g[1] < e and s < g[2] for g in gold):
            text = texts[art]
            out.append(f"{path.parent.name}/{path.stem} {art}: {text[max(0, s - 50):s]}[{text[s:e]}]"
                       f"{text[e:e + 30]}".replace("\n", " "))
    return len(clusters[0]), out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="*")
    ap.add_argument("--cache", type=Path, default=Path(".cache/central_misses.pkl"))
    ap.add_argument("--fresh", action="store_true", help="rebuild the analyses' cache")
    args = ap.parse_args(argv)
    cache: dict[str, Any] = {} if args.fresh or not args.cache.exists() else pickle.loads(args.cache.read_bytes())
    before = len(cache)
    pipeline = Pipeline.build()
    total = extras = 0
    for _name, files in fe.chosen_sets(args.sets):
        for f in files:
            n, lines = extra(f, cm._analyses(pipeline, f, cache))
            total, extras = total + n, extras + len(lines)
            for line in lines:
                print(line)
    if len(cache) != before:
        args.cache.parent.mkdir(exist_ok=True)
        args.cache.write_bytes(pickle.dumps(cache))
    print(f"first-event mentions {total}, not gold central {extras} = {extras / max(1, total):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
