"""Every gold allegation/denial pair the story misses, and every pair it forms that no gold
pair names, over every committed story set, sorted by KIND, with how many sets and writing
batches each kind recurs in.

A fix read off one story does not carry to news nobody has read; a kind of miss that recurs
in sets written in many sessions may. A gold pair (accuser, denier) is surfaced, as
``bench/figures_eval.py`` scores it, when a ``contested`` finding holds an allegation whose
source names the accuser and a denial whose source names the denier (``names_party``). Each missed gold pair is classified, the first kind that holds:

* ``paired, party form``: a pair is formed whose parties are the gold ones named another
  way (``Bayhead`` for ``Bayhead Terminals``: a word of the name in common); the detail
  says which side and whether the source is shorter or otherwise named;
* ``paired, swapped``: a pair is formed with the two parties the other way round;
* ``no denial found``: no claim of the denier denies (detail: what its claims are read as,
  or ``not a source`` when no claim is theirs);
* ``no allegation found``: the denier denies, but no accusing claim is the accuser's
  (detail as above);
* ``paired, another party``: both claims exist; a pair holds one of the gold parties with
  someone else on the other side;
* ``both found, not paired``: both claims exist and no pair holds either party.

For the last two the detail says whether the accuser's claims and the denier's denials share
an article, and there where the accuser's nearest claim stands before a denial (the ``last
before`` it by another party, ``within 400`` characters, ``far before``, or only ``after``).

Each pair formed that matches no gold pair is classified too: ``swapped``, ``party form``,
``one side right`` (one side is a gold party of the story), or ``neither side``.

The writing batch of a set is the commit that added it. Analyses are cached
(``--cache``, keyed by the gold file and the source of every extractor: the story stage,
which the pairing lives in, is rebuilt every run).

    python bench/pair_misses.py                 # the tables by kind, then by set
    python bench/pair_misses.py -v              # and every miss with its claims
    python bench/pair_misses.py set_as set_aq   # some sets
    python bench/pair_misses.py --kind "no denial" -v
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import figures_eval as fe  # noqa: E402
from central_misses import _batches  # noqa: E402
from miss_tables import kinds_table  # noqa: E402

from newskit import Analysis, Article, Pipeline  # noqa: E402
from newskit.model import Claim  # noqa: E402
from newskit.story import build_story  # noqa: E402

ROOT = HERE.parent
ACCUSING = ("alleges", "reports", "asserts", "confirms", "predicts")
_DROP = {"the", "a", "an", "of", "and", "its", "their", "'s"}


@attrs.frozen
class Row:
    """One missed gold pair or one pair formed that no gold pair names."""

    set_name: str
    story: str
    kind: str
    detail: str
    text: str


def _code_digest() -> str:
    """A digest of every extractor's source and data (not the story stage's): analyses
    cached under it are those the current extractors make."""
    h = hashlib.sha1()
    files = [p for p in sorted((ROOT / "src" / "newskit").rglob("*")) if "story" not in p.parts]
    files += sorted((ROOT / "plugins").rglob("*"))
    for p in files:
        if p.suffix in (".py", ".json") and p.is_file():
            h.update(p.read_bytes())
    return h.hexdigest()


def _analyses(pipeline: Pipeline, path: Path, cache: dict[str, Any], code: str) -> list[Analysis]:
    key = hashlib.sha1(path.read_bytes()).hexdigest() + code
    if key not in cache:
        cache[key] = [pipeline.run(Article.from_dict(a)) for a in fe._story_file(path)["articles"]]
    found: list[Analysis] = cache[key]
    return found


def _words(name: str) -> set[str]:
    return {w.strip(".,'’").removesuffix("'s").removesuffix("’s") for w in name.lower().split()} - _DROP


def _is(gold: str, source: str | None) -> bool:
    """The scorer's match (:func:`figures_eval.names_party`)."""
    return fe.names_party(gold, source)


def _like(gold: str, source: str | None) -> bool:
    """The same party named another way: a word of the gold name (not a determiner) in the
    source's name."""
    return bool(source) and bool(_words(gold) & _words(source or ""))


