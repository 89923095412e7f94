"""Every central mention the story's first event misses, over every committed story set,
sorted by KIND of miss, and how many sets and writing batches each kind recurs in.

A fix read off one story does not carry to news nobody has read; a kind of miss that
recurs in sets written in many sessions may. So this classifies each gold central mention
(``central_mentions`` in the gold files, as ``bench/figures_eval.py`` scores them) that the
first story event does not hold:

* ``wrong first``: another event holds more of the gold mentions than the first one, and
  this mention is in it; the detail says what the first event is instead (a toll or report,
  an occasion, what is told only as possible, a consequence, a happening dated another day,
  else its class);
* ``no event``: no story event holds it: the events plugin found no event there. The
  detail says whether the word is a verb form or a noun, and whether the same word family
  is an event elsewhere in the story (``known``) or nowhere (``unknown``);
* ``apart: <why>``: in another event (the detail says whether the mention has a word of
  a central family, is in a central mention's article event, or neither), which ``story/central.py`` ``kept_apart`` sets apart
  from the central one (``role``: a toll or report; ``possible``; ``participant``: a
  participant of its own; ``date`` / ``place``: its time or place excludes the central
  event's; ``class``: a class that cannot be one happening with it), or ``unlinked``: it
  shares no trigger family and no article event with the central event, so nothing asked
  whether it is one with it (``kept_apart`` finds nothing: only the link is missing).

The writing batch of a set is the commit that added it (sets added together were written
in one session). Analyses are cached (``--cache``, default ``.cache/central_misses.pkl``;
``--fresh`` rebuilds it): the story stage is what the central rules change, and the
extractors' output is the same from run to run.

    python bench/central_misses.py                 # the table by kind, then by set
    python bench/central_misses.py -v              # and every missed mention, in context
    python bench/central_misses.py set_h set_k     # some sets
    python bench/central_misses.py --kind unlinked -v  # the mentions of one kind only
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import figures_eval as fe  # noqa: E402
from miss_tables import kinds_table  # noqa: E402

from newskit import Analysis, Article, Pipeline  # noqa: E402
from newskit.story._common import story_data  # noqa: E402
from newskit.story.central import kept_apart, linked, role  # noqa: E402
from newskit.story.events import excluded, story_clusters  # noqa: E402
from newskit.story.features import Unit, family, is_verb_form, place_clash  # noqa: E402
from newskit.timex import compatible  # noqa: E402

Span = tuple[str, int, int]


@attrs.frozen
class Miss:
    """One gold central mention the first event does not hold."""

    set_name: str
    story: str
    article: str
    word: str
    kind: str
    detail: str
    context: str


def _batches(sets: Sequence[tuple[str, list[Path]]]) -> dict[str, str]:
    """Each set's writing batch: the date and hash of the commit that added its first file."""
    out = {}
    for name, files in sets:
        log = subprocess.run(["git", "log", "--diff-filter=A", "--format=%ad %h", "--date=short", "--",
                              str(files[0])], capture_output=True, text=True, cwd=HERE, check=False)
        lines = log.stdout.split("\n")
        out[name] = next((x for x in reversed(lines) if x.strip()), "unknown")
    return out


def _analyses(pipeline: Pipeline, path: Path, cache: dict[str, Any]) -> list[Analysis]:
    """The articles' analyses, from the cache when the gold file is unchanged."""
    digest = hashlib.sha1(path.read_bytes()).hexdigest()
    if digest not in cache:
        story = fe._story_file(path)
        cache[digest] = [pipeline.run(Article.from_dict(a)) for a in story["articles"]]
    found: list[Analysis] = cache[digest]
    return found


def _holder(clusters: Sequence[Sequence[Unit]], g: Span) -> int | None:
    return next((n for n, c in enumerate(clusters) for u in c
                 if u.ref.article == g[0] and u.ref.start < g[2] and g[1] < u.ref.end), None)


def _first_is(first: Sequence[Unit], central_date: str | None) -> str:
    """What the first event is, when it is not the news."""
    r = role(first)
    if r is not None:
        return r
    types = Counter(u.source.type for u in first)
    top = types.most_common(1)[0][0]
    if top in story_data()["central"].get("occasions", ()):
        return "occasion"
    if all(u.source.modality is not None for u in first):
        return "possible"
    if 2 * sum(u.consequence for u in first) > len(first):
        return "consequence"
    days = [u.source.when for u in first if u.lead and u.source.when]
    if central_date and days and not any(compatible(w, central_date) for w in days):
        return "other day"
    return f"class {top}"


def _apart_why(units: Sequence[Unit], host: Sequence[Unit]) -> str:
    """Why the cluster stays apart from the central one, by kind."""
    if not linked(units, {u.family for u in host}, {(u.ref.article, u.event) for u in host}):
        return "unlinked"
    why = kept_apart(units, host, excluded)
    if why == "time or place":
        placed = any(place_clash(u.source, v.source) for u in units for v in host)
        return "place" if placed else "date"
    return why or "unlinked"


def _tie(units: Sequence[Unit], host: Sequence[Unit], g: Span) -> str:
    """What ties the mention to the central event: a word of one of its families, one of its
    article events, else none."""
    mine = [u for u in units if u.ref.article == g[0] and u.ref.start < g[2] and g[1] < u.ref.end]
    if any(u.family in {v.family for v in host} for u in mine):
        return "its family"
    if any((u.ref.article, u.event) in {(v.ref.article, v.event) for v in host} for u in mine):
        return "its article event"
    return "no tie"


