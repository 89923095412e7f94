"""How much of the story's first event is the central event: the share of its mentions
that the gold lists as central (``central_mentions``), over the committed story sets, by
the reading that made each mention.

``bench/figures_eval.py`` and ``bench/central_misses.py`` measure the other side, how many
gold central mentions the first event holds. A first event that also holds the talks
about a strike, the car of a crash or the aftershocks of a quake reads wrong to a user
(its evidence lines quote them) though it holds every gold mention. A mention counts as
central when it overlaps a gold central mention's first character; gold lists the
central event's words only, so a mention of another word that refers to the event
("the disaster") counts against precision here, an upper bound of the loss, not its size.

Each mention is tagged by the reading that made its unit (``events``: the events plugin;
``frame``, ``learned``, ``lead-act``, ``act``, ``predicate``, ...: the story layer's own
readings, the tag inside the unit's source id). Analyses are cached as in
``bench/central_misses.py`` (``--cache``).

    python bench/central_precision.py $SK | tail -n 1     # the summary line
    python bench/central_precision.py set_gb --words       # the words each tag adds, held or not
    python bench/central_precision.py set_gb -v            # every mention outside the gold
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import figures_eval as fe  # noqa: E402
from central_misses import _analyses  # noqa: E402

from newskit import Analysis, Pipeline  # noqa: E402
from newskit.story.events import story_clusters  # noqa: E402
from newskit.story.features import Unit  # noqa: E402


def tag(unit: Unit) -> str:
    """The reading that made a unit: ``events`` for the events plugin's mentions, else the
    story layer's tag in its source id (``<article>:<tag>:learned:<start>``)."""
    sid = unit.source.id
    if "#e" in sid:
        return "events"
    parts = sid.split(":")
    return parts[1] if len(parts) > 2 else "other"


def rows(path: Path, analyses: Sequence[Analysis]) -> list[tuple[str, str, bool, str]]:
    """(tag, word, central, context) for each mention of the story's first event."""
    story = fe._story_file(path)
    gold = fe._gold_spans(story)
    starts = {(a, s) for a, s, _ in gold}
    texts = {a["id"]: a["text"] for a in story["articles"]}
    clusters = story_clusters(analyses)
    if not clusters:
        return []
    out = []
    for u in clusters[0]:
        held = any((u.ref.article, k) in starts for k in range(u.ref.start, u.ref.end))
        text = texts[u.ref.article]
        context = (text[max(0, u.ref.start - 60):u.ref.start] + "[" + u.ref.text + "]"
                   + text[u.ref.end:u.ref.end + 40]).replace("\n", " ")
        out.append((tag(u), u.ref.text.lower(), held, context))
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="*")
    ap.add_argument("--skip", action="append", default=[])
    ap.add_argument("-v", action="store_true", help="list every first-event mention the gold does not list")
    ap.add_argument("--words", action="store_true", help="the words each tag adds, held and not")
    ap.add_argument("--cache", type=Path, default=Path(".cache/central_misses.pkl"))
    args = ap.parse_args(argv)
    chosen = fe.chosen_sets([*args.sets, *(x for s in args.skip for x in ("--skip", s))])
    cache: dict[str, Any] = pickle.loads(args.cache.read_bytes()) if args.cache.exists() else {}
    before = len(cache)
    pipeline = Pipeline.build()
    held: Counter[str] = Counter()
    other: Counter[str] = Counter()
    words: dict[tuple[str, bool], Counter[str]] = {}
    lines = []
    for name, files in chosen:
        for f in files:
            if "central_mentions" not in fe._story_file(f):
                continue
            for t, w, ok, ctx in rows(f, _analyses(pipeline, f, cache)):
                (held if ok else other)[t] += 1
                words.setdefault((t, ok), Counter())[w] += 1
                if not ok:
                    lines.append(f"{name}/{f.stem} {t}: {ctx}")
    if len(cache) != before:
        args.cache.parent.mkdir(exist_ok=True)
        args.cache.write_bytes(pickle.dumps(cache))
    for t in sorted(set(held) | set(other), key=lambda t: -(held[t] + other[t])):
        print(f"{t:14s} central {held[t]:5d}  other {other[t]:5d}")
        if args.words:
            for ok in (True, False):
                common = words.get((t, ok), Counter()).most_common(30)
                print(f"    {'central' if ok else 'other':7s} " + ", ".join(f"{w} {n}" for w, n in common))
    if args.v:
        print("\n".join(lines))
    h, o = sum(held.values()), sum(other.values())
    print(f"first event: {h} of {h + o} mentions central = {h / max(1, h + o):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