def _form(gold: str, source: str) -> str:
    g, s = _words(gold), _words(source)
    if s < g:
        return "shortened"
    if g < s:
        return "lengthened"
    return "other form"


def _stances(claims: Iterable[Claim], gold: str) -> str:
    """What the claims of a party are read as (``not a source`` when none is theirs)."""
    got = Counter(c.stance for c in claims if _like(gold, c.source))
    return "+".join(sorted(got)) if got else "not a source"


def _missed_kind(acc: str, den: str, pairs: Sequence[tuple[Claim, Claim]], claims: Sequence[Claim]) -> tuple[str, str]:
    for a, d in pairs:
        if _like(acc, a.source) and _like(den, d.source):
            wrong = [f"{side} {_form(gold, src or '')}" for side, gold, src in
                     (("accuser", acc, a.source), ("denier", den, d.source)) if not _is(gold, src)]
            return "paired, party form", " and ".join(wrong)
    if any(_like(acc, d.source) and _like(den, a.source) for a, d in pairs):
        return "paired, swapped", ""
    if not any(c.stance == "denies" and _like(den, c.source) for c in claims):
        return "no denial found", _stances(claims, den)
    if not any(c.stance in ACCUSING and _like(acc, c.source) for c in claims):
        return "no allegation found", _stances(claims, acc)
    where = _where(acc, den, claims)
    for a, d in pairs:
        if _like(acc, a.source) or _like(den, d.source):
            return "paired, another party", ("denier wrong, " if _like(acc, a.source) else "accuser wrong, ") + where
    return "both found, not paired", where


def _where(acc: str, den: str, claims: Sequence[Claim]) -> str:
    """Whether the accuser's claims and the denier's denials share an article, and what the
    accuser's claims are read as there."""
    denials = [c for c in claims if c.stance == "denies" and _like(den, c.source)]
    accusing = [c for c in claims if c.stance in ACCUSING and _like(acc, c.source)]
    near = [c for c in accusing if any(c.article == d.article for d in denials)]
    stances = "+".join(sorted({c.stance for c in near or accusing}))
    if not near:
        return f"across articles ({stances})"
    return f"same article, {_position(near, denials, claims)} ({stances})"


def _position(accusing: Sequence[Claim], denials: Sequence[Claim], claims: Sequence[Claim]) -> str:
    """Where the accuser's nearest claim before a denial of its article stands: the last
    claim by another party before it, within 400 characters, further, or only after it."""
    best = "after"
    for d in denials:
        before = [c for c in claims if c.article == d.article and c.end <= d.start and c.source != d.source]
        mine = [c for c in accusing if c.article == d.article and c.end <= d.start]
        if not mine:
            continue
        if before and before[-1] in mine:
            return "last before"
        best = "within 400" if d.start - mine[-1].end <= 400 else ("far before" if best == "after" else best)
    return best


def _spurious_kind(a: Claim, d: Claim, gold: Sequence[tuple[str, str]]) -> str:
    if any(_is(g[0], d.source) and _is(g[1], a.source) for g in gold):
        return "swapped"
    if any(_like(g[0], a.source) and _like(g[1], d.source) for g in gold):
        return "party form"
    if any(_like(g[0], a.source) or _like(g[1], d.source) for g in gold):
        return "one side right"
    return "neither side"


def _show(c: Claim) -> str:
    return f"{c.source} [{c.stance} '{c.cue}' {c.article}]: {' '.join(c.text.split())[:160]}"


