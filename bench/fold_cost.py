"""What the fold into the central event gains and costs on ECB+, by the rule that decides.

``bench/ecb_split.py`` counts the central mentions each of the fold's rules keeps out of
the first event; it cannot say what letting them in would cost. ECB+ annotates every
event chain, so here each linked cluster the fold weighs (``story/central.py``
``fold_candidates``: a word of the central families, an article event in common, or a
learned word) is counted with the gold mentions it holds of the central chain and of
OTHER chains, under the rule that decides it (``kept_apart``: ``participant``,
``time or place``, ``class``, or ``joins`` when nothing keeps it apart; tolls, reports
and what is told only as possible are left out). A rule is worth loosening only where the
clusters it keeps out hold more central mentions than mentions of other chains; a
cluster that joins with mentions of other chains costs the links' precision.

    python bench/ecb_coref.py extract ../shared/data/ecbplus   # once
    python bench/fold_cost.py [--topics 1-35] [--published own-all]

Prints per rule and ECB+ half (odd topics are the ones to read): clusters, central gold
mentions held, other chains' gold mentions held, mentions in all.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import ecb_central as ec  # noqa: E402

import newskit.story.events as ev  # noqa: E402
from newskit.story import build_story  # noqa: E402
from newskit.story.central import fold_candidates, kept_apart  # noqa: E402
from newskit.story.features import Unit  # noqa: E402

Span = tuple[str, int, int]


def _holds(units: Sequence[Unit], spans: set[Span]) -> int:
    return sum(1 for u in units if any(u.ref.article == a and u.ref.start < e and s < u.ref.end
                                       for a, s, e in spans))


def _recorder(rows: dict[tuple[str, str], list[int]], labels: dict[str, Any]) -> Callable[..., Any]:
    """A stand-in for ``fold_into_central`` that counts each linked cluster under the
    rule that decides it, then folds as the story does."""
    original = ev.fold_into_central

    def fold(clusters: Sequence[Sequence[Unit]], k: int, excluded: Callable[[Unit, Unit], bool]) -> Any:
        host, others = fold_candidates(clusters, k, excluded)
        for c, candidate in others:
            why = kept_apart(c, host, excluded) if candidate else None
            if not candidate or why in ("role", "possible"):
                continue
            row = rows[(why or "joins", labels["half"])]
            row[0] += 1
            row[1] += _holds(c, labels["central"])
            row[2] += _holds(c, labels["other"])
            row[3] += len(c)
        return original(clusters, k, excluded)

    return fold


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--topics", default="1-35")
    ap.add_argument("--published", type=ec._published, default=None, metavar="YYYY-MM-DD|own|own-all")
    args = ap.parse_args(argv)
    if not ec.CACHE.is_file():
        sys.stderr.write(f"no {ec.CACHE}: run `python bench/ecb_coref.py extract ../shared/data/ecbplus` first\n")
        return 2
    chains = {name: docs for name, docs in pickle.loads(ec.CACHE.read_bytes())["stories"]}
    rows: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    labels: dict[str, Any] = {}
    ev.fold_into_central = _recorder(rows, labels)  # type: ignore[assignment]
    for name, half, analyses, gold in ec.ecb_stories(args.topics, True, args.published):
        central = {(g["article"], g["start"], g["end"]) for g in gold}
        every = {(g["article"], g["start"], g["end"]) for _, golds, _ in chains[name] for g in golds}
        labels.update(half=half, central=central, other=every - central)
        build_story(analyses)
    print(f"{'rule':<14} {'half':<5} {'clusters':>8} {'central':>8} {'other':>8} {'mentions':>9}")
    for (why, half), (n, central_n, other_n, size) in sorted(rows.items()):
        print(f"{why:<14} {half:<5} {n:>8} {central_n:>8} {other_n:>8} {size:>9}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