def _verb_or_noun(word: str) -> str:
    return "verb" if is_verb_form(word) else "noun"


def classify(set_name: str, path: Path, analyses: Sequence[Analysis]) -> tuple[int, int, list[Miss]]:
    """(gold mentions, held by the first event, the misses by kind) of one gold story."""
    story = fe._story_file(path)
    texts = {a["id"]: a["text"] for a in story["articles"]}
    return classify_spans(set_name, path.stem, sorted(fe._gold_spans(story)), texts, analyses,
                          story["central_date"])


def classify_spans(set_name: str, name: str, gold: Sequence[Span], texts: dict[str, str],
                   analyses: Sequence[Analysis], central_date: str | None
                   ) -> tuple[int, int, list[Miss]]:
    """(gold mentions, held by the first event, the misses by kind) of one story given as its
    gold central spans (``bench/ecb_central_misses.py`` gives ECB+ sub-topics so)."""
    clusters = story_clusters(analyses)
    if not gold:
        return 0, 0, []
    where = {g: _holder(clusters, g) for g in gold}
    held = Counter(n for n in where.values() if n is not None)
    best = max(held, key=lambda n: (held[n], -n)) if held else 0
    wrong = best != 0 and held[best] > held.get(0, 0)
    families = {u.family for c in clusters for u in c}
    misses = []
    for g in gold:
        n = where[g]
        if n == 0:
            continue
        word = texts[g[0]][g[1]:g[2]]
        if n is None:
            kind = "no event"
            detail = f"{_verb_or_noun(word)}, {'known' if family(word) in families else 'unknown'}"
        elif wrong and n == best:
            kind, detail = "wrong first", _first_is(clusters[0], central_date)
        else:
            kind = "apart: " + _apart_why(clusters[n], clusters[0])
            detail = f"{_verb_or_noun(word)}, {_tie(clusters[n], clusters[0], g)}"
        text = texts[g[0]]
        context = text[max(0, g[1] - 70):g[1]] + "[" + word + "]" + text[g[2]:g[2] + 50]
        first = Counter(u.ref.text.lower() for u in clusters[0]).most_common(1)[0][0] if clusters else ""
        misses.append(Miss(set_name, name, g[0], word, kind, detail,
                           f"{context.replace(chr(10), ' ')}  (first event: {first})"))
    return len(gold), held.get(0, 0), misses


def _table(misses: Sequence[Miss], batches: dict[str, str], total: int, held: int) -> None:
    print(f"central mentions held {held}/{total} = {held / max(1, total):.3f}; missed {len(misses)}")
    kinds_table(misses, batches)


def _per_set(rows: dict[str, tuple[int, int, list[Miss]]], batches: dict[str, str]) -> None:
    kinds = sorted({m.kind for _, _, ms in rows.values() for m in ms})
    short = [k.replace("apart: ", "")[:11] for k in kinds]
    print(f"\n{'set':16s} {'batch':19s} {'held':>8s}  " + " ".join(f"{s:>11s}" for s in short))
    for name, (total, held, ms) in rows.items():
        counts = Counter(m.kind for m in ms)
        print(f"{name:16s} {batches[name]:19s} {held:3d}/{total:<4d}  " + " ".join(f"{counts[k]:11d}" for k in kinds))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="*")
    ap.add_argument("-v", action="store_true", help="list every missed mention")
    ap.add_argument("--kind", help="only mentions of this kind (a prefix)")
    ap.add_argument("--cache", type=Path, default=Path(".cache/central_misses.pkl"))
    ap.add_argument("--fresh", action="store_true", help="rebuild the analyses' cache")
    ap.add_argument("--no-sets", action="store_true", help="the table by kind only")
    args = ap.parse_args(argv)
    sets = fe.chosen_sets(args.sets)
    cache: dict[str, Any] = {} if args.fresh or not args.cache.exists() else pickle.loads(args.cache.read_bytes())
    before = len(cache)
    pipeline = Pipeline.build()
    batches = _batches(sets)
    rows: dict[str, tuple[int, int, list[Miss]]] = {}
    for name, files in sets:
        total = held = 0
        ms: list[Miss] = []
        for f in files:
            t, h, m = classify(name, f, _analyses(pipeline, f, cache))
            total, held, ms = total + t, held + h, ms + m
        rows[name] = (total, held, ms)
    if len(cache) != before:
        args.cache.parent.mkdir(exist_ok=True)
        args.cache.write_bytes(pickle.dumps(cache))
    misses = [m for _, _, ms in rows.values() for m in ms if not args.kind or m.kind.startswith(args.kind)]
    _table(misses, batches, sum(r[0] for r in rows.values()), sum(r[1] for r in rows.values()))
    if not args.no_sets:
        _per_set(rows, batches)
    if args.v:
        list_misses(misses)
    return 0


def list_misses(misses: Sequence[Miss]) -> None:
    """One line a missed mention: its set and story, kind, detail and context."""
    for m in misses:
        print(f"{m.set_name}/{m.story} {m.article} {m.kind} ({m.detail}): {m.context}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