def classify(set_name: str, path: Path, analyses: Sequence[Analysis]) -> tuple[int, int, list[Row], list[Row]]:
    """(gold pairs, surfaced, missed rows, rows of pairs formed no gold pair names)."""
    gold = fe._story_file(path)["pairs"]
    story = build_story(list(analyses))
    pairs = list(story.contested_pairs())
    missed: list[Row] = []
    for acc, den in gold:
        if any(_is(acc, a.source) and _is(den, d.source) for a, d in pairs):
            continue
        kind, detail = _missed_kind(acc, den, pairs, story.claims)
        near = [c for c in story.claims if _like(acc, c.source) or _like(den, c.source)]
        formed = [f"{a.source} / {d.source}" for a, d in pairs if _like(acc, a.source) or _like(den, d.source)]
        text = f"{acc} / {den}  (formed: {'; '.join(dict.fromkeys(formed))})\n" + \
            "\n".join(f"      {_show(c)}" for c in near[:8])
        missed.append(Row(set_name, path.stem, kind, detail, text))
    formed = {(a.source or "", d.source or ""): (a, d) for a, d in pairs}
    extra = [Row(set_name, path.stem, _spurious_kind(a, d, gold), "", f"{_show(a)}\n      {_show(d)}")
             for (sa, sd), (a, d) in sorted(formed.items())
             if not any(_is(g[0], sa) and _is(g[1], sd) for g in gold)]
    return len(gold), len(gold) - len(missed), missed, extra


def _table(title: str, rows: Sequence[Row], batches: dict[str, str]) -> None:
    print(f"\n{title}: {len(rows)}")
    kinds_table(rows, batches, "n")


def _per_batch(rows: dict[str, tuple[int, int, list[Row], list[Row]]], batches: dict[str, str]) -> None:
    kinds = sorted({r.kind for _, _, ms, _ in rows.values() for r in ms})
    print(f"\n{'batch':19s} {'sets':>4s} {'pairs':>8s}  " + " ".join(f"{k[:12]:>12s}" for k in kinds) + "  unmatched")
    for batch in sorted(set(batches.values())):
        names = [n for n in rows if batches[n] == batch]
        total, got = sum(rows[n][0] for n in names), sum(rows[n][1] for n in names)
        counts = Counter(r.kind for n in names for r in rows[n][2])
        extra = sum(len(rows[n][3]) for n in names)
        if total or extra:
            print(f"{batch:19s} {len(names):4d} {got:3d}/{total:<4d}  " + " ".join(f"{counts[k]:12d}" for k in kinds)
                  + f"  {extra:9d}")


#: the switches: (flag, help); ``--kind`` and ``--cache`` take a value
_SWITCHES = (("-v", "list every miss and unmatched pair with its claims"),
             ("--no-batches", "the tables by kind only"))


def _arguments() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sets", nargs="*", help="set names (every committed set when none is given)")
    for flag, text in _SWITCHES:
        ap.add_argument(flag, action="store_true", help=text)
    ap.add_argument("--kind", help="only rows of this kind (a prefix)")
    ap.add_argument("--cache", type=Path, default=Path(".cache/pair_misses.pkl"), help="the analyses' cache")
    return ap


def main(argv: list[str]) -> int:
    args = _arguments().parse_args(argv)
    sets = fe.chosen_sets(args.sets)
    cache: dict[str, Any] = pickle.loads(args.cache.read_bytes()) if args.cache.exists() else {}
    before, code = set(cache), _code_digest()
    pipeline = Pipeline.build()
    batches = _batches(sets)
    rows: dict[str, tuple[int, int, list[Row], list[Row]]] = {}
    for name, files in sets:
        parts = [classify(name, f, _analyses(pipeline, f, cache, code)) for f in files]
        rows[name] = (sum(p[0] for p in parts), sum(p[1] for p in parts),
                      [r for p in parts for r in p[2]], [r for p in parts for r in p[3]])
    if set(cache) != before:
        args.cache.parent.mkdir(exist_ok=True)
        args.cache.write_bytes(pickle.dumps({k: v for k, v in cache.items() if k.endswith(code)}))
    keep = [r for _, _, ms, _ in rows.values() for r in ms if not args.kind or r.kind.startswith(args.kind)]
    extra = [r for _, _, _, xs in rows.values() for r in xs if not args.kind or r.kind.startswith(args.kind)]
    total, got = sum(r[0] for r in rows.values()), sum(r[1] for r in rows.values())
    print(f"gold pairs surfaced {got}/{total} = {got / max(1, total):.3f}")
    _table("missed gold pairs", keep, batches)
    _table("pairs formed that no gold pair names", extra, batches)
    if not args.no_batches:
        _per_batch(rows, batches)
    if args.v:
        for r in keep + extra:
            print(f"\n{r.set_name}/{r.story} {r.kind} ({r.detail}): {r.text}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
