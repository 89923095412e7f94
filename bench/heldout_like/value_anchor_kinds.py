"""Sort every TimeML VALUE miss by why it is wrong, per half of the corpus (issue #14, dates,
session 22).

``value_error_kinds.py`` sorts misses from the two values alone; this one also reads the
document's creation time (DCT) and the dates told before the miss, so a wrong anchor is told
apart from a wrong tense and from a wrong grain:

* ``set`` / ``duration``: the gold is a SET / a DURATION (``duration: amount`` when both
  are lengths of one unit, ``duration: grain`` when the units differ, ``duration: vague``
  when one side is ``PXY``-like, ``duration: typed`` when one side is no length);
* ``unset``: the span was found and no value given;
* ``vague``: one side is a reference word or has unknown digits and the other is not that;
* ``grain``: two dates of different shapes (``1998`` / ``1998-Q3``, ``1998-W12`` /
  ``1998-03-20``, a day / a part of it);
* ``anchor: DCT for narrative``: the same offset counted from the DCT where the gold counts
  it from a date the text told before (``the next day`` after a story's Tuesday);
* ``anchor: narrative for DCT``: the reverse (the prediction counted from a date it read
  before, the gold from the DCT);
* ``tense``: the same shape, gold and prediction on opposite sides of the DCT (``Friday``
  read as the coming one where the past one was meant, or the reverse);
* ``other value``: the same shape on the same side, no anchor explains it.

Halves: the corpus's own two sources (``TimeBank``, ``AQUAINT``: the folder a file is in)
and the fixed hash split of ``split_dev.py`` (``seen`` / ``unseen``), so a kind that shows
in only one half is seen as such.

    score.py timeml DIR --extract-cmd "bash -c 'newskit extract --format jsonl - | tee /tmp/pred.jsonl'"
    .venv/bin/python bench/heldout_like/value_anchor_kinds.py DIR /tmp/pred.jsonl [--examples KIND]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
from collections import Counter
from pathlib import Path
from typing import Any

import regex
from shared_scorer import scorer

_UNKNOWN = regex.compile(r"REF|X")
_DAY = regex.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_WEEK = regex.compile(r"^(\d{4})-W(\d\d)$")
_QUARTER = regex.compile(r"^(\d{4})-Q(\d)$")
_MONTH = regex.compile(r"^(\d{4})-(\d\d)$")
_YEAR = regex.compile(r"^(\d{4})$")
_LENGTH = regex.compile(r"^PT?(\d+(?:\.\d+)?)([A-Z]+)$")


def shape(value: str) -> str:
    """The value with its digits written 9, so two values of one form compare equal."""
    return regex.sub(r"\d", "9", value)


def position(value: str) -> tuple[str, int] | None:
    """A date's grain and its index on that grain's line (days, weeks, months, quarters,
    years), so two dates of one grain subtract; None for any other value."""
    if m := _DAY.match(value):
        try:
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
        return "day", day.toordinal()
    if m := _WEEK.match(value):
        return "week", int(m[1]) * 53 + int(m[2])
    if m := _QUARTER.match(value):
        return "quarter", int(m[1]) * 4 + int(m[2])
    if m := _MONTH.match(value):
        return "month", int(m[1]) * 12 + int(m[2])
    if m := _YEAR.match(value):
        return "year", int(m[1])
    return None


def on_grain(value: str, grain: str) -> int | None:
    """A date (or a day's DCT) put on a coarser or equal grain's line."""
    m = _DAY.match(value)
    if grain == "day" or not m:
        pos = position(value)
        return pos[1] if pos and pos[0] == grain else None
    year, month, day = int(m[1]), int(m[2]), int(m[3])
    if grain == "week":
        iso = dt.date(year, month, day).isocalendar()
        return int(iso[0]) * 53 + int(iso[1])
    return {"month": year * 12 + month, "quarter": year * 4 + (month - 1) // 3 + 1, "year": year}.get(grain)


def duration_kind(gold: str, pred: str) -> str:
    """Which way a length's value is wrong."""
    g, p = _LENGTH.match(gold), _LENGTH.match(pred)
    if bool(_UNKNOWN.search(gold)) != bool(_UNKNOWN.search(pred)):
        return "duration: vague"
    if not (g and p):
        return "duration: typed"
    return "duration: amount" if g[2] == p[2] else "duration: grain"


def date_kind(gold: str, pred: str, dct: str, told_gold: list[str], told_pred: list[str]) -> str:
    """Why a date of the right shape has another value: which anchor or which direction."""
    pos_g, pos_p = position(gold), position(pred)
    if not (pos_g and pos_p) or pos_g[0] != pos_p[0]:
        return "other value"
    grain = pos_g[0]
    here = on_grain(dct, grain)
    if here is None:
        return "other value"
    if any((a := on_grain(t, grain)) is not None and a != here and pos_g[1] - a == pos_p[1] - here for t in told_gold):
        return "anchor: DCT for narrative"
    if any((a := on_grain(t, grain)) is not None and a != here and pos_p[1] - a == pos_g[1] - here for t in told_pred):
        return "anchor: narrative for DCT"
    if (pos_g[1] - here) * (pos_p[1] - here) < 0 or (pos_g[1] == here) != (pos_p[1] == here):
        return "tense"
    return "other value"


def kind(gold: dict[str, Any], pred: dict[str, Any], dct: str, told_gold: list[str], told_pred: list[str]) -> str:
    """The kind of one value miss."""
    g, p = str(gold.get("value") or "").upper(), str(pred.get("value") or "").upper()
    if gold.get("type") == "SET":
        return "set"
    if gold.get("type") == "DURATION":
        return duration_kind(g, p)
    if not p:
        return "unset"
    if bool(_UNKNOWN.search(g)) != bool(_UNKNOWN.search(p)) or (_UNKNOWN.search(g) and shape(g) != shape(p)):
        return "vague"
    if shape(g) != shape(p):
        return "grain"
    return date_kind(g, p, dct, told_gold, told_pred)


def halves(path: Path) -> tuple[str, str]:
    """The source half (the folder) and the hash half of ``split_dev.py``."""
    source = "AQUAINT" if "AQUAINT" in path.parts else "TimeBank"
    seen = hashlib.sha1(path.stem.encode("utf-8")).digest()[0] % 2 == 0
    return source, "seen" if seen else "unseen"


def concrete(value: Any) -> str | None:
    """A told date the later ones may count from (no reference words, no unknown digits)."""
    v = str(value or "").upper()
    return v if position(v) and not _UNKNOWN.search(v) else None


def document_misses(sc: Any, path: Path, by_id: dict[str, Any]) -> list[tuple[str, str]]:
    """(kind, example line) for each value miss of one document, in text order."""
    art, gold = sc.read_timeml(path)
    pred = [m for m in by_id.get(art["id"], {}).get("mentions", []) if m.get("kind") == "date"]
    pairs, _ = sc.match(gold, pred)
    dct = str(art.get("published") or "")
    out: list[tuple[str, str]] = []
    for g, p in sorted(pairs, key=lambda gp: gp[0]["start"]):
        told_gold = [v for x in gold if x["end"] <= g["start"] and (v := concrete(x.get("value")))]
        told_pred = [v for x in pred if x["end"] <= p["start"] and (v := concrete(x.get("value")))]
        if sc.norm_value(g.get("value")) == sc.norm_value(p.get("value")):
            continue
        k = kind(g, p, dct, told_gold, told_pred)
        left = art["text"][max(0, g["start"] - 60) : g["start"]].replace("\n", " ")
        out.append((k, f"{art['id'][:22]:22} dct {dct[:10]} ...{left}[{g['text']}] gold {g.get('value')} pred {p.get('value')}"))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", type=Path)
    ap.add_argument("pred", type=Path)
    ap.add_argument("--examples", metavar="KIND", help="print each miss of this kind ('all' for every kind)")
    args = ap.parse_args(argv)
    sc = scorer()
    by_id = {str(p.get("id")): p for p in sc.load_pred(str(args.pred))}
    counts: Counter[tuple[str, str]] = Counter()
    examples: list[str] = []
    for path in sorted(args.folder.rglob("*.tml")):
        for k, line in document_misses(sc, path, by_id):
            for half in halves(path):
                counts[(k, half)] += 1
            counts[(k, "all")] += 1
            if args.examples in (k, "all"):
                examples.append(f"{k:28} {line}")
    cols = ["TimeBank", "AQUAINT", "seen", "unseen", "all"]
    print(f"{'kind':28}" + "".join(f"{c:>9}" for c in cols))
    for k in sorted({k for k, _ in counts}, key=lambda k: -counts[(k, "all")]):
        print(f"{k:28}" + "".join(f"{counts[(k, c)]:9}" for c in cols))
    print(f"{'all':28}" + "".join(f"{sum(n for (_, h), n in counts.items() if h == c):9}" for c in cols))
    print("\n".join(examples))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
