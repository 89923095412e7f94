"""The central mentions the story's first event misses on ECB+ sub-topics, sorted by kind.

``bench/ecb_central.py`` counts the gold central chain's mentions held by the story's first
event on real news; this sorts the missed ones by the kinds of ``bench/central_misses.py``
(``wrong first``, ``no event``, ``apart: <why>``), so that the kinds of miss on real news
can be set beside those of the invented story sets: a fix of a kind both share may carry
to news nobody has read. Odd and even topics are the halves (classify on one, check on the
other), as in ``ecb_central.py``.

    python bench/ecb_coref.py extract ../shared/data/ecbplus   # once: the cached analyses
    python bench/ecb_central_misses.py --topics 1-35 --half odd [--headline] [--published own-all] [-v]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from central_misses import Miss, _table, classify_spans, list_misses  # noqa: E402
from ecb_central import CACHE, _published, ecb_stories  # noqa: E402


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--topics", default="1-35")
    ap.add_argument("--half", choices=("odd", "even", "all"), default="all")
    ap.add_argument("--headline", action="store_true", help="each article's first line as its title")
    ap.add_argument("--published", type=_published, default=None, metavar="YYYY-MM-DD|own|own-all")
    ap.add_argument("--kind", help="only mentions of this kind (a prefix)")
    ap.add_argument("-v", action="store_true", help="list every missed mention")
    args = ap.parse_args(argv)
    if not CACHE.is_file():
        sys.stderr.write(f"no {CACHE}: run `python bench/ecb_coref.py extract ../shared/data/ecbplus` first\n")
        return 2
    total = held = 0
    misses: list[Miss] = []
    for name, half, analyses, gold in ecb_stories(args.topics, args.headline, args.published):
        if args.half not in ("all", half):
            continue
        texts = {a.article.id: a.article.text for a in analyses}
        spans = sorted({(g["article"], g["start"], g["end"]) for g in gold})
        t, h, ms = classify_spans("ecb", name, spans, texts, analyses, None)
        total, held, misses = total + t, held + h, misses + ms
    chosen = [m for m in misses if not args.kind or m.kind.startswith(args.kind)]
    _table(chosen, {"ecb": "ecb"}, total, held)
    if args.v:
        list_misses(chosen)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
